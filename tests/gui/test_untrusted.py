"""Untrusted input in the window: a hostile drop, markup in bounces and file names, no remote content."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication, Qt, QTextDocument  # QtGui's Qt has mightBeRichText
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextBrowser

from bouncegui.gui.errordialog import ErrorDialog
from bouncegui.gui.models import COL_CATEGORY, COL_RECIPIENT, COL_SOURCE
from bouncegui.gui.worker import expand
from tests.gui.conftest import LoopWatch
from tests.gui.test_mainwindow import CATEGORY_IDS, drop, mime_of, wait_batch
from tests.hostile import write_all

MARKUP = "<b>bold</b><img src=http://example.com/x.png>"
# A file name can hold markup too (but no slash).
MARKUP_NAME = "<b>bold<img src=x.png>.eml"
BOUNCE = (
    "From: MAILER-DAEMON@mx.example.net\nTo: hanako@example.net\nSubject: Undelivered {markup}\n\n"
    "<taro@example.org>: host mx.example.org said: 550 5.1.1 {markup} user unknown\n"
)


def snapshot(folder: Path) -> dict[str, tuple[int, int, str]]:
    """Every file under ``folder``: size, modification time and SHA-256."""
    return {
        str(path.relative_to(folder)): (
            path.stat().st_size,
            path.stat().st_mtime_ns,
            hashlib.sha256(path.read_bytes()).hexdigest(),
        )
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def open_files_under(folder: Path) -> list[str]:
    """Files under ``folder`` this process holds open (Linux: /proc/self/fd)."""
    fds = Path("/proc/self/fd")
    found = []
    for fd in fds.iterdir() if fds.is_dir() else ():
        try:
            target = os.readlink(fd)
        except OSError:  # closed since listed
            continue
        if target.startswith(str(folder)):
            found.append(target)
    return found


def shown_tooltip(tip: str) -> str:
    """What a tooltip shows: QToolTip renders rich text whenever the text might be markup."""
    if not Qt.mightBeRichText(tip):
        return tip
    document = QTextDocument()
    document.setHtml(tip)
    return document.toPlainText()


# The 20 MB attachment is measured on its own: one engine step over it is the longest the worker
# holds the GIL (core/mime.py finds boundaries with bytes.find for that reason).
HUGE = "huge-attachment.eml"


@pytest.mark.parametrize("huge", [pytest.param(False, id="all-but-20MB"), pytest.param(True, id="20MB")])
def test_hostile_drop_keeps_the_event_loop_responsive(qtbot, window, tmp_path, capsys, huge) -> None:  # type: ignore[no-untyped-def]
    paths = [p for p in write_all(tmp_path) if (p.name == HUGE) == huge]
    mime = mime_of(paths)
    with LoopWatch() as loop:
        drop(qtbot, window, mime)
        wait_batch(qtbot, window)
    assert window.session.rowCount() == len(list(expand(paths)))
    with capsys.disabled():
        what = HUGE if huge else "the hostile set but " + HUGE
        print(f"\nlongest event-loop stall during a drop of {what}: {loop.longest * 1000:.0f} ms")
    assert loop.longest < 0.25


def test_hostile_drop_lists_everything_and_leaves_the_files_alone(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "dropped"
    folder.mkdir()
    paths = write_all(folder)
    before = snapshot(folder)
    drop(qtbot, window, paths)
    wait_batch(qtbot, window)

    # Every input is listed, in order: the folder by the message in it, the missing path as given.
    reports = window.session.reports()
    assert [r.source for r in reports] == [str(p) for p in expand(paths)]
    rows = {Path(r.source).name: row for row, r in enumerate(reports)}
    model = window.session
    for name, error in (
        ("empty.eml", "the file is empty"),
        ("random.eml", "this is not an email message or text (it looks like binary data)"),
        ("picture.eml", "this is not an email message or text (it looks like binary data)"),
        ("missing.eml", "no such file or folder"),
    ):
        assert model.index(rows[name], COL_CATEGORY).data() == f"Could not read: {error}", name
        assert error in shown_tooltip(model.index(rows[name], COL_SOURCE).data(Qt.ItemDataRole.ToolTipRole))
    for name in (
        "unknown-charset.eml",
        "lying-charset.eml",
        "broken-base64.eml",
        "broken-qp.eml",
        "nul-headers.eml",
        "broken-iso2022jp.eml",
        "markup.eml",
        "inside.eml",
    ):
        assert reports[rows[name]].kind == "bounce", name
    recipients = model.index(rows["thousand-recipients.eml"], COL_RECIPIENT).data().split(", ")
    assert len(recipients) == 1000 and recipients[-1] == "user0999@example.org"
    assert window.tabs.diagnosis_count("invalid_recipient") >= 1000
    # A limit reached is said in the summary, not hidden.
    window.select_report(rows["huge-attachment.eml"])
    assert "Note: only the first 20 MB were read" in window.summary.toPlainText()
    window.select_report(rows["many-parts.eml"])
    assert "Note: only the first 500 MIME parts were read" in window.summary.toPlainText()
    assert "<script>" not in window.summary.toHtml()
    assert not [d for d in window.findChildren(ErrorDialog) if d.isVisible()], "no internal error expected"

    # Dropped files are only read: unchanged, nothing added beside them, none left open.
    assert snapshot(folder) == before
    assert open_files_under(folder) == []

    # The window still works.
    window.diagnose_pasted("550 5.1.1 <hanako@example.jp>: Recipient address rejected: User unknown")
    assert window.session.rowCount() == len(reports) + 1
    assert "hanako@example.jp" in window.summary.toPlainText()


def test_markup_in_a_bounce_is_shown_literally_everywhere(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window.diagnose_pasted(f"550 5.1.1 {MARKUP} user unknown")
    # The summary.
    summary = window.findChild(QTextBrowser, "diagnosisSummary")
    assert MARKUP in summary.toPlainText()
    assert "<img" not in summary.toHtml() and "<b>bold" not in summary.toHtml()
    # The tab's row for a diagnosis no entry matched, and the tooltips of every row.
    table = window.tabs.table("invalid_recipient").model()
    texts = [table.index(r, 0).data() for r in range(table.rowCount())]
    assert f"No help-page entry: 550 5.1.1 {MARKUP} user unknown" in texts
    for r in range(table.rowCount()):
        tip = table.index(r, 0).data(Qt.ItemDataRole.ToolTipRole)
        assert shown_tooltip(tip) == tip  # our own words, never markup
    # What is copied, saved and written to whoever acts.
    window.copy_diagnosis()
    assert MARKUP in QGuiApplication.clipboard().text()
    window.save_report(tmp_path / "one.html")
    saved = (tmp_path / "one.html").read_text(encoding="utf-8")
    assert "<img" not in saved and "&lt;b&gt;bold&lt;/b&gt;&lt;img src=http://example.com/x.png&gt;" in saved
    window.save_report(tmp_path / "one.md")
    assert "<b>" not in (tmp_path / "one.md").read_text(encoding="utf-8")
    dialog = window.open_note()
    qtbot.addWidget(dialog)
    assert isinstance(dialog.text, QPlainTextEdit) and MARKUP in dialog.text.toPlainText()


def test_markup_in_a_file_name_and_its_bounce_is_shown_literally(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / MARKUP_NAME
    path.write_text(BOUNCE.format(markup=MARKUP), encoding="utf-8")
    drop(qtbot, window, [path])
    wait_batch(qtbot, window)
    model = window.session
    assert model.index(0, COL_SOURCE).data() == MARKUP_NAME
    assert model.index(0, COL_RECIPIENT).data() == "taro@example.org"
    for column in range(model.columnCount()):
        assert str(path) in shown_tooltip(model.index(0, column).data(Qt.ItemDataRole.ToolTipRole))
    summary = window.summary.toPlainText()
    assert MARKUP_NAME in summary and f"Undelivered {MARKUP}" in summary
    assert "<img" not in window.summary.toHtml()


def test_no_remote_content_is_ever_fetched(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.diagnose_pasted(f'550 5.1.1 {MARKUP} <a href="http://example.com/">click</a> user unknown')
    window.open_note()
    for browser in window.findChildren(QTextBrowser):
        assert not browser.openExternalLinks() and not browser.openLinks(), browser.objectName()
    for label in window.findChildren(QLabel):
        assert not label.openExternalLinks(), label.objectName()
    # The summary loads no image or style sheet, remote or local.
    for url in ("http://example.com/x.png", QUrl.fromLocalFile(__file__).toString()):
        assert window.summary.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(url)) is None
    assert (
        window.summary.document().resource(
            QTextDocument.ResourceType.ImageResource.value, QUrl("http://example.com/x.png")
        )
        is None
    )
    for label in (window.tabs.findChild(QLabel, f"tabCount_{c}") for c in CATEGORY_IDS):
        assert label.textFormat() == Qt.TextFormat.PlainText
