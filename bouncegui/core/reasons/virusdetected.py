"""virusdetected: a virus or malware scanner at the destination rejected the message."""

from __future__ import annotations

import re

from bouncegui.core.reasons._search import search

PHRASES: tuple[str, ...] = (
    "virus detected",
    "virus found",
    "virus infected",
    "infected with a virus",
    "infected by a virus",
    "contains a virus",
    "contains virus",
    "virus was found",
    "virus or malware",
    "viral content",
    "malware detected",
    "malware found",
    "malicious content",
    "malicious attachment",
    "malicious_url detected",
    "potentially executable attachment",
    "used by recent viruses",
    "prohibited virus",
    "clamav",
    "sophos anti-virus",
    # Outlook.com DY-002: likely compromised/infected host.
    "dy-002",
    # Japanese
    "ウイルス",
    "ウィルス",
)

REGEXES: tuple[re.Pattern[str], ...] = (
    # "550 5.7.1 Message rejected: virus Eicar-Test-Signature" / "virus: W32/..."
    re.compile(r"virus[: ]+(?:eicar|w32|win\.|trojan|worm|html\.|js\.)"),
)


def match(text_lower: str) -> str | None:
    """Return the virus-scanner phrase found in ``text_lower``, or None."""
    return search(text_lower, PHRASES, REGEXES)
