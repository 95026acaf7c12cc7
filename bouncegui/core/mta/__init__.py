"""Parsers for bounces that carry no RFC 3464 part: each knows one family of mail servers' text.

Each module exposes ``inquire(text, context) -> list[DeliveryStatus] | None`` and returns None
when the text is not in its format. They are tried in the order of PARSERS; the generic scanner,
which finds recipients and their error lines in any text, comes last.
"""

from __future__ import annotations

from bouncegui.core.mta import amazonses, generic

PARSERS = (amazonses, generic)
