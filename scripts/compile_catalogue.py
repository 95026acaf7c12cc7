"""Compile resources/catalogue.toml to resources/catalogue.json, the form the app reads.

Run after changing the catalogue: ``python scripts/compile_catalogue.py``. As ``.qm`` files are
to ``.ts`` files, the JSON is committed and a test fails while it lags behind the TOML. Parsing
TOML took 11 ms of the app's start-up; reading the same data as JSON takes under one.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bouncegui.core.catalogue import load_catalogue, read_source  # noqa: E402
from bouncegui.resources import catalogue_path, compiled_catalogue_path  # noqa: E402


def compiled(source: Path) -> str:
    """The JSON text for a catalogue source; one key or value per line, so diffs stay readable."""
    return json.dumps(read_source(source), ensure_ascii=False, indent=0) + "\n"


def main() -> int:
    source, target = catalogue_path(), compiled_catalogue_path()
    load_catalogue(source)  # refuses a broken catalogue, naming the entry, before anything is written
    target.write_text(compiled(source), encoding="utf-8")
    print(f"{target.relative_to(ROOT)}: {target.stat().st_size:,} bytes from {source.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
