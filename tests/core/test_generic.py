"""Recipients and replies in the free text of notices that carry no RFC 3464 part."""

from __future__ import annotations

from bouncegui.core import diagnose_bytes


def _recipients(body: str, headers: str = "") -> list[tuple[str | None, str | None]]:
    data = ("From: MAILER-DAEMON@mx.example.net\nTo: sender@example.net\nSubject: Undeliverable\n" + headers
            + "\n" + body).encode()
    (report,) = diagnose_bytes(data)
    return [(r.address, r.status) for r in report.recipients]


def test_summary_of_the_original_and_contact_addresses_are_not_recipients() -> None:
    body = (
        "Your message\n\n  To:      bob@example.org\n  Subject: Hello\n\n"
        "did not reach the following recipient(s):\n\nalice@example.jp on Thu, 29 Apr 2010\n"
        "    550 5.1.1 The recipient name is not recognized\n\n"
        "If the problem persists, write to <support@isp.example.net>\n"
    )
    assert _recipients(body) == [("alice@example.jp", "5.1.1")]


def test_an_address_alone_on_its_line_is_a_recipient_even_if_it_sent_the_mail() -> None:
    body = "I'm afraid I wasn't able to deliver your message.\n\n<sender@example.net>:\n552 5.2.2 quota exceeded\n"
    assert _recipients(body) == [("sender@example.net", "5.2.2")]


def test_x_failed_recipients_outweighs_addresses_in_prose() -> None:
    body = "Hello greeter@example.jp,\n\n550 your post to the group was refused\n"
    assert _recipients(body, "X-Failed-Recipients: group@lists.example.com\n")[0][0] == "group@lists.example.com"


def test_source_routed_final_recipient_gives_way_to_the_original() -> None:
    data = (
        b"From: postmaster@example.net\nTo: s@example.com\nSubject: Delivery Notification\n"
        b"Content-Type: multipart/report; report-type=delivery-status; boundary=b\n\n--b\n\nfailed\n--b\n"
        b"Content-Type: message/delivery-status\n\nFinal-Recipient: rfc822;@smtp.example.net:user@server\n"
        b"Original-Recipient: rfc822;user@example.net\nAction: failed\nStatus: 5.2.0\n\n--b--\n"
    )
    (report,) = diagnose_bytes(data)
    assert [r.address for r in report.recipients] == ["user@example.net"]


def test_json_notification_is_not_cut_as_a_quoted_original() -> None:
    body = (
        '{"notificationType":"Bounce","bounce":{"bouncedRecipients":[{"emailAddress":"a@example.org",'
        '"status":"5.1.1","diagnosticCode":"smtp; 550 5.1.1 user unknown"}]},\n'
        '"mail":{"headers":[{"name":"From","value":"s@example.net"},\n{"name":"To","value":"a@example.org"}]}}\n'
    )
    assert _recipients(body) == [("a@example.org", "5.1.1")]


def test_every_format_needle_is_in_what_its_pattern_matches() -> None:
    # default_command skips a format whose needle is absent: a needle its matches lack would hide it.
    from bouncegui.core.mta.formats import FORMATS

    samples = {
        "Internet Mail Service": "Internet Mail Service (5.5.1960.3)", "MSEXCH:": "MSEXCH:IMS:NEKO 0",
        "SMTP32": "<SMTP32 v990729>", "McAfee": "Modified by McAfee Email Gateway",
        "messagelabs": "server-1.tower-2.messagelabs.com!1!2", "Failure Reasons": "------- Failure Reasons  --------",
        "DELIVERY FAILURE:": "DELIVERY FAILURE: User not listed", "X-PowerMTA": "X-PowerMTA-BounceCategory: bad",
        "InterScan": "****** Message from InterScan Messaging Security Suite ******",
        "vzwpix": "MMSC NDR Administrator <sysadmin@m01.vzwpix.com>",
    }
    for f in FORMATS:
        matched = [s for s in samples.values() if f.pattern.search(s)]
        assert matched, f.name
        assert all(f.needle in s.lower() for s in matched), f.name
