"""The one place that knows where bundled files live: source tree, wheel or frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path

# Pixel sizes of the app icon's PNGs (resources/icons/hicolor/NxN/apps/bouncegui.png).
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

_PACKAGE = Path(__file__).resolve().parent


def _package_dir() -> Path:
    # PyInstaller unpacks (one-file) or lays out (one-folder) the bundle under sys._MEIPASS and
    # build.spec puts the data folders at bouncegui/_data and bouncegui/_translations there,
    # the same places a wheel has them.
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) / "bouncegui" if bundle is not None else _PACKAGE


def _locate(installed: str, source: str) -> Path:
    # In a wheel and in the PyInstaller bundle the folder sits inside the package;
    # in a source checkout (also an editable install) it sits at the top of the repository.
    inside = _package_dir() / installed
    return inside if inside.is_dir() else _PACKAGE.parent / source


def data_dir() -> Path:
    """Folder holding the catalogue and icons (``resources/`` in the repository)."""
    return _locate("_data", "resources")


def translations_dir() -> Path:
    """Folder holding the compiled ``.qm`` translations."""
    return _locate("_translations", "translations")


def catalogue_path() -> Path:
    """The bounce catalogue's source: help-page entries and status-code explanations."""
    return data_dir() / "catalogue.toml"


def compiled_catalogue_path() -> Path:
    """The catalogue as the app reads it: ``catalogue.toml`` compiled to JSON, which loads in a
    twentieth of the time (``scripts/compile_catalogue.py``; a test keeps the two equal)."""
    return data_dir() / "catalogue.json"


def icon_path(size: int) -> Path:
    """The app icon as a ``size`` × ``size`` PNG (one of :data:`ICON_SIZES`)."""
    return data_dir() / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "bouncegui.png"
