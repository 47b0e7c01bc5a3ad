"""Merging another device's journal (issue 7): a dry run that predicts every exception,
then a replay in time order through the same services as the desk, each operation
applied exactly once, the exceptions queued for staff.

The dry run *is* the apply, run on a throwaway copy of the library, so what it predicts
is what applying does. Applying is idempotent and resumable: every operation handled
is written to the ``sync_ops`` ledger right after its own transaction, and one already
in the ledger or in the journal (replayed here before a power cut) is skipped.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime
from pathlib import Path

from libtech_desktop.domain.errors import InvalidInput, NotFound
from libtech_desktop.domain.sync import DEVICE_NAME_KEY, SyncRole, clock_offset
from libtech_desktop.domain.sync_merge import (
    ImportSummary,
    IncomingFile,
    IncomingOp,
    MergeException,
    MergeReport,
    SyncExceptionEntry,
    Tally,
    corrected,
    replay_order,
)
from libtech_desktop.interop import journal_file, koc
from libtech_desktop.services import journal, sync_replay, sync_state
from libtech_desktop.services.context import ScratchCopy, ServiceContext
from libtech_desktop.services.ports import UnitOfWork
from libtech_desktop.services.progress import (
    CancelFn,
    Cancelled,
    ProgressFn,
    never_cancel,
    no_progress,
)


class MergeService:
    def __init__(self, context: ServiceContext, scratch: ScratchCopy) -> None:
        self._ctx = context
        self._scratch = scratch

    # -- importing a file ----------------------------------------------------------------

    def read(self, path: Path) -> IncomingFile:
        """The file's operations, checked line by line (a journal export or a .koc)."""
        return self._read(Path(path))[0]

    def dry_run(
        self,
        path: Path,
        progress: ProgressFn | None = None,
        should_cancel: CancelFn | None = None,
    ) -> MergeReport:
        """What :meth:`apply` would do, done on a throwaway copy: the library is untouched."""
        incoming, sha = self._read(Path(path))
        with self._scratch() as scratch:
            return _Merge(scratch, incoming, Path(path).name, sha, dry_run=True).run(
                progress or no_progress, should_cancel or never_cancel
            )

    def apply(
        self,
        path: Path,
        progress: ProgressFn | None = None,
        should_cancel: CancelFn | None = None,
    ) -> MergeReport:
        """Replay the file's operations not yet handled here; an import cut short before
        (cancelled, power lost) is resumed."""
        incoming, sha = self._read(Path(path))
        return _Merge(self._ctx, incoming, Path(path).name, sha, dry_run=False).run(
            progress or no_progress, should_cancel or never_cancel
        )

    def _read(self, path: Path) -> tuple[IncomingFile, str]:
        try:
            raw = path.read_bytes()
        except OSError as error:
            raise InvalidInput(f"Cannot read {path}: {error.strerror or error}.") from None
        sha = hashlib.sha256(raw).hexdigest()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise InvalidInput(f"{path.name} is not a text file (UTF-8).") from None
        if text.lstrip().startswith("Version="):
            return koc.read(text, self._ctx.actor().username), sha
        return journal_file.read(text), sha

    def role(self) -> SyncRole:
        """What this library is to the others (a satellite or peer must send its work)."""
        with self._ctx.unit_of_work() as uow:
            return sync_state.role(uow)

    def export_name(self, suffix: str = "jsonl") -> str:
        """``journal-<device>-<YYYY-MM-DD>.jsonl``: the default name of an export."""
        with self._ctx.unit_of_work() as uow:
            device = uow.settings.get(DEVICE_NAME_KEY) or journal.device_id(uow)[:8]
            uow.commit()
        slug = re.sub(r"[^A-Za-z0-9]+", "-", device).strip("-").lower() or "device"
        return f"journal-{slug}-{self._ctx.clock.today().isoformat()}.{suffix}"

    # -- the exceptions queue ------------------------------------------------------------

    def exceptions(self, status: str | None = "open") -> list[SyncExceptionEntry]:
        with self._ctx.unit_of_work() as uow:
            return list(uow.sync.exceptions(status))

    def retry(self, exception_id: int, *, override: bool = False) -> SyncExceptionEntry:
        """Apply the operation now (staff checked the other loan in, say); ``override``:
        lend despite a block staff may override — the check-out did happen on the truck.
        Still refused: the reason is raised and the exception stays open."""
        entry = self._open(exception_id)
        op = entry.operation()
        outcome = sync_replay.replay(self._ctx, op, entry.at, override=override, retry=True)
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        if outcome.outcome == "exception":
            with self._ctx.unit_of_work() as uow:
                uow.sync.update_exception_reason(exception_id, outcome.note or entry.reason)
                uow.commit()
            raise InvalidInput(f"Still not applied: {outcome.note}")
        how = "applied on retry" if outcome.outcome == "applied" else outcome.note
        if override and outcome.outcome == "applied":
            how = "lent anyway (block overridden)"
        with self._ctx.unit_of_work() as uow:
            uow.sync.record_op(op, entry.import_id, outcome.outcome, how, now)
            closed = uow.sync.close_exception(
                exception_id, "resolved", actor.username, now, how or "applied"
            )
            uow.commit()
        return closed

    def dismiss(self, exception_id: int, note: str) -> SyncExceptionEntry:
        """Close an exception without applying it; the note says why."""
        note = " ".join(note.split())
        if not note:
            raise InvalidInput("Say why the exception is dismissed (a note is kept).")
        self._open(exception_id)
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            closed = uow.sync.close_exception(exception_id, "dismissed", actor.username, now, note)
            uow.commit()
        return closed

    def imports(self) -> list[ImportSummary]:
        """Every journal or .koc file imported here, newest first."""
        with self._ctx.unit_of_work() as uow:
            return list(uow.sync.imports())

    def _open(self, exception_id: int) -> SyncExceptionEntry:
        with self._ctx.unit_of_work() as uow:
            entry = uow.sync.exception(exception_id)
        if entry is None:
            raise NotFound(f"There is no sync exception number {exception_id}.")
        if entry.status != "open":
            raise InvalidInput(
                f"Sync exception {exception_id} is already {entry.status}"
                f"{': ' + entry.resolution if entry.resolution else ''}."
            )
        return entry


