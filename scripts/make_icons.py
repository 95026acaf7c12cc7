"""Render the app icon's SVG into the PNG sizes, a Windows .ico and a macOS .icns.

    python3 scripts/make_icons.py

The SVG (``resources/icons/hicolor/scalable/apps/bouncegui.svg``) is the source; the outputs are
committed, so neither a build nor ``pip install`` needs this script. PNGs go to the freedesktop
layout ``resources/icons/hicolor/NxN/apps/bouncegui.png``, ready to copy into ``~/.local/share/icons``.
Only Qt is used (QtSvg renders, QImage writes PNG); the .ico and .icns containers are a few bytes
of header around those PNGs, written here so that no image library is needed.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bouncegui.resources import ICON_SIZES  # noqa: E402

ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "hicolor" / "scalable" / "apps" / "bouncegui.svg"

# .ico entries: PNG-compressed images are valid in every size since Windows Vista.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# .icns element types holding PNG data, by pixel size (Apple's "icns" format; ic07..ic09 since 10.5/10.7).
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def png_path(size: int) -> Path:
    return ICONS / "hicolor" / f"{size}x{size}" / "apps" / "bouncegui.png"


def render(size: int) -> bytes:
    """The SVG drawn at ``size`` × ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows icon file holding the given PNGs (ICONDIR, ICONDIRENTRY each, then the images)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        # Width and height 0 stand for 256; 32 bits per pixel, one plane.
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS icon file: the "icns" magic and length, then one typed, sized element per PNG."""
    body = b"".join(ICNS_TYPES[size] + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for size in sorted(pngs))
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 -- QtSvg and QImage want a Gui application
    pngs = {size: render(size) for size in sorted({*ICON_SIZES, *ICO_SIZES})}
    for size in ICON_SIZES:
        path = png_path(size)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pngs[size])
        print(f"wrote {path.relative_to(ROOT)}")
    (ICONS / "bouncegui.ico").write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    (ICONS / "bouncegui.icns").write_bytes(icns({s: pngs[s] for s in ICNS_TYPES}))
    print("wrote resources/icons/bouncegui.ico and resources/icons/bouncegui.icns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
