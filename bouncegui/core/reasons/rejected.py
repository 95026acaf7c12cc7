"""rejected: the destination refused the envelope sender (MAIL FROM address or its domain)."""

from __future__ import annotations

import re

from bouncegui.core.reasons._search import search

PHRASES: tuple[str, ...] = (
    # Postfix reject_unknown_sender_domain / reject_unlisted_sender / check_sender_access:
    # "Sender address rejected: Domain not found", "...: User unknown in local recipient table"
    "sender address rejected",
    "sender address is rejected",
    "sender rejected",
    "sender was rejected",
    "sender denied",
    "sender not allowed",
    "sender is not allowed",
    "sender not authorized",
    "sender not pre-approved",
    "sender verify failed",
    "sender verification failed",
    "sender address verification",
    "unroutable sender address",
    "invalid sender",
    "bad sender",
    "sender is spammer",
    "sender is in my black list",
    "sender address has been blacklisted",
    "sender email address rejected",
    "sender domain is empty",
    "sender domain must exist",
    "sender domain listed",
    "sender domain not found",
    "domain of sender address",
    "mail from not owned by user",
    "null sender is not allowed",
    "empty envelope senders not allowed",
    "empty email address",
    "bogus mail from",
    "returned mail not accepted here",
    "backscatter",
    "batv",
    "no third-party dsns",
    "unsigned dsn",
    "your email address has been blacklisted",
    "address that has been blacklisted",
    "from: domain is invalid",
    "fully qualified email address required",
    "connections not accepted from servers without a valid sender domain",
    "server does not accept mail from",
    "administrative prohibition",
    "all recipient addresses rejected : access denied",
    "all recipient addresses rejected: access denied",
    "access denied (in reply to mail from command)",
    "is not a registered gateway user",
    "emetteur invalide",
    "senderfilterconfig",
    "sendernoa",
    "badsendermx",
    "mailfrom domain is listed",
    "has an outgoing mail suspension",
    "spam reporting address",
    "too many spam complaints",
    "sending this from a different address or alias",
    "send mail as",
    # Microsoft 5.1.8 / 5.7.50x: the sending account is blocked
    "bad outbound sender",
    "sendernotauthenticated",
    "unregistered domain",
    "envelope blocked",
    "blocked senders",
    "banned sender",
    "spam abuse detected",
    # Microsoft 5.7.1 / 5.7.12 / 5.7.124 / 5.7.133-136 groups and restricted mailboxes
    "delivery not authorized",
    "not authorized to send",
    "not on the recipient's list of senders",
    "not in allowed-senders list",
    "sender was not authenticated",
    "resolver.rst.notauthorized",
    # Mailing lists
    "you are not allowed to post to this mailing list",
    "non-member",
    "not member article from",
    "not a member of this group",
    "permission to post",
    "投稿する権限がない",
    # Yahoo: "unresolvable RFC.5321 from domain"
    "unresolvable rfc.5321 from domain",
    "from domain does not resolve",
)

REGEXES: tuple[re.Pattern[str], ...] = (
    # Exim after MAIL FROM: "553 5.1.0 ... neko.example.com does not exist E2110"
    re.compile(r"does not exist e2110"),
    # "550 5.1.7 ... Domain of sender ... ", "<sender@x>... Sender domain ... not found"
    re.compile(
        r"sender(?:'s)? (?:address|domain|e-?mail)[^.;]{0,60}(?:rejected|invalid|not found|does not exist|unknown)"
    ),
)


def match(text_lower: str) -> str | None:
    """Return the envelope-sender phrase found in ``text_lower``, or None."""
    return search(text_lower, PHRASES, REGEXES)
