"""Backups and restore (issue 8): checked copies kept N deep, a second folder, and a
restore that refuses what it cannot trust and keeps the replaced library aside."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from libtech_desktop.db import backup as db_backup
from libtech_desktop.db.engine import head_revision, make_engine, migrate
from libtech_desktop.domain.backups import BackupError, backup_name, to_rotate
from libtech_desktop.domain.clock import FixedClock
from libtech_desktop.domain.staff import PermissionDenied
from libtech_desktop.library import open_library
from libtech_desktop.services import backups as backups_service
from libtech_desktop.services.progress import Cancelled


def _corrupt(path: Path) -> None:
    """Scribble over the first page of the biblios table, as a failing disk might."""
    with sqlite3.connect(path) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'biblios'").fetchone()
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with path.open("r+b") as f:
        f.seek((root[0] - 1) * page_size + 8)
        f.write(b"\xff\x00\x13" * 300)


def _loans(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT items.barcode FROM loans JOIN items ON items.id = loans.item_id"
        ).fetchall()
    conn.close()
    return [row[0] for row in rows]


def test_a_backup_is_named_for_the_library_checked_and_listed(library, db_path, clock):
    report = library.backups.back_up()

    folder = db_path.parent / "backups"
    assert report.path == folder / f"lib-{clock.now().astimezone():%Y%m%d-%H%M%S}.sqlite3"
    assert report.revision == head_revision()
    assert [p.name for p in folder.iterdir()] == [report.path.name]  # no temp file left
    [info] = library.backups.backups()
    assert (info.path, info.size, info.revision) == (report.path, report.size, head_revision())


def test_backups_are_kept_n_deep_and_rotation_spares_other_files(library, db_path, clock):
    library.settings.set("backup.keep", "3")
    folder = db_path.parent / "backups"
    folder.mkdir()
    foreign = [folder / "other-20200101-000000.sqlite3", folder / "notes.txt"]
    for path in foreign:
        path.write_text("not ours")
    made = []
    for _ in range(5):
        made.append(library.backups.back_up().path)
        clock.advance(hours=1)

    assert [info.path for info in library.backups.backups()] == made[:1:-1]
    assert all(path.exists() for path in foreign)
    assert not made[0].exists() and not made[1].exists()


def test_two_backups_in_the_same_second_both_count(library):
    first, second = library.backups.back_up(), library.backups.back_up()
    assert first.path != second.path
    assert len(library.backups.backups()) == 2


def test_a_second_folder_gets_a_copy_and_a_missing_one_is_only_a_warning(library, tmp_path, clock):
    stick = tmp_path / "usb"
    stick.mkdir()
    library.settings.set("backup.second_folder", str(stick))
    report = library.backups.back_up()
    assert report.copies == (stick / report.path.name,)
    assert report.copies[0].read_bytes() == report.path.read_bytes()

    shutil.rmtree(stick)  # the stick was pulled out
    clock.advance(hours=1)
    report = library.backups.back_up()
    assert report.path.exists() and report.copies == ()
    assert "not there" in report.warnings[0] and str(stick) in report.warnings[0]


def test_a_destination_may_be_a_folder_or_a_file(library, tmp_path):
    into_folder = library.backups.back_up(tmp_path / "elsewhere")
    assert into_folder.path.parent == tmp_path / "elsewhere"
    assert into_folder.path.name.startswith("lib-")
    as_file = library.backups.back_up(tmp_path / "copy.sqlite3")
    assert as_file.path == tmp_path / "copy.sqlite3"
    assert library.backups.backups() == []  # neither is in the backup folder


def test_a_cancelled_backup_leaves_nothing(library, tmp_path):
    with pytest.raises(Cancelled):
        library.backups.back_up(tmp_path / "b", should_cancel=lambda: True)
    assert not (tmp_path / "b").exists() or list((tmp_path / "b").iterdir()) == []


def test_restore_replaces_the_library_keeps_the_old_one_aside_and_audits(
    library, db_path, patron, item, tmp_path
):
    backup = library.backups.back_up().path
    library.circulation.checkout(patron.barcode, item.barcode)

    report = library.backups.restore(backup)

    assert library.circulation.open_loans() == []  # the library is the backup now
    assert report.replaced.name.startswith("lib.sqlite3.replaced-")
    assert _loans(report.replaced) == [item.barcode]  # kept aside, and openable
    with open_library(report.replaced) as old:
        assert [loan.item_barcode for loan in old.circulation.open_loans()] == [item.barcode]
    with sqlite3.connect(db_path) as conn:
        audited = conn.execute(
            "SELECT action, entity_key, note FROM audit_log WHERE action = 'backup.restore'"
        ).fetchall()
    conn.close()
    assert audited[0][:2] == ("backup.restore", "lib.sqlite3")
    assert str(report.replaced) in audited[0][2]
    # The restored library still lends.
    library.circulation.checkout(patron.barcode, item.barcode)
    assert _loans(db_path) == [item.barcode]


@pytest.mark.parametrize(
    ("spoil", "words"),
    [
        (_corrupt, "damaged"),
        (lambda p: p.write_text("name,barcode\nAda,2001\n"), "not a LibTech Desk library"),
        (lambda p: sqlite3.connect(p).execute("CREATE TABLE t (x)").close(), "not a LibTech"),
    ],
    ids=["corrupt bytes", "a text file", "another database"],
)
def test_restore_refuses_what_is_not_a_sound_library_and_changes_nothing(
    library, db_path, patron, item, tmp_path, spoil, words
):
    library.circulation.checkout(patron.barcode, item.barcode)
    bad = tmp_path / "bad.sqlite3"
    if spoil is _corrupt:
        shutil.copyfile(library.backups.back_up(tmp_path / "good.sqlite3").path, bad)
    spoil(bad)

    with pytest.raises(BackupError, match=words):
        library.backups.restore(bad)

    assert [p.name for p in db_path.parent.glob("lib.sqlite3.replaced-*")] == []
    assert [loan.item_barcode for loan in library.circulation.open_loans()] == [item.barcode]


def test_restore_refuses_a_file_from_a_newer_version(library, tmp_path):
    newer = library.backups.back_up(tmp_path / "newer.sqlite3").path
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    with pytest.raises(BackupError, match="made by a newer LibTech Desk"):
        library.backups.restore(newer)


def test_restoring_an_older_library_brings_its_schema_up_to_date(library, tmp_path):
    old = tmp_path / "old.sqlite3"
    engine = make_engine(old)
    migrate(engine, "0011")
    engine.dispose()

    report = library.backups.restore(old)

    assert (report.revision_before, report.revision_after) == ("0011", head_revision())
    assert report.migrated
    assert library.schema_revision() == head_revision()
    library.staff.has_accounts()  # a table of the newest schema is there


def test_rotation_names_only_this_librarys_backups(clock):
    stem = "main"
    ours = [Path(backup_name(stem, clock.now())), Path(backup_name(stem, clock.now(), 2))]
    others = [Path("main-copy.sqlite3"), Path("mainx-20200101-000000.sqlite3")]
    assert to_rotate(stem, [*others, *reversed(ours)], keep=1) == [ours[0]]


def test_backups_are_named_by_local_time():
    clock = FixedClock(datetime(2026, 1, 2, 3, 4, 5).astimezone())
    assert backup_name("x", clock.now()) == "x-20260102-030405.sqlite3"


def test_only_an_administrator_restores_and_the_restore_says_who(db_path, clock, tmp_path):
    with open_library(db_path, clock=clock) as lib:
        lib.staff.create_first_administrator("ada", "Ada Admin", "correct horse battery")
    with open_library(db_path, clock=clock, user="ada", password="correct horse battery") as lib:
        lib.staff.add_account("lin", "Lin Librarian", "librarian pw", "librarian")
        backup = lib.backups.back_up().path
    with (
        open_library(db_path, clock=clock, user="lin", password="librarian pw") as lib,
        pytest.raises(PermissionDenied, match="restore"),
    ):
        lib.backups.restore(backup)
    assert list(tmp_path.glob("lib.sqlite3.replaced-*")) == []
    with open_library(db_path, clock=clock, user="ada", password="correct horse battery") as lib:
        lib.backups.restore(backup)
    with sqlite3.connect(db_path) as conn:
        who = conn.execute("SELECT staff FROM audit_log WHERE action = 'backup.restore'").fetchall()
    conn.close()
    assert who == [("ada",)]


# -- issue 9: progress and cancel ------------------------------------------------------


@pytest.fixture
def small_steps(monkeypatch):
    """A few pages per step, so even the test library is copied in many steps."""
    monkeypatch.setattr(db_backup, "STEP_PAGES", 4)


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*")) if folder.exists() else []


def _cancel_after(reports: list[tuple[int, int, str]], words: str):
    """``should_cancel`` that says yes once a report with ``words`` has been made."""
    return lambda: any(words in what for _done, _total, what in reports)


def test_a_backup_reports_the_megabytes_copied_then_the_check_as_a_step(
    library, tmp_path, small_steps
):
    reports: list[tuple[int, int, str]] = []
    library.backups.back_up(progress=lambda *r: reports.append(r))

    copying = [r for r in reports if r[2].startswith("Step 1 of 2: copying the library: ")]
    assert len(copying) > 3  # one report a step
    assert [done for done, _, _ in copying] == sorted({done for done, _, _ in copying})
    assert {total for _, total, _ in copying} == {copying[-1][1]} and copying[-1][0] == copying[-1][
        1
    ]
    assert copying[-1][2].endswith(" MB")
    checking = reports.index(next(r for r in reports if r[2].startswith("Step 2 of 2: checking")))
    assert checking > reports.index(copying[-1])
    assert reports[checking][1] == 0  # a step of unknown length
    assert reports[-1] == (1, 1, "Done")


@pytest.mark.parametrize("words", ["Step 1 of 2", "Step 2 of 2"], ids=["copying", "checking"])
def test_a_backup_cancelled_while_copying_or_checking_leaves_no_file(
    library, db_path, small_steps, words
):
    reports: list[tuple[int, int, str]] = []
    before = _files(db_path.parent)

    with pytest.raises(Cancelled, match="no backup was made"):
        library.backups.back_up(
            progress=lambda *r: reports.append(r), should_cancel=_cancel_after(reports, words)
        )

    assert any(words in what for _, _, what in reports)
    assert _files(db_path.parent / "backups") == []
    assert [n for n in _files(db_path.parent) if n not in before] == ["backups"]


def test_a_backup_cancelled_while_copying_to_the_second_folder_leaves_neither_copy(
    library, db_path, tmp_path, monkeypatch
):
    stick = tmp_path / "stick"
    stick.mkdir()
    library.settings.set("backup.second_folder", str(stick))
    monkeypatch.setattr(backups_service, "_CHUNK", 1024)
    reports: list[tuple[int, int, str]] = []

    with pytest.raises(Cancelled, match="no backup was made"):
        library.backups.back_up(
            progress=lambda *r: reports.append(r),
            should_cancel=_cancel_after(reports, f"Copying the backup to {stick}"),
        )

    assert _files(stick) == [] and _files(db_path.parent / "backups") == []


def test_the_integrity_check_hears_a_cancel(library, tmp_path, monkeypatch):
    made = library.backups.back_up(tmp_path / "b.sqlite3").path
    monkeypatch.setattr(db_backup, "CHECK_EVERY_OPS", 10)
    assert db_backup.check_library_file(made, should_cancel=lambda: False) is not None
    with pytest.raises(Cancelled):
        db_backup.check_library_file(made, should_cancel=lambda: True)


def test_a_copy_in_steps_is_of_one_moment_while_the_desk_writes(tmp_path, small_steps):
    source = tmp_path / "src.sqlite3"
    with contextlib.closing(sqlite3.connect(source, isolation_level=None)) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE t (x)")
        conn.executemany("INSERT INTO t VALUES (?)", [(b"x" * 900,)] * 400)
    copied: list[int] = []
    with (
        contextlib.closing(sqlite3.connect(source, isolation_level=None)) as src,
        contextlib.closing(sqlite3.connect(source, isolation_level=None)) as desk,
        contextlib.closing(sqlite3.connect(tmp_path / "copy.sqlite3")) as target,
    ):

        def lend(done: int, total: int) -> None:
            copied.append(done)
            desk.execute("INSERT INTO t VALUES (?)", (b"y" * 900,))  # between two steps

        db_backup.copy_in_steps(src, target, lend)
        assert not src.in_transaction  # the snapshot is let go
        assert target.execute("SELECT count(*) FROM t").fetchone() == (400,)
    assert len(copied) > 3
    assert copied == sorted(copied)  # never started over


def _reporter(reports: list[tuple[int, int, str]], stop: list[bool]):
    """As the GUI's runner reports: a report after Cancel raises."""

    def report(done: int, total: int, what: str) -> None:
        reports.append((done, total, what))
        if stop[0]:
            raise Cancelled()

    return report


