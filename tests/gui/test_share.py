"""Shareable texts: redaction, escaping in Markdown, HTML and CSV, and the note to whoever acts."""

from __future__ import annotations

import csv
import io
import re

import pytest

from bouncegui.core import diagnose_text, load_catalogue
from bouncegui.core.model import Report
from bouncegui.gui import share, texts

LABELS = texts.LABELS  # the English source texts, as the window shows them untranslated
HOSTILE = "550 5.1.1 <b>bold</b><img src=x> [link](http://evil.example) =cmd| user unknown"


def report(text: str, source: str = "/home/jane/mail/bounce.eml") -> Report:
    found = diagnose_text(text, source)
    return Report(source=source, kind=found.kind, subject=found.subject, recipients=found.recipients)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("mail to jane.doe+x@example.co.jp failed", "mail to [address] failed"),
        ("host mx1.example.net[192.0.2.25] said", "host [domain][[IP]] said"),
        ("from 2001:db8::1 refused", "from [IP] refused"),
        ("at 10:30:00 today", "at 10:30:00 today"),
        ("550 5.7.708 Access denied IB212", "550 5.7.708 Access denied IB212"),
    ],
)
def test_redact_hides_addresses_domains_and_ips(text: str, want: str) -> None:
    assert share.redact(text) == want


def test_plain_text_carries_every_summary_field() -> None:
    text = share.plain_text(report("552 Virus infected message rejected. IB705"), load_catalogue(), "en", LABELS)
    entry = load_catalogue().entry("godaddy-ib705")
    for value in (entry.title["en"], entry.cause["en"], entry.solution["en"], "IB705", "Content bounces"):
        assert value in text
    # A path says where the user keeps mail: only the file name is shared.
    assert "/home/jane" not in text and "bounce.eml" in text


def test_unmatched_diagnosis_says_so() -> None:
    text = share.plain_text(report("550 5.1.1 user unknown"), load_catalogue(), "en", LABELS)
    assert LABELS["no_entry"] in text


def test_markdown_escapes_bounce_text() -> None:
    text = share.markdown(report(HOSTILE), load_catalogue(), "en", LABELS)
    assert re.search(r"(?<!\\)[<>\[\]]", text) is None, "unescaped markup in the Markdown"
    assert r"\<b\>bold\</b\>" in text


def test_html_escapes_bounce_text() -> None:
    text = share.html_document(report(HOSTILE), load_catalogue(), "en", LABELS)
    assert "<img" not in text and "&lt;img src=x&gt;" in text


def test_csv_has_one_row_per_recipient_and_defuses_formulas() -> None:
    reports = [
        report("=HYPERLINK(1) 550 5.1.1 user unknown", "=a.eml"),
        report("552 Virus infected message rejected. IB705"),
    ]
    rows = list(csv.reader(io.StringIO(share.csv_text(reports, load_catalogue(), "en", LABELS))))
    assert rows[0][0] == LABELS["source"]
    assert len(rows) == 3
    assert rows[1][0] == "'=a.eml"
    assert all(not cell.startswith("=") for row in rows for cell in row)


def test_redacting_reaches_every_format() -> None:
    bounce = report("550 5.1.1 <kijitora@example.jp>: user unknown at mx.example.jp [192.0.2.1]")
    catalogue = load_catalogue()
    for render in (share.plain_text, share.markdown, share.html_document, share.note):
        text = render(bounce, catalogue, "en", LABELS, redacting=True)
        assert "kijitora" not in text and "example.jp" not in text and "192.0.2.1" not in text, render.__name__
    assert "kijitora" not in share.csv_text([bounce], catalogue, "en", LABELS, redacting=True)


def test_note_is_addressed_to_whoever_acts_in_the_chosen_language() -> None:
    catalogue = load_catalogue()
    bounce = report("Account storage limit")
    entry = catalogue.entry("recipient-account-storage-limit")
    assert entry.actor == "recipient"
    english = share.note(bounce, catalogue, "en", LABELS)
    assert english.startswith("Hello,") and entry.solution["en"] in english
    japanese = share.note(bounce, catalogue, "ja", dict(LABELS, note_closing="よろしくお願いいたします。"))
    assert entry.solution["ja"] in japanese and entry.cause["ja"] in japanese


def test_errors_and_limits_reached_are_said_in_the_chosen_language() -> None:
    catalogue = load_catalogue()
    unreadable = Report(source="/mail/empty.eml", kind="error", error="the file is empty")
    partial = Report(source="/mail/big.eml", kind="not_bounce", notes=("only the first 20 MB were read",))
    assert "Error: the file is empty" in share.plain_text(unreadable, catalogue, "en", LABELS)
    assert "Error: ファイルが空です" in share.plain_text(unreadable, catalogue, "ja", LABELS)
    assert "Note: 先頭の20 MBだけを読み込みました" in share.plain_text(partial, catalogue, "ja", LABELS)
    assert "<td>only the first 20 MB were read</td>" in share.html_document(partial, catalogue, "en", LABELS)
    assert "ファイルが空です" in share.csv_text([unreadable], catalogue, "ja", LABELS)
