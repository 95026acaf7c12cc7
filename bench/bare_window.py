"""The start-up baseline: a bare PySide6 QMainWindow that shows, waits for its first paint and quits.

    python3 bench/bare_window.py

It does what ``bouncegui --exit-after-startup`` does around its window (same size, same
first-paint test, quit from the event loop, leave without teardown) and nothing else, so ``bench/startup.py`` can divide
one start-up by the other. It imports nothing from bouncegui.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class QuitOnFirstPaint(QObject):
    """Quits the application once the watched window's first paint event has been handled."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("bare window")
    window.resize(1200, 800)  # bouncegui's first-run size
    quitter = QuitOnFirstPaint(window)
    window.installEventFilter(quitter)
    window.show()
    status = app.exec()
    # As bouncegui --exit-after-startup does: leave without tearing down Qt and the interpreter.
    sys.stdout.flush()
    os._exit(status)


if __name__ == "__main__":
    sys.exit(main())
