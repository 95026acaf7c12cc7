"""systemerror: something failed inside the destination's mail system (config, LDAP, loops)."""

from __future__ import annotations

import re

from bouncegui.core.reasons._search import search

PHRASES: tuple[str, ...] = (
    # Directory lookups (qmail-ldap "Unable to contact LDAP server (#4.4.3)", Exchange)
    "unable to contact ldap server",
    "ldap server",
    "ldap lookup failed",
    "directory server failure",
    "directory lookup failed",
    "could not load drd for domain",
    # Configuration and internal errors
    "local configuration error",
    "mail system configuration error",
    "server configuration error",
    "system config error",
    "remote server is misconfigured",
    "system incorrectly configured",
    "local error in processing",
    "internal error",
    "internal server error",
    "temporary local problem",
    "queue file write error",
    "can't create user output file",
    "interrupted system call",
    "it encountered an error while being processed",
    "recipient deferred because there is no mdb",
    "service currently unavailable",
    "isn't in my control/locals file",
    "internal resource temporarily unavailable",
    "system is not available",
    "temporary server error",
    "temporary system problem",
    "storedrv.deliver",
    "poison message",
    # Loops detected by the destination MTA (qmail "#5.4.6", Sendmail "loops back to myself")
    "this message is looping",
    "already has my delivered-to line",
    "aliasing/forwarding loop broken",
    "it would create a mail loop",
    "loop was found in the mail exchanger",
    "loops back to myself",
    "too many delivered-to",
)

REGEXES: tuple[re.Pattern[str], ...] = (re.compile(r"unable to connect [a-z ]{0,30}daemon"),)


def match(text_lower: str) -> str | None:
    """Return the destination system-failure phrase found in ``text_lower``, or None."""
    return search(text_lower, PHRASES, REGEXES)
