"""Providers whose own codes or domains say the reason better than the generic text does.

Sources (read 2026-12-04): Yahoo's "SMTP error codes" page for its bracketed tokens
(summarised in status-codes.md, section (c)); Google Groups' refusal notices.
GoDaddy's IB codes are rows of the help page and live in the catalogue.
"""

from __future__ import annotations

import re

#: Yahoo (and AOL, Verizon, the same servers) put a token in brackets in the reply:
#: "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to user complaints".
# [TSS04] (deferred for volume or complaints) is left to the phrase tables: it is a reputation
# problem, and sisimai itself labels it either way depending on who relayed the reply.
_YAHOO = {
    "TSS09": "rejected",  # permanently deferred: the sending IP is blocked
    "TSS11": "rejected",
    "PH01": "policyviolation",  # not accepted for policy reasons
}
_YAHOO_TOKEN = re.compile(r"\[(TSS\d\d|PH\d\d)\]")

#: Where the recipient's domain alone tells the reason. Google Groups refuses a post (sender not
#: a member, or no such group) with free text in the poster's language and no code.
_DOMAINS = {"googlegroups.com": "rejected"}


def reason_by_code(text: str) -> tuple[str, str] | None:
    """(reason, token) for a provider's own code in *text*, else None."""
    m = _YAHOO_TOKEN.search(text)
    if m and m.group(1) in _YAHOO:
        return _YAHOO[m.group(1)], m.group(0)
    return None


def reason_by_domain(address: str | None) -> str | None:
    """The reason implied by the recipient's domain, for providers that give no code."""
    if not address or "@" not in address:
        return None
    return _DOMAINS.get(address.rsplit("@", 1)[1])
