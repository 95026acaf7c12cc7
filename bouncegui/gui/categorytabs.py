"""One tab per help-page category plus "Other", each a table titled with how many diagnoses it holds."""

from __future__ import annotations

import math
from itertools import accumulate
from typing import TYPE_CHECKING

from PySide6 import QtGui, QtWidgets
from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QTabBar,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bouncegui.core.catalogue import OTHER, Catalogue
from bouncegui.gui import texts
from bouncegui.gui.i18n import Lang
from bouncegui.gui.models import CatalogueFilter, CategoryModel

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent
    from PySide6.QtWidgets import QStyleOptionViewItem

    from bouncegui.core.model import Diagnosis
    from bouncegui.gui.tabpadding import TabPaddingStyle

# Horizontal padding of a tab, in pixels, below which the tab bar scrolls rather than pads less.
MIN_TAB_PADDING = 6
# Size of the count beside a tab's title, relative to the title's font.
COUNT_FONT_SCALE = 0.8


class WrappedTextDelegate(QStyledItemDelegate):
    """Size hints tall enough for the style to paint every wrapped line.

    WORKAROUND: the style's hint adds up the heights of the wrapped lines, but when painting it
    stops, eliding, where the next line "assumed to be as tall as the current one" would not fit
    (viewItemTextLayout in qcommonstyle.cpp). Where Japanese and Latin text mix, lines differ in
    height, and a row sized to the hint showed "... rejected: User …" instead of
    "... rejected: User unknown in virtual mailbox table".
    """

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        # QtGui.X, QtWidgets.X: Qt sets up a class's enums when the class is first named, and these
        # are first needed after the window's first paint.
        size = super().sizeHint(option, index)
        view = QtWidgets.QStyleOptionViewItem(option)
        self.initStyleOption(view, index)
        style = view.widget.style() if view.widget is not None else QApplication.style()
        margin = style.pixelMetric(QtWidgets.QStyle.PixelMetric.PM_FocusFrameHMargin, view, view.widget) + 1
        if not view.text or view.rect.width() <= 2 * margin:
            return size
        layout = QtGui.QTextLayout(view.text, view.font)
        wrap = QtGui.QTextOption()
        wrap.setWrapMode(QtGui.QTextOption.WrapMode.WordWrap)
        layout.setTextOption(wrap)
        heights = []
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(view.rect.width() - 2 * margin)
            heights.append(line.height())
        layout.endLayout()
        total = sum(heights)
        # Before each line but the last, the style checks that one more line of its height fits;
        # one pixel more, found by measuring with Fusion, is what it takes where heights differ.
        needed = max([total, *(end + h for end, h in zip(accumulate(heights[:-1]), heights, strict=False))])
        size.setHeight(size.height() + math.ceil(needed) - math.ceil(total) + 1)
        return size


