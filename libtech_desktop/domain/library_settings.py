"""Library-wide business settings: their keys, defaults and rules.

They are stored as text by key (``library_settings``); a key never set means its
default here, so a new setting needs no migration.
"""

from __future__ import annotations

from libtech_desktop.domain.errors import InvalidInput

LIBRARY_NAME_KEY = "library_name"
DEFAULT_LIBRARY_NAME = "LibTech Library"
#: Long enough for "Friends of the ... Memorial Library, Branch ..."; short enough
#: for a receipt line and a window title.
MAX_LIBRARY_NAME = 100


def clean_library_name(name: str) -> str:
    """``name`` trimmed, or :class:`InvalidInput` if it is blank or too long."""
    cleaned = name.strip()
    if not cleaned:
        raise InvalidInput("The library name cannot be blank.")
    if len(cleaned) > MAX_LIBRARY_NAME:
        raise InvalidInput(
            f"The library name can be at most {MAX_LIBRARY_NAME} characters "
            f"(this one has {len(cleaned)})."
        )
    return cleaned
