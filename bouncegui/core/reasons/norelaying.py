"""norelaying: the server refused to relay (it is not responsible for the recipient domain)."""

from __future__ import annotations

import re

from bouncegui.core.reasons._search import search

PHRASES: tuple[str, ...] = (
    # Postfix "Relay access denied", Sendmail "Relaying denied", Exchange "Unable to relay"
    "relay access denied",
    "relaying denied",
    "relay denied",
    "relaying not allowed",
    "relaying not permitted",
    "relay not permitted",
    "relay not allowed",
    "relaying prohibited",
    "relay prohibited",
    "relaying disallowed",
    "unable to relay",
    "cannot relay",
    "can't relay",
    "we do not relay",
    "we don't relay",
    "no relaying",
    "not permitted to relay",
    "not allowed to relay",
    "not configured to relay",
    "relaying mail to",
    "as a relay",
    "insecure mail relay",
    "not an open relay",
    "open relay",
    "mail relay denied",
    "relay through this server",
    "we don't handle mail for",
    "we do not handle mail for",
    "not a gateway",
    "not local host",
    "isn't in my list of allowed rcpthosts",
    "not in my list of allowed rcpthosts",
    "specified domain is not allowed",
    "requires authentication when attempting to send to a non-local",
    "tenantattribution",
    # Gmail 550 5.7.1: "The IP you're using to send mail is not authorized to send email directly"
    "not authorized to send email directly",
)

REGEXES: tuple[re.Pattern[str], ...] = ()


def match(text_lower: str) -> str | None:
    """Return the relay-refusal phrase found in ``text_lower``, or None."""
    return search(text_lower, PHRASES, REGEXES)
