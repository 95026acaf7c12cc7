"""policyviolation: the destination's policy refused the message (attachments, rules, lists)."""

from __future__ import annotations

import re

from bouncegui.core.reasons._search import search

PHRASES: tuple[str, ...] = (
    # Yahoo [PH01] / 5.7.9, Verizon Media, Mimecast, generic MTAs.
    "for policy reasons",
    "denied by policy",
    "rejected by policy",
    "blocked by policy",
    "policy violation",
    "violates our policy",
    "violation of policy",
    "local policy violation",
    "message rejected due to local policy",
    "rejected by organization policy",
    "organizational settings",
    "email rejected due to security policies",
    "due to security policies",
    "domain's policy",
    "has a policy that prohibited",
    "policy that prohibited",
    "protocol violation",
    "anti-spoofing policy",
    "header error",
    "header are not accepted",
    "message given low priority",
    # Attachments (Gmail 552 5.7.0, Microsoft 5.0.350, Exchange transport rules)
    "illegal attachment",
    "attachment not allowed",
    "attachments are not allowed",
    "blocked attachment",
    "prohibited attachment",
    "unacceptable attachment",
    "file type not allowed",
    "not accepting mail with attachments",
    "not accepting mail with",
    "messages containing images or other attachments",
    "content presents a potential security issue",
    "content presents a potential",
    "x-dg-ref header is too long",
    # Mailing lists and groups
    "closed mailing list",
    "members-only list",
    "not subscribed to this group",
    "you're using a mass mailer",
    "same message-id",
    # Japanese
    "ポリシー",
)

REGEXES: tuple[re.Pattern[str], ...] = (
    re.compile(r"exceeded the [a-z ]{0,20}allowable number of posts without solving a captcha"),
)


def match(text_lower: str) -> str | None:
    """Return the policy phrase found in ``text_lower``, or None."""
    return search(text_lower, PHRASES, REGEXES)
