"""The main window: composes the input, summary, session list and tabs, and wires their signals."""

from __future__ import annotations

import gc
import time
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

# QtWidgets.QFileDialog is named where a dialog opens: Qt sets up a class's enums when Python first
# names it, and start-up need not wait for the file dialog's.
from PySide6 import QtWidgets
from PySide6.QtCore import QEvent, QItemSelection, QSize, Qt, QThreadPool, Slot
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bouncegui.core import load_catalogue
from bouncegui.gui import i18n, settings, texts
from bouncegui.gui.categorytabs import CategoryTabs
from bouncegui.gui.detailview import DiagnosisView
from bouncegui.gui.dropzone import DropZone, carries_local_files, paths_from_mime
from bouncegui.gui.i18n import LANGUAGE_NAMES, Lang
from bouncegui.gui.models import ReportRole, SessionModel

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent

    from bouncegui.core.model import Report
    from bouncegui.gui.errordialog import ErrorDialog
    from bouncegui.gui.notedialog import NoteDialog
    from bouncegui.gui.worker import DiagnoseWorker

# Reports added to the session from one paste.
PASTE_SOURCE = "-"
# Seconds between progress updates. QProgressBar.setValue() repaints at once, and with it every
# region of the window waiting to be painted; once per file, that was half the GUI thread's work.
PROGRESS_INTERVAL = 0.1
# Size of the window at first start; wider where the screen has room for the tabs' counts.
DEFAULT_SIZE = QSize(1200, 800)


