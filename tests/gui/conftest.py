"""GUI fixtures: settings in a temporary folder, English at the start of each test, the window."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from bouncegui.gui import i18n
from bouncegui.gui.application import configure

DATA = Path(__file__).resolve().parents[1] / "data"
SHARED = Path(__file__).resolve().parents[2].parent / "shared"
CORPUS = SHARED / "corpus" / "sisimai" / "maildir"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform (headless CI) warns on every top-level layout change; it says
    # nothing about the window, so it must not fail tests under qt_log_level_fail = WARNING.
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)"))


@pytest.fixture(autouse=True)
def gui_settings(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """QSettings in tmp_path (as qutebrowser's config_tmpdir), English and the C locale."""
    configure(qapp)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    i18n.install_language("en")
    yield
    QThreadPool.globalInstance().waitForDone(10000)
    i18n.install_language("en")


@pytest.fixture
def window(qtbot):  # type: ignore[no-untyped-def]
    from bouncegui.app import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.cancel_batch()
    QThreadPool.globalInstance().waitForDone(10000)


def corpus_file(name: str) -> Path:
    """A file of the shared corpus; the test is skipped where the corpus is absent."""
    path = CORPUS / name
    if not path.is_file():
        pytest.skip(f"shared corpus not found at {CORPUS} (it sits beside the repository in the workspace)")
    return path


class LoopWatch:
    """Measures how long the event loop goes without turning, with a 10 ms timer, while in a ``with``.

    Attributes:
        gaps: seconds between consecutive timer ticks (the first from entering the block).
    """

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self._last = 0.0
        self._timer = QTimer()
        self._timer.setObjectName("loopWatchTimer")
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now

    def __enter__(self) -> LoopWatch:
        self._last = time.perf_counter()
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.stop()
        self._tick()

    @property
    def longest(self) -> float:
        """The longest stall, in seconds."""
        return max(self.gaps)
