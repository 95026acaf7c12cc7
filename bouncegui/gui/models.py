"""View models: the category tables (catalogue rows and unmatched diagnoses), the session list and the filter."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from bouncegui.core.catalogue import Catalogue, Entry
from bouncegui.core.notices import translate
from bouncegui.gui import texts
from bouncegui.gui.i18n import LANGUAGES, Lang

if TYPE_CHECKING:
    from bouncegui.core.model import Diagnosis, Explanation, Report

Index = QModelIndex | QPersistentModelIndex

# Text the filter searches: codes and texts in every language, folded.
SearchRole = Qt.ItemDataRole.UserRole
# The catalogue entry id of a row (CategoryModel; None on a row of unmatched diagnoses).
EntryIdRole = Qt.ItemDataRole.UserRole + 1
# The Report of a row (SessionModel).
ReportRole = Qt.ItemDataRole.UserRole + 2

COL_ERROR, COL_CAUSE, COL_SOLUTION = range(3)
COL_SOURCE, COL_CATEGORY, COL_RECIPIENT = range(3)


def fold(text: str) -> str:
    """Normalise for searching: full-width "５５２" finds "552", case is ignored."""
    return unicodedata.normalize("NFKC", text).casefold()


def plain_tooltip(text: str) -> str:
    """Tooltip markup that shows ``text`` literally.

    Qt renders a tooltip as rich text whenever it looks like markup (``Qt.mightBeRichText``), and
    file names and bounce text are attacker-supplied: "<img src=...>.eml" is a valid file name.
    """
    from html import escape  # with html.entities' tables, loaded at the first tooltip, not at start-up

    return f"<p style='white-space:pre-wrap'>{escape(text)}</p>"


def match_background() -> QColor:
    """Row highlight derived from the palette, so it reads in light and dark themes alike."""
    colour = QColor(QGuiApplication.palette().color(QPalette.ColorRole.Highlight))
    colour.setAlpha(80)
    return colour


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def _header(columns: tuple[str, ...], section: int, context: str) -> str:
    return QCoreApplication.translate(context, columns[section])


class CategoryModel(QAbstractTableModel):
    """One tab: the help page's rows of a category, then this session's diagnoses that matched none.

    The catalogue rows come first and never change; a matched one is highlighted. Below them,
    diagnoses of the category that matched no entry are grouped by reason and codes, one row
    per group: the same "550 5.1.1 user unknown" from three hundred messages is one row
    explained once, so the tab stays readable after a drop of thousands of files. The "Other"
    tab is this model without catalogue rows.
    """

    def __init__(self, catalogue: Catalogue, category: str, lang: Lang, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: tuple[Entry, ...] = catalogue.entries_in(category)
        self._entry_rows = {entry.id: row for row, entry in enumerate(self._entries)}
        self._catalogue = catalogue
        self._lang: Lang = lang
        # Per row, catalogue rows then groups: how many diagnoses of this session it holds.
        self._counts = [0] * len(self._entries)
        # Per group: its first diagnosis, and that diagnosis explained in every language.
        self._groups: list[Diagnosis] = []
        self._explained: list[dict[Lang, Explanation]] = []
        self._group_rows: dict[tuple[str, str, str], int] = {}
        self._search = [
            fold(
                " ".join(
                    (e.server_text, *e.codes, *(t[lang] for lang in LANGUAGES for t in (e.title, e.cause, e.solution)))
                )
            )
            for e in self._entries
        ]

    @staticmethod
    def key(diagnosis: Diagnosis) -> tuple[str, str, str]:
        return (diagnosis.reason, diagnosis.status or "", diagnosis.reply_code or "")

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._counts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(texts.CATALOGUE_COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = index.row()
        count = self._counts[row]
        if role == SearchRole:
            return self._search[row]
        if row >= len(self._entries):
            return self._group_data(row - len(self._entries), index.column(), role, count)
        entry = self._entries[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return (entry.server_text, entry.cause[self._lang], entry.solution[self._lang])[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            if count:
                return self.tr("Matched %n time(s) in this session", "", count)
            return entry.title[self._lang]
        if role == Qt.ItemDataRole.BackgroundRole and count:
            return match_background()
        if role == Qt.ItemDataRole.FontRole and count:
            return _bold()
        if role == EntryIdRole:
            return entry.id
        return None

    def _group_data(self, group: int, column: int, role: int, count: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_ERROR:
                return self.tr("No help-page entry: {bounce}").format(bounce=bounce_line(self._groups[group]))
            explanation = self._explained[group][self._lang]
            return explanation.cause if column == COL_CAUSE else explanation.solution
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Seen %n time(s) in this session; no entry of the help page matched", "", count)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _header(texts.CATALOGUE_COLUMNS, section, "CatalogueColumn")
        return None

    def set_language(self, lang: Lang) -> None:
        """Show every row in ``lang`` and re-read the translated headers and markers."""
        self._lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        self._changed(0, self.rowCount() - 1)

    def add(self, diagnosis: Diagnosis) -> int:
        """Count ``diagnosis`` on its entry's row, else in its group (added when new); return the row."""
        row = self.row_of(diagnosis)
        if row is None:
            row = self.rowCount()
            explained = {lang: self._catalogue.explain(diagnosis, lang) for lang in LANGUAGES}
            self.beginInsertRows(QModelIndex(), row, row)
            self._counts.append(0)
            self._groups.append(diagnosis)
            self._explained.append(explained)
            self._group_rows[self.key(diagnosis)] = row
            words = [bounce_line(diagnosis), *(f"{e.title} {e.cause} {e.solution}" for e in explained.values())]
            self._search.append(fold(" ".join(words)))
            self.endInsertRows()
        self._counts[row] += 1
        if self._counts[row] == 1 and row < len(self._entries):
            self._changed(row, row)  # its highlight appears
        return row

    def row_of(self, diagnosis: Diagnosis) -> int | None:
        """The row of the diagnosis's entry, else of its group; None when neither is here."""
        row = self._entry_rows.get(diagnosis.entry or "")
        return row if row is not None else self._group_rows.get(self.key(diagnosis))

    def count(self) -> int:
        """Diagnoses of this session in this tab, matched or not."""
        return sum(self._counts)

    def clear_matches(self) -> None:
        """Back to the help page's rows, none highlighted."""
        first = len(self._entries)
        if self._groups:
            self.beginRemoveRows(QModelIndex(), first, self.rowCount() - 1)
            del self._counts[first:], self._search[first:]
            self._groups.clear()
            self._explained.clear()
            self._group_rows.clear()
            self.endRemoveRows()
        self._counts = [0] * first
        self._changed(0, first - 1)

    def _changed(self, first: int, last: int) -> None:
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))


