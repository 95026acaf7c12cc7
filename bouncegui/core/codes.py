"""SMTP reply codes (RFC 5321) and enhanced status codes (RFC 3463): finding them and what they mean.

The code → reason table follows sisimai's defaults (status-codes.md, section (d)), so our
reasons stay comparable with the reference parser.
"""

from __future__ import annotations

import re

_STATUS = re.compile(r"(?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?![\d]|\.\d)")
_STATUS_HASH = re.compile(r"#([245])\.(\d{1,3})\.(\d{1,3})\b")
_REPLY = re.compile(r"(?<![\d.\-/:#])([245][0-5]\d)(?=[ \-]|$)(?![ \-]?\d{2,}[\-/:])")
_REPLY_LEAD = re.compile(r"^\s*(?:<[^>]*>\s*(?:\.\.\.)?:?\s*)?([245][0-5]\d)(?=[ \-:]|$)")
# "ERROR_CODE :550" (Zoho), "ResponseCode 421", "SMTP code: 550".
_REPLY_LABELLED = re.compile(r"(?:error_code|responsecode|smtp code|reply code)\s*:?\s*([245][0-5]\d)\b", re.I)
_TYPE = re.compile(r"^\s*(?:smtp|x-[\w.-]+|rfc822|dns|utf-8|x400|unix|mail)\s*;\s*", re.IGNORECASE)

#: Enhanced status code → sisimai reason. Keys are exact codes; class-wide rules follow.
STATUS_REASON: dict[str, str] = {
    "4.1.6": "hasmoved", "5.1.6": "hasmoved",
    "4.1.7": "rejected", "4.1.8": "rejected", "5.1.7": "rejected", "5.1.8": "rejected",
    "4.1.9": "systemerror", "5.1.9": "systemerror",
    "4.2.1": "suspend",
    "4.2.2": "mailboxfull", "5.2.2": "mailboxfull",
    "4.2.3": "exceedlimit", "5.2.3": "exceedlimit",
    "4.2.4": "filtered", "5.2.0": "filtered", "5.2.1": "filtered", "5.2.4": "filtered", "5.1.4": "filtered",
    "4.3.1": "systemfull", "5.3.1": "systemfull",
    "4.3.2": "notaccept", "5.3.2": "notaccept", "5.1.10": "notaccept", "5.7.27": "notaccept",
    "4.3.3": "systemerror", "4.3.5": "systemerror", "5.3.0": "systemerror", "5.3.3": "systemerror",
    "5.3.5": "systemerror",
    "4.4.1": "expired", "4.4.7": "expired", "5.4.7": "expired",
    "4.4.2": "networkerror", "4.4.4": "networkerror", "4.4.6": "networkerror", "4.4.8": "networkerror",
    "5.4.0": "networkerror", "5.4.6": "networkerror",
    "4.4.3": "systemerror", "5.4.3": "systemerror",
    "4.4.5": "systemfull",
    "4.5.3": "systemerror", "4.5.5": "systemerror",
    "4.7.1": "blocked", "4.7.2": "blocked",
    "4.7.5": "securityerror", "4.7.6": "securityerror", "4.7.7": "securityerror", "4.7.12": "securityerror",
    "4.7.15": "securityerror",
    "4.7.16": "mesgtoobig", "5.3.4": "mesgtoobig", "5.7.16": "mesgtoobig",
    "4.7.24": "authfailure", "4.7.26": "authfailure",
    "4.7.25": "requireptr", "5.7.25": "requireptr",
    "5.1.0": "userunknown", "5.1.1": "userunknown", "5.1.3": "userunknown",
    "5.1.2": "hostunknown", "5.4.4": "hostunknown",
    "5.5.2": "syntaxerror", "5.5.6": "syntaxerror",
    "5.5.3": "toomanyconn",
    "5.5.4": "systemerror", "5.5.5": "systemerror",
    "5.7.13": "suspend",
    "5.7.17": "hasmoved", "5.7.18": "hasmoved",
    "5.7.20": "authfailure", "5.7.21": "authfailure", "5.7.22": "authfailure", "5.7.23": "authfailure",
    "5.7.24": "authfailure", "5.7.26": "authfailure", "5.7.29": "authfailure",
    "5.7.28": "spamdetected",
    "2.1.5": "delivered",
}

#: Codes that say nothing specific: the text decides when it can.
GENERIC_STATUSES = frozenset({
    "4.0.0", "5.0.0", "4.4.7", "5.1.0", "5.7.0", "5.7.1", "4.7.0", "4.7.1", "5.3.0", "5.5.0", "4.3.0",
    "5.2.0", "5.4.0", "4.4.0", "5.2.1", "5.5.1", "5.5.4", "5.3.2",
})


def status_reason(status: str | None) -> str | None:
    """The default reason for an enhanced status code, or None when the code alone says too little."""
    if not status:
        return None
    reason = STATUS_REASON.get(status)
    if reason:
        return reason
    klass, subject, detail = status.split(".")
    if subject == "6" and klass in "45":
        return "contenterror"
    if klass == "5" and subject == "7" and int(detail) <= 30:
        return "securityerror"
    return None


