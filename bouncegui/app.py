"""The window's public entry: ``main()`` and ``MainWindow`` (defined under ``gui/``)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from bouncegui.gui.mainwindow import MainWindow

__all__ = ["MainWindow", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Start the window, opening the files named on the command line."""
    from bouncegui.gui.application import run

    return run(list(sys.argv if argv is None else argv))
