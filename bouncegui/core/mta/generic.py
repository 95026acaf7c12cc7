"""Find failed recipients and their error lines in the free text of any bounce.

Most servers that send no RFC 3464 part still write the same shape: an address, then the
remote server's reply on the same line or the lines below it, e.g. qmail:

    <kijitora@example.org>:
    Remote host said: 550 5.1.1 <kijitora@example.org>... User Unknown [RCPT_TO]

Exim:

      kijitora@example.ed.jp
        SMTP error from remote mail server after RCPT TO:<kijitora@example.ed.jp>:
        host mx.example.jp [192.0.2.20]: 550 5.1.1 User unknown
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bouncegui.core.codes import find_command, find_reply_code, find_status
from bouncegui.core.model import DeliveryStatus

ADDRESS = re.compile(r"(?<![\w.+=-])[\w.+=!#$%&'*/?^`{|}~-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+")
_NOT_RECIPIENT_BEFORE = re.compile(
    r"(?:mail from|from|sender|envelope-from|return-path|reply-to|postmaster|smtp\.mailfrom|(?<!generated )by|contact"
    r"|message-id"
    r"|msgid|\bid)\s*[:=]?\s*<?$",
    re.IGNORECASE,
)
# Addresses that write bounces, never receive the failed mail. (postmaster@ can be a failed
# recipient; the reporting system's own postmaster is among the bounce's From addresses.)
_SYSTEM_LOCALPARTS = frozenset({"mailer-daemon", "mail-daemon", "maildaemon", "noreply", "no-reply", "double-bounce"})
# A line that is only an address ("<a@example.org>:" in qmail and Yahoo notices): a recipient,
# even when the same address also sent the message.
_ALONE = re.compile(r"^\s*<?[^\s<>@]+@[^\s<>]+>?:?\s*$")
# "  To:      a@example.org" in a notice's summary of the original message.
_SUMMARY_LINE = re.compile(r"^\s*(?:to|cc|bcc|from|sent|date|subject)\s*:", re.IGNORECASE)
_ROLE_LOCALPARTS = frozenset({"support", "help", "helpdesk", "info", "admin", "administrator", "webmaster",
                              "hostmaster", "abuse", "noc", "postmaster", "security"})
_CODE_LINE = re.compile(r"(?<![\d.])(?:[245]\d\d[ -]|[245]\.\d{1,3}\.\d{1,3})")
_BOILERPLATE = re.compile(
    r"^(?:this is (?:the|a) |hi[.!]|i'm afraid|a message that you sent|the following address|sorry, we were"
    r"|your message|reporting-mta|arrival-date|if you need help|for further assistance|please contact"
    r"|the mail system|this message was created automatically|delivery to the following recipient"
    r"|an error has occurred|there was an error delivering|please do not reply)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Context:
    """What the caller knows about the bounce, so the scanner can tell recipients from others.

    Attributes:
        others: addresses that are not failed recipients (the bounce's From and To, the original sender).
        fallback: recipients named outside the text (X-Failed-Recipients, the original To), used
            when the text names none.
        authoritative: the fallback is the server's own list (X-Failed-Recipients): when the text
            names those addresses, other addresses in it are not recipients.
    """

    others: frozenset[str]
    fallback: tuple[str, ...]
    authoritative: bool = False


def inquire(text: str, context: Context) -> list[DeliveryStatus] | None:
    """One status per recipient found in *text*; None when the text names no recipient and no error."""
    lines = text.split("\n")
    heads: list[tuple[int, str]] = []
    weak: set[str] = set()
    seen: set[str] = set()
    mentions_fallback = context.authoritative and _mentions_fallback(lines, context)
    for i, line in enumerate(lines):
        if "@" not in line:
            continue
        for m in ADDRESS.finditer(line):
            address = m.group(0).strip(".").lower()
            alone = _ALONE.match(line) is not None
            if address in seen or _is_system(address) or (address in context.others and not alone):
                continue
            before = line[max(0, m.start() - 40): m.start()]
            if _NOT_RECIPIENT_BEFORE.search(before) or before.rstrip("<\"' ").endswith(("/", "=", "?")):
                continue
            if mentions_fallback and address not in context.fallback:
                continue
            if _SUMMARY_LINE.match(line) or (address.split("@", 1)[0] in _ROLE_LOCALPARTS and not _has_code([line])):
                weak.add(address)
            seen.add(address)
            heads.append((i, address))
            break
    if context.authoritative and context.fallback and not any(a in context.fallback for _, a in heads):
        heads = []  # the server's own list of failed recipients outweighs addresses in its prose
    if weak and len(weak) < len(heads):
        # "To: x" in a summary of the original, "contact <support@isp>" in the notice: not the
        # failed recipients when the notice names others.
        heads = [(i, address) for i, address in heads if address not in weak]
    if not heads:
        addresses = context.fallback or (None,)
        if not context.fallback and not any(_CODE_LINE.search(line) for line in lines):
            return None
        error = _error_lines(lines)
        return [_status(address, error, find_command(text)) for address in addresses]
    statuses: list[DeliveryStatus] = []
    for k, (start, address) in enumerate(heads):
        end = heads[k + 1][0] if k + 1 < len(heads) else len(lines)
        chunk = lines[start:end]
        first = chunk[0]
        pos = first.lower().find(address)
        if pos >= 0 and not first[:pos].strip(" \t<\"'"):
            # The line starts with the address: what follows it is the reply.
            chunk = [first[pos + len(address):].lstrip(">:;,. \t"), *chunk[1:]]
        error = _error_lines(chunk)
        if not _has_code(chunk) and _has_code(lines[:start]):
            # The reply came before the list of addresses ("Could not be delivered because of
            # 550 5.1.1 User unknown. The following recipients were affected: ...").
            error = _error_lines(lines[:start]) or error
        if not error and k + 1 == len(heads) and len(heads) > 1:
            error = statuses[-1].diagnostic if statuses else None
        if not error:
            # The address stands alone and the reason came before it (Gmail, Exchange 2003).
            error = _error_lines(lines[:start])
        statuses.append(_status(address, error, find_command("\n".join(chunk)) or find_command(error)))
    return statuses


def _has_code(lines: list[str]) -> bool:
    return any(_CODE_LINE.search(line) for line in lines)


def _mentions_fallback(lines: list[str], context: Context) -> bool:
    joined = "\n".join(lines).lower()
    return any(address in joined for address in context.fallback)


def _is_system(address: str) -> bool:
    local = address.split("@", 1)[0]
    return local in _SYSTEM_LOCALPARTS or local.startswith("mailer-daemon")


def _error_lines(lines: list[str]) -> str | None:
    """The lines that carry the server's reply, joined: those with codes first, else the non-boilerplate."""
    stripped = [line.strip() for line in lines]
    coded = [i for i, line in enumerate(stripped) if _CODE_LINE.search(line)]
    if coded:
        # A reply runs from its code to the end of its paragraph (servers wrap long replies);
        # later paragraphs with codes of their own belong to it too.
        kept: list[str] = []
        i = coded[0]
        while i < len(stripped):
            if stripped[i]:
                kept.append(stripped[i])
            elif not any(_CODE_LINE.search(line) for line in stripped[i:i + 4] if line):
                break
            i += 1
    else:
        kept = [line for line in stripped if line and not _BOILERPLATE.match(line)]
    text = " ".join(kept)
    return text[:2000] if text else None


def _status(address: str | None, diagnostic: str | None, command: str | None = None) -> DeliveryStatus:
    return DeliveryStatus(
        command=command,
        address=address,
        action="failed",
        status=find_status(diagnostic),
        reply_code=find_reply_code(diagnostic),
        diagnostic=diagnostic,
        evidence=diagnostic,
    )
