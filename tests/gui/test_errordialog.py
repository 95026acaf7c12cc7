"""Unexpected exceptions end in a dialog with copyable details, and the window keeps working."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from bouncegui.core.model import Report
from bouncegui.gui import share
from bouncegui.gui.application import install_excepthook
from bouncegui.gui.errordialog import ErrorDialog
from bouncegui.gui.models import COL_CATEGORY
from tests.gui.conftest import DATA
from tests.gui.test_mainwindow import wait_batch


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


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_opens_the_dialog_and_the_window_keeps_working(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook()
    window.diagnose_pasted("550 5.1.1 <hanako@example.jp>: user unknown")
    working = share.plain_text

    def broken(*args: object, **kwargs: object) -> str:
        raise RuntimeError("copy broke on <b>bold</b>")

    monkeypatch.setattr(share, "plain_text", broken)
    qtbot.mouseClick(window.copy_button, Qt.MouseButton.LeftButton)  # the slot raises
    [dialog] = [w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible()]
    details = dialog.findChild(QPlainTextEdit, "errorDetails").toPlainText()
    assert "RuntimeError: copy broke on <b>bold</b>" in details and "copy_diagnosis" in details
    dialog.copy_details()
    assert QGuiApplication.clipboard().text() == details
    dialog.close()
    monkeypatch.setattr(share, "plain_text", working)
    qtbot.mouseClick(window.copy_button, Qt.MouseButton.LeftButton)
    assert "hanako@example.jp" in QGuiApplication.clipboard().text()


def test_engine_failure_in_a_batch_is_listed_and_the_batch_goes_on(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from bouncegui.core import diagnose

    real = diagnose.diagnose_path
    failing = {"gui-ib212.eml", "gui-m365-5.7.708.eml"}

    def flaky(path: Path) -> list[Report]:
        if Path(path).name in failing:
            raise ValueError(f"engine broke on {Path(path).name} <b>bold</b>")
        return real(path)

    monkeypatch.setattr("bouncegui.core.diagnose.diagnose_path", flaky)  # the worker imports it when it runs
    names = ("gui-userunknown.eml", "gui-ib212.eml", "gui-m365-5.7.708.eml", "gui-userunknown.eml")
    files = [DATA / name for name in names]
    window.load_paths(files)
    wait_batch(qtbot, window)
    reports = window.session.reports()
    assert [r.source for r in reports] == [str(f) for f in files]  # in order, the batch went on
    assert [r.kind for r in reports] == ["bounce", "error", "error", "bounce"]
    assert window.session.index(1, COL_CATEGORY).data() == (
        "Could not read: internal error: ValueError: engine broke on gui-ib212.eml <b>bold</b>"
    )
    # One dialog for the batch, with every failure's details to copy; it does not block the window.
    [dialog] = [d for d in window.findChildren(ErrorDialog) if d.isVisible()]
    assert not dialog.isModal()
    details = dialog.details.toPlainText()
    for name in sorted(failing):
        assert f"{DATA / name}\nTraceback" in details and f"ValueError: engine broke on {name} <b>bold</b>" in details
    window.select_report(1)
    assert "internal error: ValueError: engine broke on gui-ib212.eml <b>bold</b>" in window.summary.toPlainText()
    dialog.close()
    # The window keeps working, and a new failure opens the dialog afresh.
    monkeypatch.setattr("bouncegui.core.diagnose.diagnose_text", lambda text, source: 1 / 0)
    window.diagnose_pasted("552 Virus infected message rejected. IB705")
    failure = "Could not read: internal error: ZeroDivisionError: division by zero"
    assert window.session.index(4, COL_CATEGORY).data() == failure
    assert dialog.isVisible() and "ValueError" not in dialog.details.toPlainText()
    monkeypatch.undo()
    window.diagnose_pasted("552 Virus infected message rejected. IB705")
    assert window.session.rowCount() == 6 and window.current_report().recipients[0].entry == "godaddy-ib705"
