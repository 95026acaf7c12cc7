"""syntaxerror: the SMTP conversation itself was wrong (bad command, sequence or argument)."""

from __future__ import annotations

import re

from bouncegui.core.reasons._search import search

PHRASES: tuple[str, ...] = (
    "improper sequence of commands",
    "bad sequence of commands",
    "out of sequence",
    "command out of sequence",
    "send hello first",
    "send helo first",
    "ehlo/helo first",
    "command unrecognized",
    "command not recognized",
    "unrecognized command",
    "unknown command",
    "command not implemented",
    "parameter not implemented",
    "syntax error in parameters",
    "syntax error in arguments",
    "syntax error, command unrecognized",
    "invalid command",
    "line too long",
    "pipelining not allowed",
)

REGEXES: tuple[re.Pattern[str], ...] = ()


def match(text_lower: str) -> str | None:
    """Return the SMTP-protocol phrase found in ``text_lower``, or None."""
    return search(text_lower, PHRASES, REGEXES)
