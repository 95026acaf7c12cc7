"""QSettings key names with typed getters and setters (small preferences only)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

LANGUAGE = "ui/language"
GEOMETRY = "window/geometry"
STATE = "window/state"
SPLITTER = "window/splitter"
LAST_FOLDER = "files/last_folder"
REDACT = "share/redact"


def language() -> str | None:
    """The language chosen in the Language menu, or None before the first choice."""
    value = QSettings().value(LANGUAGE)
    return value if isinstance(value, str) and value else None


def set_language(lang: str) -> None:
    QSettings().setValue(LANGUAGE, lang)


def blob(key: str) -> QByteArray | None:
    """A saved geometry or state blob, or None."""
    value = QSettings().value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def set_blob(key: str, value: QByteArray) -> None:
    QSettings().setValue(key, value)


def last_folder() -> str:
    """Folder of the last opened file, or "" for the dialog's default."""
    value = QSettings().value(LAST_FOLDER, "")
    return value if isinstance(value, str) else ""


def set_last_folder(folder: str) -> None:
    QSettings().setValue(LAST_FOLDER, folder)


def redact() -> bool:
    """Whether addresses, domains and IPs are hidden when copying or saving."""
    value = QSettings().value(REDACT, False)
    # The INI backend hands booleans back as the strings "true"/"false".
    return value in (True, "true")


def set_redact(on: bool) -> None:
    QSettings().setValue(REDACT, on)
