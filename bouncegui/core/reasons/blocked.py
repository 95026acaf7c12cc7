"""blocked: the destination refused the sending IP address or host (blocklists, RBLs, HELO)."""

from __future__ import annotations

import re

from bouncegui.core.reasons._search import search

PHRASES: tuple[str, ...] = (
    # DNSBL/RBL texts: Postfix reject_rbl_client, Spamhaus, SpamCop, Barracuda, SORBS
    "blocked using",
    "blacklisted by",
    # "ip 192.0.2.1 is listed in zen.spamhaus.org", "your address is listed on ..."
    "is listed in",
    "is listed on",
    "is listed at",
    "is listed by",
    "are listed in",
    "are listed on",
    "was listed in",
    "been listed in",
    "been listed on",
    "blocklisted",
    "blacklisted",
    "blacklist",
    "blocklist",
    "block list",
    "black list",
    "denylist",
    "dnsbl",
    "rbl",
    "spamhaus",
    "spamcop",
    "barracudacentral",
    "barracuda reputation",
    "abuseat.org",
    "sorbs",
    "cloudmark",
    "proofpoint.com/dnsbl",
    "blocked - see http",
    "refused - see http",
    "blocked for abuse",
    # IP/host refused: Microsoft 5.7.606-649 "banned sending IP", S3150, Outlook.com
    "banned sending ip",
    "sending ip",
    "sender ip address rejected",
    "bad sender ip address",
    "your ip address",
    "your ip",
    "from ip address",
    "ip address blocked",
    "ip blocked",
    "blocked ip",
    "ip address has been blocked",
    "client host blocked",
    "client host rejected",
    "client ip",
    "host network not allowed",
    "access from ip address",
    "not currently accepting mail from your ip",
    "part of their network is on our block list",
    "unfortunately, messages from",
    "weren't sent. please contact your internet service provider",
    "please use the smtp server of your isp",
    "use the smtp server of your isp",
    "dynamic ip",
    "dynamic/zombied/spam ips blocked",
    "hosts with dynamic ip",
    "residential ip",
    "sc-001",
    "sc-003",
    "sc-004",
    "dy-001",
    "ou-001",
    "s3150",
    # Gmail 421 4.7.28 / 550 5.7.28: "unusual rate of unsolicited mail originating from your IP"
    "unusual rate of unsolicited mail",
    "unusual rate of mail",
    # HELO/EHLO refused (Microsoft 5.7.506 Bad HELO, Gmail 501 5.5.4)
    "helo command rejected",
    "bad helo",
    "invalid helo",
    "helo/ehlo",
    "my name was rejected",
    # Connection-level refusals
    "service not available, closing transmission channel",
    "esmtp not accepting connections",
    "connection refused by",
    "connection reset by peer",
    "connection dropped",
    "connection was dropped by remote host",
    "go away",
    "you are not allowed to connect",
    "your network is temporary blacklisted",
    "too many spams from your ip",
    "you are sending spam",
    "currently sending spam",
    "looks suspiciously like spammer",
    "access denied, rejected by recipient",
    "rejected by recipient organization",
    "invalid ip for sending mail of domain",
    "is not allowed to send mail from",
    "may not be mail exchanger",
    "rejecting open proxy",
    "open proxy",
    "confirm this mail server",
    "your server requires confirmation",
    "no access from mail server",
    "server access forbidden by your ip",
    "mail from your ip",
    "ip not in allow list",
    "not in the allow list",
    "adresse ip source bloquee",
    "restrictdomainstoipaddresses",
    "access denied, please try again later",
    "temporarily deferred due to user complaints",
    # Japanese
    "ipアドレス",
)

# A blocklisted envelope sender (address or domain) is rejected, not blocked.
UNLESS: tuple[str, ...] = (
    "sender address rejected",
    "domain of sender",
    "sender domain listed",
    "mailfrom domain is listed",
    "address has been blacklisted",
    "sender is in my black list",
    "sending to/from an address",
)

REGEXES: tuple[re.Pattern[str], ...] = (
    # "Message from 192.0.2.1 rejected based on blacklist", "IP 192.0.2.1 is blocked", "... blocked by"
    re.compile(r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\]? (?:is |has been |was )?(?:blocked|refused|banned|rejected)"),
    # Barracuda: "550 permanent failure for one or more recipients (bob@example.org:blocked)"
    re.compile(r"@[^ ()]{1,255}:blocked\)"),
    re.compile(r"mail from \d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3} refused"),
    # "554 Blocked", "smtp; 550 5.7.1 blocked" (the whole reply is the verdict)
    re.compile(r"^(?:smtp; ?)?5\d\d(?: 5\.\d{1,3}\.\d{1,3})? blocked\b"),
)


def match(text_lower: str) -> str | None:
    """Return the IP/host refusal phrase found in ``text_lower``, or None."""
    return search(text_lower, PHRASES, REGEXES, UNLESS)
