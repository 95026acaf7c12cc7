"""The one place that knows where bundled files live: source tree, wheel or frozen bundle."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _locate(installed: str, source: str) -> Path:
    # In a wheel and in the PyInstaller bundle the folder sits inside the package;
    # in a source checkout (also an editable install) it sits at the top of the repository.
    inside = _PACKAGE / installed
    return inside if inside.is_dir() else _PACKAGE.parent / source


def data_dir() -> Path:
    """Folder holding the catalogue and icons (``resources/`` in the repository)."""
    return _locate("_data", "resources")


def translations_dir() -> Path:
    """Folder holding the compiled ``.qm`` translations."""
    return _locate("_translations", "translations")


def catalogue_path() -> Path:
    """The bounce catalogue: help-page entries and status-code explanations."""
    return data_dir() / "catalogue.toml"
