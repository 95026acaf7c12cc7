"""Hostile inputs written on demand: what a mailbox can hold that no bounce parser should choke on."""

from __future__ import annotations

import base64
import os
import random
from pathlib import Path

from tests.paths import DATA

_BOUNCE_HEAD = (
    "From: MAILER-DAEMON@mx.example.net\nTo: hanako@example.net\nSubject: Undelivered Mail Returned to Sender\n"
)


def _dsn(recipients: list[str], diagnostic: str = "550 5.1.1 User unknown") -> str:
    blocks = "".join(
        f"\nFinal-Recipient: rfc822; {r}\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; {diagnostic}\n"
        for r in recipients
    )
    return (
        _BOUNCE_HEAD + "MIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="H"\n\n'
        "--H\nContent-Type: text/plain\n\nDelivery failed.\n--H\nContent-Type: message/delivery-status\n\n"
        f"Reporting-MTA: dns; mx.example.net\n{blocks}\n--H--\n"
    )


def write_all(folder: Path) -> list[Path]:
    """Write every hostile input into *folder* (plus one missing path) and return their paths in order."""
    rng = random.Random(1234)
    files: dict[str, bytes] = {
        "empty.eml": b"",
        "random.eml": bytes(rng.getrandbits(8) for _ in range(200_000)),
        "picture.eml": b"\x89PNG\r\n\x1a\n" + bytes(rng.getrandbits(8) for _ in range(50_000)),
        "huge-attachment.eml": (
            _BOUNCE_HEAD + 'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="A"\n\n--A\n'
            "Content-Type: text/plain\n\n<taro@example.org>: host mx.example.org said: 552 5.2.2 Mailbox full\n"
            "--A\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n\n"
        ).encode() + base64.encodebytes(os.urandom(30 * 1024 * 1024 * 3 // 4)) + b"--A--\n",
        "deep-nesting.eml": ("Content-Type: message/rfc822\n\n" * 400 + _dsn(["deep@example.org"])).encode(),
        "many-parts.eml": (
            _BOUNCE_HEAD + 'Content-Type: multipart/mixed; boundary="P"\n\n'
            + "".join(f"--P\nContent-Type: text/plain\n\npart {i}\n" for i in range(20_000)) + "--P--\n"
        ).encode(),
        "long-line.eml": (_BOUNCE_HEAD + "\n550 5.1.1 " + "x" * (5 * 1024 * 1024) + "\n").encode(),
        "long-line-at.eml": (_BOUNCE_HEAD + "\n550 5.1.1 " + "ab@" * (5 * 1024 * 1024 // 3) + "\n").encode(),
        "unknown-charset.eml": (_BOUNCE_HEAD + "Content-Type: text/plain; charset=x-klingon\n\n").encode()
        + "<taro@example.org>:\n550 5.1.1 ユーザーが見つかりません\n".encode("euc_jp"),
        "lying-charset.eml": (_BOUNCE_HEAD + "Content-Type: text/plain; charset=us-ascii\n\n").encode()
        + "<taro@example.org>:\n552 5.2.2 メールボックスが一杯です\n".encode("cp932"),
        "broken-base64.eml": (
            _BOUNCE_HEAD + "Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\n"
            "PHRhcm9AZXhhbXBsZS5vcmc+Ogo1NTAgNS4xLjEgVXNlciB1bmtub3du!!!***=\n=\nQQ\n"
        ).encode(),
        "broken-qp.eml": (
            _BOUNCE_HEAD + "Content-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\n"
            "<taro@example.org>:=\n550 5.1.1 User =ZZ unknown =\n=E3=81\n"
        ).encode(),
        "nul-headers.eml": b"From: MAILER-DAEMON@mx.example.net\x00\nSubject: Undeliver\x00ed\nTo: a\x00@b\n\n"
        b"<taro@example.org>:\n550 5.1.1 User unknown\n",
        "broken-iso2022jp.eml": (_BOUNCE_HEAD + "Content-Type: text/plain; charset=ISO-2022-JP\n\n").encode()
        + b"<taro@example.org>:\n550 5.1.1 \x1b$B%f!<%6\x1b(J\x1b$B\x1b$(Q\x1b\n",
        "markup.eml": (
            _BOUNCE_HEAD + "Content-Type: text/html\n\n<html><script>alert(1)</script><b>bold</b>"
            '<img src="http://tracker.example.com/x.png"><p>&lt;taro@example.org&gt;: 550 5.1.1 '
            "<i>User unknown</i><a href=\"http://example.com\">click</a></p></html>\n"
        ).encode(),
        "thousand-recipients.eml": _dsn([f"user{i:04d}@example.org" for i in range(1000)]).encode(),
    }
    (folder / "a-folder").mkdir(exist_ok=True)
    (folder / "a-folder" / "inside.eml").write_bytes((DATA / "qmail-looping.eml").read_bytes())
    paths = []
    for name, content in files.items():
        path = folder / name
        path.write_bytes(content)
        paths.append(path)
    paths.append(folder / "a-folder")
    paths.append(folder / "missing.eml")
    return paths
