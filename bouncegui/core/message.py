"""Find the parts of a report: delivery-status blocks, the human-readable text, the returned headers."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from bouncegui.core.mime import Part
from bouncegui.core.notices import say
from bouncegui.core.text import header_text

#: Characters of a notice's human-readable text that are read at most.
MAX_TEXT = 256 * 1024

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
    "x-autoresponse", "x-auto-response-suppress", "x-original-to", "delivered-to", "x-nai-header", "x-msg-ref",
    "x-apple-unsubscribe",
})


def split(msg: Part) -> Parts:
    """Collect the report's parts from *msg*."""
    parts = Parts()
    failed: list[str] = []
    for name, value in msg.headers:
        if name == "x-failed-recipients":
            failed.append(header_text(value))
        elif name in _HEADERS_OF_INTEREST and name not in parts.headers:
            parts.headers[name] = header_text(value)
    if failed:
        parts.headers["x-failed-recipients"] = ", ".join(failed)
    parts.notes.extend(msg.notes)
    texts: list[str] = []
    html: list[str] = []
    _walk(msg, parts, texts, html)
    body = "\n".join(texts) if texts else "\n".join(_html_to_text(h) for h in html)
    if len(body) > MAX_TEXT:
        # The report sits at the start of a notice; the rest is the quoted original or junk.
        body = body[:MAX_TEXT]
        parts.notes.append(say("text_limit", kb=MAX_TEXT // 1024))
    body = _unquote(body)
    parts.full_text = body
    # A JSON notification (Amazon SES through SNS) quotes no original message.
    parts.text = body if body.lstrip().startswith("{") else cut_original(body)
    if not parts.original and len(parts.text) < len(body):
        # The original message is quoted inline, not attached.
        _original_headers_text(body[len(parts.text):], parts)
    return parts


def _walk(part: Part, parts: Parts, texts: list[str], html: list[str]) -> None:
    ctype = part.content_type
    if ctype.startswith("multipart/") and part.children:
        for sub in part.children:
            _walk(sub, parts, texts, html)
    elif ctype in ("message/delivery-status", "message/global-delivery-status"):
        parts.dsn.append(part.text())
    elif ctype == "message/feedback-report":
        parts.feedback = part.text()
    elif ctype in ("message/rfc822", "message/global"):
        if part.children:
            _original(part.children[0], parts)
        else:
            _original_headers_text(part.text(), parts)
    elif ctype in ("text/rfc822-headers", "message/rfc822-headers", "message/global-headers"):
        _original_headers_text(part.text(), parts)
    elif ctype == "text/html":
        html.append(part.text())
    elif ctype.startswith(("text/", "multipart/")):
        # A multipart whose boundary never appears is kept as one text payload.
        texts.append(part.text())


def _original(inner: Part, parts: Parts) -> None:
    if not parts.original:
        for name in ("from", "to", "subject", "message-id", "date", "cc", "x-hmxmroriginalrecipient"):
            value = inner.get(name)
            if value:
                parts.original[name] = header_text(value)


def _original_headers_text(text: str, parts: Parts) -> None:
    if parts.original:
        return
    for m in re.finditer(r"^(From|To|Subject|Message-ID|Date|Cc):[ \t]*(.*(?:\n[ \t].*)*)", text,
                         re.IGNORECASE | re.MULTILINE):
        parts.original.setdefault(m.group(1).lower(), header_text(m.group(2)))


def _unquote(text: str) -> str:
    """Remove one level of "> " quoting from a bounce that a person forwarded inline."""
    lines = text.split("\n")
    filled = [line for line in lines if line.strip()]
    quoted = sum(1 for line in filled if line.startswith(">") and not line.startswith(">>> "))
    if not filled or quoted * 2 < len(filled):
        return text
    out = []
    for line in lines:
        if line.startswith("> ") or line == ">":
            line = line[2:]
        elif line.startswith(">>>>"):  # a quoted ">>> DATA" transcript line
            line = line[1:]
        out.append(line)
    return "\n".join(out)


def _html_to_text(markup: str) -> str:
    """The text of an HTML part: tags dropped (never interpreted), entities decoded."""
    return html.unescape(_TAG.sub("", _BR.sub("\n", markup)))


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
