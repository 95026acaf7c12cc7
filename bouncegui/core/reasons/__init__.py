"""Text → reason: phrase tables per sisimai reason, tried in a fixed priority order.

The engine hands over the remote server's diagnostic text; :func:`find` says which reason the
*text* indicates, or None when the text is generic ("550 Requested action not taken") so that the
status and reply codes decide. Each reason is one module with a ``PHRASES`` tuple (lower-case
substrings), optional bounded ``REGEXES`` and a ``match(text_lower)`` function.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections import Counter
from types import ModuleType

from bouncegui.core.reasons import (
    authfailure,
    badreputation,
    blocked,
    contenterror,
    exceedlimit,
    expired,
    filtered,
    hasmoved,
    hostunknown,
    mailboxfull,
    mailererror,
    mesgtoobig,
    networkerror,
    norelaying,
    notaccept,
    notcompliantrfc,
    policyviolation,
    rejected,
    requireptr,
    securityerror,
    spamdetected,
    speeding,
    suspend,
    syntaxerror,
    systemerror,
    systemfull,
    toomanyconn,
    userunknown,
    virusdetected,
)

# Specific before generic (as sisimai's Reason.pm $ClassOrder). Why each group sits where it does:
# - authentication, PTR, virus and format problems name their cause exactly and often also
#   contain words that generic tables key on ("blocked because the sender is unauthenticated",
#   "Duplicate header 'DKIM-Signature'", "Missing reverse DNS ... rejected").
# - reputation and rate limits before quotas: "daily sending quota exceeded" is speeding, while
#   a bare "quota exceeded" is mailboxfull; "too many recipients this hour" is speeding, a bare
#   "too many recipients" is toomanyconn.
# - server disk before mailbox quota, per-recipient limit (exceedlimit) before message size.
# - account states (suspend, hasmoved, filtered) before userunknown: "The email account that you
#   tried to reach is disabled" must not fall to the generic unknown-user families.
# - authentication requirements before relay refusals: "Please turn on SMTP Authentication ...
#   is not permitted to relay through this server without authentication" asks for AUTH.
# - relay refusals and null MX before anything that mentions hosts or domains.
# - content spam before IP blocks, and blocks before envelope-sender rejections: qmail writes
#   "sender was rejected" around RBL replies, Gmail's "unusual rate of unsolicited mail from
#   your IP" is an IP block while "likely unsolicited mail" is content.
# - rejected (envelope sender) before hostunknown and userunknown: "Sender address rejected:
#   Domain not found" / "...: User unknown in local recipient table" are about the sender.
# - temporary DNS trouble before hostunknown ("Host not found, try again").
# - expired last: qmail appends "this message has been in the queue too long" to every reason.
MODULES: tuple[ModuleType, ...] = (
    virusdetected,
    authfailure,
    requireptr,
    contenterror,
    notcompliantrfc,
    badreputation,
    speeding,
    toomanyconn,
    systemfull,
    mailboxfull,
    exceedlimit,
    mesgtoobig,
    suspend,
    hasmoved,
    filtered,
    securityerror,
    norelaying,
    notaccept,
    spamdetected,
    policyviolation,
    blocked,
    rejected,
    networkerror,
    hostunknown,
    userunknown,
    systemerror,
    syntaxerror,
    mailererror,
    expired,
)

ORDER: tuple[str, ...] = tuple(m.__name__.rsplit(".", 1)[1] for m in MODULES)

_SPACE = re.compile(r"\s+")
# Multi-line SMTP replies repeat the code on every line ("550-5.7.1 ... 550 5.7.1 ..."); the
# markers split phrases, so they are dropped when the reply has continuation lines.
_CONTINUED = re.compile(r"(?:^|[\s;'\"(])[245]\d\d-")
_MARKER = re.compile(r"(?:(?<=^)|(?<=[\s;'\"(]))[245]\d\d[- ](?:#?[245]\.\d{1,3}\.\d{1,3}[ :])?")


def normalise(text: str) -> str:
    """Lower-case ``text``, fold full-width forms (NFKC), drop reply-code markers, collapse spaces."""
    if "\x1b$" in text:
        # Undecoded ISO-2022-JP (Lotus Domino, Japanese carriers): decode before matching.
        with contextlib.suppress(UnicodeError):
            text = text.encode("latin-1").decode("iso2022_jp")
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    lowered = _SPACE.sub(" ", text.lower()).strip()
    if "-" in lowered and _CONTINUED.search(lowered):
        lowered = _SPACE.sub(" ", _MARKER.sub("", lowered)).strip()
    return lowered


# Speed: ~1,100 substring searches cost ~100 µs per diagnostic. Most phrases contain a space, and
# if a phrase occurs in the text, the five characters around one of its spaces occur around a
# space of the text too. Such phrases are indexed under their rarest five-character window and
# searched only when the text has that window; phrases without one are always searched. The
# result equals calling each module's match() in ORDER (the tests check this).
_Entry = tuple[int, int, str]  # (position in ORDER, position in PHRASES, phrase)


def _windows(text: str) -> set[str]:
    """The five-character slices centred on each space of ``text``."""
    found: set[str] = set()
    end = len(text) - 2
    i = text.find(" ", 2)
    while 0 <= i < end:
        found.add(text[i - 2 : i + 3])
        i = text.find(" ", i + 1)
    return found


def _build_index() -> tuple[dict[str, list[_Entry]], tuple[_Entry, ...]]:
    counts: Counter[str] = Counter()
    for module in MODULES:
        for phrase in module.PHRASES:
            counts.update(_windows(phrase))
    index: dict[str, list[_Entry]] = {}
    always: list[_Entry] = []
    for m, module in enumerate(MODULES):
        for p, phrase in enumerate(module.PHRASES):
            windows = _windows(phrase)
            if not windows:
                always.append((m, p, phrase))
                continue
            key = min(windows, key=lambda w: (counts[w], w))
            index.setdefault(key, []).append((m, p, phrase))
    return index, tuple(always)


_INDEX, _ALWAYS = _build_index()
_VETOES: tuple[tuple[str, ...], ...] = tuple(getattr(m, "UNLESS", ()) for m in MODULES)
_REGEXES: tuple[tuple[re.Pattern[str], ...], ...] = tuple(getattr(m, "REGEXES", ()) for m in MODULES)


def _phrase_hits(lowered: str) -> dict[int, str]:
    """Map position in ORDER → first phrase of that module found in ``lowered``."""
    candidates: list[_Entry] = list(_ALWAYS)
    get = _INDEX.get
    for window in _windows(lowered):
        entries = get(window)
        if entries is not None:
            candidates.extend(entries)
    candidates.sort()
    hits: dict[int, str] = {}
    for m, _, phrase in candidates:
        if m not in hits and phrase in lowered:
            hits[m] = phrase
    return hits


def find(text: str) -> tuple[str, str] | None:
    """Return (reason, matched phrase) for a diagnostic text, or None when the text is generic.

    Args:
        text: the remote server's reply or the report's explanation, in any case and spacing.

    Return:
        The first reason in :data:`ORDER` whose table matches, with the phrase that matched.
    """
    if not text:
        return None
    lowered = normalise(text)
    if not lowered:
        return None
    hits = _phrase_hits(lowered)
    for m, reason in enumerate(ORDER):
        phrase = hits.get(m)
        regexes = _REGEXES[m]
        if phrase is None and not regexes:
            continue
        if any(veto in lowered for veto in _VETOES[m]):
            continue
        if phrase is not None:
            return reason, phrase
        for regex in regexes:
            found = regex.search(lowered)
            if found is not None:
                return reason, found.group(0)
    return None
