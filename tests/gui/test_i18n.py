"""Language choice: first start follows the system, the choice persists, translators swap."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from bouncegui.gui import i18n, settings, texts


def test_first_start_follows_the_system_locale() -> None:
    assert settings.language() is None
    QLocale.setDefault(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan))
    assert i18n.preferred_language() == "ja"
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    assert i18n.preferred_language() == "en"


def test_saved_choice_wins_over_the_locale() -> None:
    QLocale.setDefault(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan))
    settings.set_language("en")
    assert i18n.preferred_language() == "en"


def test_install_swaps_translators() -> None:
    i18n.install_language("ja")
    assert i18n.current_language() == "ja"
    assert texts.tab_title("rbl") == "リモートブロックリスト(RBL)のバウンス"
    # qtbase's own strings (standard dialogs' buttons) follow too.
    assert QCoreApplication.translate("QPlatformTheme", "&Yes") != "&Yes"
    i18n.install_language("en")
    assert texts.tab_title("rbl") == "Remote block list (RBL)"


def test_a_note_can_use_another_language_than_the_window() -> None:
    labels = texts.labels(i18n.translator("ja"))
    assert i18n.current_language() == "en"
    assert labels["solution"] == "対処方法"
