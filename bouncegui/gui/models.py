"""View models: the catalogue tables, the "Other" table, the session list and the filter."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from pathlib import PurePath
from typing import Any

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
from bouncegui.core.model import Diagnosis, Report
from bouncegui.gui import texts
from bouncegui.gui.i18n import LANGUAGES, Lang

Index = QModelIndex | QPersistentModelIndex

# Text the filter searches: codes and texts in every language, folded.
SearchRole = Qt.ItemDataRole.UserRole
# The catalogue entry id of a row (CatalogueModel).
EntryIdRole = Qt.ItemDataRole.UserRole + 1
# The Report of a row (SessionModel).
ReportRole = Qt.ItemDataRole.UserRole + 2

COL_ERROR, COL_CAUSE, COL_SOLUTION = range(3)
COL_SOURCE, COL_CATEGORY, COL_RECIPIENT = range(3)


def fold(text: str) -> str:
    """Normalise for searching: full-width "５５２" finds "552", case is ignored."""
    return unicodedata.normalize("NFKC", text).casefold()


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


class CatalogueModel(QAbstractTableModel):
    """The rows of one help-page category, and how often each matched in this session."""

    def __init__(self, catalogue: Catalogue, category: str, lang: Lang, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: tuple[Entry, ...] = catalogue.entries_in(category)
        self._rows = {entry.id: row for row, entry in enumerate(self._entries)}
        self._lang: Lang = lang
        self._matches: dict[str, int] = {}
        self._search = [
            fold(
                " ".join(
                    (e.server_text, *e.codes, *(t[lang] for lang in LANGUAGES for t in (e.title, e.cause, e.solution)))
                )
            )
            for e in self._entries
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(texts.CATALOGUE_COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        matched = self._matches.get(entry.id, 0)
        if role == Qt.ItemDataRole.DisplayRole:
            return (entry.server_text, entry.cause[self._lang], entry.solution[self._lang])[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            if matched:
                return self.tr("Matched %n time(s) in this session", "", matched)
            return entry.title[self._lang]
        if role == Qt.ItemDataRole.BackgroundRole and matched:
            return match_background()
        if role == Qt.ItemDataRole.FontRole and matched:
            return _bold()
        if role == SearchRole:
            return self._search[index.row()]
        if role == EntryIdRole:
            return entry.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _header(texts.CATALOGUE_COLUMNS, section, "CatalogueColumn")
        return None

    def set_language(self, lang: Lang) -> None:
        """Show causes and solutions in ``lang`` and re-read the translated headers."""
        self._lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        self._changed(0, self.rowCount() - 1)

    def add_match(self, entry_id: str) -> int | None:
        """Count one match of ``entry_id``; return its row, or None when it is not in this tab."""
        row = self._rows.get(entry_id)
        if row is not None:
            self._matches[entry_id] = self._matches.get(entry_id, 0) + 1
            self._changed(row, row)
        return row

    def clear_matches(self) -> None:
        self._matches.clear()
        self._changed(0, self.rowCount() - 1)

    def match_count(self) -> int:
        return sum(self._matches.values())

    def row_of(self, entry_id: str) -> int | None:
        return self._rows.get(entry_id)

    def _changed(self, first: int, last: int) -> None:
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))


class OtherModel(QAbstractTableModel):
    """Diagnoses that matched no help-page entry, one row per distinct code and reason.

    Grouping keeps the tab readable after a drop of thousands of files: the same
    "550 5.1.1 user unknown" from three hundred messages is one row explained once.
    """

    def __init__(self, catalogue: Catalogue, lang: Lang, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._lang: Lang = lang
        self._rows: list[Diagnosis] = []
        self._counts: list[int] = []
        self._keys: dict[tuple[str, str, str], int] = {}
        self._search: list[str] = []

    @staticmethod
    def key(diagnosis: Diagnosis) -> tuple[str, str, str]:
        return (diagnosis.reason, diagnosis.status or "", diagnosis.reply_code or "")

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(texts.CATALOGUE_COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        diagnosis = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == COL_ERROR:
                return bounce_line(diagnosis)
            explanation = self._catalogue.explain(diagnosis, self._lang)
            return explanation.cause if index.column() == COL_CAUSE else explanation.solution
        if role == Qt.ItemDataRole.ToolTipRole:
            count = self._counts[index.row()]
            return self.tr("Matched %n time(s) in this session", "", count)
        if role == SearchRole:
            return self._search[index.row()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _header(texts.CATALOGUE_COLUMNS, section, "CatalogueColumn")
        return None

    def set_language(self, lang: Lang) -> None:
        self._lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))

    def add_match(self, diagnosis: Diagnosis) -> int:
        """Count ``diagnosis`` in its group, adding the group when new; return the group's row."""
        key = self.key(diagnosis)
        row = self._keys.get(key)
        if row is not None:
            self._counts[row] += 1
            return row
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(diagnosis)
        self._counts.append(1)
        self._keys[key] = row
        explanations = [self._catalogue.explain(diagnosis, lang) for lang in LANGUAGES]
        self._search.append(
            fold(" ".join([bounce_line(diagnosis), *(f"{e.title} {e.cause} {e.solution}" for e in explanations)]))
        )
        self.endInsertRows()
        return row

    def row_of(self, diagnosis: Diagnosis) -> int | None:
        return self._keys.get(self.key(diagnosis))

    def match_count(self) -> int:
        return sum(self._counts)

    def clear_matches(self) -> None:
        self.beginResetModel()
        self._rows.clear()
        self._counts.clear()
        self._keys.clear()
        self._search.clear()
        self.endResetModel()


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
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_SOURCE:
            return report.source
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == COL_SOURCE:
            return source_name(report.source)
        if index.column() == COL_CATEGORY:
            return report_category(report, self._catalogue, self._lang)
        return ", ".join(d.address for d in report.recipients if d.address)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _header(texts.SESSION_COLUMNS, section, "SessionColumn")
        return None

    def set_language(self, lang: Lang) -> None:
        self._lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._reports:
            last = len(self._reports) - 1
            self.dataChanged.emit(self.index(0, COL_CATEGORY), self.index(last, COL_CATEGORY))

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
