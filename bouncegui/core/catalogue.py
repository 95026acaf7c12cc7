"""The bounce catalogue: help-page entries and code explanations, written in ``catalogue.toml``.

The data file holds every row of the mail host's help page "Fix emails rejected with a bounce
error" (seven tabs), with the regular expressions that recognise each row's server text, and
fallback explanations for SMTP reply codes (RFC 5321), enhanced status codes (RFC 3463, IANA
registry) and sisimai reasons. All texts come in English and Japanese, so the command line
speaks Japanese without Qt. The app reads the same data compiled to ``catalogue.json``
(``scripts/compile_catalogue.py``), which loads faster.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bouncegui.resources import compiled_catalogue_path

if TYPE_CHECKING:
    from bouncegui.core.model import Diagnosis, Explanation, Lang

__all__ = ["Catalogue", "Category", "Entry", "EntryMatch", "load_catalogue"]

LANGS = ("en", "ja")
ACTORS = ("sender", "recipient", "sender_admin", "recipient_admin", "provider")
KINDS = ("bounce", "delay", "feedback", "auto_reply", "delivered", "not_bounce", "error")
OTHER = "other"

# Evidence is the sentence around a match, cut to this many characters.
_EVIDENCE_MAX = 300
_EVIDENCE_BACK = 200

_SPACE = re.compile(r"\s+")
# "Remote Server returned '550 5.1.1 ...'" / "host x said: 552 ..." — a reply starts at its code.
_REPLY_START = re.compile(r"(?<![\w.])[245]\d\d(?=[ -])")
# A sentence starts after a full stop, or after the "said:" / "smtp;" that introduces a reply.
_SENTENCE_START = re.compile(r"[.!?;:](?= )")
# Postfix appends "(in reply to RCPT TO command)" after the reply, without a full stop.
_SENTENCE_END = re.compile(r"[.!?](?= |$)|'(?= |$)|(?= \(in reply to )")
# Ids printed after the sentence belong to it: "... Provide a valid From. IB501", "(#5.4.6)".
_TRAILING_ID = re.compile(r" ?(?:IB\d{3}\b|AS\(\d+\)|\(#\d\.\d{1,3}\.\d{1,3}\))")
_ENDS_WITH_ID = re.compile(r"(?:IB\d{3}|AS\(\d+\)|\(#\d\.\d{1,3}\.\d{1,3}\))$", re.IGNORECASE)
_STATUS = re.compile(r"([245])\.(\d{1,3})\.(\d{1,3})")
_REPLY = re.compile(r"[2-5]\d\d")

Texts = dict[str, str]


@dataclass(frozen=True, slots=True)
class Category:
    """One tab of the help page (or the "other" pseudo-category).

    Attributes:
        id: category id used in JSON, tabs and tests.
        title: tab title per language.
        summary: one sentence describing the tab, per language.
        page: False for the pseudo-category "other", which the help page does not have.
    """

    id: str
    title: Texts = field(hash=False)
    summary: Texts = field(hash=False)
    page: bool = True


@dataclass(frozen=True, slots=True)
class Entry:
    """One row of a help-page table.

    Attributes:
        id: stable, readable id ("godaddy-ib212", "m365-5.7.708").
        category: the tab it belongs to.
        server_text: the row's server text in English, as printed in the bounce error column.
        codes: the row's codes as printed in bounces ("IB212", "5.4.6", "550"); may be empty.
        sources: case-insensitive expressions searched in whitespace-collapsed text (``patterns``
            compiles them on first use: the window needs the texts at start-up, not the patterns).
        reason: sisimai reason id.
        permanent: True for a permanent failure.
        actor: who has to act.
        title, cause, solution: texts per language.
    """

    id: str
    category: str
    server_text: str
    codes: tuple[str, ...]
    sources: tuple[str, ...] = field(compare=False, repr=False)
    reason: str
    permanent: bool
    actor: str
    title: Texts = field(hash=False)
    cause: Texts = field(hash=False)
    solution: Texts = field(hash=False)

    @property
    def patterns(self) -> tuple[re.Pattern[str], ...]:
        """The compiled patterns (cached by ``re``)."""
        return tuple(_compiled(source) for source in self.sources)


@functools.cache
def _compiled(source: str) -> re.Pattern[str]:
    return re.compile(source, re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class EntryMatch:
    """A catalogue entry found in a bounce's text.

    Attributes:
        entry: the matched entry.
        code: the entry's code as printed in the text ("IB212", "4.4.318"), or None.
        evidence: the sentence around the match, at most about 300 characters.
    """

    entry: Entry
    code: str | None
    evidence: str


@dataclass(frozen=True, slots=True)
class _Row:
    """An explanation row: texts for a reply code, status code or reason."""

    title: Texts
    cause: Texts
    solution: Texts
    actor: str | None = None
    permanent: bool | None = None
    label: Texts | None = None


def _pick(texts: Mapping[str, str], lang: str) -> str:
    return texts.get(lang) or texts["en"]


class Catalogue:
    """The loaded catalogue; build it with :func:`load_catalogue`.

    Attributes:
        categories: the seven help-page categories in tab order.
        entries: every help-page row in page order.
    """

    def __init__(
        self,
        categories: tuple[Category, ...],
        entries: tuple[Entry, ...],
        replies: dict[str, _Row],
        statuses: dict[str, _Row],
        reasons: dict[str, _Row],
        actors: dict[str, Texts],
        kinds: dict[str, tuple[Texts, Texts]],
    ) -> None:
        self._all_categories = {c.id: c for c in categories}
        self.categories = tuple(c for c in categories if c.page)
        self.entries = entries
        self._entries = {e.id: e for e in entries}
        self._by_category: dict[str, tuple[Entry, ...]] = {
            c.id: tuple(e for e in entries if e.category == c.id) for c in categories
        }
        # Built on first use: only a matched entry needs its codes looked up.
        self._code_res: dict[str, re.Pattern[str] | None] = {}
        # Built on first match: (entry, compiled pattern, a literal the pattern cannot match
        # without); the substring test skips most searches.
        self._tries: tuple[tuple[Entry, re.Pattern[str], str | None], ...] | None = None
        self._replies = replies
        self._statuses = statuses
        self._reasons = reasons
        self._actors = actors
        self._kinds = kinds

    # -- entries ---------------------------------------------------------------------------

    def entries_in(self, category_id: str) -> tuple[Entry, ...]:
        """Entries of one category in page order (empty for "other" or an unknown id)."""
        return self._by_category.get(category_id, ())

    def entry(self, entry_id: str) -> Entry:
        """The entry with this id; raises KeyError for an unknown id."""
        return self._entries[entry_id]

    def category_title(self, category_id: str, lang: Lang) -> str:
        """Tab title of a category, including the pseudo-category "other"."""
        category = self._all_categories.get(category_id)
        if category is None:
            return category_id
        return _pick(category.title, lang)

    def match(self, text: str) -> EntryMatch | None:
        """Find the first entry (in page order) whose patterns occur in ``text``.

        Args:
            text: a diagnostic line, a pasted fragment or a whole message body.

        Return:
            The entry, the code printed for it and the sentence that matched, or None.
        """
        flat = _SPACE.sub(" ", text).strip()
        if not flat:
            return None
        lower = flat.lower()
        if self._tries is None:
            self._tries = tuple((entry, pattern, _anchor(pattern.pattern))
                                for entry in self.entries for pattern in entry.patterns)
        for entry, pattern, anchor in self._tries:
            if anchor and anchor not in lower:
                continue
            found = pattern.search(flat)
            if found is not None:
                code = self._printed_code(entry, flat)
                return EntryMatch(entry, code, _evidence(flat, found.start(), found.end()))
        return None

    def _printed_code(self, entry: Entry, flat: str) -> str | None:
        if entry.id not in self._code_res:
            self._code_res[entry.id] = _code_regex(entry.codes)
        code_re = self._code_res[entry.id]
        if code_re is not None:
            found = code_re.search(flat)
            if found is not None:
                # Report the spelling the catalogue uses ("IB212", not "ib212").
                printed = found.group(0).upper()
                return next((c for c in entry.codes if c.upper() == printed), printed)
        return entry.codes[0] if len(entry.codes) == 1 else None

    # -- explanations ----------------------------------------------------------------------

    def explain(self, diagnosis: Diagnosis, lang: Lang) -> Explanation:
        """Texts for a diagnosis: its entry's, else the most specific code or reason row.

        Fallback order without an entry: the enhanced status code's own row (not X.0.0), the
        reason (unless undefined/onhold), the status subject row (X.S), the reply code, the
        reply or status class, and finally the "undefined" reason.
        """
        # The engine's records load with the first diagnosis; the window shows the catalogue first.
        from bouncegui.core.model import Explanation

        if diagnosis.entry is not None and diagnosis.entry in self._entries:
            entry = self._entries[diagnosis.entry]
            return Explanation(_pick(entry.title, lang), _pick(entry.cause, lang), _pick(entry.solution, lang), True)
        row = self._fallback_row(diagnosis)
        return Explanation(_pick(row.title, lang), _pick(row.cause, lang), _pick(row.solution, lang), False)

    def _fallback_row(self, diagnosis: Diagnosis) -> _Row:
        status = _STATUS.fullmatch((diagnosis.status or "").strip())
        reply = (diagnosis.reply_code or "").strip()
        reply = reply if _REPLY.fullmatch(reply) else ""
        candidates: list[_Row | None] = []
        if status is not None and (status[2], status[3]) != ("0", "0"):
            candidates.append(self._statuses.get(f"X.{status[2]}.{status[3]}"))
        if diagnosis.reason not in {"undefined", "onhold"}:
            candidates.append(self._reasons.get(diagnosis.reason))
        if status is not None:
            candidates.append(self._statuses.get(f"X.{status[2]}"))
        if reply:
            candidates.append(self._replies.get(reply))
            candidates.append(self._replies.get(f"{reply[0]}xx"))
        if status is not None:
            candidates.append(self._statuses.get(status[1]))
        return next((row for row in candidates if row is not None), self._reasons["undefined"])

    def reply_text(self, reply_code: str, lang: Lang) -> str | None:
        """Title of a reply code's row ("550"), or of its class row, or None."""
        row = self._replies.get(reply_code) or self._replies.get(f"{reply_code[:1]}xx")
        return None if row is None else _pick(row.title, lang)

    def status_text(self, status: str, lang: Lang) -> str | None:
        """Title of an enhanced status code's registry row ("5.1.1" → X.1.1), or None."""
        found = _STATUS.fullmatch(status.strip())
        if found is None:
            return None
        row = self._statuses.get(f"X.{found[2]}.{found[3]}")
        return None if row is None else _pick(row.title, lang)

    # -- labels ----------------------------------------------------------------------------

    def reason_label(self, reason: str, lang: Lang) -> str:
        """Short name of a sisimai reason; an unknown reason is shown as its id."""
        row = self._reasons.get(reason)
        if row is None or row.label is None:
            return reason
        return _pick(row.label, lang)

    def reason_actor(self, reason: str) -> str:
        """Who usually has to act for a reason (the "undefined" reason's actor when unknown)."""
        row = self._reasons.get(reason) or self._reasons["undefined"]
        return row.actor or "sender"

    def actor_label(self, actor: str, lang: Lang) -> str:
        """Label of an actor ("You (the sender)"); an unknown actor is shown as its id."""
        texts = self._actors.get(actor)
        return actor if texts is None else _pick(texts, lang)

    def kind_label(self, kind: str, lang: Lang) -> str:
        """Short label of a report kind ("Bounce", "Automatic reply")."""
        texts = self._kinds.get(kind)
        return kind if texts is None else _pick(texts[0], lang)

    def kind_text(self, kind: str, lang: Lang) -> str:
        """One-line explanation of a report kind."""
        texts = self._kinds.get(kind)
        return "" if texts is None else _pick(texts[1], lang)


