"""Readers: line ends, charsets, transfer encodings, mbox, fragments and unreadable input."""

from __future__ import annotations

import re

import pytest

from bouncegui.core import diagnose_bytes, diagnose_path, diagnose_text
from tests.paths import DATA


def _only(reports):
    assert len(reports) == 1
    return reports[0]


@pytest.mark.parametrize("newline", [b"\n", b"\r\n", b"\r"], ids=["lf", "crlf", "cr"])
def test_line_ends_give_the_same_diagnosis(newline: bytes) -> None:
    data = (DATA / "postfix-userunknown.eml").read_bytes().replace(b"\n", newline)
    report = _only(diagnose_bytes(data, "x.eml"))
    assert report.kind == "bounce"
    assert [(r.address, r.status, r.reason) for r in report.recipients] == [
        ("taro@example.org", "5.1.1", "userunknown"),
        ("jiro@example.org", "4.4.1", "expired"),
    ]


def test_dsn_fields_are_read_per_recipient() -> None:
    report = _only(diagnose_path(DATA / "postfix-userunknown.eml"))
    taro, jiro = report.recipients
    assert taro.action == "failed" and taro.reply_code == "550" and taro.remote_mta == "mx.example.org"
    assert "User unknown in virtual mailbox table" in (taro.diagnostic or "")
    assert taro.permanent is True and taro.category == "invalid_recipient"
    assert jiro.action == "delayed" and jiro.permanent is False
    # The delivered recipient of the same report is not a failure.
    assert "saburo@example.com" not in {r.address for r in report.recipients}


@pytest.mark.parametrize(
    ("name", "address", "status", "reason"),
    [
        ("iso2022jp-mailboxfull.eml", "taro@example.jp", "5.2.2", "mailboxfull"),
        ("sjis-base64-userunknown.eml", "jiro@example.jp", "5.1.1", "userunknown"),
        ("eucjp-qp-exim.eml", "saburo@example.com", "5.3.4", "mesgtoobig"),
    ],
)
def test_japanese_charsets_and_transfer_encodings(name: str, address: str, status: str, reason: str) -> None:
    report = _only(diagnose_path(DATA / name))
    assert report.kind == "bounce"
    (record,) = report.recipients
    assert (record.address, record.status, record.reason) == (address, status, reason)


def test_rfc2047_subject_is_decoded() -> None:
    assert _only(diagnose_path(DATA / "iso2022jp-mailboxfull.eml")).subject == "バウンス"
    assert _only(diagnose_path(DATA / "sjis-base64-userunknown.eml")).subject == "配信エラー"


def test_lying_charset_does_not_fail() -> None:
    data = (DATA / "sjis-base64-userunknown.eml").read_bytes().replace(b"charset=Shift_JIS", b"charset=x-no-such")
    (record,) = _only(diagnose_bytes(data)).recipients
    assert record.reason == "userunknown"


def test_mbox_gives_one_report_per_message(tmp_path) -> None:
    messages = [(DATA / n).read_bytes() for n in ("postfix-userunknown.eml", "not-bounce.eml", "qmail-looping.eml")]
    body = b"".join(b"From MAILER-DAEMON Fri Dec  4 10:00:00 2026\n" + m.replace(b"\nFrom ", b"\n>From ") + b"\n"
                    for m in messages)
    path = tmp_path / "Inbox"
    path.write_bytes(body)
    reports = diagnose_path(path)
    assert [r.source for r in reports] == [f"{path}#1", f"{path}#2", f"{path}#3"]
    assert [r.kind for r in reports] == ["bounce", "not_bounce", "bounce"]


def test_eml_with_an_mbox_from_line_is_one_message(tmp_path) -> None:
    path = tmp_path / "saved.eml"
    path.write_bytes(b"From MAILER-DAEMON Fri Dec  4 10:00:00 2026\n" + (DATA / "qmail-looping.eml").read_bytes())
    report = _only(diagnose_path(path))
    assert report.source == str(path)
    assert report.recipients[0].status == "5.4.6"


