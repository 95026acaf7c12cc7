"""networkerror: DNS lookup trouble, routing loops or connections that broke off."""

from __future__ import annotations

import re

from bouncegui.core.reasons._search import search

PHRASES: tuple[str, ...] = (
    # Temporary DNS failures (Postfix "Host not found, try again", Gmail "DNS Error: ...")
    "host not found, try again",
    "malformed or unexpected name server reply",
    "malformed name server reply",
    "name server timeout",
    "host lookup did not complete",
    "dns error:",
    "dns query failed",
    "dns lookup failed",
    "temporary dns",
    "dns temporary failure",
    "dns records for the destination computer could not be found",
    "unable to resolve route",
    "unrouteable mail domain",
    "could not connect and send the mail to",
    "smtpsend.dns.mxloopback",
    # Routing loops (5.4.6 / 5.4.14, Exchange "Routing loop detected")
    "hop count exceeded",
    "too many hops",
    "routing loop",
    "mail forwarding loop",
    "forwarding loop count exceeded",
    "message looping",
    "probably in a routing loop",
    "mail for mx loops back",
    # Connections that broke off or never formed
    "no route to host",
    "host is unreachable",
    "network is unreachable",
    "network error",
    "lost connection with",
    "connection closed abruptly",
    "connection was closed abruptly",
    "wasn't able to establish an smtp connection",
    "was not able to establish an smtp connection",
    "unable to establish an smtp connection",
    "could not establish a connection",
    "suspiciousremoteservererror",
    "socket error code 10061",
)

REGEXES: tuple[re.Pattern[str], ...] = ()


def match(text_lower: str) -> str | None:
    """Return the DNS/network phrase found in ``text_lower``, or None."""
    return search(text_lower, PHRASES, REGEXES)