def _code_regex(codes: tuple[str, ...]) -> re.Pattern[str] | None:
    if not codes:
        return None
    alternatives = "|".join(re.escape(c) for c in sorted(codes, key=len, reverse=True))
    # A code is a token of its own: "5.4.6" must not be found inside "15.4.61" or "5.4.6.1".
    return re.compile(rf"(?<![\w.])(?:{alternatives})(?![\w]|\.\d)", re.IGNORECASE)


def _evidence(flat: str, start: int, end: int) -> str:
    """The sentence around ``flat[start:end]``, from the reply code that opens it when near."""
    lo = max(0, start - _EVIDENCE_BACK)
    head = flat[lo:start]
    begin = lo
    replies = list(_REPLY_START.finditer(head))
    if replies:
        begin = lo + replies[-1].start()
    else:
        stops = list(_SENTENCE_START.finditer(head))
        if stops:
            begin = lo + stops[-1].end()
        elif lo > 0:
            space = head.find(" ")
            begin = lo + space + 1 if space >= 0 else lo
    if _ENDS_WITH_ID.search(flat[start:end]):
        # The match ends with (or is) the id that closes a reply ("... From. IB501").
        finish = end
    else:
        stop = _SENTENCE_END.search(flat, end)
        finish = len(flat) if stop is None else stop.end()
        trailing = _TRAILING_ID.match(flat, finish)
        if trailing is not None:
            finish = trailing.end()
    if finish - begin > _EVIDENCE_MAX:
        begin = max(begin, min(start, end - _EVIDENCE_MAX))
        finish = min(finish, begin + _EVIDENCE_MAX)
    return flat[begin:finish].strip(" '")


