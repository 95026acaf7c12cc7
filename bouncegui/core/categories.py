"""Which category (help-page tab) a reason belongs to when no catalogue entry matched."""

from __future__ import annotations

_BY_REASON = {
    "recipient": ("mailboxfull", "suspend", "expired", "systemfull", "systemerror", "networkerror",
                  "mailererror", "filtered"),
    "invalid_recipient": ("userunknown", "hostunknown", "hasmoved", "notaccept"),
    "sender": ("rejected", "authfailure", "requireptr", "notcompliantrfc", "securityerror", "norelaying",
               "syntaxerror"),
    "content": ("spamdetected", "virusdetected", "contenterror", "mesgtoobig", "exceedlimit", "policyviolation"),
    "rate_limit": ("toomanyconn", "speeding"),
    "rbl": ("blocked", "badreputation"),
}

REASON_CATEGORY: dict[str, str] = {reason: cat for cat, reasons in _BY_REASON.items() for reason in reasons}


def category_of(reason: str) -> str:
    """The tab a reason belongs to when no catalogue entry decided it."""
    return REASON_CATEGORY.get(reason, "other")
