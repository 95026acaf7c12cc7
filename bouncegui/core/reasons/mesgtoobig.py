"""mesgtoobig: the message is larger than the destination system accepts."""

from __future__ import annotations

import re

from bouncegui.core.reasons._search import search

PHRASES: tuple[str, ...] = (
    "message too big",
    "message too large",
    "message is too big",
    "message is too large",
    "message was too large",
    "email is too large",
    "mail is too large",
    "message file too big",
    "message size exceeds",
    "message size exceeded",
    "message exceeds maximum size",
    "exceeds the maximum size",
    "exceeds maximum message size",
    "exceeded maximum inbound message size",
    "exceeded the maximum incoming message size",
    "exceeds the size limit",
    "max message size exceeded",
    "message size limit",
    "message size too large",
    "size exceeds limit",
    "size exceeds the limit",
    "maximum message size",
    "size of message exceeds",
    "message length exceeds",
    "taille limite du message atteinte",
    "message too large for this recipient",
    "recipsizelimit",
    "message is larger than",
    # Gmail 5.2.3 / 5.3.4 "exceeded Google's message size limits"
    "message size limits",
    "exceeds google's message size",
    # Japanese
    "サイズが大き",
    "サイズ制限",
    "サイズオーバー",
    "容量が大き",
)

REGEXES: tuple[re.Pattern[str], ...] = ()


def match(text_lower: str) -> str | None:
    """Return the message-size phrase found in ``text_lower``, or None."""
    return search(text_lower, PHRASES, REGEXES)
