"""The audit log (issue 8): who did what and when, with the values before and after.

Services call :func:`record` inside the unit of work of the change they audit, so the
entry and the change are saved together or not at all. The log is append-only from the
program's side: nothing here (or in the repository) changes or deletes an entry.

Decisions where the issue is silent:

- ``since``/``until`` may be dates: a date means that whole local day (``until``
  included), as a librarian reads "from 1 March to 3 March".
- ``key`` matches any part of the entry's key, in any case (a card barcode's last digits).
- An erased patron's entry keeps only the card barcode and what was moved, never their
  name or contact details: the erasure would otherwise live on in the log.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from libtech_desktop.domain.audit import KNOWN_ACTIONS, AuditEntry, AuditFilter
from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.domain.staff import Actor
from libtech_desktop.services.context import ServiceContext
from libtech_desktop.services.ports import UnitOfWork
from libtech_desktop.services.progress import (
    CancelFn,
    Cancelled,
    ProgressFn,
    Ticker,
    never_cancel,
    no_progress,
)

#: The columns of an exported log, in order.
CSV_HEADER = ("at", "staff", "action", "entity", "key", "before", "after", "note")

When = date | datetime


def record(
    uow: UnitOfWork,
    actor: Actor,
    now: datetime,
    action: str,
    entity: str,
    key: str | None,
    *,
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
    note: str | None = None,
) -> None:
    """Append one entry: ``action`` dotted ("fine.waive"), ``entity`` ("fine") and its
    ``key`` (an id, a barcode); ``before``/``after`` the values that changed."""
    uow.audit.add(
        now,
        actor.username or actor.display_name,
        action,
        entity,
        key,
        _dumps(before),
        _dumps(after),
        note,
    )


class AuditService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def entries(
        self,
        *,
        since: When | None = None,
        until: When | None = None,
        staff: str | None = None,
        action: str | None = None,
        entity: str | None = None,
        key: str | None = None,
        limit: int = 1000,
    ) -> list[AuditEntry]:
        """The entries matching every filter given, newest first."""
        wanted = _filter(since, until, staff, action, entity, key, limit)
        with self._ctx.unit_of_work() as uow:
            return list(uow.audit.entries(wanted))

    def export(
        self,
        out: Path,
        *,
        since: When | None = None,
        until: When | None = None,
        staff: str | None = None,
        action: str | None = None,
        entity: str | None = None,
        key: str | None = None,
        limit: int = 1_000_000,
        progress: ProgressFn | None = None,
        should_cancel: CancelFn | None = None,
    ) -> int:
        """Write the matching entries (newest first) to ``out`` as CSV with a header; how
        many. The export is itself audited ("audit.export").

        ``progress(done, total, what)`` hears it entry by entry. The file is written under
        a temporary name beside ``out`` and renamed when whole: a cancel
        (:class:`Cancelled`) or a failure leaves no partial file (and an earlier file of
        that name as it was), and is not audited."""
        tell, cancelled = progress or no_progress, should_cancel or never_cancel
        wanted = _filter(since, until, staff, action, entity, key, limit)
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            tell(0, 1, "Reading the audit log")
            total = uow.audit.count(wanted)
            if cancelled():
                raise Cancelled("Cancelled — no file was written.")
            entries = uow.audit.iter_entries(wanted)
            try:
                written = _write_whole(out, entries, Ticker(total, tell, cancelled, every=500))
            except OSError as error:
                raise InvalidInput(
                    f"Could not write the audit log to {out}: {error.strerror or error}."
                ) from error
            finally:
                _close(entries)  # a cancel stops the reading here, inside the unit of work
            filters = {
                name: _plain(value)
                for name, value in (
                    ("since", since),
                    ("until", until),
                    ("staff", staff),
                    ("action", action),
                    ("entity", entity),
                    ("key", key),
                )
                if value
            }
            record(
                uow,
                actor,
                now,
                "audit.export",
                "audit",
                None,
                after={"entries": written, "file": str(out), **filters},
            )
            uow.commit()
        return written

    def actions(self) -> list[str]:
        """Every action to filter by: those the program audits and any already logged."""
        with self._ctx.unit_of_work() as uow:
            return sorted({*KNOWN_ACTIONS, *uow.audit.actions()})

    def staff_names(self) -> list[str]:
        """Every staff member (user name) who has an entry, to filter by."""
        with self._ctx.unit_of_work() as uow:
            return list(uow.audit.staff_names())


def _filter(
    since: When | None,
    until: When | None,
    staff: str | None,
    action: str | None,
    entity: str | None,
    key: str | None,
    limit: int,
) -> AuditFilter:
    if limit < 1:
        raise InvalidInput("Ask for at least one entry.")
    start = _instant(since, end=False)
    stop = _instant(until, end=True)
    if start is not None and stop is not None and stop < start:
        raise InvalidInput("The end of the period comes before its start.")
    return AuditFilter(
        since=start,
        until=stop,
        staff=(staff or "").strip() or None,
        action=(action or "").strip() or None,
        entity=(entity or "").strip() or None,
        key=(key or "").strip() or None,
        limit=limit,
    )


def _instant(when: When | None, *, end: bool) -> datetime | None:
    """A date is the whole local day: its start, or (``end``) its last moment."""
    if when is None:
        return None
    if isinstance(when, datetime):
        return when if when.tzinfo else when.astimezone()
    if end:
        return datetime.combine(when + timedelta(days=1), time.min).astimezone() - timedelta(
            microseconds=1
        )
    return datetime.combine(when, time.min).astimezone()


def _write_whole(out: Path, entries: Iterable[AuditEntry], ticker: Ticker) -> int:
    """Write the CSV beside ``out`` and rename it to ``out`` only when whole; how many
    entries it holds."""
    part = out.with_name(f".{out.name}.part")
    try:
        written = _write_csv(part, entries, ticker)
        os.replace(part, out)
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink()
        raise
    return written


def _close(entries: Iterator[AuditEntry]) -> None:
    close = getattr(entries, "close", None)
    if close is not None:
        close()


def _write_csv(out: Path, entries: Iterable[AuditEntry], ticker: Ticker) -> int:
    written = 0
    with out.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(CSV_HEADER)
        for e in entries:
            writer.writerow(
                (
                    e.at.isoformat(),
                    e.staff,
                    e.action,
                    e.entity,
                    e.key or "",
                    _dumps(e.before) or "",
                    _dumps(e.after) or "",
                    e.note or "",
                )
            )
            written += 1
            ticker.step("Entries written")
    return written


def _dumps(values: Mapping[str, Any] | None) -> str | None:
    if values is None:
        return None
    return json.dumps(
        {str(k): _plain(v) for k, v in values.items()}, sort_keys=True, ensure_ascii=False
    )


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)
