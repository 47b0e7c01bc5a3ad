"""Backups and restore (issue 8): automatic and on demand, consistent while the program
runs, kept N deep, checked after writing; a restore refuses a damaged or newer file and
keeps the replaced library aside.

Issue 9: a backup and a restore of a 2 GB library take a minute; both report the
megabytes copied and the integrity check as its own step, and hear a cancel until the
point where stopping would leave something half-done. A cancelled backup leaves no
file; a cancelled restore leaves the library exactly as it was."""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

from libtech_desktop.domain.backups import (
    PARTIAL_SUFFIX,
    BackupError,
    BackupInfo,
    BackupReport,
    RestoreReport,
    backup_name,
    ours,
    parse_backup_name,
    stamp,
    to_rotate,
)
from libtech_desktop.domain.library_settings import SettingsReader
from libtech_desktop.services import audit
from libtech_desktop.services.context import ServiceContext
from libtech_desktop.services.ports.backups import BackupStore, CopiedFn
from libtech_desktop.services.progress import (
    CancelFn,
    Cancelled,
    ProgressFn,
    never_cancel,
    no_progress,
)

log = logging.getLogger(__name__)

#: Where backups go when ``backup.folder`` is empty: this folder next to the library.
DEFAULT_FOLDER = "backups"
#: The step of a restore from which it can no longer be cancelled (what the dialog hears).
REPLACING = "Step 3 of 3: putting the backup in place (this cannot be cancelled)…"
RESTORE_CANCELLED = "Restore cancelled: the library is as it was; nothing was replaced."
BACKUP_CANCELLED = "Backup cancelled: no backup was made."
_CHUNK = 4 * 1024 * 1024


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):,.0f}" if size >= 1024 * 1024 else f"{size / (1024 * 1024):.1f}"


