"""Decode what real bounces carry into str: lying charsets, Japanese encodings, RFC 2047 words."""

from __future__ import annotations

import codecs
import re
from email.header import Header, decode_header

# Charset names seen in the wild that Python does not know under that name.
_ALIASES = {
    "iso-2022-jp-ms": "iso2022_jp_ext",
    "iso-2022-jp-2": "iso2022_jp_2",
    "x-sjis": "cp932",
    "shift_jis": "cp932",  # Windows writes cp932 and labels it Shift_JIS
    "sjis": "cp932",
    "windows-31j": "cp932",
    "x-euc-jp": "euc_jp",
    "ks_c_5601-1987": "cp949",
    "unicode-1-1-utf-7": "utf-7",
    "x-unknown": "utf-8",
    "unknown-8bit": "utf-8",
    "us-ascii": "utf-8",  # lying us-ascii with 8-bit bytes is common; utf-8 is a superset
    "ascii": "utf-8",
    "default": "utf-8",
}

#: Tried in order when the declared charset is missing, unknown or wrong.
_FALLBACKS = ("utf-8", "iso2022_jp_ext", "cp932", "euc_jp")
_ESC = b"\x1b$"


def _codec(charset: str | None) -> str | None:
    if not charset:
        return None
    name = _ALIASES.get(charset.strip().strip('"').lower(), charset.strip().strip('"').lower())
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(data: bytes, charset: str | None = None) -> str:
    """Decode *data* with its declared charset, else the first charset that fits, else Latin-1.

    Never fails: undecodable bytes become U+FFFD only when nothing decodes them cleanly.
    """
    candidates: list[str] = []
    declared = _codec(charset)
    if declared:
        candidates.append(declared)
    if _ESC in data and "iso2022_jp_ext" not in candidates:
        # JIS escapes decode as ASCII too: a us-ascii or utf-8 label must not hide them.
        candidates.insert(0 if declared in (None, "utf-8", "ascii") else 1, "iso2022_jp_ext")
    candidates.extend(c for c in _FALLBACKS if c not in candidates)
    for name in candidates:
        try:
            return data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
    if declared:
        return data.decode(declared, "replace")
    return data.decode("latin-1")


_SURROGATE = re.compile("[\udc80-\udcff]")


def has_surrogates(text: str) -> bool:
    """True when *text* holds raw bytes that compat32 kept as surrogate escapes."""
    return not text.isascii() and _SURROGATE.search(text) is not None


def header_text(value: object) -> str:
    """A header value as readable text, RFC 2047 encoded words decoded."""
    if value is None:
        return ""
    if isinstance(value, Header):
        # compat32 wraps raw 8-bit header bytes in a Header of charset unknown-8bit.
        value = "".join(decode_bytes(chunk, charset) if isinstance(chunk, bytes) else chunk
                        for chunk, charset in decode_header(value))
    text = str(value)
    if "\x1b" in text or has_surrogates(text):
        # compat32 keeps raw 8-bit header bytes as surrogates: decode them for real.
        text = decode_bytes(text.encode("utf-8", "surrogateescape"))
    if "=?" not in text:
        return " ".join(text.split())
    try:
        words = []
        for chunk, charset in decode_header(text):
            words.append(decode_bytes(chunk, charset) if isinstance(chunk, bytes) else chunk)
        decoded = "".join(words)
    except Exception:  # a broken encoded word: show it as it came
        decoded = text
    return " ".join(decoded.split())
