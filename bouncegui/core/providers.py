"""Mail providers whose own codes and wordings say the reason better than generic phrases do.

A provider is recognised by the host that answered (Remote-MTA) or, failing that, by the failed
recipient's domain. Each table below holds facts from the provider's own postmaster pages
(read 2026-12-04): Cox's error codes, Orange and La Poste's LPN/OFR codes, Yahoo's bracketed
tokens, and how NTT docomo, au (KDDI) and Mimecast word their refusals. GoDaddy's IB codes are
rows of the help page and live in the catalogue.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

# (reason, lower-case phrase) pairs are searched in the lower-cased diagnostic.
Phrases = tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Reply:
    """What a provider rule looks at: the diagnostic text and codes of one recipient."""

    text: str
    status: str | None
    command: str | None


@dataclass(frozen=True, slots=True)
class Provider:
    """One provider: the hosts it answers from and how its replies map to reasons."""

    name: str
    hosts: re.Pattern[str]
    decide: Callable[[Reply], tuple[str, str] | None]
    #: Also recognised by the recipient's domain when the answering host is unknown. Not for
    #: Yahoo: its tokens mean what they say only when Yahoo itself answered, not a relay.
    by_recipient: bool = True


def _phrases(table: Phrases) -> Callable[[Reply], tuple[str, str] | None]:
    def decide(reply: Reply) -> tuple[str, str] | None:
        lower = reply.text.lower()
        for reason, phrase in table:
            if phrase in lower:
                return reason, phrase
        return None

    return decide


# Cox: "554 ... CXBL ..." codes, documented on Cox's postmaster page.
_COX_CODES = {
    "CXBL": "blocked", "CDRBL": "blocked", "CXDNS": "blocked", "CXTHRT": "securityerror", "CXMJ": "securityerror",
    "CXSNDR": "rejected", "CXSMTP": "rejected", "CXCNCT": "toomanyconn", "CXMXRT": "toomanyconn",
}
_COX_TOKEN = re.compile(r"\b(CXBL|CDRBL|CXDNS|CXTHRT|CXMJ|CXSNDR|CXSMTP|CXCNCT|CXMXRT|IPBL\d{4,5}|URLBL\d{3,4})\b")
_COX_PHRASES: Phrases = (
    ("blocked", "rejected - no rdns"), ("blocked", "too many bad commands from"),
    ("blocked", "dns check failure - try again later"), ("blocked", "too many invalid recipients"),
    ("notaccept", "esmtp server temporarily not available"),
    ("policyviolation", "esmtp no data before greeting"), ("policyviolation", "attachment extension is forbidden"),
    ("rejected", "sender rejected"), ("toomanyconn", "too many sessions from"),
    ("toomanyconn", "requested action aborted: try again later"), ("toomanyconn", "message threshold exceeded"),
    ("userunknown", "recipient rejected"),
)


def _cox(reply: Reply) -> tuple[str, str] | None:
    m = _COX_TOKEN.search(reply.text)
    if m:
        token = m.group(1)
        reason = "blocked" if token.startswith("IPBL") else "spamdetected" if token.startswith("URLBL") \
            else _COX_CODES[token]
        return reason, token
    return _phrases(_COX_PHRASES)(reply)


# Orange and La Poste: "... LPN007_416", "OFR_999 [999]", "LPNAAA_101"; the last three digits name the cause.
_ORANGE_CODE = re.compile(r"\b(?:LPN|LPNAAA|OFR|OUK)(?:_\d{3}|\d{3}[-_]\d{3})\b", re.IGNORECASE)
_ORANGE_CODES = {
    "101": "blocked", "102": "blocked", "103": "blocked", "104": "toomanyconn", "305": "securityerror",
    "401": "blocked", "402": "securityerror", "403": "rejected", "405": "rejected", "415": "rejected",
    "416": "userunknown", "417": "mailboxfull", "418": "userunknown", "420": "suspend", "421": "rejected",
    "426": "suspend", "505": "systemerror", "506": "spamdetected", "510": "blocked", "514": "mesgtoobig",
    "517": "policyviolation", "630": "policyviolation", "999": "blocked",
}


def _orange(reply: Reply) -> tuple[str, str] | None:
    m = _ORANGE_CODE.search(reply.text)
    if m and m.group(0)[-3:] in _ORANGE_CODES:
        return _ORANGE_CODES[m.group(0)[-3:]], m.group(0)
    return None


# NTT docomo refuses mail its user's filter rejects after DATA; at RCPT the address is unknown.
def _docomo(reply: Reply) -> tuple[str, str] | None:
    lower = reply.text.lower()
    if "552 too much mail data" in lower:
        return "mailboxfull", "552 too much mail data"
    if "552 too many recipients" in lower:
        return "toomanyconn", "552 too many recipients"
    if reply.status in (None, "5.0.0") and reply.command == "DATA":
        return "rejected", "refused after DATA"
    return None


# au (KDDI): "550 : User unknown" (no address) is the user's filter; "550 <a@au.com>: User unknown" is no such user.
def _kddi(reply: Reply) -> tuple[str, str] | None:
    if "rejected by a remote mail server" in reply.text.lower():
        # au's own notice when the recipient's reception settings refused the mail.
        return "filtered", "rejected by a remote mail server"
    if ": user unknown" not in reply.text.lower():
        return None
    if re.search(r">:\s*user unknown", reply.text, re.IGNORECASE):
        return "userunknown", ">: User unknown"
    if re.search(r"\b550\s*:\s*user unknown", reply.text, re.IGNORECASE):
        return "filtered", "550 : User unknown"
    return None


# Yahoo (and AOL, the same servers): "[TSS04]" and friends; its own "does not have an account" wording.
_YAHOO_TOKEN = re.compile(r"\[(TSS\d\d|PH\d\d)\]")
_YAHOO_TOKENS = {"TSS04": "rejected", "TSS09": "rejected", "TSS11": "rejected", "PH01": "policyviolation"}


def _yahoo(reply: Reply) -> tuple[str, str] | None:
    m = _YAHOO_TOKEN.search(reply.text)
    if m and m.group(1) in _YAHOO_TOKENS:
        return _YAHOO_TOKENS[m.group(1)], m.group(0)
    if re.search(r"doesn't have an? \S+ account", reply.text):
        return "userunknown", "doesn't have a ... account"
    return None


# Outlook.com (Hotmail, Live, MSN) answers an unknown address with the generic RFC 5321 words.
_OUTLOOK_PHRASES: Phrases = (("userunknown", "requested action not taken: mailbox unavailable"),)

_MIMECAST_PHRASES: Phrases = (
    ("virusdetected", "email rejected due to security policies"),
    ("blocked", "local ct ip reputation"), ("blocked", "ip temporarily blacklisted"),
    ("authfailure", "spf sender invalid"), ("authfailure", "dkim sender invalid"),
    ("authfailure", "dmarc sender invalid"),
    ("mesgtoobig", "maximum email size exceeded"), ("networkerror", "mail loop detected"),
    ("norelaying", "open relay not allowed"), ("notaccept", "account inbounds disabled"),
    ("policyviolation", "anti-spoofing policy"), ("policyviolation", "content examination policy"),
)

PROVIDERS = (
    Provider("Cox", re.compile(r"(?:^|\.)cox\.net$"), _cox),
    Provider("Orange / La Poste", re.compile(r"(?:^|\.)(?:laposte\.net|orange\.fr|wanadoo\.fr)$"), _orange),
    Provider("NTT docomo", re.compile(r"(?:^|\.)docomo\.ne\.jp$"), _docomo),
    Provider("au (KDDI)", re.compile(r"(?:^|\.)(?:ezweb\.ne\.jp|au\.com)$"), _kddi),
    Provider("Yahoo", re.compile(r"(?:^|\.)(?:yahoo\.(?:com|co\.jp|co\.uk|fr|de)|yahoodns\.net|aol\.com)$"), _yahoo,
             by_recipient=False),
    Provider("Mimecast", re.compile(r"(?:^|\.)mimecast\.com$"), _phrases(_MIMECAST_PHRASES)),
    Provider("Outlook.com", re.compile(r"(?:^|\.)(?:hotmail|outlook|live|msn)\."),
             _phrases(_OUTLOOK_PHRASES)),
)

# Gmail ends the remote server's reply with the SMTP state it failed in: "... Header error (state 18)."
# States 6-12 are Gmail's own side of the session (TLS, AUTH, relaying), 13 the greeting, 14 RCPT,
# 15-18 after DATA. At the greeting and at RCPT the words decide; elsewhere the state does.
_GMAIL_STATE = re.compile(r"\(state (\d{1,2})\)\.?")
_GMAIL_STATES = {"6": "systemerror", "8": "systemerror", "9": "systemerror", "12": "norelaying",
                 "15": "filtered", "17": "filtered", "18": "filtered"}


# Exchange and Microsoft 365 name the component and cause in a token: "550 5.2.3
# RESOLVER.RST.RecipSizeLimit; message too large for this recipient" (status-codes.md, section (b)).
_MICROSOFT_TOKEN = re.compile(r"\b(RESOLVER\.(?:ADR|RST)\.\w+|QUEUE\.Expired)\b")
_MICROSOFT_TOKENS = {
    "RESOLVER.ADR.RecipNotFound": "userunknown", "RESOLVER.ADR.RecipientNotFound": "userunknown",
    "RESOLVER.ADR.ExRecipNotFound": "userunknown", "RESOLVER.ADR.RecipLimit": "toomanyconn",
    "RESOLVER.ADR.InvalidInSmtp": "systemerror", "RESOLVER.ADR.Ambiguous": "systemerror",
    "RESOLVER.ADR.BadPrimary": "systemerror", "RESOLVER.RST.AuthRequired": "securityerror",
    "RESOLVER.RST.NotAuthorized": "rejected", "RESOLVER.RST.RecipSizeLimit": "mesgtoobig",
    "QUEUE.Expired": "expired",
}


# Microsoft's private enhanced codes (Exchange Online NDR reference, status-codes.md section (b)):
# details above the IANA registry's range are Microsoft's own, so the code alone identifies them.
_MICROSOFT_CODES = {
    "4.4.312": "networkerror", "5.4.312": "networkerror", "4.4.315": "expired", "4.7.320": "securityerror",
    "4.7.650": "badreputation", "4.7.652": "toomanyconn", "5.1.90": "speeding", "5.2.121": "speeding",
    "5.2.122": "speeding", "5.4.14": "networkerror", "5.4.300": "expired", "5.6.11": "contenterror",
    "5.7.57": "securityerror", "5.7.64": "norelaying", "5.7.124": "rejected", "5.7.133": "rejected",
    "5.7.134": "rejected", "5.7.135": "rejected", "5.7.136": "rejected", "5.7.501": "rejected",
    "5.7.502": "rejected", "5.7.503": "rejected", "5.7.504": "suspend", "5.7.505": "suspend",
    "5.7.506": "blocked", "5.7.507": "blocked", "5.7.508": "speeding", "5.7.509": "authfailure",
    "5.7.510": "blocked", "5.7.511": "blocked", "5.7.512": "rejected", "5.7.513": "blocked",
    "5.7.515": "authfailure", "5.7.750": "rejected",
}
#: (class.subject, first detail, last detail, reason) for Microsoft's ranges of private codes.
_MICROSOFT_RANGES = (
    ("4.7", 500, 699, "blocked"), ("4.7", 850, 899, "blocked"), ("5.7", 606, 649, "blocked"),
    ("5.7", 700, 749, "speeding"), ("5.7", 900, 999, "policyviolation"),
)


def _microsoft_code(code: str | None) -> str | None:
    if not code:
        return None
    if code in _MICROSOFT_CODES:
        return _MICROSOFT_CODES[code]
    head, _, detail = code.rpartition(".")
    for prefix, low, high, reason in _MICROSOFT_RANGES:
        if head == prefix and detail.isdigit() and low <= int(detail) <= high:
            return reason
    return None


def reason_by_token(text: str, code: str | None = None) -> tuple[str, str] | None:
    """The reason a notice's own marker implies: Microsoft's private codes and RESOLVER tokens,
    Gmail's "(state N)"."""
    by_code = _microsoft_code(code)
    if by_code:
        return by_code, code or ""
    m = _MICROSOFT_TOKEN.search(text)
    if m and m.group(1) in _MICROSOFT_TOKENS:
        return _MICROSOFT_TOKENS[m.group(1)], m.group(1)
    m = _GMAIL_STATE.search(text)
    if m and m.group(1) in _GMAIL_STATES:
        return _GMAIL_STATES[m.group(1)], m.group(0)
    return None


#: Where the recipient's domain alone tells the reason. Google Groups refuses a post (sender not
#: a member, or no such group) with free text in the poster's language and no code.
_DOMAINS = {"googlegroups.com": "rejected"}


def reason_by_provider(host: str | None, address: str | None, reply: Reply) -> tuple[str, str] | None:
    """(reason, the code or words that decided) by the provider that answered, else None."""
    answering = host.lower().strip(".[]") if host else None
    domain = address.rsplit("@", 1)[-1].lower() if address and "@" in address else None
    for provider in PROVIDERS:
        if (answering and provider.hosts.search(answering)) or \
                (provider.by_recipient and domain and provider.hosts.search(domain)):
            found = provider.decide(reply)
            if found:
                return found
    return None


def reason_by_domain(address: str | None) -> str | None:
    """The reason implied by the recipient's domain, for providers that give no code."""
    if not address or "@" not in address:
        return None
    return _DOMAINS.get(address.rsplit("@", 1)[1])
