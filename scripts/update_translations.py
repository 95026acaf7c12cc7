"""Refresh translations/*.ts from the GUI sources with pyside6-lupdate, then compile the .qm files.

Run after changing any tr() string: ``python scripts/update_translations.py``; then translate the
new entries of ``bouncegui_ja.ts`` (Qt Linguist, or by hand) and run it again to compile.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "translations"
#: Sources holding tr() and QT_TRANSLATE_NOOP strings, listed rather than scanned.
SOURCES = tuple(
    ROOT / "bouncegui" / "gui" / name
    for name in (
        "categorytabs.py",
        "dropzone.py",
        "errordialog.py",
        "mainwindow.py",
        "models.py",
        "notedialog.py",
        "texts.py",
    )
)
LANGUAGES = ("en", "ja")


def lupdate_command(ts: Path, lang: str) -> list[str]:
    """The lupdate call for one .ts file; English is the source text, so it keeps plurals only."""
    command = [
        "pyside6-lupdate",
        *map(str, SOURCES),
        "-no-obsolete",
        "-locations",
        "none",
        "-target-language",
        lang,
        "-ts",
        str(ts),
    ]
    return command + (["-pluralonly"] if lang == "en" else [])


def lrelease_command(ts: Path, qm: Path) -> list[str]:
    return ["pyside6-lrelease", "-silent", str(ts), "-qm", str(qm)]


def main() -> int:
    for lang in LANGUAGES:
        ts = TRANSLATIONS / f"bouncegui_{lang}.ts"
        subprocess.run(lupdate_command(ts, lang), check=True)
        subprocess.run(lrelease_command(ts, ts.with_suffix(".qm")), check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
