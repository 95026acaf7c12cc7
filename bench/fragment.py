"""Latency of diagnosing one pasted fragment (``diagnose_text``), the paste box's case.

Each fragment is one line a user copies from a bounce: the help page's server texts, Gmail,
Microsoft 365, Yahoo and a Japanese line. Each is diagnosed ``--warmup`` times untimed, then
``--runs`` times, each call timed alone with ``time.perf_counter_ns``; the median and p90 are taken
over all timed calls of all fragments, and per fragment with ``--each``.

    python3 bench/fragment.py [--runs N] [--warmup N] [--each]
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # run from a checkout without installing

from bouncegui.core import diagnose_text  # noqa: E402

#: The budget for one fragment (issue 4): the answer must feel instant in the paste box.
BUDGET_MS = 2.0

FRAGMENTS: tuple[str, ...] = (
    # The help page's server texts.
    "552 This message has been rejected due to content judged to be spam by the internet community. IB212",
    "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table",
    "535 Authentication not allowed on IBSMTP Servers. IB401",
    "550 <example.com> From: Domain is invalid. Provide a valid From: IB506",
    "421 Temporarily rejected. Reverse DNS for this IP failed. IB108",
    "452 This message contains too many recipients. Reduce the number of recipients and retry. IB605",
    "554 Connection refused. This IP address is listed on the Spamhaus Block List (SBL). IB104",
    "This message is looping: it already has my Delivered-To line. (#5.4.6)",
    "451 Sorry, I wasn't able to establish an SMTP connection. I'm not going to try again; "
    "this message has been in the queue too long.",
    "554 RBL Reject.",
    # Gmail.
    "550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the "
    "recipient's email address for typos or unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser",
    "452-4.2.2 The email account that you tried to reach is over quota. Please direct the recipient to "
    "https://support.google.com/mail/?p=OverQuotaTemp",
    "550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders "
    "to authenticate with either SPF or DKIM.",
    "421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your IP address.",
    # Microsoft 365 / Outlook.com.
    "5.1.1 RESOLVER.ADR.ExRecipNotFound; not found",
    "550 5.4.1 Recipient address rejected: Access denied. AS(201806281)",
    "550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.",
    "550 5.7.520 Access denied, Your organization does not allow external forwarding.",
    # Yahoo.
    "554 delivery error: dd This user doesn't have a yahoo.com account (bob@yahoo.com) [0] - mta1.mail.yahoo.com",
    # Japanese.
    "550 5.1.1 <taro@example.jp>: 宛先のメールアドレスが存在しません (User unknown)",
)


def percentile(sorted_values: list[int], fraction: float) -> int:
    """Nearest-rank percentile of an ascending list."""
    index = max(0, min(len(sorted_values) - 1, round(fraction * len(sorted_values)) - 1))
    return sorted_values[index]


def time_fragment(text: str, runs: int, warmup: int) -> list[int]:
    for _ in range(warmup):
        diagnose_text(text)
    clock = time.perf_counter_ns
    samples = []
    for _ in range(runs):
        started = clock()
        diagnose_text(text)
        samples.append(clock() - started)
    return samples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=500, help="timed calls per fragment (default: %(default)s)")
    parser.add_argument("--warmup", type=int, default=20, help="untimed calls per fragment (default: %(default)s)")
    parser.add_argument("--each", action="store_true", help="also print each fragment's median and its reason")
    args = parser.parse_args(argv)
    if args.runs < 1 or args.warmup < 0:
        parser.error("--runs must be at least 1 and --warmup not negative")

    # The first call pays for imports and loading the catalogue, once per process: shown, not counted.
    started = time.perf_counter_ns()
    diagnose_text(FRAGMENTS[0])
    first_ms = (time.perf_counter_ns() - started) / 1e6

    every: list[int] = []
    for text in FRAGMENTS:
        samples = time_fragment(text, args.runs, args.warmup)
        every.extend(samples)
        if args.each:
            report = diagnose_text(text)
            reason = ",".join(r.reason for r in report.recipients) or report.kind
            print(f"{statistics.median(samples) / 1e6:7.3f} ms  {reason:<18} {text[:70]}")
    every.sort()
    median_ms = statistics.median(every) / 1e6
    p90_ms = percentile(every, 0.90) / 1e6

    print(f"python: {platform.python_implementation()} {platform.python_version()}")
    print(f"fragments: {len(FRAGMENTS)}, {args.runs} timed calls each after {args.warmup} warm-up calls "
          f"({len(every)} calls); first call of the process {first_ms:.1f} ms (imports, catalogue)")
    print(f"diagnose_text: median {median_ms:.3f} ms, p90 {p90_ms:.3f} ms, max {every[-1] / 1e6:.3f} ms")
    verdict = "under" if median_ms < BUDGET_MS else "NOT under"
    print(f"median is {verdict} the {BUDGET_MS:g} ms budget")
    return 0


if __name__ == "__main__":
    sys.exit(main())
