"""Start-up time of ``bouncegui --exit-after-startup`` against a bare PySide6 window, as a ratio.

    python3 bench/startup.py [--runs N] [--source-only | --frozen-only] [--check]

Each run starts a fresh process and times it from spawn to exit (wall clock): the app shows its
window, waits for the first paint and quits; the baseline (``bench/bare_window.py``) does the same
with an empty ``QMainWindow`` of the same size. The two alternate in one go (app, bare, bare, app,
...), so load from other processes moves both alike, after two untimed runs of each to warm the
file cache. The figure is the median of the per-pair ratios app / bare.

The budget (1.5) holds for the app people download: the one-folder bundle
``dist/bouncegui/bouncegui`` against the bare window frozen by PyInstaller with its defaults
(``build/bench-bare/``). A missing bundle, or one older than the sources, is built first
(``pyinstaller build.spec``, under a minute; the bare one likewise on first use). The run from
source, on this Python, is printed as well, for developers, with no budget of its own: there the
bare window starts without a bootloader while the app's own work takes longer than in the bundle
(modules found and read one by one on disk rather than from one archive), so its ratio is higher.
Qt runs on the offscreen platform unless ``--platform`` says otherwise, so no display is needed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BARE_SOURCE = ROOT / "bench" / "bare_window.py"
FROZEN_APP = ROOT / "dist" / "bouncegui" / "bouncegui"
BARE_BUILD = ROOT / "build" / "bench-bare"
FROZEN_BARE = BARE_BUILD / "dist" / "bare_window" / "bare_window"
BUDGET = 1.5
# What the bundle is built from: a change to any of these makes dist/ stale.
SOURCES = ("bouncegui", "resources", "translations")


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock seconds from spawn to exit, and the CPU seconds the process used (user + system).

    A failed run stops the benchmark.
    """
    started = time.perf_counter()
    child = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert child.stderr is not None
    errors = child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    child.stderr.close()
    if child.returncode != 0:
        raise SystemExit(f"{' '.join(command)} exited {child.returncode}:\n{errors.decode(errors='replace')}")
    return elapsed, usage.ru_utime + usage.ru_stime


def compare(
    label: str, app: list[str], bare: list[str], runs: int, env: dict[str, str], budget: float | None
) -> float:
    """Print the medians and the median ratio of ``runs`` alternating pairs, against ``budget``
    if there is one; return the ratio."""
    for _ in range(2):
        timed(app, env)
        timed(bare, env)
    app_runs: list[tuple[float, float]] = []
    bare_runs: list[tuple[float, float]] = []
    for i in range(runs):
        # Alternate which goes first, so neither always runs right after the other.
        if i % 2 == 0:
            app_runs.append(timed(app, env))
            bare_runs.append(timed(bare, env))
        else:
            bare_runs.append(timed(bare, env))
            app_runs.append(timed(app, env))
    print(f"{label}:")
    for name, runs_ in (("bouncegui --exit-after-startup", app_runs), ("bare QMainWindow", bare_runs)):
        wall, cpu = [w for w, _ in runs_], [c for _, c in runs_]
        print(f"  {name:31} wall median {statistics.median(wall) * 1000:4.0f} ms (min {min(wall) * 1000:.0f}),"
              f" CPU median {statistics.median(cpu) * 1000:4.0f} ms")
    ratio = statistics.median(a[0] / b[0] for a, b in zip(app_runs, bare_runs, strict=True))
    cpu_ratio = statistics.median(a[1] / b[1] for a, b in zip(app_runs, bare_runs, strict=True))
    if budget is None:
        verdict = "no budget: for reference"
    else:
        verdict = f"{'within' if ratio <= budget else 'OVER'} the {budget} budget"
    print(f"  median ratio {ratio:.2f} wall-clock ({verdict}), {cpu_ratio:.2f} CPU time, over {runs} pairs")
    return ratio


def stale(bundle: Path) -> bool:
    """Whether the bundle is missing or older than a source it is built from."""
    if not bundle.is_file():
        return True
    built = bundle.stat().st_mtime
    sources = [ROOT / "build.spec", *(f for top in SOURCES for f in (ROOT / top).rglob("*") if f.is_file())]
    return any(f.stat().st_mtime > built for f in sources if "__pycache__" not in f.parts)


def build_app() -> None:
    print("building the app bundle (pyinstaller build.spec) ...", flush=True)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "build.spec"],
                   cwd=ROOT, check=True)


def build_frozen_bare() -> None:
    print("building the frozen bare window (PyInstaller defaults) ...", flush=True)
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(BARE_BUILD / "dist"), "--workpath", str(BARE_BUILD / "work"),
         "--specpath", str(BARE_BUILD), str(BARE_SOURCE)],
        cwd=ROOT, check=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=20, help="timed pairs per comparison (default 20)")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--source-only", action="store_true", help="skip the frozen bundle")
    which.add_argument("--frozen-only", action="store_true", help="skip the source run")
    parser.add_argument("--platform", default="offscreen", help="QT_QPA_PLATFORM for both (default offscreen)")
    parser.add_argument("--check", action="store_true", help=f"exit 1 when the bundle's ratio is over {BUDGET}")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="bouncegui-bench-") as home:
        # A fresh settings folder: no saved geometry or language from the user's own runs.
        env = {**os.environ, "QT_QPA_PLATFORM": args.platform, "XDG_CONFIG_HOME": home}
        # An installed app starts from compiled bytecode (pip writes it; the bundle holds it). With
        # PYTHONDONTWRITEBYTECODE set, every run from source would compile every module again, so
        # the warm-up runs may write __pycache__ (git ignores it).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        ratio = None
        if not args.source_only:
            if stale(FROZEN_APP):
                build_app()
            if not FROZEN_BARE.is_file():
                build_frozen_bare()
            ratio = compare(
                "frozen, the app people download (PyInstaller one-folder bundles)",
                [str(FROZEN_APP), "--exit-after-startup"], [str(FROZEN_BARE)], args.runs, env, BUDGET,
            )
        if not args.frozen_only:
            compare(
                f"from source ({sys.executable}, Python {sys.version.split()[0]})",
                [sys.executable, "-m", "bouncegui", "--exit-after-startup"],
                [sys.executable, str(BARE_SOURCE)],
                args.runs, env, None,
            )
    return 1 if args.check and ratio is not None and ratio > BUDGET else 0


if __name__ == "__main__":
    sys.exit(main())
