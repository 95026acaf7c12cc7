"""Parse RFC 3464 delivery-status fields into one DeliveryStatus per recipient.

The same fields also turn up outside a message/delivery-status part (pasted text, forwarded
bounces, text/plain parts of broken reports), so the parser works on text.
"""

from __future__ import annotations

import re

from bouncegui.core.codes import find_command, find_reply_code, find_status, nested_reply, strip_type
from bouncegui.core.model import DeliveryStatus

_FIELD = re.compile(r"^([A-Za-z][A-Za-z0-9-]{1,40}):[ \t]*(.*)$")
_SOURCE_ROUTE = re.compile(r";\s*<?@[^:\s]+:")
# Bounded runs, starting where a run starts: linear even on a long line without "@".
_ADDRESS = re.compile(r"(?<![^\s<>\"();:,\[\]])[^\s<>\"();:,\[\]]{1,64}@[^\s<>\"();:,\[\]]{1,255}")


def parse_blocks(text: str) -> list[dict[str, str]]:
    """Split DSN text into field blocks (dicts of lower-case field → unfolded value)."""
    blocks: list[dict[str, str]] = []
    current: dict[str, str] = {}
    last: str | None = None
    for line in text.split("\n"):
        if not line.strip():
            if current:
                blocks.append(current)
            current, last = {}, None
            continue
        if line[0] in " \t" and last is not None:
            current[last] += " " + line.strip()
            continue
        m = _FIELD.match(line)
        if m is None:
            last = None
            continue
        last = m.group(1).lower()
        if last in current:
            # A repeated field starts a new recipient when blocks are not separated by a blank line.
            if last == "final-recipient":
                blocks.append(current)
                current = {}
            else:
                continue
        current[last] = m.group(2).strip()
    if current:
        blocks.append(current)
    return blocks


def recipient_blocks(text: str) -> list[dict[str, str]]:
    """The per-recipient DSN blocks written inline in *text* (outside a delivery-status part)."""
    return [b for b in parse_blocks(text) if "final-recipient" in b or ("action" in b and "status" in b)]


def address_of(value: str | None) -> str | None:
    """The bare address in a recipient field ("rfc822; <a@b.example>" → "a@b.example")."""
    if not value:
        return None
    m = _ADDRESS.search(strip_type(value))
    if m is None:
        return None
    return m.group(0).strip(".'").lower()


def statuses_from_blocks(blocks: list[dict[str, str]]) -> list[DeliveryStatus]:
    """One DeliveryStatus per block that names a recipient; per-message fields are inherited."""
    reporting: str | None = None
    statuses: list[DeliveryStatus] = []
    for block in blocks:
        if "reporting-mta" in block:
            reporting = strip_type(block["reporting-mta"]) or None
        # Final-Recipient, as sisimai and RFC 3464 do: it is the mailbox that failed, and
        # Original-Recipient (the address the sender typed) is shown beside it by the window.
        final = block.get("final-recipient", "")
        if _SOURCE_ROUTE.search(final):
            # "rfc822; @smtp.example.net:user@server" (Sun Messaging Server) is a route, not the
            # address the sender used: Original-Recipient holds that.
            final = block.get("original-recipient", final)
        address = address_of(final) or address_of(block.get("x-actual-recipient")) \
            or address_of(block.get("original-recipient"))
        if address is None and not ("action" in block and "status" in block):
            continue
        diagnostic = strip_type(block.get("diagnostic-code", "")) or None
        supplementary = block.get("x-supplementary-info")
        if supplementary and (not diagnostic or len(diagnostic) < 12):
            diagnostic = strip_type(supplementary.strip("<>")) or diagnostic
        status = _status(block.get("status"), diagnostic)
        reply = find_reply_code(diagnostic) if diagnostic else None
        inner = nested_reply(diagnostic)
        if inner and status and status[0] == inner[1][0]:
            reply, status = inner
        action = (block.get("action") or "").split()[0].lower().rstrip(";") or None if block.get("action") else None
        statuses.append(DeliveryStatus(
            address=address,
            action=action,
            status=status,
            reply_code=reply,
            command=find_command(diagnostic),
            # Delivery to a program ("X-Actual-Recipient: rfc822; |procmail ...") fails like an
            # X-Unix diagnostic even when the report gives no Diagnostic-Code.
            diagnostic_type=_type_of(block.get("diagnostic-code"))
            or ("x-unix" if "|" in block.get("x-actual-recipient", "") else None),
            diagnostic=diagnostic,
            remote_mta=strip_type(block.get("remote-mta", "")) or None,
            reporting_mta=reporting,
            evidence=f"Diagnostic-Code: {block['diagnostic-code']}" if "diagnostic-code" in block
            else (f"Status: {block['status']}" if "status" in block else None),
        ))
    return statuses


def _type_of(value: str | None) -> str | None:
    """The type before the first ";" of a Diagnostic-Code ("X-Unix; 255" → "x-unix")."""
    if not value or ";" not in value[:20]:
        return None
    return value.split(";", 1)[0].strip().lower() or None


def _status(field: str | None, diagnostic: str | None) -> str | None:
    """The code the remote server replied with, else the Status field's.

    The reporting MTA often writes a summary code in Status (5.0.0, 4.4.7 "expired", even 5.1.1 for
    any refusal) while the Diagnostic-Code carries the server's own; where a reply wraps another
    ("5.1.0 - Unknown address error 550-'5.2.2 ... Mailbox Full'") the innermost, last one is meant.
    """
    declared = find_status(field) if field else None
    inner = find_status(diagnostic, last=True) if diagnostic else None
    return inner or declared
