"""Real bounces from about 70 mail servers (the shared, labelled corpus)."""

from __future__ import annotations

import json
from functools import cache

import pytest

from bouncegui.core import Report, diagnose_path
from tests.paths import CORPUS, needs_corpus

pytestmark = needs_corpus

UNDECIDED = {"onhold", "undefined"}


@cache
def labelled() -> dict[str, tuple[dict[str, object], Report]]:
    labels = json.loads((CORPUS / "labels.json").read_text())
    out = {}
    for name, label in sorted(labels.items()):
        (report,) = diagnose_path(CORPUS / "maildir" / name)
        out[name] = (label, report)
    return out


def _pseudo(status: str) -> bool:
    parts = status.split(".")
    return len(parts) == 3 and parts[1] == "0" and parts[2].startswith("9") and len(parts[2]) == 3


def _first(report: Report, address: str | None):
    for record in report.recipients:
        if record.address == address:
            return record
    return report.recipients[0] if report.recipients else None


def test_scores_stay_at_or_above_what_the_engine_reached() -> None:
    reason = status = recipients = 0
    n_reason = n_status = n_recipients = 0
    for label, report in labelled().values():
        want = label["expected"][0]
        wanted = label["recipients"]
        got = _first(report, wanted[0] if wanted else None)
        if want["reason"] not in UNDECIDED:
            n_reason += 1
            reason += got is not None and got.reason == want["reason"]
        if want["status"] and not _pseudo(want["status"]):
            n_status += 1
            status += got is not None and got.status == want["status"]
        if wanted:
            n_recipients += 1
            recipients += {r.address for r in report.recipients} == set(wanted)
    # Issue 2 asked for 0.80 / 0.90 / 0.90, issue 4 for 0.97 / 0.99 / 0.98: kept from sliding.
    assert reason / n_reason >= 0.97
    assert status / n_status >= 0.99
    assert recipients / n_recipients >= 0.98


@pytest.mark.parametrize(
    ("name", "kind"),
    [("arf-01.eml", "feedback"), ("rfc3834-01.eml", "auto_reply"), ("lhost-qmail-01.eml", "bounce"),
     ("lhost-amazonses-12.eml", "delivered")],
)
def test_kinds(name: str, kind: str) -> None:
    assert labelled()[name][1].kind == kind


@pytest.mark.parametrize("name", ["is-not-bounce-01.eml", "is-not-bounce-02.eml"])
def test_messages_that_are_not_bounces(name: str) -> None:
    (report,) = diagnose_path(CORPUS / "not-bounce" / name)
    assert report.kind == "not_bounce" and report.recipients == ()


def test_every_failed_recipient_of_a_multi_recipient_report() -> None:
    multi = {n: v for n, v in labelled().items() if len(v[0]["recipients"]) > 1}
    assert multi, "the corpus holds reports with several recipients"
    found = sum({r.address for r in report.recipients} == set(label["recipients"]) for label, report in multi.values())
    assert found / len(multi) >= 0.8
