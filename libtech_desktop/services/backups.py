"""Backups and restore (issue 8): automatic and on demand, consistent while the program
runs, kept N deep, checked after writing; a restore refuses a damaged or newer file and
keeps the replaced library aside."""

from __future__ import annotations

import contextlib
import logging
import shutil
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
from libtech_desktop.services.ports.backups import BackupStore
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
_STEPS = 4


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
        name; otherwise the file to write."""
        report = progress or no_progress
        cancel = should_cancel or never_cancel
        with self._ctx.unit_of_work() as uow:
            reader = SettingsReader(uow.settings.get)
            keep = reader.integer("backup.keep")
            second = reader.text("backup.second_folder").strip()
        automatic = dest is None
        target = self._target(dest)
        report(0, _STEPS, "Copying the library…")
        if cancel():
            raise Cancelled()
        revision = self._write_checked(target, cancel)
        report(2, _STEPS, "Checked")
        warnings: list[str] = []
        copies: tuple[Path, ...] = ()
        removed: tuple[Path, ...] = ()
        if automatic:
            if second:
                copies, warning = self._second_copy(target, Path(second).expanduser())
                warnings.extend(warning)
            report(3, _STEPS, "Removing old backups…")
            removed = self._rotate(target.parent, keep, warnings)
            if copies:
                removed += self._rotate(copies[0].parent, keep, warnings)
        report(_STEPS, _STEPS, "Done")
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

    def _write_checked(self, target: Path, cancel: CancelFn) -> str | None:
        """Written under a temporary name and renamed only once it checks out, so a
        backup that exists is a good one."""
        partial = target.with_name(target.name + PARTIAL_SUFFIX)
        try:
            partial.unlink(missing_ok=True)
            self._store.copy_to(partial)
            revision = self._store.check(partial)
            if cancel():
                raise Cancelled()
            partial.replace(target)
        except OSError as exc:
            raise BackupError(f"Could not write the backup {target}: {exc}") from exc
        except BackupError as exc:
            raise BackupError(f"The backup {target} failed its check: {exc}") from exc
        finally:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
        return revision

    def _second_copy(self, backup: Path, folder: Path) -> tuple[tuple[Path, ...], list[str]]:
        """A missing USB stick is worth a warning, not a failed backup."""
        if not folder.is_dir():
            return (), [f"The second backup folder {folder} is not there; no copy made."]
        copy = folder / backup.name
        partial = copy.with_name(copy.name + PARTIAL_SUFFIX)
        try:
            shutil.copyfile(backup, partial)
            partial.replace(copy)
        except OSError as exc:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
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
            try:
                revision: str | None = self._store.check(path)
            except BackupError:
                revision = None
            found.append(BackupInfo(path, parsed[0], path.stat().st_size, revision))
        return found

    # -- restoring -----------------------------------------------------------------------

    def restore(self, src: Path) -> RestoreReport:
        """Replace the open library by the backup ``src`` (checked first: a file that is
        not a library, a damaged one, or one from a newer version is refused and nothing
        changes). The replaced library is kept beside it as ``<name>.replaced-<time>``."""
        src = Path(src).expanduser().resolve()
        library = self._store.library_path
        if src.resolve() == library.resolve():
            raise BackupError(f"{src} is the open library itself.")
        before = self._store.check(src)
        now = self._ctx.clock.now()
        aside = library.with_name(f"{library.name}.replaced-{stamp(now)}")
        after = self._store.replace_library(src, aside)
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
