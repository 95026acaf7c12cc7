"""The window's public entry: ``main()`` and ``MainWindow`` (defined under ``gui/``).

``bouncegui --version`` and ``--help`` answer before Qt is imported, so they are instant and
work where no display is available; everything else starts the window.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from bouncegui import __version__

if TYPE_CHECKING:
    from bouncegui.gui.mainwindow import MainWindow

__all__ = ["MainWindow", "main", "parser"]

# Options answered without Qt (argparse prints and exits).
_EARLY_OPTIONS = frozenset({"--version", "-h", "--help"})


def __getattr__(name: str) -> object:
    # Lazy: importing this module for main() must not import Qt (``bouncegui --version``).
    if name == "MainWindow":
        from bouncegui.gui.mainwindow import MainWindow

        return MainWindow
    raise AttributeError(name)


def parser() -> argparse.ArgumentParser:
    """The window's command line (after Qt has taken its own options such as ``-platform``)."""
    result = argparse.ArgumentParser(
        prog="bouncegui",
        description="Desktop troubleshooter for bounced email. Files and folders named here are diagnosed at once.",
    )
    result.add_argument("--version", action="version", version=f"bouncegui {__version__}")
    result.add_argument(
        "--exit-after-startup",
        action="store_true",
        help="show the window, wait for its first paint and quit (a start-up check); with files, "
        "diagnose them first and print one line per message",
    )
    result.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="bounce file, mbox file or folder")
    return result


def main(argv: Sequence[str] | None = None) -> int:
    """Start the window, opening the files named on the command line."""
    args = list(sys.argv if argv is None else argv)
    if _EARLY_OPTIONS.intersection(args[1:]):
        try:
            parser().parse_args(args[1:])
        except SystemExit as done:
            return done.code if isinstance(done.code, int) else 0
    # Start-up makes a few hundred thousand objects that live as long as the app (modules, Qt's
    # enums, the catalogue), and the collector would walk them over and over. run() turns it
    # back on once the window has painted, with those objects frozen out of its way.
    gc.disable()
    from bouncegui.gui.application import run

    return run(args)
