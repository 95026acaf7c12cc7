"""mailererror: a local delivery program (pipe, procmail, maildrop) failed at the destination."""

from __future__ import annotations

import re

from bouncegui.core.reasons._search import search

PHRASES: tuple[str, ...] = (
    # Diagnostic type "X-Unix;" (Sendmail/Postfix local delivery), Exim pipes, Postfix pipe(8)
    "x-unix;",
    "mailer error",
    "pipe to |",
    "command died with status",
    "command failed:",
    "command output:",
    "procmail:",
    "bin/procmail",
    "bin/maildrop",
    "maildrop:",
    " || exit ",
    "delivery to a pipe failed",
    "local delivery failed",
    "unknown mailer error",
    # Sendmail EX_OSERR from the local mailer: "451 4.0.0 Operating system error"
    "operating system error",
)

REGEXES: tuple[re.Pattern[str], ...] = ()


def match(text_lower: str) -> str | None:
    """Return the local-mailer phrase found in ``text_lower``, or None."""
    return search(text_lower, PHRASES, REGEXES)