def bounce_line(diagnosis: Diagnosis) -> str:
    """What the server said, as one line: the diagnostic, else the evidence, else the codes."""
    text = diagnosis.diagnostic or diagnosis.evidence
    if text:
        return text
    return " ".join(c for c in (diagnosis.reply_code, diagnosis.status) if c) or diagnosis.reason


class SessionModel(QAbstractTableModel):
    """The messages analysed in this session, in the order they were read."""

    def __init__(self, catalogue: Catalogue, lang: Lang, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._lang: Lang = lang
        self._reports: list[Report] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._reports)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(texts.SESSION_COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        report = self._reports[index.row()]
        if role == ReportRole:
            return report
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(report)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == COL_SOURCE:
            return source_name(report.source)
        if index.column() == COL_CATEGORY:
            if report.error:
                return self.tr("{kind}: {error}").format(
                    kind=self._catalogue.kind_label(report.kind, self._lang), error=translate(report.error, self._lang)
                )
            return report_category(report, self._catalogue, self._lang)
        return ", ".join(d.address for d in report.recipients if d.address)

    def _tooltip(self, report: Report) -> str:
        """The whole path, then the report's error and the engine's notes (limits reached)."""
        lines = [report.source]
        if report.error:
            lines.append(translate(report.error, self._lang))
        lines.extend(translate(note, self._lang) for note in report.notes)
        return plain_tooltip("\n".join(lines))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _header(texts.SESSION_COLUMNS, section, "SessionColumn")
        return None

    def set_language(self, lang: Lang) -> None:
        self._lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._reports:
            last = len(self._reports) - 1
            self.dataChanged.emit(self.index(0, 0), self.index(last, self.columnCount() - 1))

    def add_reports(self, reports: Iterable[Report]) -> None:
        new = list(reports)
        if not new:
            return
        first = len(self._reports)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self._reports.extend(new)
        self.endInsertRows()

    def reports(self) -> list[Report]:
        return list(self._reports)

    def clear(self) -> None:
        self.beginResetModel()
        self._reports.clear()
        self.endResetModel()


def source_name(source: str) -> str:
    """The file name of a source ("DIR/x.eml" → "x.eml", "box.mbox#3" stays); a paste says so."""
    if source == "-":
        return QCoreApplication.translate("SessionModel", "Pasted text")
    return PurePath(source).name or source


def report_category(report: Report, catalogue: Catalogue, lang: Lang) -> str:
    """The tab of a report's first recipient, or its kind when it holds no failure."""
    if report.recipients and report.kind in ("bounce", "delay"):
        return texts.category_title(report.recipients[0].category)
    return catalogue.kind_label(report.kind, lang)


class CatalogueFilter(QSortFilterProxyModel):
    """Keeps rows whose codes or texts (in either language) contain every word typed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()

    def set_words(self, text: str) -> None:
        self.beginFilterChange()
        self._words = tuple(fold(text).split())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        haystack = model.data(model.index(source_row, 0, source_parent), SearchRole) or ""
        return all(word in haystack for word in self._words)
