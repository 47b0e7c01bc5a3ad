"""Opening what is not a usable library file gives a clear message and changes nothing."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from libtech_desktop import LibtechError, open_library
from libtech_desktop.db.engine import LibraryFileError


def test_a_file_that_is_not_a_database_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"Shopping list: stamps, tape, book jackets\n" * 50)
    before = path.read_bytes()

    with pytest.raises(LibraryFileError, match="not a LibTech Desk library, or it is damaged"):
        open_library(path)

    assert path.read_bytes() == before


def test_a_library_from_a_newer_version_is_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    with open_library(path) as lib:
        lib.patrons.register(barcode="29999000000018", name="Okafor, Ada")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()

    with pytest.raises(LibraryFileError, match="newer LibTech Desk"):
        open_library(path)

    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "9999_from_the_future",
        )
        assert conn.execute("SELECT name FROM patrons").fetchall() == [("Okafor, Ada",)]
    conn.close()


def test_a_folder_is_not_a_library(tmp_path: Path) -> None:
    with pytest.raises(LibtechError, match="is a folder"):
        open_library(tmp_path)


def test_the_cli_says_so_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "photo.sqlite3"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 2000)
    result = subprocess.run(
        [sys.executable, "-m", "libtech_desktop", "--db", str(path), "loans"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "not a LibTech Desk library" in lines[0]
