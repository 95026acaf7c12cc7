"""The bounce engine: bytes or text in, one classified record per failed recipient out.

Plain Python (its own lean MIME reader, the standard library for charsets and RFC 2047); never imports Qt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bouncegui.core.catalogue import load_catalogue
    from bouncegui.core.diagnose import diagnose_bytes, diagnose_path, diagnose_text
    from bouncegui.core.model import BounceMessage, DeliveryStatus, Diagnosis, Explanation, Report

__all__ = [
    "BounceMessage",
    "DeliveryStatus",
    "Diagnosis",
    "Explanation",
    "Report",
    "diagnose_bytes",
    "diagnose_path",
    "diagnose_text",
    "load_catalogue",
]


def __getattr__(name: str) -> object:
    # Lazy: the window imports parts of the engine (the catalogue) at start-up, and the records
    # and the parsers load when the first bounce does.
    if name in {"BounceMessage", "DeliveryStatus", "Diagnosis", "Explanation", "Report"}:
        from bouncegui.core import model

        return getattr(model, name)
    if name in {"diagnose_bytes", "diagnose_path", "diagnose_text"}:
        from bouncegui.core import diagnose

        return getattr(diagnose, name)
    if name == "load_catalogue":
        from bouncegui.core.catalogue import load_catalogue

        return load_catalogue
    raise AttributeError(name)
