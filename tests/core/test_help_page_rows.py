"""Every row of the help page is recognised from its server text, in the forms bounces take."""

from __future__ import annotations

import textwrap

import pytest

from bouncegui.core import diagnose_bytes, diagnose_text

# (category, code printed in the bounce or None, server text as mail servers send it)
ROWS = [
    ("recipient", None, "Account storage limit"),
    ("recipient", None, "Account does not exist"),
    ("recipient", None, "Account disabled"),
    ("recipient", None, "Delivery timeout"),
    ("recipient", "5.4.6", "This message is looping: it already has my Delivered-To line. (#5.4.6)"),
    ("invalid_recipient", "550", "550 Recipient not found"),
    ("invalid_recipient", "451", "451 Sorry, I wasn't able to establish an SMTP connection. I'm not going to try "
     "again; this message has been in the queue too long."),
    ("sender", "IB401", "535 Authentication not allowed on IBSMTP Servers. IB401"),
    ("sender", "IB501", "550 taro@example.org Blank From: addresses are not allowed. Provide a valid From. IB501"),
    ("sender", "IB502", "550 taro@example.org IP addresses are not allowed as a From: Address. Provide a valid "
     "From. IB502"),
    ("sender", "IB506", "550 example.org From: Domain is invalid. Provide a valid From: IB506"),
    ("sender", "IB508", "550 taro@example.org Invalid SPF record. Inspect your SPF settings, and try again. IB508"),
    ("sender", "IB108", "421 Temporarily rejected. Reverse DNS for this IP failed. IB108"),
    ("content", "IB212", "552 This message has been rejected due to content judged to be spam by the internet "
     "community. IB212"),
    ("content", "IB705", "552 Virus infected message rejected. IB705"),
    ("content", "552", "552 Message rejected for spam or virus content"),
    ("rate_limit", "IB605", "452 This message contains too many recipients. Reduce the number of recipients and "
     "retry. IB605"),
    ("rate_limit", "IB007", "421 Connection refused, too many sessions from This IP. Lower the number of "
     "concurrent sessions. IB007"),
    ("rate_limit", "IB101", "421 Server temporarily unavailable. Try again later. IB101"),
    ("rate_limit", "IB110", "554 This IP has been temporarily blocked for attempting to send too many messages "
     "containing content judged to be spam by the Internet community. IB110"),
    ("rate_limit", "IB111", "554 This IP has been blocked for the day, for attempting to send too many messages "
     "containing content judged to be spam by the Internet community. IB111"),
    ("rate_limit", "IB112", "554 This IP has been temporarily blocked for attempting to mail too many invalid "
     "recipients. IB112"),
    ("rate_limit", "IB113", "554 This IP has been blocked for the day, for attempting to mail too many invalid "
     "recipients. IB113"),
    ("rate_limit", "IB504", "550 This IP has sent too many messages this hour. IB504"),
    ("rate_limit", "IB510", "550 This message has exceeded the max number of messages per session. Open a new "
     "session and try again. IB510"),
    ("rate_limit", "IB607", "550 This IP has sent too many to too many recipients this hour. IB607"),
    ("rbl", "554", "554 RBL Reject."),
    ("rbl", "IB103", "554 Connection refused. This IP has a poor reputation on Cloudmark Sender Intelligence "
     "(CSI). IB103"),
    ("rbl", "IB104", "554 Connection refused. This IP address is listed on the Spamhaus Block List (SBL). IB104"),
    ("rbl", "IB105", "554 Connection refused. This IP address is listed on the Exploits Block List (XBL). IB105"),
    ("rbl", "IB106", "554 Connection refused. This IP address is listed on the Policy Block List (PBL). IB106"),
    ("microsoft365", "5.1.1", "5.1.1 RESOLVER.ADR.ExRecipNotFound; not found"),
    ("microsoft365", "5.4.1", "550 5.4.1 Recipient address rejected: Access denied. AS(201806281)"),
    ("microsoft365", "5.4.318", "550 5.4.318 Message expired, connection reset"),
    ("microsoft365", "4.4.318", "450 4.4.318 Connection dropped"),
    ("microsoft365", "5.1.8", "550 5.1.8 Access denied, bad outbound sender"),
    ("microsoft365", "5.7.705", "550 5.7.705 Service unavailable, access denied, tenant has exceeded threshold"),
    ("microsoft365", "5.7.520", "550 5.7.520 Access denied, Your organization does not allow external forwarding."),
    ("microsoft365", "5.7.708", "550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP."),
]

ROW_IDS = [f"{category}-{code or text[:24]}" for category, code, text in ROWS]

BOUNCE = """\
From: Mail Delivery System <MAILER-DAEMON@mail.example.net>
To: hanako@example.net
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="XX"

--XX
Content-Type: text/plain

Your message could not be delivered.

--XX
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.net

Final-Recipient: rfc822; taro@example.org
Action: failed
Status: {status}
Diagnostic-Code: smtp; {diagnostic}

--XX--
"""


def _forms(text: str) -> dict[str, str]:
    return {
        "alone": text,
        "postfix": f"<taro@example.org>: host mx.example.org[192.0.2.10] said: {text} (in reply to RCPT TO command)",
        "exchange": f"taro@example.org\nRemote Server returned '{text}'",
        "wrapped": "\n    ".join(textwrap.wrap(f"host mx.example.org[192.0.2.10] said: {text}", 38)),
    }


def _check(record, category: str, code: str | None) -> None:
    assert record.entry is not None, f"no entry matched: {record.diagnostic!r}"
    assert record.category == category
    if code is not None and not code.isdigit():
        assert record.entry_code == code


@pytest.mark.parametrize(("category", "code", "text"), ROWS, ids=ROW_IDS)
@pytest.mark.parametrize("form", ["alone", "postfix", "exchange", "wrapped"])
def test_row_is_recognised_in_text(category: str, code: str | None, text: str, form: str) -> None:
    report = diagnose_text(_forms(text)[form])
    assert report.kind in ("bounce", "delay")
    (record,) = report.recipients
    _check(record, category, code)


@pytest.mark.parametrize(("category", "code", "text"), ROWS, ids=ROW_IDS)
def test_row_is_recognised_inside_a_diagnostic_code(category: str, code: str | None, text: str) -> None:
    status = code if code and code[0] in "45" and "." in code else "5.0.0"
    folded = "\n    ".join(textwrap.wrap(text, 50))
    (report,) = diagnose_bytes(BOUNCE.format(status=status, diagnostic=folded).encode())
    (record,) = report.recipients
    assert record.address == "taro@example.org"
    _check(record, category, code)
