"""hasmoved: the mailbox has moved and mail is not forwarded (RFC 3463 X.1.6, 551)."""

from __future__ import annotations

import re

from bouncegui.core.reasons._search import search

PHRASES: tuple[str, ...] = (
    "has been replaced by",
    "mailbox has moved",
    "destination mailbox has moved",
    "has moved to",
    "address has changed",
    "address has been changed",
    "no forwarding address",
    "recipient no longer on server",
    "no longer on server",
    "user has moved",
    "user not local; please try",
    "not our customer",
    "mailbox owner has changed",
)

REGEXES: tuple[re.Pattern[str], ...] = ()


def match(text_lower: str) -> str | None:
    """Return the moved-mailbox phrase found in ``text_lower``, or None."""
    return search(text_lower, PHRASES, REGEXES)
