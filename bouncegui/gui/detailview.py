"""A read-only, plain-text view of the selected message's diagnosis."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6 import QtGui
from PySide6.QtWidgets import QTextBrowser, QWidget

from bouncegui.gui import texts

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl

    from bouncegui.core.catalogue import Catalogue
    from bouncegui.core.model import Report
    from bouncegui.gui.i18n import Lang


class DiagnosisView(QTextBrowser):
    """Shows a report as labelled fields.

    Bounce text is attacker-supplied, so every value goes in through ``QTextCursor.insertText``,
    which never parses markup; only our own labels get a bold format. Links are not followed and
    no resource (image, style sheet) is ever loaded, local or remote.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diagnosisSummary")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)

    def loadResource(self, kind: int, name: QUrl) -> Any:
        return None

    def show_empty(self, message: str) -> None:
        """Show a hint instead of a diagnosis."""
        self.setPlainText(message)

    def show_report(self, report: Report, catalogue: Catalogue, lang: Lang) -> None:
        """Show every finding of ``report`` in ``lang``."""
        # Loaded with the first report, not at start-up: the sharing formats, and through QtGui.X
        # the text classes (Qt sets up a class's enums when the class is first named).
        from bouncegui.gui import share

        labels = texts.labels()
        self.clear()
        cursor = QtGui.QTextCursor(self.document())
        heading = QtGui.QTextCharFormat()
        heading.setFontWeight(QtGui.QFont.Weight.Bold)
        heading.setFontPointSize(self.font().pointSizeF() * 1.25)
        bold = QtGui.QTextCharFormat()
        bold.setFontWeight(QtGui.QFont.Weight.Bold)
        plain = QtGui.QTextCharFormat()
        spaced = QtGui.QTextBlockFormat()
        spaced.setTopMargin(6)
        first = True

        def line(label: str, value: str) -> None:
            nonlocal first
            if not first:
                cursor.insertBlock(spaced, plain)
            first = False
            cursor.insertText(f"{label}: ", bold)
            cursor.insertText(value, plain)

        found = share.findings(report, catalogue, lang, labels)
        for finding in found:
            if not first:
                cursor.insertBlock(spaced, plain)
            first = False
            cursor.insertText(finding.title, heading)
            if not finding.matched:
                cursor.insertBlock(spaced, plain)
                cursor.insertText(labels["no_entry"], plain)
            for label, value in share.fields(finding, labels, title=False):
                line(label, value)
            cursor.insertBlock(spaced, plain)
        for label, value in share.header_fields(report, catalogue, lang, labels):
            line(label, value)
        self.moveCursor(QtGui.QTextCursor.MoveOperation.Start)
