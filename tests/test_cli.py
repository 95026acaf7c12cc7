"""The command-line contract: JSON shape, order, languages, exit status, never a traceback."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from tests.paths import CORPUS, DATA, ROOT, needs_corpus

RECORD_KEYS = {
    "address", "action", "status", "reply_code", "permanent", "reason", "category", "entry", "entry_code",
    "title", "cause", "solution", "diagnostic", "remote_mta", "evidence",
}


def run_cli(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "bouncegui.cli", *args], cwd=ROOT, input=stdin,
                          capture_output=True, timeout=120)


def test_json_has_one_object_per_path_in_order() -> None:
    paths = [str(DATA / n) for n in ("qmail-looping.eml", "not-bounce.eml", "postfix-userunknown.eml")]
    run = run_cli("diagnose", "--json", *paths)
    assert run.returncode == 0, run.stderr
    objects = json.loads(run.stdout)
    assert [o["source"] for o in objects] == paths
    assert [o["kind"] for o in objects] == ["bounce", "not_bounce", "bounce"]
    record = objects[0]["recipients"][0]
    assert set(record) >= RECORD_KEYS
    assert record["address"] == "taro@example.org" and record["status"] == "5.4.6"
    assert objects[1]["recipients"] == [] and objects[1]["error"] is None


def test_stdin_fragment_with_code_matches_its_entry() -> None:
    run = run_cli("diagnose", "--json", "--lang", "ja", "-", stdin=(DATA / "fragment-ib212.txt").read_bytes())
    assert run.returncode == 0, run.stderr
    (obj,) = json.loads(run.stdout)
    (record,) = obj["recipients"]
    assert obj["source"] == "-" and record["address"] is None
    assert (record["entry_code"], record["category"], record["reason"]) == ("IB212", "content", "spamdetected")
    assert any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in record["cause"])


def test_text_report_in_both_languages() -> None:
    path = str(DATA / "exchange-ib212.eml")
    english = run_cli("diagnose", "--lang", "en", path)
    japanese = run_cli("diagnose", "--lang", "ja", path)
    assert english.returncode == japanese.returncode == 0
    assert b"taro@example.org" in english.stdout and b"IB212" in english.stdout
    assert "受信者".encode() in japanese.stdout and english.stdout != japanese.stdout


def test_unreadable_input_exits_1_and_still_prints_the_others(tmp_path) -> None:
    empty = tmp_path / "empty.eml"
    empty.write_bytes(b"")
    run = run_cli("diagnose", "--json", str(tmp_path / "missing.eml"), str(empty), str(DATA / "qmail-looping.eml"))
    assert run.returncode == 1
    objects = json.loads(run.stdout)
    assert [o["kind"] for o in objects] == ["error", "error", "bounce"]
    assert all(o["error"] for o in objects[:2]) and b"Traceback" not in run.stderr


def test_folder_and_empty_folder(tmp_path) -> None:
    for name in ("qmail-looping.eml", "feedback.eml"):
        shutil.copy(DATA / name, tmp_path / name)
    objects = json.loads(run_cli("diagnose", "--json", str(tmp_path)).stdout)
    assert [o["source"] for o in objects] == [f"{tmp_path}/feedback.eml", f"{tmp_path}/qmail-looping.eml"]
    (tmp_path / "empty").mkdir()
    run = run_cli("diagnose", "--json", str(tmp_path / "empty"))
    assert run.returncode == 1 and json.loads(run.stdout)[0]["kind"] == "error"


@pytest.mark.parametrize("args", [(), ("diagnose",), ("diagnose", "--lang", "fr", "x"), ("frobnicate",)])
def test_usage_errors_exit_2(args: tuple[str, ...]) -> None:
    run = run_cli(*args)
    assert run.returncode == 2 and b"Traceback" not in run.stderr


@needs_corpus
def test_whole_corpus_in_one_run_never_tracebacks() -> None:
    paths = sorted(str(p) for p in (CORPUS / "maildir").iterdir())
    run = run_cli("diagnose", "--json", *paths)
    assert run.returncode == 0 and b"Traceback" not in run.stderr
    objects = json.loads(run.stdout)
    assert len(objects) == len(paths)
    assert all(o["kind"] != "error" for o in objects)


def test_the_command_line_works_with_the_network_forbidden() -> None:
    guard = (
        "import socket, sys\n"
        "def refuse(*a, **k):\n    raise OSError('network forbidden')\n"
        "socket.socket = refuse; socket.create_connection = refuse; socket.getaddrinfo = refuse\n"
        "from bouncegui.cli import main\n"
        f"sys.exit(main(['diagnose', '--json', {str(DATA)!r}]))\n"
    )
    run = subprocess.run([sys.executable, "-c", guard], cwd=ROOT, capture_output=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert len(json.loads(run.stdout)) >= 10
