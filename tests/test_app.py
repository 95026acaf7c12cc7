"""The window's entry point and desktop integration: options, start-up check, icons, .desktop file."""

from __future__ import annotations

import configparser
import os
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from bouncegui import __version__, resources
from tests.paths import DATA, ROOT

ICONS = ROOT / "resources" / "icons"


def run_app(*args: str, tmp_path: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """``python -m bouncegui ARGS`` headless, with its settings in ``tmp_path``."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    return subprocess.run([sys.executable, "-m", "bouncegui", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)


@pytest.mark.parametrize("option", ["--version", "--help"])
def test_version_and_help_answer_without_importing_qt(option: str) -> None:
    # Runs bouncegui/__main__.py as the entry point does, then lists the Qt modules loaded.
    code = (
        "import runpy, sys\n"
        f"sys.argv = ['bouncegui', {option!r}]\n"
        "try:\n"
        "    runpy.run_module('bouncegui', run_name='__main__')\n"
        "except SystemExit as done:\n"
        "    status = done.code\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print('QT', qt, 'STATUS', status, file=sys.stderr)\n"
        "sys.exit(1 if qt or status else 0)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    if option == "--version":
        assert run.stdout == f"bouncegui {__version__}\n"
    else:
        assert "--exit-after-startup" in run.stdout


def test_exit_after_startup_paints_and_quits(tmp_path: Path) -> None:
    run = run_app("--exit-after-startup", tmp_path=tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stdout == ""


# Loaded on first use, not before the window's first paint (bench/startup.py measures the gain):
# the engine and its records with the first bounce, TOML only to compile the catalogue, the
# sharing formats on a copy or save, dialogs when opened, the tab padding style where the tabs do
# not fit (English at the default size fits).
LATER_MODULES = {
    "tomllib", "csv", "html", "bouncegui.core.model", "bouncegui.core.diagnose", "bouncegui.core.classify",
    "bouncegui.core.mime", "bouncegui.gui.share", "bouncegui.gui.worker", "bouncegui.gui.errordialog",
    "bouncegui.gui.notedialog", "bouncegui.gui.tabpadding",
}
# PySide sets a class up, enums and all, when Python first names it: QStyle's took 5 ms, the
# Python style subclass with the style option classes 10 ms more.
LATER_QT_CLASSES = {"QStyle", "QProxyStyle", "QStyleOptionViewItem", "QFileDialog", "QDialog", "QTextCharFormat"}


def test_start_up_loads_only_what_the_first_window_needs_and_collects_after(tmp_path: Path) -> None:
    code = (
        "import gc, os, sys\n"
        "from PySide6 import QtGui, QtWidgets\n"
        "leave = os._exit\n"
        "def report(status):\n"
        "    classes = set(vars(QtWidgets)) | set(vars(QtGui))\n"
        "    print(' '.join(sorted(sys.modules)))\n"
        "    print(' '.join(sorted(c for c in classes if c.startswith('Q'))))\n"
        "    print(gc.isenabled(), gc.get_freeze_count() > 10_000, flush=True)\n"
        "    leave(status)\n"
        "os._exit = report\n"
        "from bouncegui.app import main\n"
        "main(['bouncegui', '--exit-after-startup'])\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path), "LANGUAGE": "en"}
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    modules, classes, collector = (set(line.split()) for line in run.stdout.splitlines())
    assert "bouncegui.gui.mainwindow" in modules and "QMainWindow" in classes  # the check saw the window
    assert modules & LATER_MODULES == set()
    assert classes & LATER_QT_CLASSES == set()
    # Off during start-up, on again after the first paint with start-up's objects frozen out.
    assert collector == {"True"}


def test_exit_after_startup_with_files_prints_one_line_per_message(tmp_path: Path) -> None:
    files = [DATA / "gui-ib212.eml", DATA / "not-bounce.eml", tmp_path / "missing.eml"]
    run = run_app("--exit-after-startup", *map(str, files), tmp_path=tmp_path)
    lines = run.stdout.splitlines()
    assert [line.split("\t")[:2] for line in lines] == [
        [str(files[0]), "bounce"], [str(files[1]), "not_bounce"], [str(files[2]), "error"]]
    assert lines[0].split("\t")[2] == "content/godaddy-ib212"
    # A file that could not be read makes the check fail, as in bouncegui-cli.
    assert run.returncode == 1, run.stderr


def test_qt_options_are_left_to_qt_and_unknown_options_are_refused(tmp_path: Path) -> None:
    assert run_app("-platform", "offscreen", "--exit-after-startup", tmp_path=tmp_path).returncode == 0
    refused = run_app("--no-such-option", tmp_path=tmp_path)
    assert refused.returncode == 2 and "--no-such-option" in refused.stderr


def test_summary_line_names_category_and_entry_per_recipient() -> None:
    from bouncegui.core.model import Report
    from bouncegui.gui.application import summary_line

    assert summary_line(Report(source="a.eml", kind="error", error="no such file")) == "a.eml\terror\tno such file"
    assert summary_line(Report(source="b.eml", kind="not_bounce")) == "b.eml\tnot_bounce\t-"


def test_window_icon_has_every_png_size(qapp) -> None:  # type: ignore[no-untyped-def]
    from bouncegui.gui.application import app_icon

    sizes = {(s.width(), s.height()) for s in app_icon().availableSizes()}
    assert sizes == {(n, n) for n in resources.ICON_SIZES}


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize("size", resources.ICON_SIZES)
def test_icon_png_has_its_size(size: int) -> None:
    path = resources.icon_path(size)
    assert path.is_relative_to(ROOT / "resources" / "icons")
    assert png_size(path) == (size, size)


def test_icon_svg_is_square_svg() -> None:
    root = ET.parse(ICONS / "hicolor" / "scalable" / "apps" / "bouncegui.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 256 256"


def test_windows_ico_holds_png_images_of_each_size() -> None:
    data = (ICONS / "bouncegui.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        width, _, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        assert data[offset:offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + length <= len(data)
        sizes.append(width or 256)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_macos_icns_holds_png_elements_up_to_512() -> None:
    data = (ICONS / "bouncegui.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    kinds, at = [], 8
    while at < len(data):
        kind, length = data[at:at + 4], struct.unpack(">I", data[at + 4:at + 8])[0]
        assert data[at + 8:at + 16] == b"\x89PNG\r\n\x1a\n"
        kinds.append(kind)
        at += length
    assert at == len(data)
    assert kinds == [b"icp4", b"icp5", b"icp6", b"ic07", b"ic08", b"ic09"]


def test_desktop_file_opens_mail_files_with_the_app() -> None:
    from bouncegui.gui.application import DESKTOP_FILE

    path = ROOT / "resources" / f"{DESKTOP_FILE}.desktop"
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "bouncegui %F"
    assert entry["Icon"] == resources.icon_path(48).stem == "bouncegui"
    assert set(filter(None, entry["MimeType"].split(";"))) == {
        "message/rfc822", "application/vnd.ms-outlook", "application/mbox"}


def test_frozen_bundle_is_found_under_meipass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "bouncegui" / "_data").mkdir(parents=True)
    (tmp_path / "bouncegui" / "_translations").mkdir()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.catalogue_path() == tmp_path / "bouncegui" / "_data" / "catalogue.toml"
    assert resources.translations_dir() == tmp_path / "bouncegui" / "_translations"
    assert resources.icon_path(16) == tmp_path / "bouncegui" / "_data" / "icons" / "hicolor" / "16x16" / "apps" / (
        "bouncegui.png")
