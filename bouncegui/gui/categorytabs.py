"""One tab per help-page category plus "Other", each a table titled with its match count."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QTimer, Slot
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTabWidget, QWidget

from bouncegui.core.catalogue import OTHER, Catalogue
from bouncegui.core.model import Diagnosis
from bouncegui.gui import texts
from bouncegui.gui.i18n import Lang
from bouncegui.gui.models import CatalogueFilter, CatalogueModel, OtherModel


class CatalogueTable(QTableView):
    """A wrapped-text table whose rows grow to fit their text (and stay resizable by hand)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setTabKeyNavigation(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setHighlightSections(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Fitting rows is costly with wrapped text: coalesce bursts (a batch, a resize) into one pass.
        self._fit = QTimer(self)
        self._fit.setObjectName("fitRowsTimer")
        self._fit.setSingleShot(True)
        self._fit.setInterval(50)
        self._fit.timeout.connect(self.fit_visible_rows)
        self.horizontalHeader().sectionResized.connect(self.fit_rows_later)
        self.verticalScrollBar().valueChanged.connect(self.fit_rows_later)
        self._paused = False

    def setModel(self, model: CatalogueFilter) -> None:  # type: ignore[override]
        super().setModel(model)
        for signal in (model.dataChanged, model.rowsInserted, model.modelReset, model.layoutChanged):
            signal.connect(self.fit_rows_later)
        self.fit_rows_later()

    @Slot()
    def fit_rows_later(self) -> None:
        if not self._paused and not self._fit.isActive():
            self._fit.start()

    @Slot()
    def fit_visible_rows(self) -> None:
        """Fit the rows in view to their text; rows scrolled into view are fitted then.

        The "Other" tab can hold hundreds of rows after a batch, and fitting one asks every
        cell for its wrapped size, so only what is visible is fitted.
        """
        first = max(self.rowAt(0), 0)
        row = first
        while row < self.model().rowCount() and self.rowViewportPosition(row) < self.viewport().height():
            self.resizeRowToContents(row)
            row += 1

    def pause_fitting(self, paused: bool) -> None:
        """Hold row fitting while a batch streams in (each pass asks every cell for its size,
        contending with the worker for the GIL); resuming fits once."""
        self._paused = paused
        if not paused:
            self.fit_rows_later()

    def resizeEvent(self, event: QEvent) -> None:  # type: ignore[override]
        super().resizeEvent(event)
        self.fit_rows_later()


class CategoryTabs(QTabWidget):
    """The help page as tabs: each category's entries, matched rows highlighted and counted.

    Attributes:
        tables: the table of each category id, in tab order ("other" last).
    """

    def __init__(self, catalogue: Catalogue, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("categoryTabs")
        self.setDocumentMode(True)
        self.setUsesScrollButtons(True)
        self._ids = [c.id for c in catalogue.categories] + [OTHER]
        self._models: dict[str, CatalogueModel] = {
            c.id: CatalogueModel(catalogue, c.id, lang, self) for c in catalogue.categories
        }
        self._other = OtherModel(catalogue, lang, self)
        self._filters: dict[str, CatalogueFilter] = {}
        self.tables: dict[str, CatalogueTable] = {}
        for category in self._ids:
            proxy = CatalogueFilter(self)
            proxy.setSourceModel(self._other if category == OTHER else self._models[category])
            table = CatalogueTable(self)
            table.setObjectName(f"categoryTable_{category}")
            table.setModel(proxy)
            self._filters[category] = proxy
            self.tables[category] = table
            self.addTab(table, "")
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for position, category in enumerate(self._ids):
            title = texts.tab_title(category)
            count = self._count(category)
            self.setTabText(position, self.tr("{title} ({count})").format(title=title, count=count) if count else title)
            tip = self.tr("%n match(es) in this session", "", count)
            self.setTabToolTip(position, f"{texts.category_title(category)}\n{tip}")
            self.tables[category].setAccessibleName(
                self.tr("{title}: bounce errors, causes and solutions").format(title=texts.category_title(category))
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_language(self, lang: Lang) -> None:
        """Show the catalogue's texts in ``lang``."""
        for model in self._models.values():
            model.set_language(lang)
        self._other.set_language(lang)

    def _count(self, category: str) -> int:
        model = self._other if category == OTHER else self._models[category]
        return model.match_count()

    def tab_of(self, diagnosis: Diagnosis) -> str:
        """The tab that lists ``diagnosis``: its entry's category, else "other"."""
        model = self._models.get(diagnosis.category)
        if diagnosis.entry is not None and model is not None and model.row_of(diagnosis.entry) is not None:
            return diagnosis.category
        return OTHER

    def add_diagnoses(self, diagnoses: list[Diagnosis]) -> None:
        """Count matches, highlighting their rows, and update the tab titles."""
        for diagnosis in diagnoses:
            tab = self.tab_of(diagnosis)
            if tab == OTHER:
                self._other.add_match(diagnosis)
            else:
                self._models[tab].add_match(diagnosis.entry or "")
        self.retranslate_ui()

    def pause_fitting(self, paused: bool) -> None:
        """Hold or resume fitting rows to their text in every tab (see CatalogueTable)."""
        for table in self.tables.values():
            table.pause_fitting(paused)

    def clear_matches(self) -> None:
        for model in self._models.values():
            model.clear_matches()
        self._other.clear_matches()
        self.retranslate_ui()

    @Slot(str)
    def set_filter(self, text: str) -> None:
        """Keep, in every tab, only rows containing every word of ``text``."""
        for proxy in self._filters.values():
            proxy.set_words(text)

    def show_diagnosis(self, diagnosis: Diagnosis) -> bool:
        """Make the diagnosis's tab current and select its row; False when the filter hides it."""
        tab = self.tab_of(diagnosis)
        if tab == OTHER:
            row = self._other.row_of(diagnosis)
            source = self._other.index(row, 0) if row is not None else QModelIndex()
        else:
            row = self._models[tab].row_of(diagnosis.entry or "")
            source = self._models[tab].index(row, 0) if row is not None else QModelIndex()
        self.setCurrentIndex(self._ids.index(tab))
        table = self.tables[tab]
        index = self._filters[tab].mapFromSource(source)
        if not index.isValid():
            table.clearSelection()
            return False
        table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        table.scrollTo(index)
        return True

    def selected_entry_row(self, category: str) -> int | None:
        """Source row selected in a tab's table, or None (for tests and screen readers)."""
        table = self.tables[category]
        rows = table.selectionModel().selectedRows()
        if not rows:
            return None
        return self._filters[category].mapToSource(rows[0]).row()

    def visible_rows(self, category: str) -> int:
        """Rows the filter leaves in a tab."""
        return self._filters[category].rowCount()
