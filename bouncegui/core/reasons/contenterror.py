"""contenterror: the message's format (headers, MIME, encoding) broke the destination's rules."""

from __future__ import annotations

import re

from bouncegui.core.reasons._search import search

PHRASES: tuple[str, ...] = (
    # Amazon SES "Transaction failed: Duplicate header 'DKIM-Signature'".
    "duplicate header",
    # Sendmail/Postfix header checks.
    "header size exceeds maximum permitted",
    "improper use of 8-bit data in message header",
    "8-bit data in message header",
    "message header size, or recipient list, exceeds policy limit",
    "mime complexity exceeds",
    "invalid mime",
    "malformed mime",
    "improperly-formatted binary content",
    "unnecessary base64 encoding",
    "too many received: headers",
    "too many received headers",
    'too many "received" headers',
    "data format error",
    # Microsoft 5.6.11 bare line feeds
    "bare line feed",
    "bare linefeed",
    "barelinefeedsareillegal",
    "bare lf",
    # RFC 3463 X.6.x texts
    "media error",
    "media not supported",
    "conversion required and prohibited",
    "conversion required but not supported",
    "conversion failed",
    "message content not available",
    "malformed message",
    "mail message is malformed",
    "message is malformed",
    "message format error",
)

REGEXES: tuple[re.Pattern[str], ...] = ()


def match(text_lower: str) -> str | None:
    """Return the message-format phrase found in ``text_lower``, or None."""
    return search(text_lower, PHRASES, REGEXES)
