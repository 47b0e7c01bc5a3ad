"""The journal of desk actions (issue 7): written with each action, read for sync.

Every desk action calls :func:`record` inside its own unit of work, before the commit,
so the entry and the effect are saved together or not at all. Exports only read: run
twice, they write the same file.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from libtech_desktop._version import __version__
from libtech_desktop.domain.journal import (
    DEVICE_ID_KEY,
    LAST_IMPORT_KEY,
    JournalEntry,
    JournalKind,
    SyncState,
)
from libtech_desktop.domain.staff import Actor
from libtech_desktop.interop import koc
from libtech_desktop.services.context import ServiceContext
from libtech_desktop.services.ports import UnitOfWork

GENERATOR = "LibTech Desk"
#: The first line of a JSON Lines export names its format, so an import can tell.
EXPORT_FORMAT = "libtech-journal"
EXPORT_FORMAT_VERSION = 1


def record(
    uow: UnitOfWork, actor: Actor, now: datetime, kind: JournalKind, data: Mapping[str, Any]
) -> None:
    """Append one operation to the journal inside ``uow`` (committed with the action)."""
    uow.journal.append(
        str(uuid.uuid4()), device_id(uow), actor.username, now, JournalKind(kind), data
    )


def device_id(uow: UnitOfWork) -> str:
    """This library file's device id, made (and kept in the settings) the first time."""
    known = uow.settings.get(DEVICE_ID_KEY)
    if known:
        return known
    made = str(uuid.uuid4())
    uow.settings.set(DEVICE_ID_KEY, made)
    return made


class JournalService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def device_id(self) -> str:
        with self._ctx.unit_of_work() as uow:
            made = device_id(uow)
            uow.commit()
        return made

    def entries(self, since: datetime | None = None) -> list[JournalEntry]:
        """Every operation made at or after ``since`` (``None``: all), oldest first."""
        with self._ctx.unit_of_work() as uow:
            return list(uow.journal.entries(since))

    def pending(self) -> SyncState:
        """Operations not yet merged: those made since the last package import (all of
        them if there was none)."""
        with self._ctx.unit_of_work() as uow:
            count, oldest = uow.journal.pending(_last_import(uow))
        return SyncState(count, oldest)

    def export(self, out: Path, since: datetime | None = None) -> int:
        """Write the operations (since ``since``, else since the last package import)
        as JSON Lines: a header line, then one operation per line. How many were written."""
        text, count = self.export_text(since)
        Path(out).write_text(text, encoding="utf-8")
        return count

    def export_text(self, since: datetime | None = None) -> tuple[str, int]:
        """What :meth:`export` writes, as text, and how many operations it holds."""
        with self._ctx.unit_of_work() as uow:
            device = uow.settings.get(DEVICE_ID_KEY)
            entries = list(uow.journal.entries(since or _last_import(uow)))
        header = {
            "format": EXPORT_FORMAT,
            "version": EXPORT_FORMAT_VERSION,
            "device_id": device or (entries[0].device_id if entries else None),
            "generator": GENERATOR,
            "generator_version": __version__,
        }
        lines = [_json(header), *(_json(_operation(e)) for e in entries)]
        return "".join(f"{line}\n" for line in lines), len(entries)

    def export_koc(self, out: Path, since: datetime | None = None) -> int:
        """Write the check-outs, check-ins and payments as a Koha offline circulation
        file (.koc 1.0). How many operations were written."""
        with self._ctx.unit_of_work() as uow:
            entries = list(uow.journal.entries(since or _last_import(uow)))
        lines = list(koc.lines(entries, GENERATOR, __version__))
        # newline="" keeps "\n" on Windows too: one format, whatever the desk runs on.
        with Path(out).open("w", encoding="utf-8", newline="") as stream:
            stream.writelines(f"{line}\n" for line in lines)
        return len(lines) - 1


def _last_import(uow: UnitOfWork) -> datetime | None:
    text = uow.settings.get(LAST_IMPORT_KEY)
    return datetime.fromisoformat(text) if text else None


def _operation(entry: JournalEntry) -> dict[str, Any]:
    return {
        "op_id": entry.op_id,
        "seq": entry.seq,
        "device_id": entry.device_id,
        "staff": entry.staff,
        "at": entry.at.isoformat(),
        "kind": entry.kind.value,
        "data": entry.data,
    }


def _json(value: Mapping[str, Any]) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
