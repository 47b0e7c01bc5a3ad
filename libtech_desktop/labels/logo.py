"""The library's logo for patron cards: any common image in, a small PNG kept.

The logo lives in the library file (every desk prints the same card), so what is kept
is small and certainly readable: the picture checked by Pillow, its transparency kept,
scaled down to :data:`LOGO_PIXELS` on its longer side (a 10 mm square on the card is
about 120 px at 300 dpi; 512 px leaves room for a 1200 dpi card printer).
"""

from __future__ import annotations

from io import BytesIO

from PIL import Image, UnidentifiedImageError

from libtech_desktop.domain.errors import InvalidInput

LOGO_PIXELS = 512
#: A logo file bigger than this is surely not a logo (a photo straight off a camera).
MAX_LOGO_BYTES = 10 * 1024 * 1024


def normalise_logo(data: bytes, name: str = "the logo") -> bytes:
    """``data`` (PNG, JPEG, GIF, BMP, …) as a PNG of at most 512 px a side; refuses
    (:class:`InvalidInput`) what is not an image, naming ``name``."""
    if len(data) > MAX_LOGO_BYTES:
        raise InvalidInput(
            f"{name} is {len(data) / 1_048_576:.0f} MB: a logo should be a small image "
            "(under 10 MB; a PNG of a few hundred pixels is plenty)."
        )
    try:
        with Image.open(BytesIO(data)) as opened:
            opened.load()
            picture = opened.convert("RGBA")
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise InvalidInput(
            f"{name} is not an image this program can read (use PNG or JPEG)."
        ) from exc
    if min(picture.size) < 1:
        raise InvalidInput(f"{name} is an empty image.")
    picture.thumbnail((LOGO_PIXELS, LOGO_PIXELS), Image.Resampling.LANCZOS)
    out = BytesIO()
    picture.save(out, format="PNG", optimize=True)
    return out.getvalue()
