"""A dialog for unexpected exceptions: what happened, with copyable details; the window lives on."""

from __future__ import annotations

import traceback
from types import TracebackType

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget


class ErrorDialog(QDialog):
    """Shows a traceback as plain text, with a button that copies it for a bug report."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self._message = QLabel(self)
        self._message.setTextFormat(Qt.TextFormat.PlainText)
        self._message.setWordWrap(True)
        self.details = QPlainTextEdit(details, self)
        self.details.setObjectName("errorDetails")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self._copy = self._buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self._copy.setObjectName("copyErrorButton")
        self._copy.clicked.connect(self.copy_details)
        self._buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._message)
        layout.addWidget(self.details, 1)
        layout.addWidget(self._buttons)
        self.resize(640, 360)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Unexpected error"))
        self._message.setText(
            self.tr(
                "Something went wrong inside bouncegui. The window keeps working; "
                "please copy the details below into a bug report."
            )
        )
        self.details.setAccessibleName(self.tr("Error details"))
        self._copy.setText(self.tr("&Copy details"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_details(self, details: str) -> None:
        self.details.setPlainText(details)

    def add_details(self, details: str) -> None:
        """Add another error's details below those shown."""
        self.details.appendPlainText("\n" + details)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


def format_exception(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> str:
    """The traceback text shown in the dialog."""
    return "".join(traceback.format_exception(kind, value, tb))
