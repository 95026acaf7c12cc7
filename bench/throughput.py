"""Messages per second of the engine over the sisimai corpus, next to the Perl reference parser.

Both sides do the same work in one process each: every file of the corpus, one untimed warm-up
pass, then ``--passes`` timed passes (ten by default). Each pass reads every file from disk again
(``diagnose_path`` here, ``Sisimai->rise``/``Sisimai->make`` on the path there), so the figures are
reading plus diagnosis and neither side times its interpreter's start-up or its module loading.

    python3 bench/throughput.py [--corpus DIR] [--passes N] [--no-reference] [--profile N]

``--profile N`` runs one pass under cProfile instead and prints the N functions with the most own time.

The reference is ``libsisimai-perl`` (``apt-get install libsisimai-perl``); without it only our
figure is printed.
"""

from __future__ import annotations

import argparse
import platform
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "sisimai" / "maildir"
PERL_SCRIPT = Path(__file__).resolve().with_name("sisimai_rise.pl")
INSTALL_HINT = "install it with: apt-get install libsisimai-perl"

sys.path.insert(0, str(REPO))  # run from a checkout without installing

from bouncegui.core import diagnose_path  # noqa: E402


def corpus_files(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.iterdir() if p.is_file() and not p.name.startswith("."))


def one_pass(files: list[Path]) -> int:
    """Diagnose every file (read from disk again); return the number of reports."""
    return sum(len(diagnose_path(f)) for f in files)


def bench_ours(files: list[Path], passes: int) -> tuple[float, float, float, int]:
    """Wall seconds for ``passes`` passes after one warm-up pass, seconds of the fastest pass,
    CPU seconds of all passes, reports a pass."""
    reports = one_pass(files)  # warm-up: imports, catalogue load, compiled patterns
    clock = time.perf_counter
    best = float("inf")
    cpu_started = time.process_time()
    started = clock()
    for _ in range(passes):
        pass_started = clock()
        one_pass(files)
        best = min(best, clock() - pass_started)
    return clock() - started, best, time.process_time() - cpu_started, reports


def bench_sisimai(files: list[Path], passes: int) -> dict[str, str] | str:
    """The Perl reference's own figures, or why it could not run."""
    perl = shutil.which("perl")
    if perl is None:
        return f"perl is not installed; {INSTALL_HINT}"
    probe = subprocess.run([perl, "-MSisimai", "-e", "1"], capture_output=True, text=True)
    if probe.returncode != 0:
        return f"the Perl module Sisimai is not installed; {INSTALL_HINT}"
    paths = "".join(f"{f}\n" for f in files)
    run = subprocess.run([perl, str(PERL_SCRIPT), str(passes)], input=paths, capture_output=True, text=True)
    if run.returncode != 0:
        return f"{PERL_SCRIPT.name} failed (exit {run.returncode}): {run.stderr.strip()[-500:]}"
    fields = dict(re.findall(r"(\w+)=(\S+)", run.stdout))
    if "elapsed_s" not in fields:
        return f"{PERL_SCRIPT.name} printed no figure: {run.stdout.strip()!r}"
    version = subprocess.run([perl, "-e", "printf '%vd', $^V"], capture_output=True, text=True)
    fields["perl_version"] = version.stdout.strip() or "?"
    return fields


def profile_pass(files: list[Path], top: int) -> None:
    import cProfile
    import pstats

    one_pass(files)  # warm-up
    profiler = cProfile.Profile()
    profiler.runcall(one_pass, files)
    pstats.Stats(profiler).sort_stats("tottime").print_stats(top)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                        help="folder of mail files, every file read (default: %(default)s)")
    parser.add_argument("--passes", type=int, default=10, help="timed passes over the corpus (default: %(default)s)")
    parser.add_argument("--no-reference", action="store_true", help="skip the Perl reference")
    parser.add_argument("--profile", type=int, metavar="N", default=0,
                        help="profile one pass (after warm-up) and print the top N functions by own time")
    args = parser.parse_args(argv)
    if args.passes < 1:
        parser.error("--passes must be at least 1")
    if not args.corpus.is_dir():
        print(f"corpus not found: {args.corpus}\n(it is the sisimai maildir of the shared corpus; "
              "pass another folder with --corpus DIR)", file=sys.stderr)
        return 2
    files = corpus_files(args.corpus)
    if not files:
        print(f"the corpus folder holds no files: {args.corpus}", file=sys.stderr)
        return 2
    if args.profile:
        profile_pass(files, args.profile)
        return 0
    total = len(files) * args.passes

    print(f"corpus: {args.corpus} ({len(files)} files, {args.passes} timed passes after 1 warm-up pass, "
          "each pass reads every file from disk)")
    print(f"python: {platform.python_implementation()} {platform.python_version()}")

    elapsed, best, cpu, reports = bench_ours(files, args.passes)
    ours = total / elapsed
    ours_best = len(files) / best
    print(f"bouncegui: {ours:8.1f} msgs/s  ({total} files in {elapsed:.3f} s; best pass {ours_best:.1f} msgs/s; "
          f"{reports} reports a pass; {total / cpu:.1f} msgs per CPU second)")

    if args.no_reference:
        print("sisimai:   skipped (--no-reference)")
        return 0
    reference = bench_sisimai(files, args.passes)
    if isinstance(reference, str):
        print(f"sisimai:   unavailable: {reference}")
        return 0
    theirs_elapsed = float(reference["elapsed_s"])
    theirs = total / theirs_elapsed
    theirs_best = len(files) / float(reference.get("best_pass_s", "nan"))
    records = int(reference.get("records", "0")) // args.passes
    print(f"sisimai:   {theirs:8.1f} msgs/s  ({total} files in {theirs_elapsed:.3f} s; "
          f"best pass {theirs_best:.1f} msgs/s; {records} records a pass; "
          f"Sisimai {reference.get('sisimai_version', '?')} via Sisimai->{reference.get('api', '?')}, "
          f"perl {reference['perl_version']})")
    theirs_cpu = total / float(reference.get("cpu_s", "nan"))
    print(f"           {theirs_cpu:8.1f} msgs per CPU second")
    print(f"ratio (bouncegui / sisimai): {ours / theirs:.2f} over all passes, {ours_best / theirs_best:.2f} best pass "
          f"against best pass, {total / cpu / theirs_cpu:.2f} per CPU second (the figure least moved by other load)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
