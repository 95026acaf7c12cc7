"""Find the parts of a report: delivery-status blocks, the human-readable text, the returned headers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from email.message import Message
from typing import Any

from bouncegui.core.text import decode_bytes, has_surrogates, header_text, part_text

#: Parts inside this many nested messages are still searched (bounces of bounces, forwarded bounces).
MAX_DEPTH = 8
#: Parts beyond this count are skipped (hostile messages can carry tens of thousands).
MAX_PARTS = 500

_TAG = re.compile(r"<(?:script|style)\b[^>]*>[^<]*</(?:script|style)>|<[^>]{0,2000}>", re.IGNORECASE)
_BR = re.compile(r"<(?:br|/p|/div|/tr|/li|p|div|tr|li)\b[^>]{0,200}>", re.IGNORECASE)

#: Lines after which a bounce's text quotes the original message.
_ORIGINAL_MARKERS = re.compile(
    r"^[ \t]*(?:"
    r"-+\s*(?:Below this line is a copy of the message|This is a copy of (?:the|your) message"
    r"|Original message|Original message headers|Returned Message|Undelivered Message"
    r"|The header of the original message is following|Unsent message below"
    r"|original message follows|Original Message Header|Message header follows"
    r"|Copy of original message|Enclosed is a copy of the message)"
    r"|Message headers follow\.?$"
    r"|Below is a copy of the original message:?$"
    r"|(?:The )?original message (?:headers?|follows)[^\n]{0,80}$"
    r"|-+ ?Begin (?:forwarded|included|original) message"
    r"|Content-Type: message/(?:rfc822|partial)"
    r"|Content-Type: text/rfc822-headers"
    r"|\*\*\* ?Original (?:message|mail)"
    r"|-{5,} ?(?:元のメッセージ|送信メッセージ)"
    r"|Your message reads \(in part\):"
    r"|Original Message:$"
    r"|-+ ?The following (?:is|are) (?:the )?(?:original message|message headers)"
    r")",
    re.IGNORECASE | re.MULTILINE,
)


@dataclass(slots=True)
class Parts:
    """What a bounce message holds, decoded.

    Attributes:
        dsn: text of each message/delivery-status part.
        text: the human-readable text of the report (the original message cut off).
        full_text: the same before the cut, where broken MIME leaves DSN fields after the quote.
        original: headers of the returned original message, when present.
        feedback: text of a message/feedback-report part, when present.
        headers: the bounce's own headers of interest, lower-case names.
        notes: limits reached while reading.
    """

    dsn: list[str] = field(default_factory=list)
    text: str = ""
    full_text: str = ""
    original: dict[str, str] = field(default_factory=dict)
    feedback: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


_HEADERS_OF_INTEREST = frozenset({
    "from", "to", "subject", "date", "content-type", "auto-submitted", "x-autoreply", "x-autorespond",
    "precedence", "x-failed-recipients", "return-path", "x-mailer", "x-ses-outgoing", "x-ms-exchange-message-is-ndr",
    "x-autoresponse", "x-auto-response-suppress", "x-original-to", "delivered-to", "x-nai-header", "x-msg-ref"
})


def split(msg: Message) -> Parts:
    """Collect the report's parts from *msg*."""
    parts = Parts()
    failed: list[str] = []
    for name, value in msg.items():  # one pass over the headers, not one per name of interest
        name = name.lower()
        if name == "x-failed-recipients":
            failed.append(header_text(value))
        elif name in _HEADERS_OF_INTEREST and name not in parts.headers:
            parts.headers[name] = header_text(value)
    if failed:
        parts.headers["x-failed-recipients"] = ", ".join(failed)
    texts: list[str] = []
    html: list[str] = []
    _walk(msg, parts, texts, html, depth=0, counter=[0])
    body = "\n".join(texts) if texts else "\n".join(_html_to_text(h) for h in html)
    parts.full_text = body
    parts.text = cut_original(body)
    if not parts.original and len(parts.text) < len(body):
        # The original message is quoted inline, not attached.
        _original_headers_text(body[len(parts.text):], parts)
    return parts


