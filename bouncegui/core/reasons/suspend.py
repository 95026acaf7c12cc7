"""suspend: the recipient's account exists but is disabled, suspended, locked or inactive."""

from __future__ import annotations

import re

from bouncegui.core.reasons._search import search

PHRASES: tuple[str, ...] = (
    # Gmail 5.2.1 "The email account that you tried to reach is disabled / inactive"
    "account that you tried to reach is disabled",
    "account that you tried to reach is inactive",
    "account is disabled",
    "account has been disabled",
    "account disabled",
    "account is inactive",
    "inactive account",
    "inactive user",
    "invalid/inactive user",
    "account is suspended",
    "account has been suspended",
    "account suspended",
    "has been suspended",
    "is currently suspended",
    "currently suspended",
    "user suspended",
    "suspended account",
    "account is locked",
    "account locked",
    "temporary locked",
    "temporarily locked",
    "temporarily inactive",
    "temporarily disabled",
    "account is blocked",
    "recipient account is blocked",
    "le compte du destinataire est bloque",
    "account is frozen",
    "mailbox is frozen",
    "mailbox disabled",
    "mailbox is disabled",
    "mailbox has been disabled",
    "mailbox currently suspended",
    "mailbox is inactive",
    "deactivated mailbox",
    "deactivated account",
    "account has been deactivated",
    "user account disabled",
    "user account is disabled",
    "disabled recipient",
    "disabled user",
    "user or domain is disabled",
    "disabled or discontinued",
    "discontinued",
    "user is terminated",
    "account expired",
    "account has expired",
    "archived recipient",
    "boite du destinataire archivee",
    "recipient suspend the service",
    "account is locked email bounced",
    "no longer active",
    "mail receiving is suspended",
    "banned recipient",
    # Japanese
    "利用停止",
    "停止中",
    "休止中",
    "アカウントが停止",
    "アカウントが無効",
)

REGEXES: tuple[re.Pattern[str], ...] = ()


def match(text_lower: str) -> str | None:
    """Return the account-disabled phrase found in ``text_lower``, or None."""
    return search(text_lower, PHRASES, REGEXES)
