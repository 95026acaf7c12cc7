"""notaccept: the destination host or domain accepts no mail at all (null MX, 521/556)."""

from __future__ import annotations

import re

from bouncegui.core.reasons._search import search

PHRASES: tuple[str, ...] = (
    # RFC 7505 null MX; Gmail "doesn't receive email according to the administrator"
    "null mx",
    "nullmx",
    "doesn't receive email",
    "does not receive email",
    "does not accept mail",
    "doesn't accept mail",
    "does not accept email",
    "accepts no mail",
    "not accepting network messages",
    "mail receiving disabled",
    "no mx record found for domain",
    "no mx found for domain",
    "no mx record for domain",
    "has no mx record",
    "couldn't find a mail exchanger",
    "could not find a mail exchanger",
    "name server: .: host not found",
    "no route for current request",
    "smtp protocol returned a permanent error",
    "does not have a mail subscription",
)

REGEXES: tuple[re.Pattern[str], ...] = ()


def match(text_lower: str) -> str | None:
    """Return the no-mail-accepted phrase found in ``text_lower``, or None."""
    return search(text_lower, PHRASES, REGEXES)
