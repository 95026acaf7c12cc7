"""Every regular expression of the engine stays fast on long adversarial near-misses (no backtracking blow-up)."""

from __future__ import annotations

import importlib
import pkgutil
import re
import time

import pytest

import bouncegui.core

N = 20_000  # enough for a quadratic pattern to take seconds, little enough for linear ones to take ms
ADVERSARIAL = [
    "a" * N, " " * N + "x", "@" * N, "a@" * N, "ab.cd@" * (N // 6), "5.5.5." * (N // 6), "550 " * (N // 4),
    "<" * N, ">" * N + "\n", "-" * N + "x", "Received: x\n" * (N // 12), "\n" * N, ">>> " * (N // 4),
    "=?" * N, "[" * N, "(" * N, "user unknown " * (N // 13), "IB" * N, "x-" * N + ":",
]


def _patterns() -> list[tuple[str, re.Pattern[str] | re.Pattern[bytes]]]:
    found = []
    for info in pkgutil.walk_packages(bouncegui.core.__path__, "bouncegui.core."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                found.append((f"{info.name}.{name}", value))
    return found


PATTERNS = _patterns()


def test_the_engine_has_patterns_to_check() -> None:
    assert len(PATTERNS) >= 30


@pytest.mark.parametrize(("name", "pattern"), PATTERNS, ids=[name for name, _ in PATTERNS])
def test_pattern_is_fast_on_adversarial_input(name: str, pattern: re.Pattern[str] | re.Pattern[bytes]) -> None:
    slowest = 0.0
    for text in ADVERSARIAL:
        subject: str | bytes = text.encode("latin-1", "replace") if isinstance(pattern.pattern, bytes) else text
        started = time.perf_counter()
        for _ in pattern.finditer(subject):  # type: ignore[arg-type]
            pass
        slowest = max(slowest, time.perf_counter() - started)
    # Linear patterns take a few milliseconds here; catastrophic backtracking takes minutes.
    assert slowest < 1.0, (name, slowest)
