"""A QRunnable that diagnoses a batch of files off the GUI thread, with a QObject for its signals."""

from __future__ import annotations

import os
import threading
import time
import traceback
from collections.abc import Iterator, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from bouncegui.core import diagnose_path
from bouncegui.core.diagnose import MAIL_SUFFIXES

# Pause after each file: at least this many seconds, or this fraction of the file's work time.
MIN_PAUSE = 0.001
PAUSE_RATIO = 0.5


class WorkerSignals(QObject):
    """Signals of a :class:`DiagnoseWorker`; they arrive queued in GUI-thread slots.

    Signals:
        reports_ready(list): the Reports of one file (an mbox gives several).
        progress(int, int): files done, files in the batch.
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
    """Diagnoses files one by one, emitting each file's Reports as soon as they are ready.

    ``run()`` only reads files and emits plain data; models and widgets stay on the GUI thread.
    """

    def __init__(self, paths: Sequence[Path]) -> None:
        super().__init__()
        self.paths = list(paths)
        self.signals = WorkerSignals()
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        """Stop before the next file; results already emitted stay."""
        self._cancelled.set()

    def run(self) -> None:
        files = list(expand(self.paths))
        total = len(files)
        self.signals.progress.emit(0, total)
        for done, path in enumerate(files, 1):
            if self._cancelled.is_set():
                break
            started = time.perf_counter()
            try:
                reports = diagnose_path(path)
            except Exception:  # one bad file must not end the batch
                self.signals.failed.emit(str(path), traceback.format_exc())
            else:
                self.signals.reports_ready.emit(reports)
            self.signals.progress.emit(done, total)
            # Hand the GIL to the GUI thread between files. While this thread runs Python, every
            # model call the GUI makes while painting waits up to the 5 ms switch interval, so a
            # repaint of a few hundred cells would take seconds; a pause as long as a fraction
            # of the work lets the GUI paint and handle input at full speed in between.
            time.sleep(max(MIN_PAUSE, (time.perf_counter() - started) * PAUSE_RATIO))
        self.signals.finished.emit(self._cancelled.is_set())
