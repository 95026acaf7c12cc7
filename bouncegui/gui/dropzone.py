"""The input area: a paste box with its Diagnose button, which also shows when a drop is welcome."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget


def paths_from_mime(mime: QMimeData) -> list[Path]:
    """Local files and folders carried by a drag; remote URLs are left out (we stay offline)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def carries_local_files(mime: QMimeData) -> bool:
    """Whether a drag holds a local file or folder; cheaper than ``paths_from_mime`` for a drag
    of thousands of files, and asked on every drag enter."""
    return mime.hasUrls() and any(url.isLocalFile() for url in mime.urls())


class PasteBox(QPlainTextEdit):
    """A plain-text box that reports pastes, and lets dropped files fall through to the window.

    Signals:
        text_pasted(): text was pasted (the bounce is then diagnosed without a click).
    """

    text_pasted = Signal()

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        # A dragged file must reach the window's drop handler, not be inserted as its path.
        return not source.hasUrls() and super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        # Only text: a rich-text paste must not bring markup along.
        self.insertPlainText(source.text())
        self.text_pasted.emit()


class DropZone(QFrame):
    """Paste box, Diagnose button and the drop hint; emits what the user gave.

    Signals:
        text_submitted(str): the paste box's text, on Diagnose, Ctrl+Return or a paste.
    """

    text_submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dropZone")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._hint = QLabel(self)
        self._hint.setObjectName("dropHint")
        self._hint.setTextFormat(Qt.TextFormat.PlainText)
        self._hint.setWordWrap(True)
        self.paste_box = PasteBox(self)
        self.paste_box.setObjectName("pasteBox")
        self.paste_box.setTabChangesFocus(True)
        self.paste_box.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.diagnose_button = QPushButton(self)
        self.diagnose_button.setObjectName("diagnoseButton")
        self.diagnose_button.setDefault(True)
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("clearPasteButton")

        buttons = QHBoxLayout()
        buttons.addWidget(self._hint, 1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.diagnose_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.paste_box, 1)
        layout.addLayout(buttons)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self, context=Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.submit)
        self.diagnose_button.clicked.connect(self.submit)
        self.clear_button.clicked.connect(self.paste_box.clear)
        self.paste_box.text_pasted.connect(self.submit)
        self.set_drag_active(False)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.paste_box.setPlaceholderText(self.tr("Paste the bounce here: the whole message or just the error line."))
        self.paste_box.setAccessibleName(self.tr("Bounce text"))
        self.diagnose_button.setText(self.tr("&Diagnose"))
        self.diagnose_button.setToolTip(self.tr("Diagnose the pasted text (Ctrl+Return)"))
        self.clear_button.setText(self.tr("C&lear"))
        self._update_hint()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    @Slot(bool)
    def set_drag_active(self, active: bool) -> None:
        """Show that a drop will be accepted, with a highlighted frame and a hint."""
        self._active = active
        self.setFrameShadow(QFrame.Shadow.Sunken if active else QFrame.Shadow.Plain)
        self.setBackgroundRole(self.palette().ColorRole.Highlight if active else self.palette().ColorRole.Window)
        self.setAutoFillBackground(active)
        self._hint.setForegroundRole(
            self.palette().ColorRole.HighlightedText if active else self.palette().ColorRole.PlaceholderText
        )
        self._update_hint()

    def _update_hint(self) -> None:
        if self._active:
            self._hint.setText(self.tr("Drop to diagnose these files"))
        else:
            self._hint.setText(self.tr("…or drop .eml, .msg, .mbox or .txt files and folders anywhere on this window."))

    @Slot()
    def submit(self) -> None:
        """Send the pasted text for diagnosis, unless the box is blank."""
        text = self.paste_box.toPlainText()
        if text.strip():
            self.text_submitted.emit(text)
