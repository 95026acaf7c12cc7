"""toomanyconn: too many connections, sessions or recipients at once (temporary)."""

from __future__ import annotations

import re

from bouncegui.core.reasons._search import search

PHRASES: tuple[str, ...] = (
    "too many connections",
    "too many concurrent",
    "too many simultaneous",
    "too many open connections",
    "too many sessions",
    "too many smtp sessions",
    "too many errors from your ip",
    "connection rate limit",
    "connection limit",
    "connections limit",
    "maximum connection",
    "maximum number of connections",
    "max connections",
    "connection frequency limited",
    "connection frequency",
    "concurrent connection",
    "per-domain connection limit",
    "trop de connexions",
    # Recipients per transaction: 452 4.5.3, Exchange RESOLVER.ADR.RecipLimit, GoDaddy IB605
    "too many recipients",
    "recipient limit",
    "reciplimit",
    "max message per connection",
    "maximum messages per connection",
    "too many messages in this connection",
    "numerous attempts to deliver this message",
    # Japanese
    "同時接続",
)

REGEXES: tuple[re.Pattern[str], ...] = ()


def match(text_lower: str) -> str | None:
    """Return the concurrency phrase found in ``text_lower``, or None."""
    return search(text_lower, PHRASES, REGEXES)