def _copying(report: ProgressFn, what: str) -> CopiedFn:
    """A copy's bytes as progress in KB (a Qt int holds 2 TB of them), said in MB."""

    def copied(done: int, total: int) -> None:
        report(done // 1024, total // 1024, f"{what}: {megabytes(done)} of {megabytes(total)} MB")

    return copied


def _late(report: ProgressFn) -> ProgressFn:
    """Reports after the point where a cancel is no longer heard (the runner's reporter
    raises :class:`Cancelled` once Cancel was pressed)."""

    def said(done: int, total: int, what: str) -> None:
        with contextlib.suppress(Cancelled):
            report(done, total, what)

    return said


class BackupService:
    def __init__(self, context: ServiceContext, store: BackupStore) -> None:
        self._ctx = context
        self._store = store

    # -- settings ------------------------------------------------------------------------

    def _setting(self, key: str) -> str:
        with self._ctx.unit_of_work() as uow:
            return SettingsReader(uow.settings.get).text(key)

    def library_file(self) -> Path:
        """The open library's file (what a restore replaces)."""
        return self._store.library_path

    def folder(self) -> Path:
        """Where backups go: ``backup.folder``, else ``backups`` next to the library."""
        configured = self._setting("backup.folder").strip()
        if configured:
            return Path(configured).expanduser()
        return self._store.library_path.parent / DEFAULT_FOLDER

    def every_hours(self) -> int:
        """How often the desk backs up while it runs (0: only at close)."""
        return int(self._setting("backup.every_hours"))

    # -- backing up ----------------------------------------------------------------------

    def back_up(
        self,
        dest: Path | None = None,
        progress: ProgressFn | None = None,
        should_cancel: CancelFn | None = None,
    ) -> BackupReport:
        """A checked copy of the open library. Without ``dest``: into the backup folder,
        copied to the second folder (if set), older ones rotated away. ``dest`` an
        existing folder, or a name without a suffix: a backup there under the usual
        name; otherwise the file to write.

        ``progress`` hears the megabytes copied, then the check (``total`` 0: a step of
        unknown length); ``should_cancel`` is heard until the backup and its copy in the
        second folder are made: :class:`Cancelled` then, and no file of it is left."""
        report = progress or no_progress
        cancel = should_cancel or never_cancel
        with self._ctx.unit_of_work() as uow:
            reader = SettingsReader(uow.settings.get)
            keep = reader.integer("backup.keep")
            second = reader.text("backup.second_folder").strip()
        automatic = dest is None
        target = self._target(dest)
        if cancel():
            raise Cancelled(BACKUP_CANCELLED)
        revision = self._write_checked(target, report, cancel)
        warnings: list[str] = []
        copies: tuple[Path, ...] = ()
        removed: tuple[Path, ...] = ()
        if automatic:
            if second:
                try:
                    copies, warning = self._second_copy(
                        target, Path(second).expanduser(), report, cancel
                    )
                except Cancelled:
                    with contextlib.suppress(OSError):
                        target.unlink()
                    raise Cancelled(BACKUP_CANCELLED) from None
                warnings.extend(warning)
            late = _late(report)
            late(0, 0, "Removing old backups…")
            removed = self._rotate(target.parent, keep, warnings)
            if copies:
                removed += self._rotate(copies[0].parent, keep, warnings)
        _late(report)(1, 1, "Done")
        log.info("Backed up %s to %s", self._store.library_path, target)
        return BackupReport(
            path=target,
            size=target.stat().st_size,
            revision=revision,
            copies=copies,
            removed=removed,
            warnings=tuple(warnings),
        )

    def _target(self, dest: Path | None) -> Path:
        stem = self._store.library_path.stem
        if dest is not None and not dest.is_dir() and dest.suffix:
            folder, name = dest.parent, dest.name
        else:
            folder = self.folder() if dest is None else dest
            name = backup_name(stem, self._ctx.clock.now())
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise BackupError(f"Cannot make the backup folder {folder}: {exc}") from exc
        target = folder / name
        serial = 1
        while target.exists() and parse_backup_name(stem, target.name) is not None:
            serial += 1
            target = folder / backup_name(stem, self._ctx.clock.now(), serial)
        if target.resolve() == self._store.library_path.resolve():
            raise BackupError(f"{target} is the library itself; back up somewhere else.")
        return target

    def _write_checked(self, target: Path, report: ProgressFn, cancel: CancelFn) -> str | None:
        """Written under a temporary name and renamed only once it checks out, so a
        backup that exists is a good one; a cancel or a failure leaves no file."""
        partial = target.with_name(target.name + PARTIAL_SUFFIX)
        copying = _copying(report, "Step 1 of 2: copying the library")

        def copied(done: int, total: int) -> None:
            copying(done, total)
            if cancel():
                raise Cancelled(BACKUP_CANCELLED)

        try:
            partial.unlink(missing_ok=True)
            self._store.copy_to(partial, copied)
            report(0, 0, "Step 2 of 2: checking the copy (PRAGMA integrity_check)…")
            revision = self._store.check(partial, cancel)
            if cancel():
                raise Cancelled(BACKUP_CANCELLED)
            partial.replace(target)
        except Cancelled:
            raise Cancelled(BACKUP_CANCELLED) from None
        except OSError as exc:
            raise BackupError(f"Could not write the backup {target}: {exc}") from exc
        except BackupError as exc:
            raise BackupError(f"The backup {target} failed its check: {exc}") from exc
        finally:
            for name in (partial, Path(f"{partial}-journal")):
                with contextlib.suppress(OSError):
                    name.unlink(missing_ok=True)
        return revision

    def _second_copy(
        self, backup: Path, folder: Path, report: ProgressFn, cancel: CancelFn
    ) -> tuple[tuple[Path, ...], list[str]]:
        """A missing USB stick is worth a warning, not a failed backup."""
        if not folder.is_dir():
            return (), [f"The second backup folder {folder} is not there; no copy made."]
        copy = folder / backup.name
        partial = copy.with_name(copy.name + PARTIAL_SUFFIX)
        copied = _copying(report, f"Copying the backup to {folder}")
        try:
            total, done = backup.stat().st_size, 0
            with backup.open("rb") as src, partial.open("wb") as out:
                while chunk := src.read(_CHUNK):
                    out.write(chunk)
                    done += len(chunk)
                    copied(done, total)
                    if cancel():
                        raise Cancelled(BACKUP_CANCELLED)
                out.flush()
                os.fsync(out.fileno())
            partial.replace(copy)
        except (OSError, Cancelled) as exc:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
            if isinstance(exc, Cancelled):
                raise
            return (), [f"No copy in the second backup folder {folder}: {exc}"]
        return (copy,), []

    def _rotate(self, folder: Path, keep: int, warnings: list[str]) -> tuple[Path, ...]:
        removed = []
        for old in to_rotate(self._store.library_path.stem, folder.iterdir(), keep):
            try:
                old.unlink()
                removed.append(old)
            except OSError as exc:
                warnings.append(f"Could not remove the old backup {old}: {exc}")
        return tuple(removed)

    def backups(self) -> list[BackupInfo]:
        """This library's backups in the backup folder, newest first."""
        folder = self.folder()
        if not folder.is_dir():
            return []
        found = []
        for path in reversed(ours(self._store.library_path.stem, folder.iterdir())):
            parsed = parse_backup_name(self._store.library_path.stem, path.name)
            assert parsed is not None  # ours() keeps only names it parses
            # Only the schema is read: checking every page of N backups of a 2 GB library
            # would take minutes; a backup is checked in full when it is restored.
            revision = self._store.revision_of(path)
            found.append(BackupInfo(path, parsed[0], path.stat().st_size, revision))
        return found

    # -- restoring -----------------------------------------------------------------------

    def restore(
        self,
        src: Path,
        progress: ProgressFn | None = None,
        should_cancel: CancelFn | None = None,
    ) -> RestoreReport:
        """Replace the open library by the backup ``src`` (checked first: a file that is
        not a library, a damaged one, or one from a newer version is refused and nothing
        changes). The replaced library is kept beside it as ``<name>.replaced-<time>``.

        Three steps: the backup is checked, copied next to the library (the megabytes
        reported), then put in place. ``should_cancel`` is heard during the first two:
        :class:`Cancelled` then, the library untouched and nothing left beside it; the
        third (:data:`REPLACING`) goes to its end."""
        report = progress or no_progress
        cancel = should_cancel or never_cancel
        src = Path(src).expanduser().resolve()
        library = self._store.library_path
        if src.resolve() == library.resolve():
            raise BackupError(f"{src} is the open library itself.")
        report(0, 0, "Step 1 of 3: checking the backup (PRAGMA integrity_check)…")
        copying = _copying(report, "Step 2 of 3: copying the backup next to the library")

        def copied(done: int, total: int) -> None:
            copying(done, total)
            if cancel():
                raise Cancelled(RESTORE_CANCELLED)

        def replacing() -> None:
            if cancel():
                raise Cancelled(RESTORE_CANCELLED)
            _late(report)(0, 0, REPLACING)

        try:
            before = self._store.check(src, cancel)
            if cancel():
                raise Cancelled(RESTORE_CANCELLED)
            now = self._ctx.clock.now()
            aside = library.with_name(f"{library.name}.replaced-{stamp(now)}")
            after = self._store.replace_library(src, aside, copied, replacing)
        except Cancelled:
            log.info("Restore of %s from %s cancelled; the library is unchanged", library, src)
            raise Cancelled(RESTORE_CANCELLED) from None
        with self._ctx.unit_of_work() as uow:
            audit.record(
                uow,
                self._ctx.actor(),
                now,
                "backup.restore",
                "library",
                library.name,
                note=f"restored from {src}; the replaced library is kept as {aside}",
            )
            uow.commit()
        log.info("Restored %s from %s; the old one is %s", library, src, aside)
        return RestoreReport(src, library, aside, before, after)
