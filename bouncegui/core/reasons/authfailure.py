"""authfailure: the message failed SPF, DKIM or DMARC checks at the destination."""

from __future__ import annotations

import re

from bouncegui.core.reasons._search import search

PHRASES: tuple[str, ...] = (
    # DMARC: Gmail 5.7.26, Apple, Microsoft 5.7.509, QQ, Yahoo.
    "dmarc policy",
    "dmarc verification",
    "dmarc check failed",
    "dmarc validation",
    "dmarc authentication",
    "failed dmarc",
    "fails dmarc",
    "dmarc reject",
    "dmarc fail",
    # SPF: pobox/libspf2 texts, Microsoft 5.7.23, GoDaddy IB508, Gmail hard fail.
    "sender policy framework",
    "spf (sender policy framework)",
    "//spf.pobox.com",
    "bad spf record",
    "invalid spf record",
    "spf record with a hard fail",
    "spf check: fail",
    "spf check failed",
    "spf validation failed",
    "spf validation error",
    "spf fail",
    "spf permerror",
    "spf softfail",
    "please inspect your spf settings",
    "per it's spf record",
    "per its spf record",
    "must pass spf",
    # DKIM (RFC 7372 5.7.20-22; Gmail bulk-sender rules 5.7.30).
    "no passing dkim signature",
    "no acceptable dkim signature",
    "no valid author-matched dkim signature",
    "dkim signature verification failed",
    "dkim verification failed",
    "dkim check failed",
    "must pass dkim",
    # Combined / unauthenticated mail (5.7.26, Yahoo 5.7.9, Microsoft 4.7.26).
    "multiple authentication checks failed",
    "sender is unauthenticated",
    "this mail is unauthenticated",
    "fails to pass authentication checks",
    "does not have authentication information",
    "failed spf check",
    "failed the spf check",
    "unauthenticated email",
    "must pass either spf or dkim",
    "authenticate with either spf or dkim",
    "requires spf or dkim",
    "not aligned with the authenticated",
    "doesn't meet the required authentication level",
    "doesn't meet the authentication requirements",
    "sender authentication failed",
    "sender-id",
    "senderid",
)

REGEXES: tuple[re.Pattern[str], ...] = (
    # "192.0.2.1 is not allowed to send mail from example.org" (libspf2/Exim SPF ACLs)
    re.compile(r"is not (?:allowed|authorized|permitted) to send (?:mail )?(?:from|on behalf of) [^ ]{1,100} per"),
)


def match(text_lower: str) -> str | None:
    """Return the SPF/DKIM/DMARC phrase found in ``text_lower``, or None."""
    return search(text_lower, PHRASES, REGEXES)