@pytest.mark.parametrize("words", ["Step 1 of 3", "Step 2 of 3"], ids=["checking", "copying"])
def test_a_cancelled_restore_leaves_the_library_exactly_as_it_was(
    library, db_path, patron, item, small_steps, words
):
    backup = library.backups.back_up().path
    library.circulation.checkout(patron.barcode, item.barcode)
    before = _files(db_path.parent)
    reports: list[tuple[int, int, str]] = []

    with pytest.raises(Cancelled, match="the library is as it was; nothing was replaced"):
        library.backups.restore(
            backup,
            progress=lambda *r: reports.append(r),
            should_cancel=_cancel_after(reports, words),
        )

    assert any(what.startswith(words) for _, _, what in reports)
    assert not any(what == backups_service.REPLACING for _, _, what in reports)
    assert _files(db_path.parent) == before  # nothing replaced, nothing left beside it
    assert [loan.item_barcode for loan in library.circulation.open_loans()] == [item.barcode]


def test_a_restore_reports_its_three_steps_and_is_not_stopped_once_replacing(
    library, db_path, patron, item, small_steps
):
    backup = library.backups.back_up().path
    library.circulation.checkout(patron.barcode, item.barcode)
    reports: list[tuple[int, int, str]] = []
    stop = [False]

    def report(done: int, total: int, what: str) -> None:
        _reporter(reports, stop)(done, total, what)
        if what == backups_service.REPLACING:
            stop[0] = True  # Cancel pressed just as the backup goes in place

    restored = library.backups.restore(backup, progress=report, should_cancel=lambda: stop[0])

    assert reports[0] == (0, 0, "Step 1 of 3: checking the backup (PRAGMA integrity_check)…")
    copying = [r for r in reports if r[2].startswith("Step 2 of 3: copying the backup")]
    assert len(copying) > 3 and copying[-1][0] == copying[-1][1] > 0
    assert reports[-1][2] == backups_service.REPLACING
    assert restored.replaced.exists()
    assert library.circulation.open_loans() == []  # the backup is the library now
