"""LibTech Desk: the desktop staff client for small libraries."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from libtech_desktop._version import __version__
from libtech_desktop.domain.errors import LibtechError

__all__ = ["LibtechError", "__version__", "open_library"]

if TYPE_CHECKING:
    from libtech_desktop.library import open_library


def __getattr__(name: str) -> Any:
    # Imported lazily so that ``import libtech_desktop.domain`` stays free of SQLAlchemy.
    if name == "open_library":
        from libtech_desktop.library import open_library

        return open_library
    raise AttributeError(name)