def test_folder_gives_one_report_per_file_in_name_order() -> None:
    reports = diagnose_path(DATA)
    names = sorted(p.name for p in DATA.iterdir() if p.suffix in {".eml", ".txt", ".msg"})
    assert [r.source.rsplit("/", 1)[-1] for r in reports] == names


def test_fragment_without_headers_is_classified() -> None:
    report = diagnose_text("550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown")
    assert report.kind == "bounce"
    (record,) = report.recipients
    assert (record.address, record.status, record.reply_code, record.reason) == (
        "bob@example.org", "5.1.1", "550", "userunknown")


def test_fragment_with_no_address_gives_one_record_without_address() -> None:
    report = diagnose_text("452 4.2.2 The email account that you tried to reach is over quota.")
    (record,) = report.recipients
    assert record.address is None and record.status == "4.2.2" and record.permanent is False


def test_plain_text_is_not_a_bounce() -> None:
    assert diagnose_text((DATA / "not-bounce.txt").read_text()).kind == "not_bounce"
    assert _only(diagnose_path(DATA / "not-bounce.eml")).kind == "not_bounce"


def test_auto_reply_and_feedback_are_recognised() -> None:
    auto = _only(diagnose_path(DATA / "autoreply.eml"))
    assert auto.kind == "auto_reply" and auto.recipients[0].reason == "vacation"
    feedback = _only(diagnose_path(DATA / "feedback.eml"))
    assert feedback.kind == "feedback"
    assert [(r.address, r.reason) for r in feedback.recipients] == [("reader@example.com", "feedback")]


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20, "not an email"),
        (bytes(range(256)) * 40, "not an email"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "Outlook"),
    ],
    ids=["empty", "png", "random-bytes", "broken-msg"],
)
def test_unreadable_files_give_a_clear_error(tmp_path, content: bytes, words: str) -> None:
    path = tmp_path / "input.eml"
    path.write_bytes(content)
    report = _only(diagnose_path(path))
    assert report.kind == "error" and words in (report.error or "")
    assert report.recipients == ()


def test_missing_path_and_empty_folder_give_errors(tmp_path) -> None:
    assert "no such file" in (_only(diagnose_path(tmp_path / "nope.eml")).error or "")
    assert "no mail files" in (_only(diagnose_path(tmp_path)).error or "")


def test_bounce_forwarded_inline_with_quoting() -> None:
    original = (DATA / "qmail-looping.eml").read_text().split("\n\n", 1)[1]
    quoted = "\n".join("> " + line if line else ">" for line in original.split("\n"))
    data = ("From: Hanako <hanako@example.net>\nTo: it@example.net\nSubject: Fwd: failure notice\n\n"
            "Can you look at this?\n\n" + quoted).encode()
    (record,) = _only(diagnose_bytes(data)).recipients
    assert (record.address, record.status) == ("taro@example.org", "5.4.6")


def test_every_notice_reads_in_japanese_too() -> None:
    from bouncegui.core.notices import NOTICES, say, translate

    for notice, (english, _) in NOTICES.items():
        values = {name: "X1" for name in re.findall(r"\{(\w+)\}", english)}
        japanese = translate(say(notice, **values), "ja")
        assert japanese != say(notice, **values) and "X1" * bool(values) in japanese, notice
        assert any("\u3040" <= ch <= "\u9fff" for ch in japanese), notice
    assert translate("something else", "ja") == "something else"


def test_outlook_msg_is_read(tmp_path) -> None:
    from tests.outlook import outlook_msg

    path = outlook_msg(DATA / "exchange-ib212.eml", tmp_path / "saved-from-outlook.msg")
    report = _only(diagnose_path(path))
    assert report.kind == "bounce" and report.subject == "Undeliverable: Newsletter"
    (record,) = report.recipients
    assert (record.address, record.entry_code, record.category) == ("taro@example.org", "IB212", "content")
