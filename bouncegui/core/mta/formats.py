"""Signatures of mail servers whose notices tell us more than their text says.

Some servers write a refused recipient as "User unknown" with no word about the SMTP stage; for
them the stage is known from the server itself: these gateways and groupware products refuse
unknown recipients while the address is given (RCPT), so their "user unknown" is not a filter
rejecting the message content after DATA.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Format:
    """A mail server recognised by a header or a line of its notice.

    Attributes:
        name: the server or product.
        header: lower-case header name to look at ("" for the notice's text).
        pattern: what that header or text carries.
        command: the SMTP command its refusals answer when the notice does not say.
        needle: lower-case words the pattern cannot match without (a cheap test first).
    """

    name: str
    header: str
    pattern: re.Pattern[str]
    command: str
    needle: str


FORMATS = (
    Format("Exchange 2000/2003", "x-mailer", re.compile(r"^Internet Mail Service", re.I), "RCPT",
           "internet mail service"),
    Format("Exchange 2000/2003", "", re.compile(r"\bMSEXCH:", re.I), "RCPT", "msexch:"),
    Format("IMail Server", "x-mailer", re.compile(r"^<SMTP32 v", re.I), "RCPT", "smtp32"),
    Format("McAfee Email Gateway", "x-nai-header", re.compile(r"McAfee", re.I), "RCPT", "mcafee"),
    Format("Symantec MessageLabs", "x-msg-ref", re.compile(r"messagelabs\.com", re.I), "RCPT", "messagelabs"),
    Format("Lotus Notes", "", re.compile(r"^-+ Failure Reasons\s+-+", re.M), "RCPT", "failure reasons"),
    Format("HCL Domino", "subject", re.compile(r"^DELIVERY FAILURE:", re.I), "RCPT", "delivery failure:"),
    Format("PowerMTA", "", re.compile(r"^X-PowerMTA-BounceCategory:", re.M | re.I), "RCPT",
           "x-powermta-bouncecategory:"),
    Format("Trend Micro InterScan MSS", "", re.compile(r"Message from InterScan Messaging Security Suite"), "RCPT",
           "interscan"),
    Format("Verizon Wireless MMS gateway", "from", re.compile(r"@\S*vzwpix\.com\b", re.I), "RCPT", "vzwpix.com"),
)


def default_command(headers: dict[str, str], text: str) -> str | None:
    """The SMTP command implied by the server that wrote the notice, when one is recognised."""
    lowered: dict[str, str] = {}
    for f in FORMATS:
        value = headers.get(f.header, "") if f.header else text
        if not value:
            continue
        lower = lowered.setdefault(f.header, value.lower())
        if f.needle in lower and f.pattern.search(value):
            return f.command
    return None
