"""The journal of desk actions (issue 7): written with each action, read for sync.

Every desk action calls :func:`record` inside its own unit of work, before the commit,
so the entry and the effect are saved together or not at all. Exports only read: run
twice, they write the same file.

A merge replays another device's operation through the same services inside
:func:`replaying`: the entry then keeps that operation's origin (op id, device, sequence,
staff, time), so the operation is known here and is never applied twice.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime
from pathlib import Path
from typing import Any

from libtech_desktop._version import __version__
from libtech_desktop.domain.journal import (
    DEVICE_ID_KEY,
    JournalEntry,
    JournalKind,
    SyncState,
)
from libtech_desktop.domain.staff import Actor
from libtech_desktop.domain.sync import CLOCK_CHECK_KEY, DEVICE_NAME_KEY, Origin, SyncRole
from libtech_desktop.interop import koc
from libtech_desktop.services import sync_state
from libtech_desktop.services.context import ServiceContext
from libtech_desktop.services.ports import UnitOfWork

GENERATOR = "LibTech Desk"
#: The first line of a JSON Lines export names its format, so an import can tell.
EXPORT_FORMAT = "libtech-journal"
EXPORT_FORMAT_VERSION = 1


_ORIGIN: ContextVar[Origin | None] = ContextVar("libtech_journal_origin", default=None)


@contextmanager
def replaying(origin: Origin) -> Iterator[None]:
    """Within the block, actions are journalled as ``origin`` (a merged operation)."""
    token = _ORIGIN.set(origin)
    try:
        yield
    finally:
        _ORIGIN.reset(token)


def current_origin() -> Origin | None:
    """The operation being replayed, or ``None`` at the desk."""
    return _ORIGIN.get()


def record(
    uow: UnitOfWork, actor: Actor, now: datetime, kind: JournalKind, data: Mapping[str, Any]
) -> None:
    """Append one operation to the journal inside ``uow`` (committed with the action)."""
    origin = _ORIGIN.get()
    if origin is not None:
        uow.journal.append(
            origin.op_id,
            origin.device_id,
            origin.staff,
            origin.at,
            JournalKind(kind),
            data,
            origin_seq=origin.seq,
        )
        return
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
        """This device's operations not yet known merged elsewhere (a branch that
        prepares packages keeps its own at home), and the exceptions waiting here."""
        with self._ctx.unit_of_work() as uow:
            waiting = uow.sync.open_exception_count()
            if sync_state.role(uow) is SyncRole.HUB:
                return SyncState(0, None, waiting)
            me = device_id(uow)
            count, oldest = uow.journal.own_pending(me, sync_state.acknowledged(uow).get(me, 0))
            uow.commit()
        return SyncState(count, oldest, waiting)

    def export(self, out: Path, since: datetime | None = None) -> int:
        """Write the operations (since ``since``, else since the last package import)
        as JSON Lines: a header line, then one operation per line. How many were written."""
        text, count = self.export_text(since)
        Path(out).write_text(text, encoding="utf-8")
        return count

    def export_text(self, since: datetime | None = None) -> tuple[str, int]:
        """What :meth:`export` writes, as text, and how many operations it holds."""
        with self._ctx.unit_of_work() as uow:
            device = device_id(uow)
            entries = _to_export(uow, device, since)
            header = {
                "format": EXPORT_FORMAT,
                "version": EXPORT_FORMAT_VERSION,
                "device_id": device,
                "device_name": uow.settings.get(DEVICE_NAME_KEY),
                "generator": GENERATOR,
                "generator_version": __version__,
                # What the importing side needs to trust this device's clock and to
                # tell it, in turn, what it has merged from the others.
                "exported_at": self._ctx.clock.now().isoformat(),
                "clock_check": _json_or_none(uow.settings.get(CLOCK_CHECK_KEY)),
                "acknowledged": dict(uow.sync.acknowledgements()),
            }
            uow.commit()
        lines = [_json(header), *(_json(_operation(e)) for e in entries)]
        return "".join(f"{line}\n" for line in lines), len(entries)

    def export_koc(self, out: Path, since: datetime | None = None) -> int:
        """Write the check-outs, check-ins and payments as a Koha offline circulation
        file (.koc 1.0). How many operations were written."""
        with self._ctx.unit_of_work() as uow:
            entries = _to_export(uow, device_id(uow), since)
            uow.commit()
        lines = list(koc.lines(entries, GENERATOR, __version__))
        # newline="" keeps "\n" on Windows too: one format, whatever the desk runs on.
        with Path(out).open("w", encoding="utf-8", newline="") as stream:
            stream.writelines(f"{line}\n" for line in lines)
        return len(lines) - 1


def _to_export(uow: UnitOfWork, device: str, since: datetime | None) -> list[JournalEntry]:
    """What an export writes: with ``since``, this device's operations made since then;
    else every one not yet known merged elsewhere (all of those since the package was
    imported, and any older ones the branch has not confirmed)."""
    if since is not None:
        return list(uow.journal.own(device, 0, since))
    return list(uow.journal.own(device, sync_state.acknowledged(uow).get(device, 0)))


def _json_or_none(text: str | None) -> Any:
    try:
        return json.loads(text) if text else None
    except ValueError:
        return None


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
