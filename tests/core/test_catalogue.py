"""Tests for the bounce catalogue: its data, its patterns and its explanations."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any

import pytest

from bouncegui.core.catalogue import Catalogue, load_catalogue, read_source
from bouncegui.core.model import Diagnosis
from bouncegui.resources import catalogue_path, compiled_catalogue_path

SHARED = Path(__file__).parents[2] / ".." / "shared"
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")

# Page order of the help page's rows; these ids are used by the classifier and in JSON output.
EXPECTED_ENTRIES = {
    "recipient": [
        "recipient-account-storage-limit",
        "recipient-account-does-not-exist",
        "recipient-account-disabled",
        "recipient-delivery-timeout",
        "recipient-forwarding-loop",
    ],
    "invalid_recipient": ["invalid-recipient-not-found", "invalid-recipient-no-smtp-connection"],
    "sender": [
        "godaddy-ib401",
        "godaddy-ib501",
        "godaddy-ib502",
        "godaddy-ib506",
        "godaddy-ib508",
        "godaddy-ib108",
    ],
    "content": ["godaddy-ib212", "godaddy-ib705", "content-spam-or-virus"],
    "rate_limit": [
        "godaddy-ib605",
        "godaddy-ib007",
        "godaddy-ib101",
        "godaddy-ib110",
        "godaddy-ib111",
        "godaddy-ib112",
        "godaddy-ib113",
        "godaddy-ib504",
        "godaddy-ib510",
        "godaddy-ib607",
    ],
    "rbl": ["rbl-reject", "godaddy-ib103", "godaddy-ib104", "godaddy-ib105", "godaddy-ib106"],
    "microsoft365": [
        "m365-5.1.1",
        "m365-5.4.1",
        "m365-5.4.318",
        "m365-5.1.8",
        "m365-5.7.705",
        "m365-5.7.520",
        "m365-5.7.708",
    ],
}

JA_TITLES = {
    "recipient": "受信者のバウンス",
    "invalid_recipient": "無効な受信者のバウンス",
    "sender": "送信者のバウンス",
    "content": "コンテンツのバウンス",
    "rate_limit": "レート制限バウンス",
    "rbl": "リモートブロックリスト(RBL)のバウンス",
    "microsoft365": "Microsoft 365バウンス",
    "other": "その他のバウンス",
}

# RFC 5321 table of the status-code reference, and the IANA registry's enumerated codes.
REPLY_CODES = (  # noqa: SIM905 - one line of words reads better than 40 one-word lines
    "211 214 220 221 235 250 251 252 334 354 421 432 450 451 452 454 455 500 501 502 503 504 521 523 "
    "524 538 530 534 535 550 551 552 553 554 555 556"
).split()
STATUS_DETAILS = {0: 0, 1: 10, 2: 4, 3: 6, 4: 7, 5: 6, 6: 10, 7: 30}
IANA_CODES = ["X.0.0"] + [
    f"X.{subject}.{detail}" for subject, last in STATUS_DETAILS.items() if subject for detail in range(last + 1)
]
REASONS = (  # noqa: SIM905 - one line of words reads better than 40 one-word lines
    "authfailure badreputation blocked contenterror delivered exceedlimit expired feedback filtered "
    "hasmoved hostunknown mailboxfull mailererror mesgtoobig networkerror norelaying notaccept "
    "notcompliantrfc onhold policyviolation rejected requireptr securityerror spamdetected speeding "
    "suspend syntaxerror systemerror systemfull toomanyconn undefined userunknown vacation "
    "virusdetected"
).split()
ACTORS = ("sender", "recipient", "sender_admin", "recipient_admin", "provider")
KINDS = ("bounce", "delay", "feedback", "auto_reply", "delivered", "not_bounce", "error")

WRAPPERS = (
    "{}",
    "host mx.example.com[192.0.2.1] said: {}",
    "Remote Server returned '{}'",
    "Diagnostic-Code: smtp; {}",
    "host mx.example.com[192.0.2.1] said: {} (in reply to RCPT TO command)",
)


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    return read_source(catalogue_path())


def test_the_app_reads_the_catalogue_compiled_from_its_source(raw: dict[str, Any], catalogue: Catalogue) -> None:
    compiled = json.loads(compiled_catalogue_path().read_bytes())
    assert compiled == raw, "catalogue.json lags behind catalogue.toml: run python scripts/compile_catalogue.py"
    source = load_catalogue(catalogue_path())
    assert (catalogue.categories, catalogue.entries) == (source.categories, source.entries)


def _diagnosis(
    status: str | None = None, reply: str | None = None, reason: str = "undefined", entry: str | None = None
) -> Diagnosis:
    return Diagnosis(
        address="bob@example.org",
        action="failed",
        status=status,
        reply_code=reply,
        permanent=None,
        reason=reason,
        category="other",
        entry=entry,
        entry_code=None,
        actor=None,
        diagnostic=None,
        remote_mta=None,
        evidence=None,
        rule="none",
    )


def _all_entry_ids(catalogue: Catalogue) -> list[str]:
    return [e.id for e in catalogue.entries]


# -- shape of the data ---------------------------------------------------------------------------


def test_categories_in_tab_order(catalogue: Catalogue) -> None:
    assert [c.id for c in catalogue.categories] == list(EXPECTED_ENTRIES)


def test_entries_in_page_order(catalogue: Catalogue) -> None:
    assert len(catalogue.entries) == 38
    assert _all_entry_ids(catalogue) == [i for ids in EXPECTED_ENTRIES.values() for i in ids]
    for category, ids in EXPECTED_ENTRIES.items():
        assert [e.id for e in catalogue.entries_in(category)] == ids
        assert all(catalogue.entry(i).category == category for i in ids)
    assert catalogue.entries_in("other") == ()


@pytest.mark.parametrize("category", list(JA_TITLES))
def test_japanese_category_titles_exact(catalogue: Catalogue, category: str) -> None:
    assert catalogue.category_title(category, "ja") == JA_TITLES[category]


def test_english_category_titles(catalogue: Catalogue) -> None:
    assert catalogue.category_title("rbl", "en") == "Remote block list (RBL) bounces"
    assert catalogue.category_title("other", "en") == "Other bounces"


def _texts_of(raw: dict[str, Any]) -> list[tuple[str, dict[str, str]]]:
    found: list[tuple[str, dict[str, str]]] = []
    for category in raw["category"]:
        found += [(f"category {category['id']}.{n}", category[n]) for n in ("title", "summary")]
    for entry in raw["entry"]:
        found += [(f"entry {entry['id']}.{n}", entry[n]) for n in ("title", "cause", "solution")]
    for table in ("reply", "status", "reason"):
        for key, row in raw[table].items():
            names = ("label", "title", "cause", "solution") if table == "reason" else ("title", "cause", "solution")
            found += [(f"{table} {key}.{n}", row[n]) for n in names]
    found += [(f"actor {k}.label", row["label"]) for k, row in raw["actor"].items()]
    for key, row in raw["kind"].items():
        found += [(f"kind {key}.{n}", row[n]) for n in ("label", "text")]
    return found


def test_every_text_in_both_languages(raw: dict[str, Any]) -> None:
    texts = _texts_of(raw)
    assert len(texts) > 650
    for where, text in texts:
        assert set(text) == {"en", "ja"}, where
        assert text["en"].strip() and text["ja"].strip(), where
        assert JAPANESE.search(text["ja"]), f"{where}: Japanese text has no Japanese characters"
        assert not JAPANESE.search(text["en"]), f"{where}: English text holds Japanese"


def test_japanese_texts_are_polite_form(raw: dict[str, Any]) -> None:
    # Causes and solutions are full sentences in です/ます form.
    for entry in raw["entry"]:
        for name in ("cause", "solution"):
            text = entry[name]["ja"]
            assert re.search(r"(ます|です|ください|ません|でした|ました)。$", text), (entry["id"], name, text)


def test_entry_fields(catalogue: Catalogue) -> None:
    for entry in catalogue.entries:
        assert entry.server_text.strip()
        assert entry.patterns
        assert entry.actor in ACTORS
        assert entry.reason in REASONS
    assert catalogue.entry("godaddy-ib212").codes == ("IB212",)
    assert catalogue.entry("m365-5.4.318").codes == ("5.4.318", "4.4.318")
    assert catalogue.entry("recipient-account-storage-limit").codes == ()
    assert catalogue.entry("godaddy-ib212").reason == "spamdetected"
    assert catalogue.entry("m365-5.7.708").reason == "speeding"
    assert catalogue.entry("invalid-recipient-not-found").permanent is True
    assert catalogue.entry("godaddy-ib101").permanent is False


def test_every_reply_code_has_a_row(raw: dict[str, Any]) -> None:
    assert set(REPLY_CODES) | {"2xx", "4xx", "5xx"} <= set(raw["reply"])
    for code, row in raw["reply"].items():
        if code.startswith("4"):
            assert row["permanent"] is False, code
        if code.startswith("5"):
            assert row["permanent"] is True, code


def test_every_iana_status_has_a_row(raw: dict[str, Any]) -> None:
    assert len(IANA_CODES) == 81
    expected = set(IANA_CODES) | {f"X.{s}" for s in range(1, 8)} | {"2", "4", "5"}
    assert expected <= set(raw["status"])
    assert all(row["actor"] in ACTORS for row in raw["status"].values())


def test_status_rows_match_the_reference_table(raw: dict[str, Any]) -> None:
    reference = SHARED / "reference" / "status-codes.md"
    if not reference.is_file():
        pytest.skip("../shared/reference/status-codes.md is not checked out next to the repository")
    codes = re.findall(r"^\| (X\.\d+\.\d+) \|", reference.read_text(encoding="utf-8"), re.MULTILINE)
    assert len(codes) > 80
    assert sorted(set(codes) - set(raw["status"])) == []


def test_every_reason_has_a_row(catalogue: Catalogue, raw: dict[str, Any]) -> None:
    assert set(REASONS) <= set(raw["reason"])
    assert catalogue.reason_label("mailboxfull", "en") == "Mailbox full"
    assert catalogue.reason_label("mailboxfull", "ja") == "メールボックス満杯"
    assert catalogue.reason_actor("mailboxfull") == "recipient"
    assert catalogue.reason_actor("requireptr") == "sender_admin"
    assert catalogue.reason_label("no-such-reason", "en") == "no-such-reason"


def test_actor_and_kind_labels(catalogue: Catalogue) -> None:
    assert catalogue.actor_label("sender", "en") == "You (the sender)"
    assert catalogue.actor_label("sender", "ja") == "あなた(送信者)"
    for actor in ACTORS:
        assert catalogue.actor_label(actor, "ja") != actor
    for kind in KINDS:
        assert catalogue.kind_label(kind, "en") != kind
        assert JAPANESE.search(catalogue.kind_text(kind, "ja"))
    assert "not a delivery failure" in catalogue.kind_text("auto_reply", "en")


# -- patterns ------------------------------------------------------------------------------------


def _matching_ids(catalogue: Catalogue, text: str) -> list[str]:
    flat = " ".join(text.split())
    return [e.id for e in catalogue.entries if any(p.search(flat) for p in e.patterns)]


@pytest.mark.parametrize("wrapper", WRAPPERS)
def test_server_text_matches_only_its_entry(catalogue: Catalogue, wrapper: str) -> None:
    for entry in catalogue.entries:
        text = wrapper.format(entry.server_text)
        assert _matching_ids(catalogue, text) == [entry.id], text
        found = catalogue.match(text)
        assert found is not None and found.entry.id == entry.id


def test_server_text_matches_across_line_breaks(catalogue: Catalogue) -> None:
    for entry in catalogue.entries:
        text = "Diagnostic-Code: smtp;\r\n    " + entry.server_text.replace(" ", "\r\n\t ")
        found = catalogue.match(text)
        assert found is not None and found.entry.id == entry.id, text


def test_server_text_matches_with_real_addresses(catalogue: Catalogue) -> None:
    for entry in catalogue.entries:
        text = entry.server_text.replace("jane@coolexample.com", "<sales@example.co.jp>")
        text = text.replace("coolexample.com", "example.co.jp")
        found = catalogue.match(f"host smtp.secureserver.net said: {text}")
        assert found is not None and found.entry.id == entry.id, text


@pytest.mark.parametrize(
    ("text", "entry_id", "code"),
    [
        (
            "host said: 552 This message has been rejected due to content judged to be spam by the "
            "internet community. IB212",
            "godaddy-ib212",
            "IB212",
        ),
        ("552 rejected due to content judged to be spam", "godaddy-ib212", "IB212"),
        (
            "This message is looping: it already has my Delivered-To line. (#5.4.6)",
            "recipient-forwarding-loop",
            "5.4.6",
        ),
        ("Remote Server returned '450 4.4.318 Connection dropped'", "m365-5.4.318", "4.4.318"),
        ("Remote Server returned '550 5.4.318 Message expired, connection reset'", "m365-5.4.318", "5.4.318"),
        (
            "550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. AS(7171)",
            "m365-5.7.708",
            "5.7.708",
        ),
        ("Account storage limit", "recipient-account-storage-limit", None),
        ("550 Recipient not found", "invalid-recipient-not-found", "550"),
        ("554 RBL Reject.", "rbl-reject", "554"),
    ],
)
def test_match_reports_the_printed_code(catalogue: Catalogue, text: str, entry_id: str, code: str | None) -> None:
    found = catalogue.match(text)
    assert found is not None
    assert (found.entry.id, found.code) == (entry_id, code)


@pytest.mark.parametrize(
    "text",
    [
        "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table",
        "Mailbox full",
        "452 4.2.2 The email account that you tried to reach is over quota.",
        "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
        "550 5.7.504 Recipient address rejected: Access denied",
        "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org",
        "421 4.7.0 Try again later, closing connection.",
        "Your account has been disabled by the administrator of this mailbox",
        "The delivery of this message timed out",
        "Received: from mail.example.org (192.0.2.15.7.705.example) by mx.example.com",
        "IB2120 and xIB212 are not codes",
        "",
    ],
)
def test_unrelated_text_matches_nothing(catalogue: Catalogue, text: str) -> None:
    assert catalogue.match(text) is None


def test_first_entry_wins_in_page_order(catalogue: Catalogue) -> None:
    # "Account storage limit" precedes the generic 552 row on the page and in the catalogue.
    found = catalogue.match("552 Account storage limit. Message rejected for spam or virus content")
    assert found is not None and found.entry.id == "recipient-account-storage-limit"


def test_evidence_is_the_sentence_around_the_match(catalogue: Catalogue) -> None:
    text = (
        "This is the mail system at host mail.example.com.\n\nI'm sorry to have to inform you that your "
        "message could not be delivered.\n\n<jane@example.org>: host smtp.secureserver.net[192.0.2.1] said:\n"
        "    550 jane@example.org Blank From: addresses are not allowed. Provide a valid\n    From. IB501 "
        "(in reply to MAIL FROM command)\n" + "Received: from somewhere by elsewhere.\n" * 40
    )
    found = catalogue.match(text)
    assert found is not None and found.entry.id == "godaddy-ib501"
    assert found.evidence.startswith("550 jane@example.org Blank From:")
    assert "IB501" in found.evidence
    assert "Received:" not in found.evidence
    long_text = "x" * 5000 + " Account storage limit " + "y" * 5000
    long_found = catalogue.match(long_text)
    assert long_found is not None and len(long_found.evidence) <= 300
    assert "Account storage limit" in long_found.evidence


def _near_misses(server_text: str) -> list[str]:
    words = re.findall(r"[A-Za-z0-9]+", server_text)
    cut = server_text[:-1]
    return [
        (cut + " ") * (50_000 // (len(cut) + 1)),
        cut.replace(" ", "") * (50_000 // max(1, len(cut))),
        " ".join(words[:-1]) + " " * 50_000 + "x",
        " ".join(words) + "a" * 50_000,
        "a" * 50_000 + "!",
        " " * 50_000 + "!",
        ("IB21 " + " ".join(words[:3]) + " ") * 2000,
        "5." * 25_000,
    ]


def test_patterns_run_in_linear_time(catalogue: Catalogue) -> None:
    for entry in catalogue.entries:
        for text in _near_misses(entry.server_text):
            for pattern in entry.patterns:
                start = time.perf_counter()
                pattern.search(text)
                elapsed = time.perf_counter() - start
                assert elapsed < 0.2, (entry.id, pattern.pattern, elapsed)


def test_patterns_avoid_unbounded_gaps(raw: dict[str, Any]) -> None:
    for entry in raw["entry"]:
        for pattern in entry["patterns"]:
            assert ".*" not in pattern and ".+" not in pattern, (entry["id"], pattern)
            assert not re.search(r"\)[*+]", pattern), (entry["id"], pattern)


# -- explanations --------------------------------------------------------------------------------


def test_explain_uses_the_entry(catalogue: Catalogue) -> None:
    explanation = catalogue.explain(_diagnosis(status="5.0.0", reply="552", entry="godaddy-ib212"), "ja")
    assert explanation.matched is True
    assert explanation.title == catalogue.entry("godaddy-ib212").title["ja"]
    assert explanation.solution == catalogue.entry("godaddy-ib212").solution["ja"]


def test_explain_specific_status(catalogue: Catalogue, raw: dict[str, Any]) -> None:
    explanation = catalogue.explain(_diagnosis(status="5.1.1", reply="550", reason="userunknown"), "en")
    assert explanation.matched is False
    assert explanation.title == raw["status"]["X.1.1"]["title"]["en"]
    assert explanation.cause == raw["status"]["X.1.1"]["cause"]["en"]
    temporary = catalogue.explain(_diagnosis(status="4.2.2"), "ja")
    assert temporary.title == raw["status"]["X.2.2"]["title"]["ja"]


def test_explain_reason_before_generic_codes(catalogue: Catalogue, raw: dict[str, Any]) -> None:
    only_reason = catalogue.explain(_diagnosis(reason="mailboxfull"), "en")
    assert (only_reason.title, only_reason.matched) == (raw["reason"]["mailboxfull"]["title"]["en"], False)
    # X.0.0 says nothing, so the reason wins over it and over the reply code.
    generic = catalogue.explain(_diagnosis(status="5.0.0", reply="550", reason="spamdetected"), "en")
    assert generic.title == raw["reason"]["spamdetected"]["title"]["en"]


def test_explain_subject_reply_and_class_rows(catalogue: Catalogue, raw: dict[str, Any]) -> None:
    # A vendor detail outside the registry falls back to the subject row.
    subject = catalogue.explain(_diagnosis(status="5.7.999", reply="550"), "en")
    assert subject.title == raw["status"]["X.7"]["title"]["en"]
    reply_only = catalogue.explain(_diagnosis(reply="421"), "ja")
    assert reply_only.title == raw["reply"]["421"]["title"]["ja"]
    reply_class = catalogue.explain(_diagnosis(reply="599"), "en")
    assert reply_class.title == raw["reply"]["5xx"]["title"]["en"]
    status_class = catalogue.explain(_diagnosis(status="4.0.0"), "en")
    assert status_class.title == raw["status"]["4"]["title"]["en"]


def test_explain_nothing_known(catalogue: Catalogue, raw: dict[str, Any]) -> None:
    for diagnosis in (_diagnosis(), _diagnosis(status="garbage", reply="abc", reason="onhold")):
        explanation = catalogue.explain(diagnosis, "en")
        assert explanation.matched is False
        assert explanation.title == raw["reason"]["undefined"]["title"]["en"]
        assert explanation.solution == raw["reason"]["undefined"]["solution"]["en"]


def test_explain_unknown_entry_id_falls_back(catalogue: Catalogue, raw: dict[str, Any]) -> None:
    explanation = catalogue.explain(_diagnosis(status="5.2.2", entry="no-such-entry"), "en")
    assert (explanation.title, explanation.matched) == (raw["status"]["X.2.2"]["title"]["en"], False)


# -- loading -------------------------------------------------------------------------------------


def test_default_catalogue_is_cached() -> None:
    assert load_catalogue() is load_catalogue()


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("category = 'content'", "category = 'nonsense'", "godaddy-ib212"),
        ("reason = 'spamdetected'", "reason = 'nonsense'", "godaddy-ib212"),
        ("actor = 'recipient'", "actor = 'nobody'", "recipient-account-storage-limit"),
        ("patterns = ['\\bIB212\\b'", "patterns = ['(IB212'", "godaddy-ib212"),
        ("ja = '受信者のアカウントが停止されています' }", "ja = ' ' }", "recipient-account-disabled"),
    ],
)
def test_bad_data_is_refused_naming_the_entry(tmp_path: Path, old: str, new: str, message: str) -> None:
    source = catalogue_path().read_text(encoding="utf-8")
    assert old in source
    broken = tmp_path / "catalogue.toml"
    broken.write_text(source.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(ValueError, match=re.escape(message)):
        load_catalogue(broken)


def test_every_pattern_has_a_literal_anchor_that_its_matches_contain(catalogue: Catalogue) -> None:
    # match() skips a pattern whose anchor is absent: an anchor its own matches lack would hide the row.
    from bouncegui.core.catalogue import _anchor

    anchors = 0
    for entry in catalogue.entries:
        flat = " ".join(entry.server_text.split())
        for pattern in entry.patterns:
            anchor = _anchor(pattern.pattern)
            anchors += anchor is not None
            found = pattern.search(flat)
            if anchor is not None and found is not None:
                assert anchor in found.group(0).lower() or anchor in flat.lower(), (entry.id, pattern.pattern)
    assert anchors >= 60


def test_anchor_skips_optional_and_grouped_parts() -> None:
    from bouncegui.core.catalogue import _anchor

    assert _anchor(r"\bexceeded the max(?:imum)? number of messages per session\b") == "number of messages per session"
    assert _anchor(r"\bblank From:? addresses are not allowed\b") == "addresses are not allowed"
    assert _anchor(r"(?<![\w.])[45]\.4\.318\b") == ".4.318"
    assert _anchor(r"foo|bar") is None
