"""The real window, driven as a user would: drops, pastes, tabs, language, session, sharing."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QTabBar,
    QTabWidget,
    QTextBrowser,
    QToolButton,
)

from bouncegui.core import diagnose_path, diagnose_text, load_catalogue
from bouncegui.gui import i18n, settings
from bouncegui.gui.models import EntryIdRole
from bouncegui.gui.worker import expand
from tests.gui.conftest import DATA, LoopWatch, corpus_file

CATEGORY_IDS = ("recipient", "invalid_recipient", "sender", "content", "rate_limit", "rbl", "microsoft365", "other")
EN_TABS = (
    "Recipient",
    "Invalid recipient",
    "Sender",
    "Content",
    "Rate limit",
    "Remote block list (RBL)",
    "Microsoft 365",
    "Other",
)
JA_TITLES = (
    "受信者のバウンス",
    "無効な受信者のバウンス",
    "送信者のバウンス",
    "コンテンツのバウンス",
    "レート制限バウンス",
    "リモートブロックリスト(RBL)のバウンス",
    "Microsoft 365バウンス",
)


def tab_label(window, category: str) -> str:  # type: ignore[no-untyped-def]
    """A tab as a screen reader names it: its title, and its count when it has one."""
    return window.tabs.tabBar().accessibleTabName(CATEGORY_IDS.index(category))


def assert_tab(window, category: str, title: str, count: int) -> None:  # type: ignore[no-untyped-def]
    """The tab shows exactly ``title``, and ``count`` beside it (nothing for 0)."""
    assert window.tabs.tabText(CATEGORY_IDS.index(category)) == title
    assert window.tabs.tab_count_text(category) == (str(count) if count else "")


def mime_of(paths: list[Path]) -> QMimeData:
    """What a file manager puts in a drag of ``paths``."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def drop(qtbot, window, paths: list[Path] | QMimeData) -> None:  # type: ignore[no-untyped-def]
    """Send the drag-enter and drop events a file manager would send."""
    mime = paths if isinstance(paths, QMimeData) else mime_of(paths)
    target = window.centralWidget()
    point = QPoint(target.width() // 2, target.height() // 2)
    enter = QDragEnterEvent(
        point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    assert window.drop_zone.findChild(type(window.drop_zone._hint), "dropHint").text().startswith("Drop")
    event = QDropEvent(
        QPointF(point), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, event)
    assert event.isAccepted()


def wait_batch(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.is_busy(), timeout=60000)


def selected_entry(window, category: str) -> str | None:  # type: ignore[no-untyped-def]
    """The catalogue entry id of the row selected in a tab (None for none, or for a group row)."""
    rows = window.tabs.table(category).selectionModel().selectedRows()
    return rows[0].data(EntryIdRole) if rows else None


def selected_text(window, category: str) -> list[str] | None:  # type: ignore[no-untyped-def]
    """The three cells of the row selected in a tab."""
    rows = window.tabs.table(category).selectionModel().selectedRows()
    return [rows[0].siblingAtColumn(c).data() for c in range(3)] if rows else None


def assert_help_page(window) -> None:  # type: ignore[no-untyped-def]
    """Each tab holds exactly its catalogue entries, in page order, none highlighted; Other is empty."""
    catalogue = load_catalogue()
    for category in CATEGORY_IDS:
        model = window.tabs.table(category).model()
        rows = [(model.index(r, 0).data(EntryIdRole), model.index(r, 0).data()) for r in range(model.rowCount())]
        assert rows == [(e.id, e.server_text) for e in catalogue.entries_in(category)]
        assert not any(model.index(r, 0).data(Qt.ItemDataRole.BackgroundRole) for r in range(model.rowCount()))
        assert window.tabs.diagnosis_count(category) == 0


def test_nothing_loaded_shows_the_help_page(window) -> None:  # type: ignore[no-untyped-def]
    tabs = window.findChild(QTabWidget, "categoryTabs")
    catalogue = load_catalogue()
    assert tabs.count() == 8
    assert tuple(tabs.tabText(i) for i in range(8)) == EN_TABS
    for category in CATEGORY_IDS[:7]:
        assert window.tabs.visible_rows(category) == len(catalogue.entries_in(category))
    assert window.tabs.visible_rows("other") == 0
    assert_help_page(window)
    assert "Nothing diagnosed yet" in window.findChild(QTextBrowser, "diagnosisSummary").toPlainText()


def test_drop_of_corpus_file_selects_its_row(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    drop(qtbot, window, [corpus_file("rhost-godaddy-03.eml")])
    wait_batch(qtbot, window)
    tabs = window.findChild(QTabWidget, "categoryTabs")
    assert tabs.currentIndex() == CATEGORY_IDS.index("rate_limit")
    assert_tab(window, "rate_limit", "Rate limit", 1)
    assert tab_label(window, "rate_limit") == "Rate limit (1)"
    assert selected_entry(window, "rate_limit") == "godaddy-ib607"
    assert "IB607" in window.summary.toPlainText()


def test_drop_of_several_files_lists_each(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    files = [DATA / "gui-m365-5.7.708.eml", DATA / "gui-ib212.eml", DATA / "gui-userunknown.eml"]
    drop(qtbot, window, files)
    wait_batch(qtbot, window)
    view = window.session_view
    assert window.session.rowCount() == 3
    # The first message of the drop is current.
    assert window.tabs.currentIndex() == CATEGORY_IDS.index("microsoft365")
    assert selected_entry(window, "microsoft365") == "m365-5.7.708"
    assert view.model().index(2, 2).data() == "nobody@example.jp"
    assert view.model().index(2, 1).data() == "Invalid recipient bounces"
    # Selecting another row shows its diagnosis and moves the tabs with it.
    window.select_report(1)
    assert window.tabs.currentIndex() == CATEGORY_IDS.index("content")
    assert selected_entry(window, "content") == "godaddy-ib212"
    assert "kijitora@example.org" in window.summary.toPlainText()
    # A user unknown that matched no entry is still an invalid-recipient bounce.
    window.select_report(2)
    assert window.tabs.currentIndex() == CATEGORY_IDS.index("invalid_recipient")
    assert_tab(window, "invalid_recipient", "Invalid recipient", 1)
    assert_tab(window, "other", "Other", 0)
    assert tab_label(window, "other") == "Other"
    assert "No entry of the help page matched" in window.summary.toPlainText()


@pytest.mark.parametrize("entry", load_catalogue().entries, ids=lambda e: e.id)
def test_pasting_server_text_selects_the_entry(qtbot, window, entry) -> None:  # type: ignore[no-untyped-def]
    box = window.findChild(QPlainTextEdit, "pasteBox")
    box.setPlainText(entry.server_text)
    qtbot.mouseClick(window.findChild(QPushButton, "diagnoseButton"), Qt.MouseButton.LeftButton)
    assert window.tabs.currentIndex() == CATEGORY_IDS.index(entry.category)
    assert selected_entry(window, entry.category) == entry.id
    assert entry.title["en"] in window.summary.toPlainText()


def test_paste_from_clipboard_diagnoses_at_once(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    QGuiApplication.clipboard().setText(
        "550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP."
    )
    box = window.findChild(QPlainTextEdit, "pasteBox")
    box.setFocus()
    box.paste()
    assert window.session.rowCount() == 1
    assert selected_entry(window, "microsoft365") == "m365-5.7.708"


def test_ctrl_return_diagnoses(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    box = window.findChild(QPlainTextEdit, "pasteBox")
    box.setFocus()
    qtbot.keyClicks(box, "554 Connection refused. This IP address is listed on the Spamhaus Block List. IB104")
    qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert selected_entry(window, "rbl") == "godaddy-ib104"


def test_bounce_text_is_shown_as_plain_text(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.diagnose_pasted("550 5.1.1 <b>bold</b><img src=x> user unknown")
    summary = window.findChild(QTextBrowser, "diagnosisSummary")
    assert "<b>bold</b><img src=x>" in summary.toPlainText()
    assert "<img" not in summary.toHtml()
    assert "&lt;b&gt;bold&lt;/b&gt;&lt;img src=x&gt;" in summary.toHtml()


def test_switching_to_japanese_retranslates_everything(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.load_paths([DATA / "gui-ib212.eml"])
    wait_batch(qtbot, window)
    tabs = window.findChild(QTabWidget, "categoryTabs")
    window.findChild(type(window.action_open), "actionLanguageJa").trigger()
    qtbot.waitUntil(lambda: tabs.tabText(0) == JA_TITLES[0])
    assert tuple(tabs.tabText(i) for i in range(7)) == JA_TITLES
    assert window.tabs.tab_count_text("content") == "1"
    assert tab_label(window, "content") == "コンテンツのバウンス(1)"
    ib212 = load_catalogue().entry("godaddy-ib212")
    table = window.tabs.table("content")
    assert table.model().index(0, 1).data() == ib212.cause["ja"]
    assert table.model().headerData(0, Qt.Orientation.Horizontal) == "バウンスエラー"
    summary = window.summary.toPlainText()
    assert ib212.title["ja"] in summary and "対処方法" in summary
    assert window.findChild(QPushButton, "diagnoseButton").text() == "診断(&D)"
    assert window.file_menu.title() == "ファイル(&F)"
    assert settings.language() == "ja"
    window.findChild(type(window.action_open), "actionLanguageEn").trigger()
    qtbot.waitUntil(lambda: tabs.tabText(0) == "Recipient")
    assert ib212.title["en"] in window.summary.toPlainText()


def test_filter_narrows_every_tab(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    line = window.findChild(QLineEdit, "catalogueFilter")

    def visible() -> dict[str, int]:
        return {c: window.tabs.visible_rows(c) for c in CATEGORY_IDS[:7] if window.tabs.visible_rows(c)}

    qtbot.keyClicks(line, "IB212")
    assert visible() == {"content": 1}
    line.setText("5.7.708")
    assert visible() == {"microsoft365": 1}
    line.setText("552")
    assert visible() == {"content": 3}
    line.setText("ウイルス")  # words of the Japanese texts
    assert "content" in visible()
    line.setText("spamhaus block")
    assert visible() == {"rbl": 3}
    line.clear()
    assert sum(visible().values()) == len(load_catalogue().entries)


def test_shortcut_find_focuses_the_filter(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.keyClick(window.summary, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.filter)


def test_drop_of_2000_bounces_lists_all_and_keeps_the_event_loop_responsive(qtbot, window, capsys) -> None:  # type: ignore[no-untyped-def]
    files = sorted(corpus_file("rhost-godaddy-03.eml").parent.iterdir())
    paths = (files * (2000 // len(files) + 1))[:2000]
    mime = mime_of(paths)  # built by the file manager, before the drop reaches the window
    # 2,000 files give thousands of queued signals: this also guards against PySide6 6.12.0,
    # which aborts Python 3.11 after about a thousand emits.
    with LoopWatch() as loop:
        drop(qtbot, window, mime)
        wait_batch(qtbot, window)
    assert [r.source for r in window.session.reports()] == [str(p) for p in paths]
    assert window.session.index(1999, 0).data() == paths[-1].name
    with capsys.disabled():
        print(f"\nlongest event-loop stall during a drop of {len(paths)} bounces: {loop.longest * 1000:.0f} ms")
    assert loop.longest < 0.25


def test_cancel_stops_the_batch(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    paths = [DATA / "gui-ib212.eml"] * 3000
    worker = window.load_paths(paths)
    with qtbot.waitSignal(worker.signals.finished, timeout=30000) as finished:
        qtbot.waitUntil(lambda: window.session.rowCount() > 0)
        qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    assert finished.args == [True]
    assert window.session.rowCount() < 3000
    assert not window.cancel_button.isVisible()


def test_copy_save_and_redact(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window.load_paths([DATA / "gui-userunknown.eml", DATA / "gui-ib212.eml"])
    wait_batch(qtbot, window)
    window.copy_diagnosis()
    assert "nobody@example.jp" in QGuiApplication.clipboard().text()
    window.action_redact.setChecked(True)
    assert settings.redact()
    window.copy_diagnosis()
    copied = QGuiApplication.clipboard().text()
    assert "nobody@example.jp" not in copied and "[address]" in copied
    window.save_report(tmp_path / "one.md")
    window.save_report(tmp_path / "one.html")
    window.save_report(tmp_path / "all.csv")
    markdown = (tmp_path / "one.md").read_text(encoding="utf-8")
    assert "nobody@example.jp" not in markdown and r"\[address\]" in markdown
    assert "<h1>" in (tmp_path / "one.html").read_text(encoding="utf-8")
    assert len((tmp_path / "all.csv").read_text(encoding="utf-8").splitlines()) == 3


def test_note_in_the_chosen_language(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.load_paths([DATA / "gui-ib212.eml"])
    wait_batch(qtbot, window)
    dialog = window.open_note()
    qtbot.addWidget(dialog)
    ib212 = load_catalogue().entry("godaddy-ib212")
    assert ib212.solution["en"] in dialog.text.toPlainText()
    dialog.language.setCurrentIndex(dialog.language.findData("ja"))
    assert ib212.solution["ja"] in dialog.text.toPlainText()
    assert "よろしくお願いいたします。" in dialog.text.toPlainText()


def test_geometry_is_remembered(qtbot) -> None:  # type: ignore[no-untyped-def]
    from bouncegui.app import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    first.resize(700, 500)
    first.show()
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 500)


def test_unreadable_drop_shows_an_error_row(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window.load_paths([tmp_path / "missing.eml"])
    wait_batch(qtbot, window)
    assert window.session.rowCount() == 1
    assert "no such file" in window.summary.toPlainText()


def test_corpus_folder_drop_lands_every_file(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    folder = corpus_file("rhost-godaddy-03.eml").parent
    drop(qtbot, window, [folder])
    wait_batch(qtbot, window)
    assert window.session.rowCount() >= len(list(folder.iterdir()))


def test_tab_counts_are_the_diagnoses_of_each_category(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    paths = [*sorted(DATA.iterdir()), corpus_file("rhost-godaddy-03.eml").parent]
    drop(qtbot, window, paths)
    wait_batch(qtbot, window)
    expected: Counter[str] = Counter()
    unmatched: Counter[str] = Counter()
    for path in expand(paths):
        for report in diagnose_path(path):
            if report.kind in ("bounce", "delay"):  # the kinds whose recipients the tabs list
                expected.update(d.category for d in report.recipients)
                unmatched.update(d.category for d in report.recipients if d.entry is None)
    assert set(expected) <= set(CATEGORY_IDS)
    assert unmatched["invalid_recipient"] > 0  # the point: they count in their own tab, not in Other
    assert {c: window.tabs.diagnosis_count(c) for c in CATEGORY_IDS} == {c: expected[c] for c in CATEGORY_IDS}
    for category, title in zip(CATEGORY_IDS, EN_TABS, strict=True):
        assert_tab(window, category, title, expected[category])
    # Unmatched diagnoses are grouped below the page's rows, so a big batch gives few rows.
    entries = len(load_catalogue().entries_in("invalid_recipient"))
    groups = window.tabs.visible_rows("invalid_recipient") - entries
    assert 0 < groups < unmatched["invalid_recipient"]
    model = window.tabs.table("invalid_recipient").model()
    assert all(model.index(r, 0).data().startswith("No help-page entry: ") for r in range(entries, entries + groups))
    window.clear_session()
    assert_help_page(window)


def test_unmatched_user_unknown_is_a_row_of_its_tab(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    catalogue = load_catalogue()
    [report] = diagnose_path(DATA / "gui-userunknown.eml")
    [diagnosis] = report.recipients
    assert (diagnosis.category, diagnosis.entry) == ("invalid_recipient", None)  # the premise
    window.load_paths([DATA / "gui-ib212.eml", DATA / "gui-userunknown.eml"])
    wait_batch(qtbot, window)
    tabs = window.tabs
    assert tabs.currentIndex() == CATEGORY_IDS.index("content")
    entries = len(catalogue.entries_in("invalid_recipient"))
    assert tabs.visible_rows("invalid_recipient") == entries + 1
    window.select_report(1)
    assert tabs.currentIndex() == CATEGORY_IDS.index("invalid_recipient")
    assert tabs.selected_entry_row("invalid_recipient") == entries  # below the page's own rows
    en = catalogue.explain(diagnosis, "en")
    assert selected_text(window, "invalid_recipient") == [
        f"No help-page entry: {diagnosis.diagnostic}",
        en.cause,
        en.solution,
    ]
    # The filter narrows the extra rows as it does the page's rows.
    window.filter.setText("nobody@example.JP")
    assert {c: tabs.visible_rows(c) for c in CATEGORY_IDS if tabs.visible_rows(c)} == {"invalid_recipient": 1}
    window.filter.setText("IB212")
    assert tabs.visible_rows("invalid_recipient") == 0
    window.filter.clear()
    window.set_language("ja")
    qtbot.waitUntil(lambda: tabs.tabText(0) == JA_TITLES[0])
    ja = catalogue.explain(diagnosis, "ja")
    model = tabs.table("invalid_recipient").model()
    assert [model.index(entries, c).data() for c in range(3)] == [
        f"ヘルプページに該当する項目なし：{diagnosis.diagnostic}",
        ja.cause,
        ja.solution,
    ]
    assert_tab(window, "invalid_recipient", "無効な受信者のバウンス", 1)


def count_everywhere(window, count: int) -> None:  # type: ignore[no-untyped-def]
    """Put ``count`` diagnoses in every tab, as a big batch would."""
    [user_unknown] = diagnose_text("550 5.1.1 user unknown").recipients
    window.tabs.add_diagnoses(
        [replace(user_unknown, category=c, entry=None) for c in CATEGORY_IDS for _ in range(count)]
    )


def assert_every_tab_shows(window) -> None:  # type: ignore[no-untyped-def]
    """No tab of the bar is clipped or scrolled out of view, nor is its count."""
    bar = window.tabs.tabBar()
    assert bar.width() == window.tabs.width()
    assert bar.sizeHint().width() <= bar.width()
    assert not [b for b in bar.findChildren(QToolButton) if b.isVisible()], "the tab bar shows scroll buttons"
    for position, category in enumerate(CATEGORY_IDS):
        tab = bar.tabRect(position)
        assert bar.rect().contains(tab), category
        count = bar.tabButton(position, bar.ButtonPosition.RightSide)
        assert count.isVisible() and tab.contains(count.geometry()), category
        text_width = bar.fontMetrics().horizontalAdvance(bar.tabText(position))
        assert text_width + count.width() < tab.width(), category


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_every_tab_shows_at_the_default_size_with_3_digit_counts(qtbot, lang) -> None:  # type: ignore[no-untyped-def]
    from bouncegui.app import MainWindow

    i18n.install_language(lang)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # 1,200 px, or wider where the screen has room (the offscreen test screen has none).
    room = window.screen().availableGeometry().width()
    assert window.width() == max(1200, min(window.tabs.roomy_width(), room))
    count_everywhere(window, 888)
    qtbot.waitUntil(lambda: window.tabs.tab_count_text("other") == "888")
    titles = (*JA_TITLES, "その他") if lang == "ja" else EN_TABS
    assert tuple(window.tabs.tabText(i) for i in range(8)) == titles  # exactly the page's, not elided
    settle()
    assert_every_tab_shows(window)


def settle() -> None:
    """Let posted layout requests run (the tab bar's size follows its tabs' through one)."""
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def test_tabs_keep_the_style_padding_where_there_is_room(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.set_language("ja")
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == JA_TITLES[0])
    count_everywhere(window, 888)
    bar = window.tabs.tabBar()
    natural = window.tabs._tab_style.baseStyle().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
    padding = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
    assert padding < natural  # at 1,200 px the Japanese tabs need less padding to fit
    window.resize(window.tabs.roomy_width(), 800)
    settle()
    assert bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar) == natural
    assert_every_tab_shows(window)
    # Narrower than the tabs need at the least padding: the bar scrolls, and titles stay whole.
    window.resize(700, 800)
    settle()
    assert any(b.isVisible() for b in bar.findChildren(QToolButton))
    assert tuple(window.tabs.tabText(i) for i in range(7)) == JA_TITLES


def test_clicking_a_tab_count_opens_its_tab(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    count_everywhere(window, 5)
    settle()
    label = window.tabs.tabBar().tabButton(CATEGORY_IDS.index("rbl"), QTabBar.ButtonPosition.RightSide)
    assert label.text() == "5"
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert window.tabs.currentIndex() == CATEGORY_IDS.index("rbl")
