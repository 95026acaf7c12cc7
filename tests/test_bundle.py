"""The frozen app in dist/bouncegui/ (``pyinstaller build.spec``): complete, small, and it works.

Skipped when the bundle has not been built; ``.ci/run`` builds it before the tests run.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from bouncegui import __version__
from tests.outlook import outlook_msg
from tests.paths import DATA, ROOT

BUNDLE = ROOT / "dist" / "bouncegui"
APP = BUNDLE / "bouncegui"
INTERNAL = BUNDLE / "_internal"
QT = INTERNAL / "PySide6" / "Qt"
MAX_BYTES = 80_000_000

pytestmark = pytest.mark.skipif(
    not APP.is_file(), reason="dist/bouncegui/bouncegui is not built (pyinstaller build.spec; .ci/run builds it)"
)


def run_frozen(*args: str, tmp_path: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path), **(env or {})}
    return subprocess.run([str(APP), *args], cwd=tmp_path, env=environment, capture_output=True, text=True,
                          timeout=120)


def test_bundle_is_at_most_80_mb() -> None:
    size = sum(p.lstat().st_size for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink())
    assert size <= MAX_BYTES, f"{size / 1e6:.1f} MB"


def test_frozen_version(tmp_path: Path) -> None:
    run = run_frozen("--version", tmp_path=tmp_path)
    assert (run.returncode, run.stdout) == (0, f"bouncegui {__version__}\n"), run.stderr


def test_frozen_app_paints_and_quits(tmp_path: Path) -> None:
    run = run_frozen("--exit-after-startup", tmp_path=tmp_path)
    assert run.returncode == 0, run.stderr


def test_frozen_app_in_japanese_paints_and_quits(tmp_path: Path) -> None:
    run = run_frozen("--exit-after-startup", tmp_path=tmp_path, env={"LANG": "ja_JP.UTF-8", "LANGUAGE": "ja"})
    assert run.returncode == 0, run.stderr


def test_frozen_app_diagnoses_files_as_a_drop_would(tmp_path: Path) -> None:
    # The catalogue, the Japanese codecs and extract-msg (for .msg) must all be in the bundle.
    files = [
        DATA / "gui-ib212.eml",
        DATA / "iso2022jp-mailboxfull.eml",
        DATA / "sjis-base64-userunknown.eml",
        outlook_msg(DATA / "gui-ib212.eml", tmp_path / "ib212.msg"),
    ]
    run = run_frozen("--exit-after-startup", *map(str, files), tmp_path=tmp_path)
    assert run.returncode == 0, run.stderr
    lines = [line.split("\t") for line in run.stdout.splitlines()]
    assert [line[0] for line in lines] == list(map(str, files))
    assert [line[1] for line in lines] == ["bounce"] * 4
    assert lines[0][2] == lines[3][2] == "content/godaddy-ib212"
    assert lines[1][2].startswith("recipient/") and lines[2][2].startswith("invalid_recipient/")


def test_frozen_app_reports_an_unreadable_msg_as_unreadable(tmp_path: Path) -> None:
    broken = tmp_path / "broken.msg"
    broken.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64)
    run = run_frozen("--exit-after-startup", str(broken), tmp_path=tmp_path)
    assert run.returncode == 1
    # Not "internal error: ModuleNotFoundError": extract-msg and what it imports are there.
    assert "not a readable Outlook .msg file" in run.stdout


def test_bundle_carries_the_data_files() -> None:
    data = INTERNAL / "bouncegui"
    assert (data / "_data" / "catalogue.json").is_file()
    assert {p.name for p in (data / "_translations").glob("*.qm")} == {"bouncegui_en.qm", "bouncegui_ja.qm"}
    assert (data / "_data" / "icons" / "hicolor" / "512x512" / "apps" / "bouncegui.png").is_file()
    assert {p.name for p in (QT / "translations").iterdir()} == {"qtbase_en.qm", "qtbase_ja.qm"}


def test_bundle_leaves_out_unused_qt() -> None:
    names = {p.name for p in INTERNAL.rglob("*")}
    unused = re.compile(r"(libQt6|Qt)(Network|Qml|Quick|Pdf|WebEngine|Svg|Sql|Multimedia|OpenGL|PrintSupport|3D)")
    assert not sorted(n for n in names if unused.match(n))
    plugins = {f"{p.parent.name}/{p.name}" for p in (QT / "plugins").rglob("*.so")}
    assert plugins == {
        "platforms/libqxcb.so", "platforms/libqwayland.so", "platforms/libqoffscreen.so",
        "platformthemes/libqxdgdesktopportal.so",
        "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "platforminputcontexts/libibusplatforminputcontextplugin.so",
        "wayland-shell-integration/libxdg-shell.so", "wayland-decoration-client/libbradient.so",
    }


def test_every_bundled_library_finds_what_it_links_to() -> None:
    # A library the build machine lacked (libxcb-icccm4, say) would leave a plugin unloadable.
    # Host libraries left out on purpose (build.spec HOST_LIBRARIES) must be on this machine.
    missing = {}
    for path in sorted(INTERNAL.rglob("*.so*")):
        if path.is_symlink() or not path.is_file():
            continue
        run = subprocess.run(["ldd", str(path)], capture_output=True, text=True,
                             env={**os.environ, "LD_LIBRARY_PATH": str(INTERNAL)})
        lost = re.findall(r"^\s*(\S+) => not found", run.stdout, re.MULTILINE)
        if lost:
            missing[str(path.relative_to(BUNDLE))] = lost
    assert not missing