# -- loading ---------------------------------------------------------------------------------


def _texts(data: Any, where: str, name: str) -> Texts:
    value = data.get(name) if isinstance(data, dict) else None
    if not isinstance(value, dict):
        raise ValueError(f"{where}: missing {name}")
    for lang in LANGS:
        text = value.get(lang)
        if not isinstance(text, str) or not text.strip():
            raise ValueError(f"{where}: {name}.{lang} is missing or empty")
    return value


def _row(data: Any, where: str, *, actor: bool = False, label: bool = False) -> _Row:
    if not isinstance(data, dict):
        raise ValueError(f"{where}: not a table")
    who = data.get("actor")
    if actor and who not in ACTORS:
        raise ValueError(f"{where}: unknown actor {who!r}")
    permanent = data.get("permanent")
    if permanent is not None and not isinstance(permanent, bool):
        raise ValueError(f"{where}: permanent must be true or false")
    return _Row(
        _texts(data, where, "title"),
        _texts(data, where, "cause"),
        _texts(data, where, "solution"),
        who if actor else None,
        permanent,
        _texts(data, where, "label") if label else None,
    )


def _entry(data: Any, categories: set[str], reasons: set[str]) -> Entry:
    where = f"entry {data.get('id')!r}"
    if data.get("category") not in categories:
        raise ValueError(f"{where}: unknown category {data.get('category')!r}")
    if data.get("reason") not in reasons:
        raise ValueError(f"{where}: unknown reason {data.get('reason')!r}")
    if data.get("actor") not in ACTORS:
        raise ValueError(f"{where}: unknown actor {data.get('actor')!r}")
    if not isinstance(data.get("permanent"), bool):
        raise ValueError(f"{where}: permanent must be true or false")
    patterns = data.get("patterns")
    if not isinstance(patterns, list) or not patterns:
        raise ValueError(f"{where}: needs at least one pattern")
    if not all(isinstance(p, str) and p for p in patterns):
        raise ValueError(f"{where}: patterns must be non-empty strings")
    codes = data.get("codes")
    if not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
        raise ValueError(f"{where}: codes must be a list of strings")
    server_text = data.get("server_text")
    if not isinstance(server_text, str) or not server_text:
        raise ValueError(f"{where}: server_text is missing")
    return Entry(
        id=str(data["id"]),
        category=data["category"],
        server_text=server_text,
        codes=tuple(codes),
        sources=tuple(patterns),
        reason=data["reason"],
        permanent=data["permanent"],
        actor=data["actor"],
        title=_texts(data, where, "title"),
        cause=_texts(data, where, "cause"),
        solution=_texts(data, where, "solution"),
    )


