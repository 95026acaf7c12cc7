"""A QRunnable that diagnoses a batch of files off the GUI thread, with a QObject for its signals."""

from __future__ import annotations

import os
import threading
import time
import traceback
from collections.abc import Iterator, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from bouncegui.core.inputs import MAIL_SUFFIXES
from bouncegui.core.model import Report

# Pause after each file: at least this many seconds, or this fraction of the file's work time.
MIN_PAUSE = 0.001
PAUSE_RATIO = 0.5
# Seconds between hand-overs of results to the GUI thread. Each hand-over is a queued slot call
# that inserts rows, repaints and takes the GIL many times; one per file made the GUI thread
# wait for the GIL thousands of times in a batch of 2,000 files, and stall on a loaded machine.
HAND_OVER_INTERVAL = 0.05


class WorkerSignals(QObject):
    """Signals of a :class:`DiagnoseWorker`; they arrive queued in GUI-thread slots.

    Signals:
        reports_ready(list): the Reports of the files read since the last hand-over, in order
            (an mbox gives several per file).
        progress(int, int): files done, files in the batch; sent with each hand-over.
        failed(str, str): a file the engine raised on, and the traceback text.
        finished(bool): the batch ended; True when it was cancelled.
    """

    reports_ready = Signal(list)
    progress = Signal(int, int)
    failed = Signal(str, str)
    finished = Signal(bool)


def expand(paths: Sequence[Path]) -> Iterator[Path]:
    """Files to read: each file as given, and the mail files inside each folder, recursively."""
    for path in paths:
        if not path.is_dir():
            yield path
            continue
        for folder, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if not name.startswith(".") and Path(name).suffix.lower() in MAIL_SUFFIXES:
                    yield Path(folder, name)


class DiagnoseWorker(QRunnable):
    """Diagnoses files one by one, handing their Reports over a few times a second (the first at once).

    ``run()`` only reads files and emits plain data; models and widgets stay on the GUI thread.
    """

    def __init__(self, paths: Sequence[Path]) -> None:
        super().__init__()
        self.paths = list(paths)
        self.signals = WorkerSignals()
        self._cancelled = threading.Event()
        self._pending: list[Report] = []

    def cancel(self) -> None:
        """Stop before the next file; results already read are still handed over."""
        self._cancelled.set()

    def run(self) -> None:
        # Imported here, on the pool thread: the window shows before the engine has loaded.
        from bouncegui.core import diagnose_path

        files = list(expand(self.paths))
        total = len(files)
        self.signals.progress.emit(0, total)
        done = 0
        handed_over = float("-inf")  # the first file's results show at once
        for path in files:
            if self._cancelled.is_set():
                break
            started = time.perf_counter()
            try:
                self._pending.extend(diagnose_path(path))
            except Exception:  # one bad file must not end the batch
                self._hand_over(done, total)  # the files before it keep their places
                self.signals.failed.emit(str(path), traceback.format_exc())
            done += 1
            if started - handed_over >= HAND_OVER_INTERVAL:
                self._hand_over(done, total)
                handed_over = started
            # Hand the GIL to the GUI thread between files. While this thread runs Python, every
            # model call the GUI makes while painting waits up to the 5 ms switch interval, so a
            # repaint of a few hundred cells would take seconds; a pause as long as a fraction
            # of the work lets the GUI paint and handle input at full speed in between.
            time.sleep(max(MIN_PAUSE, (time.perf_counter() - started) * PAUSE_RATIO))
        self._hand_over(done, total)
        self.signals.finished.emit(self._cancelled.is_set())

    def _hand_over(self, done: int, total: int) -> None:
        """Emit the Reports read since the last hand-over (a new list each time: the GUI keeps it)."""
        if self._pending:
            self.signals.reports_ready.emit(self._pending)
            self._pending = []
        self.signals.progress.emit(done, total)
