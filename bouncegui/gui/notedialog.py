"""A ready-to-send note to whoever has to act, in a language of the user's choosing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from bouncegui.core.catalogue import Catalogue
from bouncegui.core.model import Report
from bouncegui.gui import i18n, share, texts
from bouncegui.gui.i18n import LANGUAGE_NAMES, Lang


# Language names are written in their own language, so anyone can find theirs.
class NoteDialog(QDialog):
    """Drafts the note (editable) and copies it; bounce text in it stays plain text."""

    def __init__(
        self, report: Report, catalogue: Catalogue, lang: Lang, redacting: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("noteDialog")
        self._report = report
        self._catalogue = catalogue
        self._redacting = redacting
        self.language = QComboBox(self)
        self.language.setObjectName("noteLanguage")
        for code in i18n.LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(i18n.LANGUAGES.index(lang))
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("noteText")
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self._copy = self._buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self._copy.setObjectName("copyNoteButton")
        self._form = QFormLayout()
        self._form.addRow("", self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addWidget(self.text, 1)
        layout.addWidget(self._buttons)
        self.language.currentIndexChanged.connect(self.write_note)
        self._copy.clicked.connect(self.copy_note)
        self._buttons.rejected.connect(self.reject)
        self.resize(620, 420)
        self.retranslate_ui()
        self.write_note()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Note to whoever has to act"))
        label = self._form.labelForField(self.language)
        if isinstance(label, QWidget):
            label.setProperty("text", self.tr("Language of the note:"))
        self.language.setAccessibleName(self.tr("Language of the note"))
        self.text.setAccessibleName(self.tr("Note text"))
        self._copy.setText(self.tr("&Copy note"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    @Slot()
    def write_note(self) -> None:
        """Draft the note in the chosen language (replacing any edits)."""
        lang: Lang = self.language.currentData()
        labels = texts.labels(i18n.translator(lang))
        self.text.setPlainText(share.note(self._report, self._catalogue, lang, labels, redacting=self._redacting))

    @Slot()
    def copy_note(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
