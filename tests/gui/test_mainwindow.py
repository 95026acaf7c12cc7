"""The real window, driven as a user would: drops, pastes, tabs, language, session, sharing."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QPushButton, QTabWidget, QTextBrowser

from bouncegui.core import diagnose_path, load_catalogue
from bouncegui.gui import settings
from bouncegui.gui.models import EntryIdRole
from bouncegui.gui.worker import expand
from tests.gui.conftest import CORPUS, DATA, corpus_file

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


def drop(qtbot, window, paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    """Send the drag-enter and drop events a file manager would send."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
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
    rows = window.tabs.tables[category].selectionModel().selectedRows()
    return rows[0].data(EntryIdRole) if rows else None


def selected_text(window, category: str) -> list[str] | None:  # type: ignore[no-untyped-def]
    """The three cells of the row selected in a tab."""
    rows = window.tabs.tables[category].selectionModel().selectedRows()
    return [rows[0].siblingAtColumn(c).data() for c in range(3)] if rows else None


def assert_help_page(window) -> None:  # type: ignore[no-untyped-def]
    """Each tab holds exactly its catalogue entries, in page order, none highlighted; Other is empty."""
    catalogue = load_catalogue()
    for category in CATEGORY_IDS:
        model = window.tabs.tables[category].model()
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
    assert tabs.tabText(tabs.currentIndex()) == "Rate limit (1)"
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
    assert window.tabs.tabText(CATEGORY_IDS.index("invalid_recipient")) == "Invalid recipient (1)"
    assert window.tabs.tabText(CATEGORY_IDS.index("other")) == "Other"
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
    titles = [tabs.tabText(i) for i in range(7)]
    assert titles[:3] + titles[4:] == [JA_TITLES[i] for i in (0, 1, 2, 4, 5, 6)]
    assert titles[3] == "コンテンツのバウンス(1)"
    ib212 = load_catalogue().entry("godaddy-ib212")
    table = window.tabs.tables["content"]
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


def test_batch_drop_keeps_the_event_loop_responsive(qtbot, window, capsys) -> None:  # type: ignore[no-untyped-def]
    files = sorted(CORPUS.iterdir()) if CORPUS.is_dir() else sorted(DATA.glob("gui-*.eml"))
    paths = (files * (1500 // len(files) + 1))[:1500]
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    # 1500 files give over 3000 queued signals: this also guards against PySide6 6.12.0,
    # which aborts Python 3.11 after about a thousand emits.
    window.load_paths(paths)
    wait_batch(qtbot, window)
    timer.stop()
    assert window.session.rowCount() >= 1500
    stall = max(gaps)
    with capsys.disabled():
        print(f"\nlongest event-loop stall during a {len(paths)}-file batch: {stall * 1000:.0f} ms")
    assert stall < 0.25


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
    for position, (category, title) in enumerate(zip(CATEGORY_IDS, EN_TABS, strict=True)):
        assert window.tabs.tabText(position) == (f"{title} ({expected[category]})" if expected[category] else title)
    # Unmatched diagnoses are grouped below the page's rows, so a big batch gives few rows.
    entries = len(load_catalogue().entries_in("invalid_recipient"))
    groups = window.tabs.visible_rows("invalid_recipient") - entries
    assert 0 < groups < unmatched["invalid_recipient"]
    model = window.tabs.tables["invalid_recipient"].model()
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
    model = tabs.tables["invalid_recipient"].model()
    assert [model.index(entries, c).data() for c in range(3)] == [
        f"ヘルプページに該当する項目なし：{diagnosis.diagnostic}",
        ja.cause,
        ja.solution,
    ]
    assert tabs.tabText(CATEGORY_IDS.index("invalid_recipient")) == "無効な受信者のバウンス(1)"