class MainWindow(QMainWindow):
    """The bounce troubleshooter's window.

    Attributes:
        catalogue: the help page's entries and explanations.
        session: every report read in this session.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self.catalogue = load_catalogue()
        self._lang: Lang = i18n.current_language()
        self._workers: list[DiagnoseWorker] = []
        self._select_next = False
        self._progress_shown = 0.0
        self._error_dialog: ErrorDialog | None = None

        self.drop_zone = DropZone(self)
        self.summary = DiagnosisView(self)
        self.session = SessionModel(self.catalogue, self._lang, self)
        self.session_view = QTableView(self)
        self.session_view.setObjectName("sessionList")
        self.session_view.setModel(self.session)
        self.session_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.session_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.session_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.session_view.setTabKeyNavigation(False)
        self.session_view.setWordWrap(False)
        self.session_view.verticalHeader().hide()
        self.session_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.session_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.session_view.horizontalHeader().setHighlightSections(False)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("catalogueFilter")
        self.filter.setClearButtonEnabled(True)
        self._filter_label = QLabel(self)
        self._filter_label.setBuddy(self.filter)
        self.tabs = CategoryTabs(self.catalogue, self._lang, self)

        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copyButton")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveButton")
        self.note_button = QPushButton(self)
        self.note_button.setObjectName("noteButton")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("batchProgress")
        self.progress.hide()
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.hide()
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)

        self._build_layout()
        self._build_actions()
        self._wire()
        self.retranslate_ui()
        self._restore_geometry()

    # -- construction ----------------------------------------------------------------------

    def _build_layout(self) -> None:
        share_row = QHBoxLayout()
        for button in (self.copy_button, self.save_button, self.note_button):
            share_row.addWidget(button)
        share_row.addStretch(1)
        summary_box = QWidget(self)
        summary_layout = QVBoxLayout(summary_box)
        summary_layout.setContentsMargins(0, 0, 0, 0)
        summary_layout.addWidget(self.summary, 1)
        summary_layout.addLayout(share_row)

        # The tabs get the full width: eight titles, some long, must fit without scrolling.
        self.input_split = QSplitter(Qt.Orientation.Vertical, self)
        self.input_split.setObjectName("inputSplitter")
        self.input_split.addWidget(self.drop_zone)
        self.input_split.addWidget(self.session_view)
        self.top_split = QSplitter(Qt.Orientation.Horizontal, self)
        self.top_split.setObjectName("topSplitter")
        self.top_split.addWidget(self.input_split)
        self.top_split.addWidget(summary_box)
        self.top_split.setStretchFactor(0, 1)
        self.top_split.setStretchFactor(1, 1)

        filter_row = QHBoxLayout()
        filter_row.addWidget(self._filter_label)
        filter_row.addWidget(self.filter, 1)
        catalogue_box = QWidget(self)
        catalogue_layout = QVBoxLayout(catalogue_box)
        catalogue_layout.setContentsMargins(0, 0, 0, 0)
        catalogue_layout.addLayout(filter_row)
        catalogue_layout.addWidget(self.tabs, 1)

        self.main_split = QSplitter(Qt.Orientation.Vertical, self)
        self.main_split.setObjectName("mainSplitter")
        self.main_split.addWidget(self.top_split)
        self.main_split.addWidget(catalogue_box)
        self.main_split.setStretchFactor(0, 2)
        self.main_split.setStretchFactor(1, 3)
        self.setCentralWidget(self.main_split)

    def _action(self, name: str, keys: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.action_open = self._action("actionOpen", QKeySequence.StandardKey.Open)
        self.action_open_folder = self._action("actionOpenFolder", "Ctrl+Shift+O")
        self.action_save = self._action("actionSave", QKeySequence.StandardKey.Save)
        self.action_clear = self._action("actionClearSession")
        self.action_quit = self._action("actionQuit", "Ctrl+Q")
        self.action_copy = self._action("actionCopy", QKeySequence.StandardKey.Copy)
        # Ctrl+C belongs to a focused text field first; elsewhere it copies the diagnosis.
        self.action_copy.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action_note = self._action("actionNote", "Ctrl+Shift+N")
        self.action_redact = self._action("actionRedact")
        self.action_redact.setCheckable(True)
        self.action_redact.setChecked(settings.redact())
        self.action_find = self._action("actionFind", QKeySequence.StandardKey.Find)
        self.action_diagnose = self._action("actionDiagnose")
        self.action_cancel = self._action("actionCancel", "Esc")
        self.action_cancel.setEnabled(False)
        self.language_group = QActionGroup(self)
        self.action_language: dict[Lang, QAction] = {}
        for code in i18n.LANGUAGES:
            action = self._action(f"actionLanguage{code.capitalize()}")
            action.setCheckable(True)
            action.setText(LANGUAGE_NAMES[code])
            action.setData(code)
            self.language_group.addAction(action)
            self.action_language[code] = action
        self.action_language[self._lang].setChecked(True)

        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.setObjectName("menuFile")
        for action in (self.action_open, self.action_open_folder, self.action_save):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_clear)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_quit)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.setObjectName("menuEdit")
        for action in (self.action_diagnose, self.action_copy, self.action_note, self.action_find):
            self.edit_menu.addAction(action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.action_redact)
        self.language_menu = bar.addMenu("")
        self.language_menu.setObjectName("menuLanguage")
        for action in self.action_language.values():
            self.language_menu.addAction(action)

    def _wire(self) -> None:
        self.drop_zone.text_submitted.connect(self.diagnose_pasted)
        self.action_diagnose.triggered.connect(self.drop_zone.submit)
        self.action_open.triggered.connect(self.choose_files)
        self.action_open_folder.triggered.connect(self.choose_folder)
        self.action_save.triggered.connect(self.choose_report_file)
        self.action_clear.triggered.connect(self.clear_session)
        self.action_quit.triggered.connect(self.close)
        self.action_copy.triggered.connect(self.copy_diagnosis)
        self.action_note.triggered.connect(self.open_note)
        self.action_redact.toggled.connect(settings.set_redact)
        self.action_find.triggered.connect(self.focus_filter)
        self.action_cancel.triggered.connect(self.cancel_batch)
        self.language_group.triggered.connect(self.choose_language)
        self.copy_button.clicked.connect(self.copy_diagnosis)
        self.save_button.clicked.connect(self.choose_report_file)
        self.note_button.clicked.connect(self.open_note)
        self.cancel_button.clicked.connect(self.cancel_batch)
        self.filter.textChanged.connect(self.tabs.set_filter)
        self.session_view.selectionModel().selectionChanged.connect(self.show_selected)

    def _restore_geometry(self) -> None:
        geometry = settings.blob(settings.GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            # Wide enough, where the screen allows, for all eight tabs with 3-digit counts to keep
            # the style's padding (1,325 px in Japanese with Fusion); below that they pad less.
            room = self.screen().availableGeometry().width()
            width = max(DEFAULT_SIZE.width(), min(self.tabs.roomy_width(), room))
            self.resize(width, DEFAULT_SIZE.height())
        state = settings.blob(settings.SPLITTER)
        if state is not None:
            self.main_split.restoreState(state)

    # -- language --------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every visible string; called once at start and on each LanguageChange."""
        self._lang = i18n.current_language()
        self.action_language[self._lang].setChecked(True)
        self.setWindowTitle(self.tr("bouncegui: bounced email troubleshooter"))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.action_open.setText(self.tr("&Open bounces…"))
        self.action_open_folder.setText(self.tr("Open &folder…"))
        self.action_save.setText(self.tr("&Save report…"))
        self.action_clear.setText(self.tr("C&lear session"))
        self.action_quit.setText(self.tr("&Quit"))
        self.action_diagnose.setText(self.tr("&Diagnose pasted text"))
        self.action_copy.setText(self.tr("&Copy diagnosis"))
        self.action_note.setText(self.tr("Write a &note…"))
        self.action_find.setText(self.tr("&Find in catalogue"))
        self.action_redact.setText(self.tr("&Hide addresses, domains and IPs when sharing"))
        self.action_cancel.setText(self.tr("Cancel batch"))
        self.copy_button.setText(self.tr("&Copy"))
        self.copy_button.setToolTip(self.tr("Copy the diagnosis as text (Ctrl+C)"))
        self.save_button.setText(self.tr("&Save report…"))
        self.save_button.setToolTip(self.tr("Save this message as Markdown or HTML, or the session as CSV (Ctrl+S)"))
        self.note_button.setText(self.tr("Write a &note…"))
        self.note_button.setToolTip(self.tr("A ready-to-send note to whoever has to act"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._filter_label.setText(self.tr("F&ilter:"))
        self.filter.setPlaceholderText(self.tr("Code (IB212, 5.7.708, 552) or words, in English or Japanese"))
        self.filter.setAccessibleName(self.tr("Filter the catalogue"))
        self.summary.setAccessibleName(self.tr("Diagnosis"))
        self.session_view.setAccessibleName(self.tr("Messages analysed in this session"))
        self.progress.setAccessibleName(self.tr("Batch progress"))
        self.session.set_language(self._lang)
        self.tabs.set_language(self._lang)
        self.show_selected()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    @Slot(QAction)
    def choose_language(self, action: QAction) -> None:
        """Switch the UI language now and remember it."""
        self.set_language(action.data())

    def set_language(self, lang: Lang) -> None:
        settings.set_language(lang)
        i18n.install_language(lang)

    # -- input -----------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if carries_local_files(event.mimeData()):
            event.acceptProposedAction()
            self.drop_zone.set_drag_active(True)

    def dragLeaveEvent(self, event: QEvent) -> None:  # type: ignore[override]
        self.drop_zone.set_drag_active(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self.drop_zone.set_drag_active(False)
        paths = paths_from_mime(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.load_paths(paths)

    @Slot()
    def choose_files(self) -> None:
        names, _ = QtWidgets.QFileDialog.getOpenFileNames(
            self,
            self.tr("Open bounces"),
            settings.last_folder(),
            self.tr("Mail files (*.eml *.msg *.mbox *.mbx *.txt);;All files (*)"),
        )
        if names:
            settings.set_last_folder(str(Path(names[0]).parent))
            self.load_paths([Path(n) for n in names])

    @Slot()
    def choose_folder(self) -> None:
        folder = QtWidgets.QFileDialog.getExistingDirectory(
            self, self.tr("Open a folder of bounces"), settings.last_folder()
        )
        if folder:
            settings.set_last_folder(folder)
            self.load_paths([Path(folder)])

    def load_paths(self, paths: Sequence[Path]) -> DiagnoseWorker:
        """Diagnose files and folders in the thread pool; results join the session as they come.

        Files are only read (and closed at once), never written, moved or locked. A file the
        engine fails on is listed with its error, and the batch goes on.
        """
        from bouncegui.gui.worker import DiagnoseWorker  # with the engine, at the first drop

        worker = DiagnoseWorker(paths)
        worker.signals.reports_ready.connect(self.add_reports)
        worker.signals.progress.connect(self.show_progress)
        worker.signals.failed.connect(self.add_failure)
        worker.signals.finished.connect(self.finish_batch)
        self._workers.append(worker)
        self._select_next = True
        self.action_cancel.setEnabled(True)
        self.cancel_button.show()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.tabs.hold_layout(True)
        QThreadPool.globalInstance().start(worker)
        return worker

    @Slot(str)
    def diagnose_pasted(self, text: str) -> None:
        """Diagnose pasted text on the spot (a fragment takes milliseconds) and show it."""
        from bouncegui.core import diagnose_text  # the engine loads on first use, not at start-up

        self._select_next = True
        try:
            report = diagnose_text(text, PASTE_SOURCE)
        except Exception:  # as in a batch: listed with its error, details in the dialog
            self.add_failure(PASTE_SOURCE, traceback.format_exc())
            return
        self.add_reports([report])

    # -- results ---------------------------------------------------------------------------

    @Slot(list)
    def add_reports(self, reports: list[Report]) -> None:
        """Append reports to the session and count their matches in the tabs."""
        if not reports:
            return
        first_row = self.session.rowCount()
        self.session.add_reports(reports)
        self.tabs.add_diagnoses([d for r in reports if r.kind in ("bounce", "delay") for d in r.recipients])
        # Reports stay until the session is cleared, and hold no reference cycles. Frozen, the
        # cyclic collector stops scanning them: a full collection walks every object of the
        # session with the GIL held, and one in the middle of a 2,000-file batch stalled the
        # window 30 ms (60-80 ms on a loaded 2-core machine), more as the session grows.
        gc.freeze()
        if self._select_next:
            # The first message of a new batch or paste becomes current; later ones do not
            # move the selection under the user's eyes.
            self._select_next = False
            self.session_view.selectRow(first_row)
            self.session_view.scrollTo(self.session.index(first_row, 0))

    @Slot(str, str)
    def add_failure(self, source: str, details: str) -> None:
        """An engine failure on one input becomes an error row (the batch goes on), and its
        traceback goes to the error dialog, to be copied into a bug report."""
        from bouncegui.core.model import Report  # the engine's records, loaded with the engine

        last = details.strip().splitlines()[-1] if details.strip() else ""
        self.add_reports(
            [Report(source=source, kind="error", error=self.tr("internal error: {error}").format(error=last))]
        )
        self.show_error_details(f"{source}\n{details}")

    def show_error_details(self, details: str) -> ErrorDialog:
        """Show details of an unexpected error without blocking the window; while the dialog is
        open, more errors (a batch can have several) are added to it."""
        if self._error_dialog is None:
            from bouncegui.gui.errordialog import ErrorDialog  # built when needed, not at start-up

            self._error_dialog = ErrorDialog("", self)
        dialog = self._error_dialog
        if dialog.isVisible():
            dialog.add_details(details)
        else:
            dialog.set_details(details)
            dialog.show()
        return dialog

    @Slot(int, int)
    def show_progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if 0 < done < total and now - self._progress_shown < PROGRESS_INTERVAL:
            return
        self._progress_shown = now
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("%v of %m files"))

    @Slot(bool)
    def finish_batch(self, cancelled: bool) -> None:
        self._workers = [w for w in self._workers if w.signals is not self.sender()]
        if self._workers:
            return
        self.action_cancel.setEnabled(False)
        self.cancel_button.hide()
        self.progress.hide()
        self.tabs.hold_layout(False)
        count = self.session.rowCount()
        message = (
            self.tr("Cancelled; %n message(s) in this session.", "", count)
            if cancelled
            else self.tr("Done; %n message(s) in this session.", "", count)
        )
        self.statusBar().showMessage(message, 10000)

    @Slot()
    def cancel_batch(self) -> None:
        """Stop every running batch after its current file."""
        for worker in self._workers:
            worker.cancel()

    def is_busy(self) -> bool:
        return bool(self._workers)

    @Slot()
    def clear_session(self) -> None:
        self.cancel_batch()
        self.session.clear()
        self.tabs.clear_matches()
        self.show_selected()
        # Whatever was frozen with the session and has died since can be collected again.
        gc.unfreeze()

    def current_report(self) -> Report | None:
        rows = self.session_view.selectionModel().selectedRows()
        if not rows:
            return None
        report: Report = rows[0].data(ReportRole)  # every session row holds its report
        return report

    @Slot()
    @Slot(QItemSelection, QItemSelection)
    def show_selected(self, *_: object) -> None:
        """Show the selected message's diagnosis and select its row in the tabs."""
        report = self.current_report()
        for widget in (self.copy_button, self.note_button, self.action_copy, self.action_note):
            widget.setEnabled(report is not None)
        if report is None:
            self.summary.show_empty(
                self.tr(
                    "Nothing diagnosed yet.\n\nPaste a bounce on the left, or drop bounce files on this window. "
                    "Meanwhile the tabs below list every bounce error of the help page, with its cause and solution."
                )
            )
            return
        self.summary.show_report(report, self.catalogue, self._lang)
        if report.recipients and report.kind in ("bounce", "delay"):
            first = report.recipients[0]
            if not self.tabs.show_diagnosis(first):
                self.filter.clear()
                self.tabs.show_diagnosis(first)

    def select_report(self, row: int) -> None:
        """Make a session row current (as a click would)."""
        self.session_view.selectRow(row)

    # -- sharing ---------------------------------------------------------------------------

    def _redacting(self) -> bool:
        return self.action_redact.isChecked()

    @Slot()
    def copy_diagnosis(self) -> None:
        """Put the current diagnosis on the clipboard as plain text (redacted if chosen)."""
        report = self.current_report()
        if report is None:
            return
        from bouncegui.gui import share  # the sharing formats load when first used, not at start-up

        text = share.plain_text(report, self.catalogue, self._lang, texts.labels(), redacting=self._redacting())
        QGuiApplication.clipboard().setText(text)
        self.statusBar().showMessage(self.tr("Diagnosis copied."), 5000)

    @Slot()
    def choose_report_file(self) -> None:
        markdown, html, csv = (
            self.tr("Markdown (*.md)"),
            self.tr("HTML (*.html)"),
            self.tr("CSV, whole session (*.csv)"),
        )
        batch = self.session.rowCount() > 1
        name, chosen = QtWidgets.QFileDialog.getSaveFileName(
            self,
            self.tr("Save report"),
            settings.last_folder(),
            ";;".join((markdown, html, csv)),
            csv if batch else markdown,
        )
        if not name:
            return
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix({markdown: ".md", html: ".html", csv: ".csv"}.get(chosen, ".md"))
        settings.set_last_folder(str(path.parent))
        self.save_report(path)

    def save_report(self, path: Path) -> None:
        """Write the report whose format the suffix names: .csv for the session, .html or .md for one message."""
        from bouncegui.gui import share  # the sharing formats load when first used, not at start-up

        labels = texts.labels()
        redacting = self._redacting()
        if path.suffix.lower() == ".csv":
            text = share.csv_text(self.session.reports(), self.catalogue, self._lang, labels, redacting=redacting)
        else:
            report = self.current_report()
            if report is None:
                return
            render = share.html_document if path.suffix.lower() in (".html", ".htm") else share.markdown
            text = render(report, self.catalogue, self._lang, labels, redacting=redacting)
        path.write_text(text, encoding="utf-8", newline="")
        self.statusBar().showMessage(self.tr("Saved {name}.").format(name=path.name), 5000)

    @Slot()
    def open_note(self) -> NoteDialog | None:
        from bouncegui.gui.notedialog import NoteDialog  # built when asked for, not at start-up

        report = self.current_report()
        if report is None:
            return None
        dialog = NoteDialog(report, self.catalogue, self._lang, self._redacting(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    @Slot()
    def focus_filter(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    # -- closing ---------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel_batch()
        QThreadPool.globalInstance().waitForDone(5000)
        settings.set_blob(settings.GEOMETRY, self.saveGeometry())
        settings.set_blob(settings.SPLITTER, self.main_split.saveState())
        super().closeEvent(event)
