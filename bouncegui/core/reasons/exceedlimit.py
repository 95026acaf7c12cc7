"""exceedlimit: the message exceeds a limit set for this recipient/mailbox (RFC 3463 X.2.3)."""

from __future__ import annotations

import re

from bouncegui.core.reasons._search import search

PHRASES: tuple[str, ...] = (
    # RFC 3463 X.2.3 registry text and its variants
    "exceeds administrative limit",
    "exceeds limit set by recipient",
    "limit set by recipient",
    "recipient's size limit",
    "recipient size limit",
    "per-recipient size limit",
    "message header size exceeds limit",
    "header size exceeds limit",
    "headers exceed",
    "line limit exceeded",
)

REGEXES: tuple[re.Pattern[str], ...] = ()


def match(text_lower: str) -> str | None:
    """Return the per-recipient limit phrase found in ``text_lower``, or None."""
    return search(text_lower, PHRASES, REGEXES)
