"""speeding: the sender exceeded a sending rate or quota (per hour, per day, per recipient)."""

from __future__ import annotations

import re

from bouncegui.core.reasons._search import search

PHRASES: tuple[str, ...] = (
    # Gmail 4.2.1/5.2.1 "receiving mail at a rate that prevents...", "too quickly"
    "receiving mail at a rate",
    "receiving mail too quickly",
    "is receiving mail too fast",
    "sending too fast",
    "please try again slower",
    "try again slower",
    # Rate limits (Gmail 5.7.1, Outlook, Postfix anvil-based policies)
    "rate limited",
    "rate-limited",
    "rate limit exceeded",
    "ratelimit",
    "sending rate",
    "exceeded the rate",
    "rate of email",
    "throttled",
    "throttling failure",
    "peak smtp relay limit",
    # Daily/hourly quotas (Gmail 5.4.5, Microsoft 5.1.90 / 5.2.2 submission, SES)
    "sending quota",
    "submission quota",
    "daily message quota",
    "daily quota",
    "daily limit",
    "sending limit",
    "relay limit",
    "relay quota",
    "recipient rate limit",
    "message receive limit",
    "recipient thread limit exceeded",
    "too many messages this hour",
    "too many messages per hour",
    "messages per hour",
    "emails per hour",
    "per hour",
    "this hour",
    "per day",
    "max number of messages per session",
    "exceeded permitted limits",
    "tenant has exceeded threshold",
    "traffic not accepted from this ip",
    "has exceeded the max emails",
    "reached your daily limit",
    "reached the limit",
    "mail flood",
    # Japanese
    "送信数",
    "送信制限",
)

# Connection-rate limits are toomanyconn ("452 4.3.2 Connection rate limit exceeded").
UNLESS: tuple[str, ...] = ("connection rate", "connection limit", "too many connections")

REGEXES: tuple[re.Pattern[str], ...] = ()


def match(text_lower: str) -> str | None:
    """Return the sending-rate phrase found in ``text_lower``, or None."""
    return search(text_lower, PHRASES, REGEXES, UNLESS)
