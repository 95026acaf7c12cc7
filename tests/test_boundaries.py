"""The engine and the command line never load Qt."""

from __future__ import annotations

import subprocess
import sys

from tests.paths import DATA, ROOT


def test_engine_and_cli_import_no_qt() -> None:
    code = (
        "import sys, bouncegui.cli, bouncegui.core as c; "
        f"c.diagnose_path({str(DATA / 'postfix-userunknown.eml')!r}); "
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))); "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_the_suite_forbids_network_sockets() -> None:
    import socket

    import pytest

    from tests.conftest import NetworkUsed

    with pytest.raises(NetworkUsed):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(NetworkUsed):
        socket.create_connection(("192.0.2.1", 25), timeout=0.01)
