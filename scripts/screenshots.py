"""Regenerate docs/screenshots/*.png: the window in English and Japanese, empty, with one bounce, with a batch.

Run ``python scripts/screenshots.py``; it draws offscreen, so no display is needed (install fonts-noto-cjk
for the Japanese text). The batch is tests/data plus the shared corpus when it is present.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from bouncegui.core.model import Report

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
CORPUS = ROOT.parent / "shared" / "corpus" / "sisimai" / "maildir"
ONE = ROOT / "tests" / "data" / "gui-ib212.eml"


def settle(app: QApplication, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def unmatched_user_unknown(report: Report) -> bool:
    first = report.recipients[0] if report.recipients else None
    return first is not None and first.category == "invalid_recipient" and first.entry is None


def main() -> int:
    app = QApplication(sys.argv)
    from bouncegui.gui import i18n
    from bouncegui.gui.application import configure
    from bouncegui.gui.mainwindow import MainWindow

    configure(app)
    # Keep the user's own settings out of it (geometry, language).
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    OUT.mkdir(parents=True, exist_ok=True)
    batch = [CORPUS] if CORPUS.is_dir() else sorted((ROOT / "tests" / "data").glob("*.eml"))
    for lang in i18n.LANGUAGES:
        i18n.install_language(lang)
        window = MainWindow()
        window.resize(1200, 800)
        window.show()
        settle(app)
        window.grab().save(str(OUT / f"empty-{lang}.png"))
        window.load_paths([ONE])
        while window.is_busy():
            settle(app, 0.05)
        settle(app)
        window.grab().save(str(OUT / f"one-{lang}.png"))
        window.load_paths(batch)
        while window.is_busy():
            settle(app, 0.05)
        # Show a bounce no help-page entry matched: it sits in its category's tab, below the page's rows.
        reports = window.session.reports()
        window.select_report(next((row for row, r in enumerate(reports) if unmatched_user_unknown(r)), 0))
        settle(app)
        window.grab().save(str(OUT / f"batch-{lang}.png"))
        window.close()
        QThreadPool.globalInstance().waitForDone()
    return 0


if __name__ == "__main__":
    sys.exit(main())
