"""Hostile input through the command line, in one process: an object per path, bounded time and memory."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time

from tests.hostile import write_all
from tests.paths import ROOT


def test_every_hostile_input_gives_an_object_no_traceback_in_bounded_time_and_memory(tmp_path) -> None:
    paths = write_all(tmp_path)
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.monotonic()
    run = subprocess.run([sys.executable, "-m", "bouncegui.cli", "diagnose", "--json", *map(str, paths)],
                         cwd=ROOT, capture_output=True, timeout=120)
    elapsed = time.monotonic() - started
    peak_kib = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    assert run.returncode in (0, 1) and b"Traceback" not in run.stderr, run.stderr[-2000:]
    objects = json.loads(run.stdout)
    by_name = {o["source"].rsplit("/", 1)[-1]: o for o in objects}
    # One object per path; the folder stands for the one message in it.
    assert len(objects) == len(paths)
    assert elapsed < 60 and peak_kib < 1.5 * 1024 * 1024, (elapsed, peak_kib)
    assert run.returncode == 1  # the missing path and the unreadable files could not be read
    for name in ("empty.eml", "random.eml", "picture.eml", "missing.eml"):
        assert by_name[name]["kind"] == "error" and by_name[name]["error"], name
    assert len(by_name["thousand-recipients.eml"]["recipients"]) == 1000
    assert any("20 MB" in note for note in by_name["huge-attachment.eml"]["notes"])
    assert any("nested deeper" in note for note in by_name["deep-nesting.eml"]["notes"])
    assert any("MIME parts" in note for note in by_name["many-parts.eml"]["notes"])
    assert any("KB of the notice" in note for note in by_name["long-line.eml"]["notes"])
    for name in ("unknown-charset.eml", "lying-charset.eml", "broken-base64.eml", "broken-qp.eml",
                 "nul-headers.eml", "broken-iso2022jp.eml", "markup.eml"):
        (record,) = by_name[name]["recipients"]
        assert record["address"] == "taro@example.org", name
    markup = by_name["markup.eml"]["recipients"][0]
    assert "<script>" not in json.dumps(markup) and markup["status"] == "5.1.1"


def test_dropped_files_are_only_read(tmp_path) -> None:
    paths = write_all(tmp_path)
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in paths if p.is_file()}
    subprocess.run([sys.executable, "-m", "bouncegui.cli", "diagnose", "--json", *map(str, paths)],
                   cwd=ROOT, capture_output=True, timeout=120)
    assert {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in before} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in paths if p.exists())
