"""notcompliantrfc: the message breaks RFC 5322 (duplicate or missing headers, bad From)."""

from __future__ import annotations

import re

from bouncegui.core.reasons._search import search

PHRASES: tuple[str, ...] = (
    # Gmail 550 5.7.1 family and its help link.
    "not rfc 5322 compliant",
    "not rfc5322 compliant",
    "rfc 5322 compliant",
    "rfcmessagenoncompliant",
    "not rfc 2822 compliant",
    "not rfc compliant",
    "headers are not rfc compliant",
    "rfc 5322",
    "rfc5322",
    # Microsoft 5.1.20
    "multiple from addresses are not allowed",
    # GoDaddy IB501/IB502
    "blank from: addresses",
    "ip addresses are not allowed as a from",
    "missing message-id",
    "missing from header",
    "missing required header",
    "no from header",
    "no message-id header",
    "multiple message-id",
)

REGEXES: tuple[re.Pattern[str], ...] = (
    # Gmail: "Messages with multiple addresses in From: header are not accepted."
    re.compile(r"multiple [a-z:-]{1,20} ?(?:addresses )?in (?:the )?[a-z-]{1,20}:? header"),
)


def match(text_lower: str) -> str | None:
    """Return the RFC 5322 compliance phrase found in ``text_lower``, or None."""
    return search(text_lower, PHRASES, REGEXES)
