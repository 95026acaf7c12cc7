"""systemfull: the destination server's disk or spool is full (not one user's quota)."""

from __future__ import annotations

import re

from bouncegui.core.reasons._search import search

PHRASES: tuple[str, ...] = (
    # RFC 3463 X.3.1 and RFC 5321 452 texts
    "mail system full",
    "insufficient system storage",
    "insufficient system resources",
    "system storage",
    "spool full",
    "spool is full",
    "queue is full",
    "disk is full",
    "disk full",
    "file system full",
    "filesystem full",
    "no space left on device",
    "not enough disk space",
    "not sufficient disk space",
    "insufficient disk space",
    "out of disk space",
    "server is out of storage",
)

REGEXES: tuple[re.Pattern[str], ...] = ()


def match(text_lower: str) -> str | None:
    """Return the server-storage phrase found in ``text_lower``, or None."""
    return search(text_lower, PHRASES, REGEXES)
