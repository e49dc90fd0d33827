"""Render the application icon from its SVG source: PNG sizes and a Windows .ico.

Run after changing resources/icons/mairie-app.svg:
    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/build_icons.py
The .ico holds PNG-compressed images (allowed since Windows Vista), written by
hand because Qt's ICO writer stores a single size.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def write_ico(images: dict[int, bytes], path: Path) -> None:
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in images.items():
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    path.write_bytes(header + entries + blobs)


def main() -> int:
    QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(ICONS / "mairie-app.svg"))
    images = {size: render(renderer, size) for size in SIZES}
    for size, png in images.items():
        (ICONS / f"mairie-app-{size}.png").write_bytes(png)
    write_ico({s: images[s] for s in (16, 24, 32, 48, 64, 256)}, ICONS / "mairie-app.ico")
    print(f"{len(images)} PNG et mairie-app.ico écrits dans {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
