"""requireptr: the sending IP has no reverse DNS (PTR) record, or it does not match."""

from __future__ import annotations

import re

from bouncegui.core.reasons._search import search

PHRASES: tuple[str, ...] = (
    # Generic "reverse DNS" family (Exim, Sendmail, Postfix ACLs, Microsoft 5.7.25).
    "reverse dns",
    "reverse lookup",
    "reverse-dns",
    "rdns",
    "ptr record",
    "ptr resource record",
    "ptr-record",
    "no ptr",
    "missing ptr",
    "generic dns ptr",
    "dns ptr",
    "reverse dns validation failed",
    # Sendmail: "Access denied. IP name lookup failed [192.0.2.1]".
    "ip name lookup failed",
    "ip name possibly forged",
    "hostname lookup failed",
    # Postfix reject_unknown_client_hostname / reject_unknown_reverse_client_hostname.
    "client host rejected: cannot find your hostname",
    "cannot find your reverse hostname",
    "cannot find your hostname",
    "cannot resolve your address",
    "unresolvable relay host name",
    "unverifyable sending ip",
    "unverifiable sending ip",
    "mismatches client ip",
    # Gmail 4.7.23 / 5.7.25 IPv6 text.
    "does not have a ptr record",
    "the corresponding forward dns entry does not point to the sending ip",
    # mail.ru / Yandex
    "hosts with dynamic ip or generic dns",
    # Japanese
    "逆引き",
)

REGEXES: tuple[re.Pattern[str], ...] = ()


def match(text_lower: str) -> str | None:
    """Return the reverse-DNS phrase found in ``text_lower``, or None."""
    return search(text_lower, PHRASES, REGEXES)
