"""The .ts files are complete and current, and the committed .qm files are what lrelease makes of them."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "translations"
sys.path.insert(0, str(ROOT / "scripts"))
import update_translations  # noqa: E402

PLACEHOLDER = re.compile(r"\{\w+\}|%n|%[a-z]|&(?=\w)")
LANGS = ("en", "ja")
CHECKOUT_SLACK = 5.0  # seconds


def messages(lang: str) -> list[ET.Element]:
    return list(ET.parse(TRANSLATIONS / f"bouncegui_{lang}.ts").getroot().iter("message"))


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not on PATH (it comes with PySide6-Essentials)")
    return path


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_is_translated(lang: str) -> None:
    problems = []
    for message in messages(lang):
        translation = message.find("translation")
        assert translation is not None
        kind = translation.get("type")
        forms = (
            [f.text for f in translation.iter("numerusform")] if message.get("numerus") == "yes" else [translation.text]
        )
        if kind in ("unfinished", "vanished", "obsolete") or not all(forms):
            problems.append((message.findtext("source"), kind))
    assert problems == []


@pytest.mark.parametrize("lang", LANGS)
def test_placeholders_match(lang: str) -> None:
    for message in messages(lang):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        want = sorted(p for p in PLACEHOLDER.findall(source) if p != "&")
        for form in forms:
            assert sorted(p for p in PLACEHOLDER.findall(form) if p != "&") == want, source
            # A mnemonic in the source needs one in the translation, for keyboard-only use.
            assert ("&" in PLACEHOLDER.findall(source)) <= ("&" in PLACEHOLDER.findall(form)), source


def test_japanese_tab_titles_are_the_help_pages() -> None:
    from bouncegui.core import load_catalogue

    tabs = [
        m.findtext("translation")
        for c in ET.parse(TRANSLATIONS / "bouncegui_ja.ts").getroot()
        if c.findtext("name") == "CategoryTab"
        for m in c.iter("message")
    ]
    assert tabs[:7] == [category.title["ja"] for category in load_catalogue().categories]


def test_ts_files_are_current(tmp_path: Path) -> None:
    """lupdate over the sources changes nothing: no string is missing, vanished or obsolete."""
    tool("pyside6-lupdate")
    for lang in LANGS:
        copy = tmp_path / f"bouncegui_{lang}.ts"
        shutil.copy(TRANSLATIONS / copy.name, copy)
        subprocess.run(update_translations.lupdate_command(copy, lang), check=True, capture_output=True)
        assert copy.read_text(encoding="utf-8") == (TRANSLATIONS / copy.name).read_text(encoding="utf-8"), (
            f"{copy.name} is out of date: run scripts/update_translations.py"
        )


@pytest.mark.parametrize("lang", LANGS)
def test_qm_is_compiled_from_current_ts(lang: str, tmp_path: Path) -> None:
    tool("pyside6-lrelease")
    ts = TRANSLATIONS / f"bouncegui_{lang}.ts"
    qm = ts.with_suffix(".qm")
    assert qm.is_file(), f"{qm.name} is missing: run scripts/update_translations.py"
    # A fresh clone writes both files within moments, in either order: allow that much.
    assert qm.stat().st_mtime >= ts.stat().st_mtime - CHECKOUT_SLACK, f"{qm.name} is older than {ts.name}"
    fresh = tmp_path / qm.name
    subprocess.run(update_translations.lrelease_command(ts, fresh), check=True, capture_output=True)
    assert fresh.read_bytes() == qm.read_bytes(), f"{qm.name} differs from what lrelease makes of {ts.name}"