class _Merge:
    """One file merged into one library (the real one, or the dry run's copy)."""

    def __init__(
        self,
        ctx: ServiceContext,
        incoming: IncomingFile,
        file_name: str,
        sha256: str,
        *,
        dry_run: bool,
    ) -> None:
        self._ctx, self._in, self._file, self._sha = ctx, incoming, file_name, sha256
        self._dry = dry_run

    def run(self, progress: ProgressFn, should_cancel: CancelFn) -> MergeReport:
        ops = self._in.operations
        ids = [op.op_id for op in ops]
        with self._ctx.unit_of_work() as uow:
            me = journal.device_id(uow)
            done = set(uow.journal.known(ids)) | set(uow.sync.handled(ids))
            lo, hi = self._bounds(me)
            offset = clock_offset(lo, hi)
            resume = uow.sync.unfinished_import(self._sha)
            uow.commit()
        todo = [op for op in ops if op.op_id not in done]
        tally = Tally(already=len(ops) - len(todo))
        finished = True
        if todo:
            import_id = resume or self._start(len(ops), offset)
            finished = self._replay(todo, import_id, offset, tally, progress, should_cancel)
            if finished:
                self._finish(import_id, ops, (lo, hi, offset))
        else:
            # Nothing new to apply, but the file still says what its sender has merged
            # of ours (desk to desk): take that in.
            with self._ctx.unit_of_work() as uow:
                self._acknowledge(uow)
                uow.commit()
        return MergeReport(
            device_id=self._in.device_id,
            device_name=self._in.device_name,
            source=self._in.source,
            operations=len(ops),
            applied=tally.applied,
            unchanged=tally.unchanged,
            already_applied=tally.already,
            exceptions=tuple(tally.exceptions),
            clock_offset_s=offset,
            dry_run=self._dry,
            finished=finished,
        )

    def _bounds(self, me: str) -> tuple[float | None, float | None]:
        """What this file says of the device's clock (device minus ours, in seconds)."""
        header = self._in.header
        lo = hi = None
        exported = header.get("exported_at")
        if isinstance(exported, str):
            lo = (datetime.fromisoformat(exported) - self._ctx.clock.now()).total_seconds()
        check = header.get("clock_check")
        if isinstance(check, dict) and check.get("hub_device") == me:
            try:
                local = datetime.fromisoformat(str(check["local_time"]))
                hub = datetime.fromisoformat(str(check["hub_time"]))
                hi = (local - hub).total_seconds()
            except (KeyError, ValueError, TypeError):
                hi = None
        return lo, hi

    def _start(self, operations: int, offset: float) -> int:
        with self._ctx.unit_of_work() as uow:
            import_id = uow.sync.start_import(
                self._in.device_id,
                self._in.source,
                self._file,
                self._sha,
                self._ctx.actor().username,
                self._ctx.clock.now(),
                operations,
                offset,
            )
            uow.commit()
        return import_id

    def _replay(
        self,
        todo: list[IncomingOp],
        import_id: int,
        offset: float,
        tally: Tally,
        progress: ProgressFn,
        should_cancel: CancelFn,
    ) -> bool:
        ordered = replay_order(todo, offset)
        for index, op in enumerate(ordered):
            what = f"{op.action} {op.item or op.patron or ''}".strip()
            try:
                if should_cancel():
                    return False
                progress(index, len(ordered), what)
            except Cancelled:
                # The GUI's runner says so by raising: what is applied stays, and the
                # next import of the file resumes from here.
                return False
            instant = corrected(op.effect_at, offset)
            with self._ctx.unit_of_work() as uow:
                # Replayed here before a power cut, its ledger row not yet written.
                replayed = bool(uow.journal.known([op.op_id]))
            if replayed:
                outcome = sync_replay.APPLIED
                tally.already += 1
            else:
                outcome = sync_replay.replay(self._ctx, op, instant)
                tally.add(outcome.outcome)
            with self._ctx.unit_of_work() as uow:
                uow.sync.record_op(op, import_id, outcome.outcome, outcome.note, self._now())
                if outcome.outcome == "exception":
                    reason = outcome.note or "refused"
                    uow.sync.add_exception(op, import_id, instant, reason)
                    tally.exceptions.append(
                        MergeException(op.op_id, instant, op.item, op.patron, op.action, reason)
                    )
                uow.commit()
        progress(len(ordered), len(ordered), "done")
        return True

    def _finish(
        self,
        import_id: int,
        ops: tuple[IncomingOp, ...],
        clock: tuple[float | None, float | None, float],
    ) -> None:
        lo, hi, offset = clock
        with self._ctx.unit_of_work() as uow:
            last = max((op.seq for op in ops), default=0)
            uow.sync.save_peer(
                self._in.device_id, self._in.device_name, last, (lo, hi, offset), self._now()
            )
            uow.sync.finish_import(import_id, self._now())
            self._acknowledge(uow)
            uow.commit()

    def _acknowledge(self, uow: UnitOfWork) -> None:
        """What the sender has merged of ours, and the role merging makes of this library."""
        acknowledged = self._in.header.get("acknowledged")
        if isinstance(acknowledged, dict):
            sync_state.acknowledge(uow, acknowledged)
        sync_state.set_role(uow, _role_after(uow, self._in))

    def _now(self) -> datetime:
        return self._ctx.clock.now()


def _role_after(uow: UnitOfWork, incoming: IncomingFile) -> SyncRole:
    """What merging this file makes of this library: the hub of a laptop working from
    its package; a peer of another desk PC; unchanged by a .koc (Koha takes nothing back)."""
    if incoming.source != "journal":
        return sync_state.role(uow)
    check = incoming.header.get("clock_check")
    if isinstance(check, dict) and check.get("hub_device") == journal.device_id(uow):
        return SyncRole.HUB
    return SyncRole.PEER
