"""mailboxfull: the recipient's mailbox is over its storage quota."""

from __future__ import annotations

import re

from bouncegui.core.reasons._search import search

PHRASES: tuple[str, ...] = (
    # "Mailbox full" family: Sendmail/Postfix/Exchange STOREDRV, qmail, Courier
    "mailbox full",
    "mailbox is full",
    "mailbox was full",
    "mailbox has become full",
    "mailbox would be full",
    "full mailbox",
    "mailbox is over",
    "mailfolder is full",
    "mail folder is full",
    "folder is full",
    "inbox is full",
    "inbox full",
    "user's mailbox is full",
    "their mailbox is full",
    "account is full",
    "boite du destinataire pleine",
    "boîte pleine",
    "postfach voll",
    "casella piena",
    # Quota family: Gmail "over quota" / "out of storage", Dovecot, Courier, cPanel
    "over quota",
    "overquota",
    "over the quota",
    "quota exceeded",
    "quota exceed",
    "exceeded quota",
    "exceeds quota",
    "exceed quota",
    "quota violation",
    "quota full",
    "disk quota",
    "mailbox quota",
    "mailbox size limit exceeded",
    "mailbox exceeds allowed size",
    "mailbox would exceed",
    "would exceed mailbox quota",
    "exceeded storage allocation",
    "exceeds storage allocation",
    "storage allocation exceeded",
    "account storage limit",
    "out of storage",
    "storage quota",
    "storage space",
    "insufficient quota",
    "shutoffquotaexceeded",
    "quotaexceeded",
    "user has too many messages on the server",
    "user's space has been used up",
    "too much mail data",
    "exceeding receiving limits",
    "mailbox size exceeded",
    "mailbox has exceeded",
    "mailbox exceeded",
    # Japanese (carriers and domestic providers)
    "メールボックスがいっぱい",
    "メールボックスが一杯",
    "容量超過",
    "容量オーバー",
    "容量を超え",
    "容量が不足",
    "容量制限",
    "空き容量",
)

REGEXES: tuple[re.Pattern[str], ...] = (
    # "mailbox for user is full", "mailbox kijitora@example.org is over quota"
    re.compile(r"mailbox [^ ]{1,100} (?:is )?(?:full|over quota)"),
    re.compile(r"account is [a-z ]{0,20}quota"),
    # "Mailbox for user is full", "mailbox of this user was full"
    re.compile(r"mailbox[^.;]{0,40} (?:is|was) (?:full|over quota)"),
)


def match(text_lower: str) -> str | None:
    """Return the mailbox-quota phrase found in ``text_lower``, or None."""
    return search(text_lower, PHRASES, REGEXES)
