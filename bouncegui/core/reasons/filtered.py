"""filtered: the recipient (or their filter settings) refused this sender or message."""

from __future__ import annotations

import re

from bouncegui.core.reasons._search import search

PHRASES: tuple[str, ...] = (
    # Amazon SES inbound "550 5.2.0 Message Filtered", Barracuda, cPanel
    "message filtered",
    "filtered by recipient",
    "rejected due to user rules",
    "rejected by user rules",
    "user refuses to receive",
    "user reject",
    "refuse to receive mail",
    "recipient id refuse",
    "refused due to recipient preferences",
    "you have been blocked by the recipient",
    "blocked by the recipient",
    "recipient has blocked",
    "recipient is only accepting mail from specific",
    "only accepting mail from specific email addresses",
    "has restricted sms e-mail",
    "account is protected by",
    "is not accepting any mail",
    "not found recipient account",
    "bounced address",
    # Japanese carriers: "受信拒否" (recipient-side refusal settings)
    "受信拒否",
    "指定受信",
)

REGEXES: tuple[re.Pattern[str], ...] = ()


def match(text_lower: str) -> str | None:
    """Return the recipient-filter phrase found in ``text_lower``, or None."""
    return search(text_lower, PHRASES, REGEXES)
