"""Where the tests find the project's fixtures and the shared corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "sisimai"

needs_corpus = pytest.mark.skipif(
    not (CORPUS / "labels.json").is_file(),
    reason="the shared bounce corpus (../shared/corpus/sisimai) is not beside this clone",
)
