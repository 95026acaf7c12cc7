"""Turn what the user gives us (file bytes, mbox, Outlook .msg, pasted text) into messages."""

from __future__ import annotations

import re
from typing import Any

from bouncegui.core import mime
from bouncegui.core.mime import Part
from bouncegui.core.notices import say

_HEADER_LINE = re.compile(rb"^[!-9;-~]{1,76}:[ \t]?", re.ASCII)
_MBOX_FROM = re.compile(rb"^From \S+", re.MULTILINE)
# "From sender Thu Apr 24 00:00:00 2013": after a blank line, with a time, before a header line.
_MBOX_SEPARATOR = re.compile(rb"(?:\A|(?<=\n)\n)From \S+ [^\n]{0,80}\d:\d\d[^\n]{0,80}\n(?=[!-9;-~]{1,76}:)")
_MBOXRD_QUOTED = re.compile(rb"^>(>*From )", re.MULTILINE)
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

#: Bytes of a file that look like a picture, archive or executable rather than mail.
_BINARY_MAGIC = (
    b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"PK\x03\x04", b"%PDF", b"\x7fELF", b"MZ",
    b"\x1f\x8b", b"BZh", b"\xfd7zXZ", b"Rar!", b"7z\xbc\xaf",
)


#: Control bytes that text does not carry (ESC stays: ISO-2022-JP uses it).
_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 27), 127])


class UnreadableInput(ValueError):
    """The input is not mail and not text: the message says why, in plain words."""


def normalise_newlines(data: bytes) -> bytes:
    """Return *data* with CRLF and bare CR line ends turned into LF."""
    if b"\r" not in data:
        return data
    return data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")


def is_outlook_msg(data: bytes) -> bool:
    """True for an Outlook .msg file (an OLE compound document)."""
    return data.startswith(_OLE_MAGIC)


def is_mbox(data: bytes) -> bool:
    """True when *data* starts like an mbox file ("From sender date" on the first line)."""
    return data.startswith(b"From ") and _MBOX_FROM.match(data) is not None and b"\n" in data[:1000]


def looks_binary(data: bytes) -> bool:
    """True for bytes that are clearly not mail or text: a picture, an archive, random bytes."""
    head = data[:4096]
    if head.startswith(_BINARY_MAGIC):
        return True
    if not head:
        return False
    # Text in any charset we decode has few control bytes; NUL is never in mail.
    control = len(head) - len(head.translate(None, _CONTROL_BYTES))
    # A stray NUL in a header is damage, not a sign of a binary file: count them only when many.
    nuls = head.count(0)
    return (nuls > 16 and nuls * 100 > len(head)) or (control - nuls) * 20 > len(head)


def split_mbox(data: bytes) -> list[bytes]:
    """Split an mbox file into its messages (mboxrd ">From " quoting undone)."""
    data = normalise_newlines(data)
    messages = []
    for chunk in _MBOX_SEPARATOR.split(data):
        chunk = _MBOXRD_QUOTED.sub(rb"\1", chunk)
        if chunk.strip():
            messages.append(chunk)
    return messages


def has_headers(data: bytes) -> bool:
    """True when *data* begins with a header block, i.e. it is a message rather than a fragment."""
    data = data.lstrip(b"\n")
    if data.startswith(b"From "):
        data = data[data.find(b"\n") + 1:]
    lines = data.split(b"\n", 8)[:8]
    header_lines = sum(1 for line in lines if _HEADER_LINE.match(line))
    return bool(lines) and _HEADER_LINE.match(lines[0]) is not None and header_lines >= 2


def parse_bytes(data: bytes) -> Part:
    """Parse one message. Raw line ends are normalised to LF first; an mbox "From " line is dropped."""
    data = normalise_newlines(data)
    if data.startswith(b"From "):
        data = data[data.find(b"\n") + 1:]
    return mime.parse(data)


def message_from_outlook(data: bytes) -> Part:
    """Rebuild an RFC 5322 message from an Outlook .msg file (header block plus body text).

    Raises:
        UnreadableInput: the file is not a readable .msg.
    """
    import io
    import logging

    import extract_msg  # type: ignore[import-untyped,unused-ignore]

    logging.getLogger("extract_msg").setLevel(logging.CRITICAL)
    try:
        msg: Any = extract_msg.openMsg(io.BytesIO(data), strict=False)
    except Exception as exc:  # extract-msg raises many unrelated types for broken files
        raise UnreadableInput(say("msg_unreadable", detail=type(exc).__name__)) from exc
    try:
        header = msg.header
        headers = header.as_string() if header is not None else ""
        body = msg.body or ""
        if isinstance(body, bytes):
            body = body.decode("utf-8", "replace")
        attached: list[str] = []
        for att in getattr(msg, "attachments", ()):
            payload: Any = getattr(att, "data", None)
            if isinstance(payload, bytes) and payload[:4096].count(b":") > 2:
                attached.append(payload.decode("utf-8", "replace"))
            elif hasattr(payload, "body"):
                attached.append(str(payload.body or ""))
    except Exception as exc:
        raise UnreadableInput(say("msg_broken", detail=type(exc).__name__)) from exc
    finally:
        msg.close()
    if not headers.strip():
        headers = "Subject: (Outlook message)\n"
    text = "\n\n".join([body, *attached])
    head = "".join(
        line + "\n" for line in headers.replace("\r\n", "\n").split("\n")
        if line.strip() and not line.lower().startswith(("content-type", "content-transfer-encoding", "mime-version"))
    )
    rebuilt = head + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + text
    return parse_bytes(rebuilt.encode("utf-8", "replace"))