def _parse(data: dict[str, Any]) -> Catalogue:
    categories = tuple(
        Category(
            id=str(c["id"]),
            title=_texts(c, f"category {c.get('id')!r}", "title"),
            summary=_texts(c, f"category {c.get('id')!r}", "summary"),
            page=bool(c.get("page", True)),
        )
        for c in data.get("category", [])
    )
    category_ids = {c.id for c in categories}
    if OTHER not in category_ids:
        raise ValueError(f"catalogue: category {OTHER!r} is missing")
    reasons = {name: _row(row, f"reason {name!r}", actor=True, label=True) for name, row in data["reason"].items()}
    if "undefined" not in reasons:
        raise ValueError("catalogue: reason 'undefined' is missing")
    entries = tuple(_entry(e, category_ids - {OTHER}, set(reasons)) for e in data.get("entry", []))
    seen: set[str] = set()
    for entry in entries:
        if entry.id in seen:
            raise ValueError(f"entry {entry.id!r}: duplicate id")
        seen.add(entry.id)
    replies = {code: _row(row, f"reply {code!r}") for code, row in data["reply"].items()}
    statuses = {code: _row(row, f"status {code!r}", actor=True) for code, row in data["status"].items()}
    actors = {name: _texts(row, f"actor {name!r}", "label") for name, row in data["actor"].items()}
    missing = set(ACTORS) - set(actors)
    if missing:
        raise ValueError(f"catalogue: actor labels missing for {sorted(missing)}")
    kinds = {
        name: (_texts(row, f"kind {name!r}", "label"), _texts(row, f"kind {name!r}", "text"))
        for name, row in data["kind"].items()
    }
    return Catalogue(categories, entries, replies, statuses, reasons, actors, kinds)


