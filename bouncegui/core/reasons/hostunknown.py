"""hostunknown: the recipient's domain does not exist or has no mail host."""

from __future__ import annotations

import re

from bouncegui.core.reasons._search import search

PHRASES: tuple[str, ...] = (
    # Postfix "Host or domain name not found", "Recipient address rejected: Domain not found"
    "host or domain name not found",
    "domain not found",
    "domain name not found",
    "domain does not exist",
    "domain doesn't exist",
    "domain is not reachable",
    "domain must exist",
    "domain unknown",
    "unknown domain",
    "no such domain",
    "non-existent domain",
    "nonexistent domain",
    "nonexistentdomain",
    "bad destination system",
    "host unknown",
    "unknown host",
    "host not found",
    "hostname not found",
    "host name lookup failure",
    "name or service not known",
    "nxdomain",
    "couldn't find any host named",
    "could not find any host named",
    "couldn't find any host by that name",
    "all relevant mx records point to non-existent hosts",
    "unrouteable address",
    "unroutable address",
    "mail domain mentioned in email address is unknown",
    "the account or domain may not exist",
    "couldn't find the recipient domain",
    "not a valid domain",
    # Japanese
    "ドメインが見つかりません",
    "ドメインが存在しません",
    "ホストが見つかりません",
)

REGEXES: tuple[re.Pattern[str], ...] = (
    # "DNS lookup failure: host cx.example.org not found"
    re.compile(r"host [a-z0-9-]{1,63}\.[a-z0-9.-]{1,190} not found"),
    # Exim "553 neko.example.com does not exist" (the domain part, after end of data)
    re.compile(r"5\d\d [a-z0-9-]{1,63}\.[a-z0-9.-]{1,190} does not exist"),
)


def match(text_lower: str) -> str | None:
    """Return the unknown-domain phrase found in ``text_lower``, or None."""
    return search(text_lower, PHRASES, REGEXES)
