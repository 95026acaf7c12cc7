"""Start-up time of ``bouncegui --exit-after-startup`` against a bare PySide6 window, as a ratio.

    python3 bench/startup.py [--runs N] [--source-only | --frozen-only] [--check]

Each run starts a fresh process and times it from spawn to exit (wall clock): the app shows its
window, waits for the first paint and quits; the baseline (``bench/bare_window.py``) does the same
with an empty ``QMainWindow`` of the same size. The app and its baselines take turns in one go,
in an order that rotates from round to round, so load from other processes moves all alike,
after two untimed runs of each to warm the file cache. A figure is the median of the per-round
ratios app / baseline.

The budget (1.5) holds for the app people download, the one-folder bundle
``dist/bouncegui/bouncegui``, against the bare window as PyInstaller bundles it by default
(``build/bench-bare/``; about 160 MB). A second frozen baseline is the bare window built with the
app's own ``build.spec``, whose slimming leaves out most of Qt (``build/bench-bare-slim/``): the
ratio to it isolates the app's own start-up work, and is printed for reference. A missing
bundle, or one older than the sources, is built first (``pyinstaller build.spec``, under a
minute; the baselines likewise on first use). The run from source, on this Python, is printed as
well, for reference: there the bare window starts without a bootloader while the app's own work
takes longer than in the bundle (modules found and read one by one on disk rather than from one
archive), so its ratio is higher.
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
SLIM_BARE_BUILD = ROOT / "build" / "bench-bare-slim"
FROZEN_BARE = BARE_BUILD / "dist" / "bare_window" / "bare_window"
FROZEN_SLIM_BARE = SLIM_BARE_BUILD / "dist" / "bare_window" / "bare_window"
BUDGET = 1.5
# What the bundle is built from: a change to any of these makes dist/ stale.
SOURCES = ("bouncegui", "resources", "translations")

Command = list[str]


def timed(command: Command, env: dict[str, str]) -> tuple[float, float]:
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
    label: str, app: Command, baselines: dict[str, tuple[Command, float | None]], runs: int, env: dict[str, str]
) -> dict[str, float]:
    """Time the app and each baseline ``runs`` times, taking turns; print the medians and each
    baseline's median ratio, against its budget if it has one (else for reference).

    Return:
        The median wall-clock ratio app / baseline, by baseline name.
    """
    commands = {"bouncegui --exit-after-startup": app, **{name: command for name, (command, _) in baselines.items()}}
    for _ in range(2):
        for command in commands.values():
            timed(command, env)
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    names = list(commands)
    for i in range(runs):
        # Rotate the order, so that none always runs right after another.
        for name in names[i % len(names) :] + names[: i % len(names)]:
            times[name].append(timed(commands[name], env))
    print(f"{label}:")
    width = max(map(len, names))
    for name, runs_ in times.items():
        wall, cpu = [w for w, _ in runs_], [c for _, c in runs_]
        print(f"  {name:{width}}  wall median {statistics.median(wall) * 1000:4.0f} ms (min {min(wall) * 1000:.0f}),"
              f" CPU median {statistics.median(cpu) * 1000:4.0f} ms")
    ratios = {}
    app_times = times[names[0]]
    for name, (_, budget) in baselines.items():
        pairs = list(zip(app_times, times[name], strict=True))
        ratio = ratios[name] = statistics.median(a[0] / b[0] for a, b in pairs)
        cpu_ratio = statistics.median(a[1] / b[1] for a, b in pairs)
        if budget is None:
            verdict = "for reference"
        else:
            verdict = f"{'within' if ratio <= budget else 'OVER'} the {budget} budget"
        print(f"  against {name}: median ratio {ratio:.2f} wall-clock ({verdict}), {cpu_ratio:.2f} CPU time,"
              f" over {runs} rounds")
    return ratios


def stale(bundle: Path) -> bool:
    """Whether the bundle is missing or older than a source it is built from."""
    if not bundle.is_file():
        return True
    built = bundle.stat().st_mtime
    sources = [ROOT / "build.spec", *(f for top in SOURCES for f in (ROOT / top).rglob("*") if f.is_file())]
    return any(f.stat().st_mtime > built for f in sources if "__pycache__" not in f.parts)


def pyinstaller(what: str, *arguments: str) -> None:
    print(f"building {what} ...", flush=True)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", *arguments],
                   cwd=ROOT, check=True)


def build_frozen() -> None:
    """Build whichever of the app bundle and the two bare bundles is missing or stale."""
    if stale(FROZEN_APP):
        pyinstaller("the app bundle (pyinstaller build.spec)", "build.spec")
    if not FROZEN_BARE.is_file():
        pyinstaller("the bare window with PyInstaller's defaults", "--distpath", str(BARE_BUILD / "dist"),
                    "--workpath", str(BARE_BUILD / "work"), "--specpath", str(BARE_BUILD), str(BARE_SOURCE))
    if stale(FROZEN_SLIM_BARE):
        pyinstaller("the bare window with build.spec's slimming", "--distpath", str(SLIM_BARE_BUILD / "dist"),
                    "--workpath", str(SLIM_BARE_BUILD / "work"), "build.spec",
                    "--", "--script", str(BARE_SOURCE.relative_to(ROOT)), "--name", BARE_SOURCE.stem)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=20, help="timed rounds per comparison (default 20)")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--source-only", action="store_true", help="skip the frozen bundle")
    which.add_argument("--frozen-only", action="store_true", help="skip the source run")
    parser.add_argument("--platform", default="offscreen", help="QT_QPA_PLATFORM for all (default offscreen)")
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
            build_frozen()
            ratios = compare(
                "frozen, the app people download (PyInstaller one-folder bundles)",
                [str(FROZEN_APP), "--exit-after-startup"],
                {
                    "bare QMainWindow, PyInstaller's defaults": ([str(FROZEN_BARE)], BUDGET),
                    "bare QMainWindow, build.spec's slimming": ([str(FROZEN_SLIM_BARE)], None),
                },
                args.runs, env,
            )
            ratio = ratios["bare QMainWindow, PyInstaller's defaults"]
        if not args.frozen_only:
            compare(
                f"from source ({sys.executable}, Python {sys.version.split()[0]})",
                [sys.executable, "-m", "bouncegui", "--exit-after-startup"],
                {"bare QMainWindow": ([sys.executable, str(BARE_SOURCE)], None)},
                args.runs, env,
            )
    return 1 if args.check and ratio is not None and ratio > BUDGET else 0


if __name__ == "__main__":
    sys.exit(main())
