"""Draw LibTech Desk's icon — a book with a barcode label — in every format the
installers need, from one geometry:

    resources/icons/libtech-desk.svg                 (hand-written SVG, the master)
    resources/icons/libtech-desk-{16..512}.png      (Linux hicolor theme sizes)
    resources/icons/libtech-desk.ico                 (Windows: .exe and Inno Setup)
    resources/icons/libtech-desk.icns                (macOS: the .app bundle)

Run ``python installer/make_icons.py`` after changing the drawing (``installer/build.py``
runs it when a file is missing). Pillow draws the PNGs from the same shapes the SVG
describes, at 4× and scaled down, so no SVG renderer is needed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
NAME = "libtech-desk"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
GRID = 256  # the drawing's coordinate system

COVER = "#1d5c8c"
SPINE = "#143f61"
PAGES = "#f4efe1"
PAGE_LINES = "#d3cbb4"
LABEL = "#ffffff"
INK = "#111111"
ACCENT = "#e8a33d"  # the bookmark ribbon

#: Bar widths (in grid units) and gaps of the barcode on the label, left to right.
BARS = (3, 2, 6, 2, 3, 4, 2, 2, 6, 3, 2, 4, 3, 2, 2, 5, 3, 2, 4, 3)


def _bars(x0: float, x1: float) -> list[tuple[float, float]]:
    """(x, width) of each black bar, spread to fill x0..x1 with equal gaps."""
    total = sum(BARS)
    gap = (x1 - x0 - total) / (len(BARS) - 1)
    out: list[tuple[float, float]] = []
    x = x0
    for width in BARS:
        out.append((x, width))
        x += width + gap
    return out


# Shapes: (kind, x0, y0, x1, y1, fill, radius)
def shapes() -> list[tuple[str, float, float, float, float, str, float]]:
    s: list[tuple[str, float, float, float, float, str, float]] = [
        ("rect", 52, 196, 220, 236, PAGES, 10),  # the page block under the cover
        ("rect", 60, 210, 216, 212, PAGE_LINES, 0),
        ("rect", 60, 220, 216, 222, PAGE_LINES, 0),
        ("rect", 36, 20, 212, 210, COVER, 14),  # the cover
        ("rect", 36, 20, 68, 210, SPINE, 14),  # the spine edge
        ("rect", 56, 20, 68, 210, SPINE, 0),
        ("rect", 176, 20, 196, 84, ACCENT, 0),  # the ribbon
        ("tri", 176, 84, 196, 70, COVER, 0),  # its notch
        ("rect", 84, 104, 196, 184, LABEL, 8),  # the barcode label
    ]
    for x, width in _bars(96, 184):
        s.append(("rect", x, 114, x + width, 164, INK, 0))
    s.append(("rect", 100, 170, 180, 176, "#8a8a8a", 2))  # the human-readable line
    return s


def svg() -> str:
    parts = [
        '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" '
        'viewBox="0 0 256 256" stroke="none">',
        "  <title>LibTech Desk</title>",
    ]
    for kind, x0, y0, x1, y1, fill, radius in shapes():
        if kind == "tri":
            mid = (x0 + x1) / 2
            parts.append(
                f'  <polygon points="{x0:g},{y0:g} {x1:g},{y0:g} {mid:g},{y1:g}" fill="{fill}"/>'
            )
            continue
        rounded = f' rx="{radius:g}"' if radius else ""
        parts.append(
            f'  <rect x="{x0:g}" y="{y0:g}" width="{x1 - x0:g}" height="{y1 - y0:g}"'
            f'{rounded} fill="{fill}"/>'
        )
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def png(size: int) -> Image.Image:
    scale = size * 4 / GRID  # drawn large, then scaled down: smooth edges
    big = Image.new("RGBA", (size * 4, size * 4), (0, 0, 0, 0))
    draw = ImageDraw.Draw(big)
    for kind, x0, y0, x1, y1, fill, radius in shapes():
        box = (
            x0 * scale,
            y0 * scale,
            max(x0 * scale, x1 * scale - 1),
            max(y0 * scale, y1 * scale - 1),
        )
        if kind == "tri":
            mid = (x0 + x1) / 2 * scale
            draw.polygon([(box[0], box[1]), (x1 * scale, box[1]), (mid, y1 * scale)], fill=fill)
        elif radius:
            draw.rounded_rectangle(box, radius=radius * scale, fill=fill)
        else:
            draw.rectangle(box, fill=fill)
    return big.resize((size, size), Image.Resampling.LANCZOS)


def make(folder: Path = ICONS) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = [folder / f"{NAME}.svg"]
    written[0].write_text(svg(), encoding="utf-8")
    images = {size: png(size) for size in PNG_SIZES}
    for size, image in images.items():
        path = folder / f"{NAME}-{size}.png"
        image.save(path, optimize=True)
        written.append(path)
    ico = folder / f"{NAME}.ico"
    images[256].save(ico, sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    icns = folder / f"{NAME}.icns"
    images[512].save(icns)  # Pillow writes the smaller members of the .icns itself
    return [*written, ico, icns]


if __name__ == "__main__":
    for path in make(Path(sys.argv[1]) if len(sys.argv) > 1 else ICONS):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
