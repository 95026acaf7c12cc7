"""How the reason is decided: entry, provider code, trusted code, phrase, SMTP stage."""

from __future__ import annotations

import pytest

from bouncegui.core import diagnose_bytes, diagnose_text


def _reason(text: str) -> str:
    (record,) = diagnose_text(text).recipients
    return record.reason


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # The sender's own address: "no such domain" is the sender's domain here.
        ("550 5.1.7 No such domain neko.example.com.", "rejected"),
        # Media errors: the code outweighs a spam-like phrase.
        ("500 5.6.1 Message content rejected", "contenterror"),
        # Yahoo's documented token.
        ("554 [PH01] Email not accepted for policy reasons.", "policyviolation"),
        # Refused at the greeting: a block of the sending host, whatever the words.
        ("SMTP error from remote mail server after initial connection:\n554 5.7.1 [C14] Missing reverse DNS",
         "blocked"),
        # ... but not when the words name a stage-independent cause.
        ("SMTP error from remote mail server after initial connection:\n421 too many connections from your host",
         "toomanyconn"),
        # User unknown at RCPT is an unknown user; after DATA it is the recipient's filter.
        ("<a@example.jp>: host mx.example.jp said: 550 User unknown (in reply to RCPT TO command)", "userunknown"),
        ("<a@example.jp>: host mx.example.jp said: 550 User unknown (in reply to end of DATA command)", "filtered"),
        ("550 5.2.0 Unknown user a@docomo.example.jp", "filtered"),
        ("550 5.1.1 <a@example.org>... User unknown", "userunknown"),
    ],
)
def test_reason(text: str, reason: str) -> None:
    assert _reason(text) == reason


def test_google_groups_refusal_without_code_is_rejected() -> None:
    data = (
        b"From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nTo: a@example.net\n"
        b"Subject: Delivery Status Notification (Failure)\nX-Failed-Recipients: group@googlegroups.com\n\n"
        + "グループ group へのメッセージはお届けできませんでした。\n".encode()
    )
    (report,) = diagnose_bytes(data)
    (record,) = report.recipients
    assert (record.address, record.reason, record.rule) == ("group@googlegroups.com", "rejected", "provider")


def test_non_standard_action_is_still_a_bounce() -> None:
    data = (
        b"From: MAILER-DAEMON@example.net\nTo: a@example.net\nSubject: Undelivered\n"
        b"Content-Type: multipart/report; report-type=delivery-status; boundary=b\n\n--b\n\nsorry\n--b\n"
        b"Content-Type: message/delivery-status\n\nFinal-Recipient: rfc822; x@example.org\nAction: expired\n"
        b"Status: 4.4.7\n\n--b--\n"
    )
    (report,) = diagnose_bytes(data)
    assert report.kind == "bounce" and report.recipients[0].reason == "expired"


def _dsn(recipient: str, diagnostic: str, remote: str = "", status: str = "5.0.0") -> bytes:
    remote_line = f"Remote-MTA: dns; {remote}\n" if remote else ""
    return (
        "From: MAILER-DAEMON@example.net\nTo: s@example.net\nSubject: Returned mail\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=b\n\n--b\n\nfailed\n--b\n"
        f"Content-Type: message/delivery-status\n\nFinal-Recipient: rfc822; {recipient}\nAction: failed\n"
        f"Status: {status}\n{remote_line}Diagnostic-Code: smtp; {diagnostic}\n\n--b--\n"
    ).encode()


