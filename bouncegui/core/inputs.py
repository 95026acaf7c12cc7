"""Which files the engine reads: a module without imports, so the window can use it at start-up."""

from __future__ import annotations

#: Suffixes of files that hold one message even when they start with an mbox "From " line.
SINGLE_MESSAGE_SUFFIXES = frozenset({".eml", ".msg", ".txt", ".message"})
#: Suffixes read when a folder is given: what mail clients save and what people paste into files.
MAIL_SUFFIXES = frozenset({".eml", ".msg", ".mbox", ".mbx", ".txt", ".mail", ".message", ""})
