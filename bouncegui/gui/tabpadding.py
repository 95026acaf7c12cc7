"""A style that lets the category tab bar narrow its tabs' padding.

Its own module: a Python style subclass sets up Qt's style classes (some ten milliseconds), which
start-up skips wherever the tabs fit with the style's own padding.
"""

from __future__ import annotations

from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget


class TabPaddingStyle(QProxyStyle):
    """The application's style, with a tab padding the tab bar may narrow.

    Attributes:
        padding: PM_TabBarTabHSpace in pixels, or None for the style's own.
    """

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.padding: int | None = None

    def pixelMetric(
        self, metric: QStyle.PixelMetric, option: QStyleOption | None = None, widget: QWidget | None = None
    ) -> int:
        if metric == QStyle.PixelMetric.PM_TabBarTabHSpace and self.padding is not None:
            return self.padding
        return super().pixelMetric(metric, option, widget)