@pytest.mark.parametrize(
    ("recipient", "diagnostic", "remote", "reason"),
    [
        ("a@cox.net", "554 5.7.1 cxmxrt01.cox.net ESMTP CXBL - blocked", "", "blocked"),
        ("a@cox.net", "550 5.1.1 recipient rejected", "", "userunknown"),
        ("a@orange.fr", "550 5.5.0 Adresse destinataire invalide. Invalid recipient. LPN007_416", "", "userunknown"),
        ("a@wanadoo.fr", "421 mwinf5c77 ME Service refuse. Veuillez essayer plus tard. OFR_999 [999]", "", "blocked"),
        ("a@ezweb.ne.jp", "550 : User unknown", "", "filtered"),
        ("a@ezweb.ne.jp", "550 <a@ezweb.ne.jp>: User unknown", "", "userunknown"),
        ("a@example.com", "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred", "mta5.am0.yahoodns.net",
         "rejected"),
        ("a@example.com", "554 email rejected due to security policies - MCSpamSignature", "us-smtp-1.mimecast.com",
         "virusdetected"),
    ],
)
def test_provider_tables(recipient: str, diagnostic: str, remote: str, reason: str) -> None:
    (report,) = diagnose_bytes(_dsn(recipient, diagnostic, remote))
    (record,) = report.recipients
    assert (record.reason, record.rule) == (reason, "provider")


def test_yahoo_tokens_count_only_when_yahoo_answered() -> None:
    # A relay quoting Yahoo's words is not Yahoo: the phrase tables decide.
    (report,) = diagnose_bytes(_dsn("a@yahoo.com", "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred "
                                    "due to unexpected volume or user complaints", "relay.example.net"))
    assert report.recipients[0].rule != "provider"


@pytest.mark.parametrize(
    ("reply", "reason"),
    [
        ("The error that the other server returned was: 554 554 5.7.0 Header error (state 18).", "filtered"),
        ("The error that the other server returned was: 500 Remote server does not support TLS (state 6).",
         "systemerror"),
        ("The error that the other server returned was: 550 550 5.2.2 <a@example.jp>... Mailbox Full (state 14).",
         "mailboxfull"),
    ],
)
def test_gmail_state_decides_outside_rcpt(reply: str, reason: str) -> None:
    assert _reason(reply) == reason


@pytest.mark.parametrize(
    ("transcript", "reason"),
    [
        ("... while talking to mx.example.org.:\n>>> RCPT To:<a@example.org>\n<<< 550 Rejected", "userunknown"),
        ("... while talking to mx.example.org.:\n>>> MAIL From:<s@example.net>\n<<< 553 sorry", "rejected"),
    ],
)
def test_a_bare_refusal_is_read_by_its_stage(transcript: str, reason: str) -> None:
    assert _reason(transcript) == reason


@pytest.mark.parametrize(
    ("recipient", "diagnostic", "reason"),
    [
        ("a@hotmail.com", "550 Requested action not taken: mailbox unavailable (-2222:2222)", "userunknown"),
        ("a@example.com", "550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient", "mesgtoobig"),
        ("a@example.com", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
         "userunknown"),
        ("a@ezweb.ne.jp", "Each of the following recipients was rejected by a remote mail server.", "filtered"),
    ],
)
def test_provider_words_and_tokens(recipient: str, diagnostic: str, reason: str) -> None:
    (report,) = diagnose_bytes(_dsn(recipient, diagnostic))
    assert report.recipients[0].reason == reason


def test_size_limit_code_outweighs_size_words() -> None:
    assert _reason("552 5.2.3 Message size exceeds fixed maximum message size (10485760)") == "exceedlimit"


def test_unsubscribe_request_is_feedback() -> None:
    data = (b"From: reader@example.com\nTo: opt-out-1@lists.example.org\nSubject: unsubscribe\n"
            b"Auto-Submitted: auto-replied\nX-Apple-Unsubscribe: true\n\nMail sent this email to unsubscribe.\n")
    (report,) = diagnose_bytes(data)
    assert report.kind == "feedback" and report.recipients[0].address == "reader@example.com"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("550 5.7.606 Access denied, banned sending IP [192.0.2.1]", "blocked"),
        ("550 5.7.509 Access denied, sending domain example.com does not pass DMARC verification", "authfailure"),
        ("550 5.1.90 Your message can't be sent because you've reached your daily limit for message recipients",
         "speeding"),
        ("550 5.7.950 Delivery not authorized, message refused by transport rule", "policyviolation"),
    ],
)
def test_microsoft_private_codes(line: str, reason: str) -> None:
    assert _reason(line) == reason