class CatalogueTable(QTableView):
    """A wrapped-text table whose rows grow to fit their text (and stay resizable by hand)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setItemDelegate(WrappedTextDelegate(self))
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

        A tab can hold hundreds of rows after a batch, and fitting one asks every
        cell for its wrapped size, so only what is visible is fitted.
        """
        # Rows that grow push the selected row down, maybe out of view: keep it in view if it was.
        current = self.currentIndex()
        # Not viewport().height(): the viewport's C++ class is private, and PySide, to wrap it,
        # first sets up every QtWidgets class (70 enums, 9 ms). The columns stretch, so there
        # is never a horizontal scroll bar and this is the viewport's height.
        height = self.maximumViewportSize().height()
        keep = current.isValid() and 0 <= self.rowViewportPosition(current.row()) < height
        row = max(self.rowAt(0), 0)
        while row < self.model().rowCount() and self.rowViewportPosition(row) < height:
            self.resizeRowToContents(row)
            row += 1
        if keep:
            self.scrollTo(current)

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
    """The help page as tabs: each category's entries, matched rows highlighted, then the
    category's diagnoses that matched no entry; beside each title, how many diagnoses it holds.

    All eight tabs show at once at the default window size. The Japanese titles are the help
    page's own and long ("リモートブロックリスト(RBL)のバウンス"): with a count in the title, in
    the style's padding, they needed 1,363 px. So the title stays exactly the page's, the count
    sits beside it in a smaller font (a label as the tab's button), and where the tabs would not
    fit otherwise their padding narrows, down to MIN_TAB_PADDING; only then does the bar scroll.
    Titles are never elided.

    A tab's table is built when the tab is first shown (or asked for with ``table()``): eight
    tables took 9 ms of start-up, and most users look at one or two tabs.
    """

    def __init__(self, catalogue: Catalogue, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("categoryTabs")
        self.setDocumentMode(True)
        self.setUsesScrollButtons(True)
        self.setElideMode(Qt.TextElideMode.ElideNone)
        bar = self.tabBar()
        bar.setObjectName("categoryTabBar")
        # Made when the tabs first need less than the style's padding to fit (see fit_tabs).
        self._tab_style: TabPaddingStyle | None = None
        # Tabs are fitted once the layout has given this widget its size.
        self._sized = False
        self._ids = [c.id for c in catalogue.categories] + [OTHER]
        self._models = {category: CategoryModel(catalogue, category, lang, self) for category in self._ids}
        self._filters: dict[str, CatalogueFilter] = {}
        self._tables: dict[str, CatalogueTable] = {}
        self._counts: dict[str, QLabel] = {}
        # Tabs whose title lags behind their count. Setting a tab's text lays out the tab bar and
        # repaints the table below it, so during a batch titles catch up a few times a second,
        # not once per file.
        self._stale: set[str] = set()
        self._held = False
        self._titles = QTimer(self)
        self._titles.setObjectName("tabTitlesTimer")
        self._titles.setSingleShot(True)
        self._titles.setInterval(250)
        self._titles.timeout.connect(self.show_counts)
        for category in self._ids:
            proxy = CatalogueFilter(self)
            proxy.setSourceModel(self._models[category])
            self._filters[category] = proxy
            page = QWidget(self)
            page.setObjectName(f"categoryPage_{category}")
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self.addTab(page, "")
            count = QLabel(bar)
            count.setObjectName(f"tabCount_{category}")
            count.setTextFormat(Qt.TextFormat.PlainText)
            font = count.font()
            if font.pointSizeF() > 0:
                font.setPointSizeF(font.pointSizeF() * COUNT_FONT_SCALE)
            else:
                font.setPixelSize(max(1, round(font.pixelSize() * COUNT_FONT_SCALE)))
            count.setFont(font)
            count.hide()
            self._counts[category] = count
        self.retranslate_ui()
        self.table(self._ids[self.currentIndex()])
        self.currentChanged.connect(self.build_table)

    def table(self, category: str) -> CatalogueTable:
        """The table of a category's tab, built on first use."""
        table = self._tables.get(category)
        if table is None:
            page = self.widget(self._ids.index(category))
            table = CatalogueTable(page)
            table.setObjectName(f"categoryTable_{category}")
            table.setModel(self._filters[category])
            table.pause_fitting(self._held)
            self._tables[category] = table
            self._name_table(category)
            page.layout().addWidget(table)
        return table

    @Slot(int)
    def build_table(self, index: int) -> None:
        """Build the table of a tab about to show."""
        if 0 <= index < len(self._ids):
            self.table(self._ids[index])

    def _name_table(self, category: str) -> None:
        self._tables[category].setAccessibleName(
            self.tr("{title}: bounce errors, causes and solutions").format(title=texts.category_title(category))
        )

    def retranslate_ui(self) -> None:
        self._stale.update(self._ids)
        self.show_counts()
        for category in self._tables:
            self._name_table(category)

    @Slot()
    def show_counts(self) -> None:
        """Bring the titles and counts of tabs whose count changed up to date."""
        bar = self.tabBar()
        for category in self._stale:
            position = self._ids.index(category)
            title = texts.tab_title(category)
            count = self.diagnosis_count(category)
            label = self._counts[category]
            label.setText(str(count))
            label.resize(label.sizeHint())
            shown = bar.tabButton(position, QTabBar.ButtonPosition.RightSide) is label
            if shown != bool(count):
                bar.setTabButton(position, QTabBar.ButtonPosition.RightSide, label if count else None)
            self.setTabText(position, title)
            with_count = self.tr("{title} ({count})").format(title=title, count=count) if count else title
            bar.setAccessibleTabName(position, with_count)
            tip = self.tr("%n recipient(s) in this session", "", count)
            self.setTabToolTip(position, f"{texts.category_title(category)}\n{tip}")
        self._stale.clear()
        self.fit_tabs(force=True)

    def fit_tabs(self, force: bool = False) -> None:
        """Pad tabs as the style does when all fit across, less when not (down to MIN_TAB_PADDING).

        Args:
            force: lay the tabs out again even if the padding stays (counts changed width).
        """
        bar = self.tabBar()
        if not bar.count() or not self._sized:
            return
        if self._tab_style is None:
            if sum(bar.tabSizeHint(i).width() for i in range(bar.count())) <= self.width():
                return
            from bouncegui.gui.tabpadding import TabPaddingStyle

            self._tab_style = TabPaddingStyle(bar.style().name())
            self._tab_style.setParent(bar)  # a widget does not own its style
            bar.setStyle(self._tab_style)
        current, natural = self._paddings()
        content = sum(bar.tabSizeHint(i).width() - current for i in range(bar.count()))
        padding = max(MIN_TAB_PADDING, min(natural, (self.width() - content) // bar.count()))
        if padding == current and not force:
            return
        self._tab_style.padding = padding
        # Lays the tabs out again (QTabBar has no other public way to), with eliding kept off.
        bar.setElideMode(Qt.TextElideMode.ElideNone)

    def _paddings(self) -> tuple[int, int]:
        """The tabs' padding now and the style's own. Until the tabs first narrow the two are the
        same, and (0, 0) stands for them: callers use only their difference."""
        if self._tab_style is None:
            return 0, 0
        bar = self.tabBar()
        metric = QtWidgets.QStyle.PixelMetric.PM_TabBarTabHSpace
        return bar.style().pixelMetric(metric, None, bar), self._tab_style.baseStyle().pixelMetric(metric, None, bar)

    def roomy_width(self, digits: int = 3) -> int:
        """The width at which every tab, its count ``digits`` long, keeps the style's own padding."""
        bar = self.tabBar()
        current, natural = self._paddings()
        # QTabBar puts 4 px between a tab's text and its button.
        count = self._counts[OTHER].fontMetrics().horizontalAdvance("8" * digits) + 4
        return sum(
            bar.tabSizeHint(i).width() - current + natural + (0 if self.tab_count_text(category) else count)
            for i, category in enumerate(self._ids)
        )

    def tab_count_text(self, category: str) -> str:
        """The count shown beside a tab's title ("" when none is shown; for tests and screenshots)."""
        label = self._counts[category]
        position = self._ids.index(category)
        return label.text() if self.tabBar().tabButton(position, QTabBar.ButtonPosition.RightSide) is label else ""

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._sized = True
        self.fit_tabs()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_language(self, lang: Lang) -> None:
        """Show the catalogue's texts in ``lang``."""
        for model in self._models.values():
            model.set_language(lang)

    def diagnosis_count(self, category: str) -> int:
        """Diagnoses of this session listed in a tab, matched or not."""
        return self._models[category].count()

    def tab_of(self, diagnosis: Diagnosis) -> str:
        """The tab that lists ``diagnosis``: its category's, matched or not ("other" for an unknown id)."""
        return diagnosis.category if diagnosis.category in self._models else OTHER

    def add_diagnoses(self, diagnoses: list[Diagnosis]) -> None:
        """Count diagnoses in their tabs (highlighting matched rows, adding groups) and update the titles."""
        for diagnosis in diagnoses:
            tab = self.tab_of(diagnosis)
            self._models[tab].add(diagnosis)
            self._stale.add(tab)
        if not self._held:
            self.show_counts()
        elif not self._titles.isActive():
            self._titles.start()

    def hold_layout(self, held: bool) -> None:
        """While a batch streams in, fit no rows (see CatalogueTable) and update titles a few
        times a second; releasing catches up at once."""
        self._held = held
        for table in self._tables.values():
            table.pause_fitting(held)
        if not held:
            self._titles.stop()
            self.show_counts()

    def clear_matches(self) -> None:
        for model in self._models.values():
            model.clear_matches()
        self.retranslate_ui()

    @Slot(str)
    def set_filter(self, text: str) -> None:
        """Keep, in every tab, only rows containing every word of ``text``."""
        for proxy in self._filters.values():
            proxy.set_words(text)

    def show_diagnosis(self, diagnosis: Diagnosis) -> bool:
        """Make the diagnosis's tab current and select its entry's or group's row; False when the filter hides it."""
        tab = self.tab_of(diagnosis)
        row = self._models[tab].row_of(diagnosis)
        source = self._models[tab].index(row, 0) if row is not None else QModelIndex()
        self.setCurrentIndex(self._ids.index(tab))
        table = self.table(tab)
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
        table = self.table(category)
        rows = table.selectionModel().selectedRows()
        if not rows:
            return None
        return self._filters[category].mapToSource(rows[0]).row()

    def visible_rows(self, category: str) -> int:
        """Rows the filter leaves in a tab."""
        return self._filters[category].rowCount()