def find_status(text: str | None, last: bool = False) -> str | None:
    """The first (or *last*) plausible RFC 3463 code in *text* ("#5.1.1" and "5.1.1" forms), else None."""
    if not text:
        return None
    found = None
    for pattern in (_STATUS, _STATUS_HASH):
        for m in pattern.finditer(text):
            klass, subject, detail = m.groups()
            if int(subject) <= 7 and _plausible(text, m.start()):
                found = f"{klass}.{int(subject)}.{int(detail)}"
                if not last:
                    return found
        if found:
            return found
    return found


def _plausible(text: str, start: int) -> bool:
    # Skip version numbers and IP addresses: "Exim 4.72", "192.5.1.1", "v5.1.2".
    before = text[max(0, start - 1):start]
    return before not in {"v", "V"} and not text[max(0, start - 8):start].lower().endswith(("version ", "exim "))


def find_reply_code(text: str | None) -> str | None:
    """The SMTP reply code at the start of a server reply in *text*, else None."""
    if not text:
        return None
    m = _REPLY_LEAD.match(text) or _REPLY_LABELLED.search(text)
    if m:
        return m.group(1)
    m = _REPLY.search(text)
    return m.group(1) if m else None


def strip_type(value: str) -> str:
    """Drop a DSN type prefix ("smtp; ", "rfc822;", "dns;") and surrounding space."""
    return _TYPE.sub("", value, count=1).strip()


def is_permanent(status: str | None, reply_code: str | None) -> bool | None:
    """True for 5xx, False for 4xx, None when neither code is known."""
    code = status or reply_code
    if not code:
        return None
    if code[0] == "5":
        return True
    if code[0] == "4":
        return False
    return None


# The SMTP command a reply answered, as servers phrase it. Postfix: "(in reply to RCPT TO command)";
# Exim: "SMTP error from remote mail server after end of data"; qmail: "most progress was RCPT TO
# response"; DragonFly: "did not like our final DATA"; Sendmail transcripts: ">>> DATA".
_COMMANDS = re.compile(
    r"(?P<DATA>in reply to (?:end of )?data\b|after (?:end of )?data\b|final data\b|our data\b"
    r"|after sending (?:message|data)|\[data\]|during data|data command)"
    r"|(?P<RCPT>in reply to rcpt\b|after rcpt\b|rcpt to response|our rcpt\b|>>> rcpt\b|\[rcpt_?to\]|rcpt to command)"
    r"|(?P<MAIL>in reply to mail\b|after mail from|mail from response|our mail from|>>> mail from"
    r"|sender was rejected|\[mail_?from\])"
    r"|(?P<HELO>in reply to (?:he|eh)lo\b|after (?:he|eh)lo\b|>>> (?:he|eh)lo\b|my name was rejected)"
    r"|(?P<CONN>after initial connection|greeting failed|in reply to (?:the )?initial greeting"
    r"|while connected|connection refused by|when connecting)"
)  # searched in lower-cased text: a case-insensitive search of this alternation is several times slower


# Every phrase of _COMMANDS holds one of these: a cheap test before the search.
_COMMAND_WORDS = ("in reply to", "after ", "final data", "our data", "[data]", "during data", "data command",
                  "rcpt to ", "our rcpt", ">>> ", "[rcpt", "mail from", "sender was rejected", "[mail",
                  "my name was rejected", "greeting", "while connected", "connection refused by", "when connecting")
_TRANSCRIPT = re.compile(r"^[ \t]*(>>>|<<<)[ \t]*(\S+)", re.MULTILINE)
_TRANSCRIPT_COMMANDS = {"data": "DATA", "rcpt": "RCPT", "mail": "MAIL", "helo": "HELO", "ehlo": "HELO"}


def find_command(text: str | None) -> str | None:
    """The SMTP command (CONN, HELO, MAIL, RCPT, DATA) a failure followed, when the text names it.

    In a Sendmail transcript (">>> RCPT To:<a@b>" / "<<< 550 5.1.1 ... User unknown") it is the
    last command sent before the first error reply, as the reference parser reads it (with
    pipelining that can be DATA for a refused recipient; provider tables then know better).
    Elsewhere the earliest mention wins.
    """
    if not text:
        return None
    if ">>>" in text and "<<<" in text:
        last = None
        for m in _TRANSCRIPT.finditer(text):
            word = m.group(2).lower()
            if m.group(1) == ">>>":
                last = _TRANSCRIPT_COMMANDS.get(word.split(":")[0], last)
            elif word[:1] in "45" and last:
                return last
    lower = text.lower()
    if not any(word in lower for word in _COMMAND_WORDS):
        return None
    hit = _COMMANDS.search(lower)
    return hit.lastgroup if hit else None


_NESTED = re.compile(r"<([245]\d\d)[ -]([245]\.\d{1,3}\.\d{1,3})\b")


def nested_reply(text: str | None) -> tuple[str, str] | None:
    """The inner reply of a wrapper such as Amazon SES's "554 4.4.7 Message expired ... <421 4.4.2 ...>"."""
    if not text:
        return None
    m = _NESTED.search(text)
    return (m.group(1), m.group(2)) if m else None
