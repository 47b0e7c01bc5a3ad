"""``libtech backup [DEST]``, ``libtech backups`` and ``libtech restore SRC`` (issue 8)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.integration.conftest import assert_one_error_line


def test_backup_into_the_folder_next_to_the_library_then_list_it(cli, tmp_path):
    cli("init")
    done = cli("backup")
    assert done.code == 0, done.err
    [made] = list((tmp_path / "backups").iterdir())
    assert made.name.startswith("library-") and made.suffix == ".sqlite3"
    assert done.out.startswith(f"Backed up to {made} (") and "checked" in done.out

    listed = cli("backups", "--json")
    assert [row["file"] for row in listed.json()] == [str(made)]
    assert listed.json()[0]["size"] == made.stat().st_size


def test_backup_to_a_named_file_then_restore_it(cli, tmp_path):
    cli("init")
    assert cli("backup", str(tmp_path / "before.sqlite3")).code == 0
    assert cli("patron", "add", "2001", "--name", "Lovelace, Ada").code == 0

    restored = cli("restore", str(tmp_path / "before.sqlite3"))

    assert restored.code == 0, restored.err
    [aside] = list(tmp_path.glob("library.sqlite3.replaced-*"))
    assert f"kept as {aside}" in restored.out
    assert _patrons(aside) == ["2001"]
    assert _patrons(tmp_path / "library.sqlite3") == []


def test_restore_refusals_are_one_line_and_change_nothing(cli, tmp_path):
    cli("init")
    text = tmp_path / "notes.txt"
    text.write_text("not a library")
    assert_one_error_line(cli("restore", str(text)), "not a LibTech Desk library")
    assert_one_error_line(cli("restore", str(tmp_path / "missing.sqlite3")), "no file")
    newer = tmp_path / "newer.sqlite3"
    cli("backup", str(newer))
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    assert_one_error_line(cli("restore", str(newer)), "newer LibTech Desk")
    assert list(tmp_path.glob("library.sqlite3.replaced-*")) == []


def test_a_backup_onto_the_library_itself_is_refused(cli, tmp_path):
    cli("init")
    assert_one_error_line(cli("backup", str(tmp_path / "library.sqlite3")), "library itself")


def _patrons(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT barcode FROM patrons").fetchall()
    conn.close()
    return [row[0] for row in rows]
