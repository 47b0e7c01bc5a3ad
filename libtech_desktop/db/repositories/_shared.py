"""Helpers shared by the repositories: LIKE patterns and audit stamps."""

from __future__ import annotations

from datetime import datetime

from libtech_desktop.db import models as m
from libtech_desktop.domain.staff import Actor


def like_pattern(text: str) -> str:
    """``%text%`` with LIKE's own wildcards escaped; query with ``escape="\\"``."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def stamp(row: m.Audited, actor: Actor, now: datetime, *, new: bool = False) -> None:
    """Record who changed ``row`` and when (and who made it, for a ``new`` row)."""
    if new:
        row.created_at, row.created_by = now, actor.username
    row.updated_at, row.updated_by = now, actor.username
