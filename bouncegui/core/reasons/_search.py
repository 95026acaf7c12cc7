"""Shared matcher for the reason modules: plain substrings first, then bounded regexes."""

from __future__ import annotations

import re
from collections.abc import Sequence


def search(
    text_lower: str,
    phrases: Sequence[str],
    regexes: Sequence[re.Pattern[str]] = (),
    unless: Sequence[str] = (),
) -> str | None:
    """Return the first phrase (or regex match) found in ``text_lower``, else None.

    Args:
        text_lower: the diagnostic, already lower-cased with whitespace collapsed.
        phrases: lower-case substrings, tried in order.
        regexes: precompiled linear-time patterns, tried after the phrases.
        unless: substrings that veto this reason when present (another reason owns them).
    """
    for veto in unless:
        if veto in text_lower:
            return None
    for phrase in phrases:
        if phrase in text_lower:
            return phrase
    for regex in regexes:
        found = regex.search(text_lower)
        if found is not None:
            return found.group(0)
    return None
