"""Builds the QApplication: names, icon, translators, the error dialog hook, then the window."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from bouncegui import __version__
from bouncegui.gui import i18n
from bouncegui.resources import ICON_SIZES, icon_path

if TYPE_CHECKING:
    from bouncegui.core.model import Report
    from bouncegui.gui.mainwindow import MainWindow

ORGANIZATION = "bouncegui"
APPLICATION = "bouncegui"
# The freedesktop .desktop file's name (resources/bouncegui.desktop), which Wayland and X11
# docks use to find the app's icon and name.
DESKTOP_FILE = "bouncegui"
# --exit-after-startup gives up (exit status 3) when the window has not painted, or the files
# named with it are not diagnosed, within this many milliseconds.
STARTUP_CHECK_TIMEOUT_MS = 120_000


def configure(app: QCoreApplication) -> None:
    """Names QSettings files after the app; set once, before any setting is read."""
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)


def app_icon() -> QIcon:
    """The app icon in every PNG size; each file is read only when a size is first drawn."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(icon_path(size)), QSize(size, size))
    return icon


def install_excepthook() -> None:
    """Show unexpected exceptions in a dialog instead of ending the app (PySide6 would print and go on)."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        # Imported here: the dialog is not needed to show the first window.
        from bouncegui.gui.errordialog import ErrorDialog, format_exception

        details = format_exception(kind, value, tb)
        sys.stderr.write(details)
        dialog = ErrorDialog(details, QApplication.activeWindow())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    sys.excepthook = hook


class FirstPaint(QObject):
    """Tells when a window's first paint is done, so that work that can wait starts after it.

    Signals:
        painted(): once, from the event loop, after the window's first paint event was handled
            (the frame it drew is flushed to the screen before the loop comes back to us).
    """

    painted = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("firstPaint")
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self, self.painted.emit)
        return False


def summary_line(report: Report) -> str:
    """One line for ``--exit-after-startup FILE``: source, kind, then category/entry per recipient."""
    if report.error:
        return f"{report.source}\t{report.kind}\t{report.error}"
    found = " ".join(f"{d.category}/{d.entry or '-'}" for d in report.recipients)
    return f"{report.source}\t{report.kind}\t{found or '-'}".rstrip()


class StartupCheck(QObject):
    """``--exit-after-startup``: quit after the first paint, or after the given files are diagnosed.

    The files go through ``MainWindow.load_paths``, the method a drop on the window calls, and the
    summary is read back from the window's session, so the check covers what a user's drop does.
    Exit status: 0, or 1 when a file could not be read, or 3 on time-out.
    """

    def __init__(self, window: MainWindow, paths: Sequence[Path]) -> None:
        super().__init__(window)
        self.setObjectName("startupCheck")
        self._window = window
        self._paths = list(paths)
        self._timeout = QTimer(self)
        self._timeout.setSingleShot(True)
        self._timeout.timeout.connect(self.give_up)
        self._timeout.start(STARTUP_CHECK_TIMEOUT_MS)

    @Slot()
    def start(self) -> None:
        """The window has painted: quit now, or diagnose the files first."""
        if not self._paths:
            QCoreApplication.exit(0)
            return
        worker = self._window.load_paths(self._paths)
        # Connected after the window's own slot, so the session is complete when this one runs.
        worker.signals.finished.connect(self.finish)

    @Slot(bool)
    def finish(self, _cancelled: bool = False) -> None:
        if self._window.is_busy():
            return
        reports = self._window.session.reports()
        for report in reports:
            print(summary_line(report), flush=True)
        QCoreApplication.exit(1 if any(r.kind == "error" for r in reports) else 0)

    @Slot()
    def give_up(self) -> None:
        seconds = STARTUP_CHECK_TIMEOUT_MS // 1000
        print(f"bouncegui: start-up check did not finish within {seconds} s", file=sys.stderr, flush=True)
        QCoreApplication.exit(3)


def collect_from_now_on() -> None:
    """Turn the garbage collector back on (``app.main`` turned it off for start-up), leaving out
    what exists now: objects made at start-up live as long as the app."""
    gc.freeze()
    gc.enable()


def run(argv: Sequence[str]) -> int:
    """Start the app; files and folders on the command line are diagnosed once the window shows."""
    from bouncegui.app import parser

    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(list(argv))
    # QApplication has taken its own options (-platform, -style, ...) out of arguments().
    options = parser().parse_args(app.arguments()[1:])
    configure(app)
    QGuiApplication.setDesktopFileName(DESKTOP_FILE)
    app.setWindowIcon(app_icon())
    i18n.install_language(i18n.preferred_language())
    install_excepthook()

    from bouncegui.gui.mainwindow import MainWindow

    window = MainWindow()
    first_paint = FirstPaint(window)
    first_paint.painted.connect(collect_from_now_on)
    if options.exit_after_startup:
        check = StartupCheck(window, options.paths)
        first_paint.painted.connect(check.start)
    elif options.paths:
        # Diagnosing competes with the first paint for the GIL: it starts once the window shows.
        first_paint.painted.connect(lambda: window.load_paths(options.paths))
    window.show()
    status = app.exec()
    if options.exit_after_startup:
        # The check is about start-up: leave without tearing down Qt's widgets and the
        # interpreter (tens of milliseconds that a user never waits for at start). A normal
        # session's quit tears down as usual.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)
    return status
