"""badreputation: the sending IP or domain has a poor reputation at the destination."""

from __future__ import annotations

import re

from bouncegui.core.reasons._search import search

PHRASES: tuple[str, ...] = (
    # Yahoo/AOL [TSS04]
    "temporarily deferred due to unexpected volume or user complaints",
    "unexpected volume or user complaints",
    # Gmail 421 4.7.0 / 550 5.7.1 "very low reputation"
    "low reputation",
    "poor reputation",
    "bad reputation",
    "none/bad reputation",
    "reputation score",
    "due to ip reputation",
    "ip reputation",
    "domain reputation",
    "sender reputation",
    "reputation of the sending",
    "ip/domain reputation problems",
    "the sending mta's poor reputation",
    # Outlook.com RP-00x
    "rp-001",
    "rp-002",
    "rp-003",
)

REGEXES: tuple[re.Pattern[str], ...] = ()


def match(text_lower: str) -> str | None:
    """Return the reputation phrase found in ``text_lower``, or None."""
    return search(text_lower, PHRASES, REGEXES)
