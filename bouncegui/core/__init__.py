"""The bounce engine: bytes or text in, one classified record per failed recipient out.

Plain Python (its own lean MIME reader, the standard library for charsets and RFC 2047); never imports Qt.
"""

from __future__ import annotations

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
    # Lazy: importing bouncegui.core for its data classes must stay cheap (start-up time).
    if name in {"diagnose_bytes", "diagnose_path", "diagnose_text"}:
        from bouncegui.core import diagnose

        return getattr(diagnose, name)
    if name == "load_catalogue":
        from bouncegui.core.catalogue import load_catalogue

        return load_catalogue
    raise AttributeError(name)
