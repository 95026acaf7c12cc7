"""Unexpected exceptions end in a dialog with copyable details, and the window keeps working."""

from __future__ import annotations

import sys

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from bouncegui.gui.application import install_excepthook
from bouncegui.gui.errordialog import ErrorDialog


def test_details_are_plain_and_copyable(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ErrorDialog("Traceback <b>x</b>\nValueError: boom")
    qtbot.addWidget(dialog)
    details = dialog.findChild(QPlainTextEdit, "errorDetails")
    assert details.isReadOnly() and "<b>x</b>" in details.toPlainText()
    dialog.copy_details()
    assert QGuiApplication.clipboard().text() == "Traceback <b>x</b>\nValueError: boom"


def test_excepthook_opens_the_dialog(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook()
    try:
        raise RuntimeError("surprise")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible()]
    assert dialogs and "RuntimeError: surprise" in dialogs[0].details.toPlainText()
    dialogs[0].close()
    window.diagnose_pasted("Account disabled")
    assert window.session.rowCount() == 1
