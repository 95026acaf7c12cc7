"""spamdetected: a content/spam filter at the destination judged the message to be spam."""

from __future__ import annotations

import re

from bouncegui.core.reasons._search import search

PHRASES: tuple[str, ...] = (
    # Generic "spam" verdicts on the message (not on the sending IP: that is blocked).
    "detected as spam",
    "detected your message as spam",
    "identified as spam",
    "classified as spam",
    "considered spam",
    "considered as spam",
    "considered to be spam",
    "marked as spam",
    "rejected as spam",
    "scored as spam",
    "judged to be spam",
    "looks like spam",
    "looked like spam",
    "appears to be spam",
    "seems to be a spam",
    "is probably spam",
    "probable spam",
    "suspected spam",
    "high probability of spam",
    "probability of being spam",
    "spam-like",
    "spam content",
    "spam message",
    "spam detected",
    "spam email",
    "spam mail",
    "spam score",
    "spam points",
    "spam check",
    "spam blocked",
    "spam rejected",
    "spam refused",
    "spam rejection",
    "spam not accepted",
    "spam filter",
    "spamfilter",
    "anti-spam",
    "antispam",
    "spam or virus",
    "spam/virus",
    "spamassassin",
    "spamprofiler",
    "spambouncer",
    "rejected due to spam",
    "due to spam classification",
    "blocked by policy: no spam please",
    "we dont accept spam",
    "we don't accept spam",
    # UBE / unsolicited bulk mail (Barracuda "UBE, id=...", Gmail 4.7.0/5.7.1 content)
    "ube, id=",
    "unsolicited bulk",
    "likely unsolicited mail",
    "appears to be unsolicited",
    "unsolicited commercial",
    "bulk mail",
    "bulk email",
    "bulk e-mail",
    "reject bulk",
    # Content-filter rejections without the word spam.
    "message content rejected",
    "content filter rejection",
    "rejected by content filter",
    "content filter",
    "mail content denied",
    "message rejected because of unacceptable content",
    "rejecting banned content",
    "rejecting mail content",
    "blacklisted url in message",
    "blacklisted url",
    "blacklisted link",
    "suspicion of spam",
    "nature of the content",
    "uribl",
    "surbl",
    "recurrent pattern detection",
    "suspicious links",
    "suspicious content",
    "content was flagged",
    "triggered a spam block",
    "temporarily blocked by our filter",
    "failed several antispam checks",
    # GoDaddy IB212, mail.ru, Orange
    "content judged to be spam",
    "mail rejete. mail rejected",
    # Japanese
    "迷惑メール",
    "スパム",
)

REGEXES: tuple[re.Pattern[str], ...] = (
    # "this message scored 12.5 spam points", "spam score (15.2) exceeded"
    re.compile(r"spam [^ ]{0,20} ?exceeded"),
    re.compile(r"rejected by [a-z0-9 .-]{1,40} \(spam\)"),
    re.compile(r"mail score \([^)]{1,20}\) over"),
)


def match(text_lower: str) -> str | None:
    """Return the spam-filter phrase found in ``text_lower``, or None."""
    return search(text_lower, PHRASES, REGEXES)
