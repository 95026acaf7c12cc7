"""The lean MIME reader: what bounces get wrong must still come apart into parts."""

from __future__ import annotations

import base64

from bouncegui.core import mime


def test_multipart_with_nested_message_and_dsn() -> None:
    data = (
        b'Subject: x\nContent-Type: multipart/report; report-type=delivery-status;\n boundary="B"\n\n'
        b"preamble\n--B\nContent-Type: text/plain\n\nhello\n--B\nContent-Type: message/delivery-status\n\n"
        b"Final-Recipient: rfc822; a@example.org\n--B\nContent-Type: message/rfc822\n\nTo: a@example.org\n"
        b"Subject: original\n\nbody\n--B--\nepilogue\n"
    )
    top = mime.parse(data)
    assert top.content_type == "multipart/report" and top.param("boundary") == "B"
    text, dsn, original = top.children
    assert text.text() == "hello"
    assert dsn.content_type == "message/delivery-status" and "a@example.org" in dsn.text()
    assert original.children[0].get("subject") == "original"


def test_missing_closing_boundary_keeps_the_last_part() -> None:
    top = mime.parse(b'Content-Type: multipart/mixed; boundary=zz\n\n--zz\n\none\n--zz\n\ntwo\n')
    assert [c.text() for c in top.children] == ["one", "two\n"]


def test_boundary_that_never_appears_leaves_a_childless_multipart() -> None:
    top = mime.parse(b'Content-Type: multipart/report; boundary="nope"\n\nFinal-Recipient: rfc822; a@b.example\n')
    assert top.children == [] and b"Final-Recipient" in top.body


def test_transfer_encodings_even_broken() -> None:
    good = base64.encodebytes("配信エラー".encode()).decode()
    part = mime.parse(f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n{good}".encode())
    assert part.text() == "配信エラー"
    broken = mime.parse(b"Content-Transfer-Encoding: base64\n\nSGVsbG8gd29y!!bGQ=\x00==\n")
    assert broken.payload().startswith(b"Hello wor")
    qp = mime.parse(b"Content-Transfer-Encoding: quoted-printable\n\n550 5.1.1 User=\n unknown =3D x\n")
    assert qp.payload() == b"550 5.1.1 User unknown = x\n"


def test_raw_8bit_and_folded_headers() -> None:
    top = mime.parse("Subject: メールエラー通知\nTo: a@example.org,\n\tb@example.org\n\nbody".encode())
    assert top.get("subject") == "メールエラー通知"
    assert top.get("to") == "a@example.org, b@example.org"


def test_body_without_blank_line_and_mbox_line() -> None:
    top = mime.parse(b"From MAILER-DAEMON Fri Dec  4 10:00:00 2026\nSubject: x\nThis is not a header line\nmore\n")
    assert top.get("subject") == "x" and top.body.startswith(b"This is not a header line")


def test_limits_are_reported_not_raised() -> None:
    data = b"Subject: deep\n\nhi\n"
    for _ in range(mime.MAX_DEPTH + 5):
        data = b"Content-Type: message/rfc822\n\n" + data
    top = mime.parse(data)
    assert any("nested deeper" in note for note in top.notes)
    many = b"".join(b"--b\n\npart\n" for _ in range(mime.MAX_PARTS + 50))
    wide = mime.parse(b"Content-Type: multipart/mixed; boundary=b\n\n" + many + b"--b--\n")
    assert len(wide.children) <= mime.MAX_PARTS and any("MIME parts" in note for note in wide.notes)