def read_source(path: Path) -> dict[str, Any]:
    """The plain data of a catalogue written in TOML (the compile script and tests)."""
    import tomllib  # the app reads the compiled JSON; parsing TOML took 11 ms of its start

    with path.open("rb") as handle:
        return tomllib.load(handle)


def _read(path: Path, check_patterns: bool) -> Catalogue:
    data = json.loads(path.read_bytes()) if path.suffix == ".json" else read_source(path)
    try:
        catalogue = _parse(data)
    except KeyError as exc:
        raise ValueError(f"{path}: missing table {exc}") from exc
    if check_patterns:
        for entry in catalogue.entries:
            try:
                entry.patterns  # noqa: B018 - compiling is the check
            except re.error as exc:
                raise ValueError(f"entry {entry.id!r}: bad pattern: {exc}") from exc
    return catalogue


@functools.cache
def _default() -> Catalogue:
    # The bundled file's patterns are checked by the test suite; compiling them waits for the
    # first match, so the window can show the catalogue's texts sooner.
    return _read(compiled_catalogue_path(), check_patterns=False)


def load_catalogue(path: Path | None = None) -> Catalogue:
    """Read and check the catalogue; the bundled one is read once and cached.

    Args:
        path: another catalogue file, TOML or compiled JSON (tests); None for the bundled one.

    Return:
        The catalogue; patterns of another file are compiled (and so checked) at once.

    Raises:
        ValueError: when an entry names an unknown category, reason or actor, a text is
            missing in one language, or a pattern does not compile.
    """
    return _default() if path is None else _read(path, check_patterns=True)


_QUANTIFIERS = frozenset("?*+{")
_ESCAPED_LITERALS = frozenset(".()[]{}?*+|^$-:'\"<>@#/ ")


def _anchor(source: str) -> str | None:
    """The longest literal run that every match of the regex *source* contains, lower case.

    Only text outside groups and character classes counts, and a character that a quantifier
    makes optional ends the run; a pattern with a top-level alternation has no anchor.
    """
    runs: list[str] = []
    current: list[str] = []
    depth = 0
    i = 0

    def close() -> None:
        if current:
            runs.append("".join(current))
            current.clear()

    while i < len(source):
        ch = source[i]
        nxt = source[i + 1] if i + 1 < len(source) else ""
        if ch == "\\":
            literal = nxt if nxt in _ESCAPED_LITERALS else None
            step = 2
            if depth == 0 and literal is not None:
                if source[i + 2:i + 3] in _QUANTIFIERS:
                    close()
                else:
                    current.append(literal)
            else:
                close()
            i += step
            continue
        if ch == "(":
            close()
            depth += 1
        elif ch == ")":
            depth -= 1
            close()
        elif ch == "[":
            close()
            end = source.find("]", i + 2)
            i = end if end > 0 else len(source)
        elif ch == "|":
            if depth == 0:
                return None
        elif ch in _QUANTIFIERS or ch in ".^$":
            close()
        elif depth == 0:
            if nxt in _QUANTIFIERS:
                close()
            else:
                current.append(ch)
        i += 1
    close()
    best = max((r.strip() for r in runs), key=len, default="")
    return best.lower() if len(best) >= 3 else None
