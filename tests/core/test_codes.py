"""Reply codes, enhanced status codes and the SMTP command found in server text."""

from __future__ import annotations

import pytest

from bouncegui.core.codes import find_command, find_reply_code, find_status, nested_reply


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("host mx.example.org said: 550 5.1.1 User unknown (in reply to RCPT TO command)", "RCPT"),
        ("said: 554 5.7.1 rejected (in reply to end of DATA command)", "DATA"),
        ("SMTP error from remote mail server after end of data: 550 spam", "DATA"),
        ("SMTP error from remote mail server after MAIL FROM:<a@example.org> SIZE=1: 553 no", "MAIL"),
        ("SMTP error from remote mail server after initial connection: 554 go away", "CONN"),
        ("mx.example.org [192.0.2.1] did not like our final DATA: 550 5.7.26 DMARC", "DATA"),
        ("Sorry, no SMTP connection got far enough; most progress was RCPT TO response; 550", "RCPT"),
        ("Connected to 192.0.2.1 but my name was rejected. Remote host said: 501", "HELO"),
        ("Connected to 192.0.2.1 but sender was rejected. Remote host said: 553", "MAIL"),
        ("550 5.1.1 <a@example.org>... User Unknown [RCPT_TO]", "RCPT"),
        (">>> RCPT To:<a@example.org>\n<<< 550 5.1.1 User unknown\n>>> DATA\n<<< 503 Need RCPT", "RCPT"),
        (">>> MAIL From:<s@example.net>\n>>> RCPT To:<a@example.org>\n>>> DATA\n<<< 250 ok\n<<< 550 no such user",
         "DATA"),
        (">>> DATA\n<<< 354 go ahead\n<<< 554 5.7.1 Message refused", "DATA"),
        ("550 5.1.1 User unknown", None),
    ],
)
def test_command(text: str, command: str | None) -> None:
    assert find_command(text) == command


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("550 5.1.1 <a@example.org>: User unknown", "5.1.1"),
        ("This message is looping: it already has my Delivered-To line. (#5.4.6)", "5.4.6"),
        ("by e1.example.org with smtp (Exim 4.72) 550 unrouteable", None),
        ("host 192.5.1.1 refused", None),
    ],
)
def test_status(text: str, status: str | None) -> None:
    assert find_status(text) == status


def test_last_status_is_the_innermost_reply() -> None:
    text = "5.1.0 - Unknown address error 550-'5.2.2 <a@example.jp>... Mailbox Full'"
    assert find_status(text) == "5.1.0" and find_status(text, last=True) == "5.2.2"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("550 5.1.1 User unknown", "550"),
        ("<a@example.org>... 550 Host unknown", "550"),
        ("550: 5.2.2 <a@example.org>... Mailbox Full", "550"),
        ("Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 User Unknown", "550"),
        ("[Status: Error, ResponseCode 421, , Host not reachable.]", "421"),
        ("Mailbox full", None),
    ],
)
def test_reply_code(text: str, code: str | None) -> None:
    assert find_reply_code(text) == code


def test_nested_reply_of_a_wrapper() -> None:
    text = "554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>"
    assert nested_reply(text) == ("421", "4.4.2")
