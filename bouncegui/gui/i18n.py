"""Loads and swaps the app and ``qtbase`` translators, and picks the first language."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from bouncegui.gui import settings
from bouncegui.resources import translations_dir

Lang = Literal["en", "ja"]
LANGUAGES: tuple[Lang, ...] = ("en", "ja")
#: Each language in its own script, as menus and pickers show it.
LANGUAGE_NAMES: dict[Lang, str] = {"en": "English", "ja": "日本語"}

_APP = "bouncegui_translator"
_QTBASE = "qtbase_translator"
_PROPERTY = "bouncegui_language"


def preferred_language() -> Lang:
    """The saved choice, else the system's UI language when we have it, else English."""
    saved = settings.language()
    if saved in LANGUAGES:
        return saved  # type: ignore[return-value]
    # QLocale() follows QLocale.setDefault(), so tests can pretend to run on a Japanese system.
    for name in QLocale().uiLanguages():
        code = name.split("-")[0].split("_")[0].lower()
        if code in LANGUAGES:
            return code  # type: ignore[return-value]
    return "en"


def current_language() -> Lang:
    """The language installed by :func:`install_language` (English before any)."""
    app = QCoreApplication.instance()
    value = app.property(_PROPERTY) if app is not None else None
    return value if value in LANGUAGES else "en"


def translator(lang: Lang) -> QTranslator:
    """A loaded, uninstalled translator for ``lang`` (for a note in another language)."""
    loaded = QTranslator()
    loaded.load(f"bouncegui_{lang}", str(translations_dir()))
    return loaded


def install_language(lang: Lang) -> None:
    """Swap the installed translators for ``lang``; Qt then sends every widget LanguageChange."""
    app = QCoreApplication.instance()
    assert app is not None, "install_language() needs a QApplication"
    # Set first: widgets read it when the LanguageChange that installTranslator() posts arrives.
    app.setProperty(_PROPERTY, lang)
    for name in (_APP, _QTBASE):
        old = app.findChild(QTranslator, name)
        if old is not None:
            QCoreApplication.removeTranslator(old)
            old.deleteLater()
            old.setObjectName("")
    # The app owns each translator: a translator that Python drops stops translating.
    ours = QTranslator(app)
    ours.setObjectName(_APP)
    if ours.load(f"bouncegui_{lang}", str(translations_dir())):
        QCoreApplication.installTranslator(ours)
    qtbase = QTranslator(app)
    qtbase.setObjectName(_QTBASE)
    if lang != "en" and qtbase.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        QCoreApplication.installTranslator(qtbase)
