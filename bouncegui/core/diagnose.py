"""The engine's entry points: a path, bytes or pasted text in, one Report per message out."""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO

from bouncegui.core import read
from bouncegui.core.bounce import inspect, inspect_fragment
from bouncegui.core.catalogue import load_catalogue
from bouncegui.core.classify import classify
from bouncegui.core.inputs import MAIL_SUFFIXES, SINGLE_MESSAGE_SUFFIXES
from bouncegui.core.model import BounceMessage, Report
from bouncegui.core.notices import say
from bouncegui.core.text import decode_bytes

#: Bytes read from one file at most; a bounce's report part sits near its start.
MAX_INPUT_BYTES = 20 * 1024 * 1024


def diagnose_text(text: str, source: str = "-") -> Report:
    """Diagnose pasted text: a whole message (it has headers) or a fragment such as one error line."""
    data = text.encode("utf-8", "surrogateescape")
    if read.has_headers(read.normalise_newlines(data)):
        return diagnose_bytes(data, source)[0]
    return _report(source, inspect_fragment(text))


def diagnose_bytes(data: bytes, source: str = "-", single: bool = False) -> list[Report]:
    """Diagnose the bytes of a file: one Report, or one per message of an mbox.

    Args:
        single: the bytes are one message even if they start with an mbox "From " line
            (an ``.eml`` file saved by a mail client often does).
    """
    notes: tuple[str, ...] = ()
    if len(data) > MAX_INPUT_BYTES:
        data = data[:MAX_INPUT_BYTES]
        notes = (say("size_limit", mb=MAX_INPUT_BYTES // (1024 * 1024)),)
    if not data.strip():
        return [_error(source, say("empty"))]
    if read.is_outlook_msg(data):
        try:
            message = read.message_from_outlook(data)
        except read.UnreadableInput as exc:
            return [_error(source, str(exc))]
        return [_report(source, inspect(message), notes)]
    if read.looks_binary(data):
        return [_error(source, say("binary"))]
    if not single and read.is_mbox(data):
        messages = read.split_mbox(data)
        if not messages:
            return [_error(source, say("mbox_empty"))]
        return [_report(f"{source}#{i}", inspect(read.parse_bytes(m)), notes) for i, m in enumerate(messages, 1)]
    normalised = read.normalise_newlines(data)
    if not read.has_headers(normalised):
        return [_report(source, inspect_fragment(decode_bytes(normalised)), notes)]
    return [_report(source, inspect(read.parse_bytes(normalised)), notes)]


def diagnose_path(path: str | os.PathLike[str]) -> list[Report]:
    """Diagnose a file, or every mail file in a folder (sorted by name); never raises for bad input."""
    source = os.fspath(path)
    p = Path(path)
    try:
        if p.is_dir():
            files = sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in MAIL_SUFFIXES
                           and not f.name.startswith("."))
            if not files:
                return [_error(source, say("folder_empty"))]
            return [r for f in files for r in diagnose_path(os.path.join(source, f.name))]
        with p.open("rb") as handle:
            data = _read_bounded(handle)
    except FileNotFoundError:
        return [_error(source, say("missing"))]
    except IsADirectoryError:
        return [_error(source, say("folder_unreadable"))]
    except PermissionError:
        return [_error(source, say("permission"))]
    except OSError as exc:
        return [_error(source, say("unreadable", reason=exc.strerror or exc))]
    return diagnose_bytes(data, source, single=p.suffix.lower() in SINGLE_MESSAGE_SUFFIXES)


def _read_bounded(handle: BinaryIO) -> bytes:
    """At most MAX_INPUT_BYTES + 1 bytes (one more tells that the file was longer).

    read(n) allocates n bytes up front, so a 20 MB request per small bounce would cost more than
    diagnosing it: ask for the file's size when it is known.
    """
    try:
        size = os.fstat(handle.fileno()).st_size
    except OSError:
        size = 0
    if 0 < size <= MAX_INPUT_BYTES:
        return handle.read(size + 1)
    return handle.read(MAX_INPUT_BYTES + 1)


def _report(source: str, message: BounceMessage, notes: tuple[str, ...] = ()) -> Report:
    catalogue = load_catalogue()
    recipients = tuple(classify(status, catalogue, message.kind) for status in message.statuses)
    return Report(source=source, kind=message.kind, subject=message.subject, recipients=recipients,
                  notes=notes + message.notes)


def _error(source: str, message: str) -> Report:
    return Report(source=source, kind="error", error=message)
