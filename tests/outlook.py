"""Outlook .msg files written on demand from the project's .eml fixtures (extract-msg's OLE writer)."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest


def outlook_msg(eml: Path, out: Path) -> Path:
    """An Outlook .msg holding ``eml``'s headers and body, written with extract-msg's OLE writer."""
    ole_writer = pytest.importorskip("extract_msg.ole_writer", reason="extract-msg without its OLE writer")
    head, _, body = eml.read_text(encoding="utf-8").replace("\r\n", "\n").partition("\n\n")
    writer = ole_writer.OleWriter()
    # Property stream header of a top-level message: reserved, next ids, counts (MS-OXMSG 2.4.1.1).
    writer.addEntry("__properties_version1.0", struct.pack("<8xIIII8x", 0, 0, 0, 0))
    for tag, text in (("001A001F", "IPM.Note"), ("007D001F", head.replace("\n", "\r\n") + "\r\n\r\n"),
                      ("1000001F", body)):
        writer.addEntry(f"__substg1.0_{tag}", text.encode("utf-16-le"))
    writer.addEntry("__nameid_version1.0", storage=True)
    for stream in ("00020102", "00030102", "00040102"):
        writer.addEntry(f"__nameid_version1.0/__substg1.0_{stream}", b"")
    writer.write(str(out))
    return out