def _walk(part: Message, parts: Parts, texts: list[str], html: list[str], depth: int, counter: list[int]) -> None:
    counter[0] += 1
    if counter[0] > MAX_PARTS:
        if counter[0] == MAX_PARTS + 1:
            parts.notes.append(f"only the first {MAX_PARTS} MIME parts were read")
        return
    ctype = part.get_content_type()
    if part.is_multipart():
        payload: list[Message] = [p for p in part.get_payload() if isinstance(p, Message)]
        if ctype == "message/delivery-status" or ctype == "message/global-delivery-status":
            parts.dsn.append(_blocks_text(payload))
            return
        if ctype == "message/feedback-report":
            parts.feedback = _blocks_text([sub.get_payload(0) if sub.is_multipart() else sub
                                           for sub in payload])
            return
        if ctype in ("message/rfc822", "message/global"):
            _original(payload[0] if payload else None, parts)
            if depth + 1 >= MAX_DEPTH:
                parts.notes.append(f"attached messages nested deeper than {MAX_DEPTH} levels were not read")
            return
        for sub in payload:
            if isinstance(sub, Message):
                _walk(sub, parts, texts, html, depth, counter)
        return
    if ctype in ("message/delivery-status", "message/global-delivery-status"):
        parts.dsn.append(part_text(part))
    elif ctype == "message/feedback-report":
        parts.feedback = part_text(part)
    elif ctype in ("text/rfc822-headers", "message/rfc822-headers", "message/global-headers", "message/rfc822"):
        _original_headers_text(part_text(part), parts)
    elif (ctype.startswith("text/") and ctype != "text/html") or ctype.startswith("multipart/"):
        # A multipart whose boundary never appears is kept as one text payload.
        texts.append(part_text(part))
    elif ctype == "text/html":
        html.append(part_text(part))


def _blocks_text(blocks: list[Any]) -> str:
    out = []
    for block in blocks:
        if isinstance(block, Message):
            out.append("\n".join(f"{k}: {header_text(v) if '=?' in str(v) else _unfold(v)}"
                                 for k, v in block.items()))
    return "\n\n".join(out)


def _unfold(value: object) -> str:
    text = str(value)
    if has_surrogates(text):
        text = decode_bytes(text.encode("utf-8", "surrogateescape"))
    return " ".join(text.split())


def _original(inner: object, parts: Parts) -> None:
    if isinstance(inner, Message) and not parts.original:
        for name in ("from", "to", "subject", "message-id", "date", "cc", "x-hmxmroriginalrecipient"):
            if inner.get(name):
                parts.original[name] = header_text(inner.get(name))


def _original_headers_text(text: str, parts: Parts) -> None:
    if parts.original:
        return
    for m in re.finditer(r"^(From|To|Subject|Message-ID|Date|Cc):[ \t]*(.*(?:\n[ \t].*)*)", text,
                         re.IGNORECASE | re.MULTILINE):
        parts.original.setdefault(m.group(1).lower(), header_text(m.group(2)))


def _html_to_text(html: str) -> str:
    text = _BR.sub("\n", html)
    text = _TAG.sub("", text)
    import html as html_module

    return html_module.unescape(text)


_ORIGINAL_HEADER = re.compile(
    r"^(?:Received|Return-Path|Message-I[Dd]|Date|From|To|Subject|MIME-Version|Content-Type|Reply-To|Cc"
    r"|References|In-Reply-To|Delivered-To|DKIM-Signature|Authentication-Results|Thread-\w+|User-Agent"
    r"|X-(?!Actual-Recipient|Postfix|Supplementary|Original-Message|Display-Name)[\w-]+):[ \t]?(?=\S)",
    re.IGNORECASE | re.MULTILINE,
)


_MESSAGE_ONLY = frozenset({"received", "return-path", "message-id", "mime-version", "content-type", "dkim-signature",
                           "authentication-results", "references", "in-reply-to", "delivered-to", "user-agent"})


def cut_original(text: str) -> str:
    """The report text without the quoted original message that follows it.

    The quote starts at a marker line ("--- Below this line is a copy of the message.") or,
    where a server writes none, at the first block of two or more header lines.
    """
    m = _ORIGINAL_MARKERS.search(text)
    if m:
        text = text[: m.start()]
    for h in _ORIGINAL_HEADER.finditer(text):
        if _header_block(text[h.start():]):
            return text[: h.start()]
    return text


def _header_block(text: str) -> bool:
    """True when *text* starts with a header block of the original message.

    Reports quote a few fields of the original in their own words ("To: x", "Subject: y"); a real
    header block has a field only a message carries (Received, Message-ID, ...) or many fields.
    """
    names: list[str] = []
    for line in text.split("\n", 40)[:40]:
        if line[:1] in (" ", "\t") and names:
            continue
        m = _ORIGINAL_HEADER.match(line)
        if m is None:
            break
        names.append(line.split(":", 1)[0].lower())
    strong = any(n in _MESSAGE_ONLY or n.startswith("x-") for n in names)
    return (len(names) >= 2 and strong) or len(names) >= 5
