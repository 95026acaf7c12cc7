"""Builds the QApplication: names, translators, the error dialog hook, then the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from bouncegui import __version__
from bouncegui.gui import i18n

ORGANIZATION = "bouncegui"
APPLICATION = "bouncegui"


def configure(app: QCoreApplication) -> None:
    """Names QSettings files after the app; set once, before any setting is read."""
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)


def install_excepthook() -> None:
    """Show unexpected exceptions in a dialog instead of ending the app (PySide6 would print and go on)."""
    from bouncegui.gui.errordialog import ErrorDialog, format_exception

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        details = format_exception(kind, value, tb)
        sys.stderr.write(details)
        dialog = ErrorDialog(details, QApplication.activeWindow())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    sys.excepthook = hook


def run(argv: Sequence[str]) -> int:
    """Start the app; ``argv[1:]`` are files or folders to diagnose at once."""
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(list(argv))
    configure(app)
    QGuiApplication.setDesktopFileName("bouncegui")
    i18n.install_language(i18n.preferred_language())
    install_excepthook()

    from bouncegui.gui.mainwindow import MainWindow

    window = MainWindow()
    window.show()
    paths = [Path(arg) for arg in argv[1:]]
    if paths:
        window.load_paths(paths)
    return app.exec()
