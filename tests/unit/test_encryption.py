"""Encryption at rest (issue 8): an encrypted library opens only with its passphrase, its
bytes hold no patron data, and a library converts to encrypted and back with every row."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from libtech_desktop.db.encryption import is_encrypted
from libtech_desktop.db.engine import (
    LibraryFileError,
    NotEncrypted,
    PassphraseNeeded,
    WrongPassphrase,
    copy_database,
    open_engine,
)
from libtech_desktop.domain.catalogue import Item
from libtech_desktop.domain.clock import FixedClock
from libtech_desktop.domain.errors import InvalidInput, LibraryBusy
from libtech_desktop.domain.patrons import Patron
from libtech_desktop.library import Library, open_library

KEY = "correct horse battery"
NAME = "Lovelace, Ada"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def all_bytes(path: Path) -> bytes:
    """The file and any WAL beside it: everything a thief of the laptop would get."""
    wal = Path(f"{path}-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


@pytest.fixture
def lent(library: Library, patron: Patron, item: Item) -> Library:
    """A library with a patron who has a loan."""
    library.circulation.checkout(patron.barcode, item.barcode)
    return library


def test_a_plain_library_is_not_encrypted_and_holds_names_in_clear(
    lent: Library, db_path: Path
) -> None:
    assert not lent.encryption.is_encrypted()
    assert not is_encrypted(db_path)
    assert NAME.encode() in all_bytes(db_path)


def test_encrypting_keeps_every_row_and_leaves_no_name_in_the_file(
    lent: Library, db_path: Path, patron: Patron, item: Item
) -> None:
    lent.encryption.encrypt(KEY)

    assert lent.encryption.is_encrypted()
    assert is_encrypted(db_path)
    # The open library goes on working, now on the encrypted file.
    assert lent.patrons.get(patron.barcode).name == NAME
    assert [loan.item_barcode for loan in lent.circulation.open_loans(patron.barcode)] == [
        item.barcode
    ]
    lent.circulation.checkin(item.barcode)
    lent.close()
    assert NAME.encode() not in all_bytes(db_path)
    assert not list(db_path.parent.glob("*.converting*"))

    with open_library(db_path, key=KEY) as again:
        assert again.patrons.get(patron.barcode).name == NAME
        assert again.circulation.open_loans(patron.barcode) == []


def test_an_encrypted_library_opens_only_with_its_passphrase(lent: Library, db_path: Path) -> None:
    lent.encryption.encrypt(KEY)
    lent.close()
    before = digest(db_path)
    files = sorted(p.name for p in db_path.parent.iterdir())

    with pytest.raises(PassphraseNeeded, match="This library is encrypted: its passphrase"):
        open_library(db_path)
    with pytest.raises(WrongPassphrase, match="That passphrase does not open this library"):
        open_library(db_path, key="not the passphrase")
    with pytest.raises(LibraryFileError):
        open_engine(db_path, key="")

    assert digest(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == files


def test_a_passphrase_for_a_plain_library_is_refused(library: Library, db_path: Path) -> None:
    library.close()
    with pytest.raises(NotEncrypted, match="not encrypted"):
        open_library(db_path, key=KEY)


def test_decrypting_brings_the_plain_library_back_with_every_row(
    lent: Library, db_path: Path, patron: Patron, item: Item
) -> None:
    lent.encryption.encrypt(KEY)
    with pytest.raises(InvalidInput, match="not this library's passphrase"):
        lent.encryption.decrypt("wrong passphrase")
    assert lent.encryption.is_encrypted()

    lent.encryption.decrypt(KEY)

    assert not lent.encryption.is_encrypted()
    assert lent.circulation.item_loan(item.barcode) is not None
    lent.close()
    assert not is_encrypted(db_path)
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT name FROM patrons").fetchall() == [(NAME,)]
    with open_library(db_path) as again:
        assert again.patrons.get(patron.barcode).name == NAME


def test_changing_the_passphrase(lent: Library, db_path: Path, patron: Patron) -> None:
    lent.encryption.encrypt(KEY)
    with pytest.raises(InvalidInput, match="not this library's passphrase"):
        lent.encryption.change_passphrase("wrong passphrase", "another passphrase")
    with pytest.raises(InvalidInput, match="at least 8"):
        lent.encryption.change_passphrase(KEY, "short")

    lent.encryption.change_passphrase(KEY, "another passphrase")

    assert lent.patrons.get(patron.barcode).name == NAME
    lent.close()
    with pytest.raises(WrongPassphrase):
        open_library(db_path, key=KEY)
    with open_library(db_path, key="another passphrase") as again:
        assert again.patrons.get(patron.barcode).name == NAME


def test_a_short_passphrase_or_a_second_encryption_is_refused(lent: Library, db_path: Path) -> None:
    before = digest(db_path)
    with pytest.raises(InvalidInput, match="at least 8 characters"):
        lent.encryption.encrypt("short")
    assert not lent.encryption.is_encrypted()
    assert digest(db_path) == before

    lent.encryption.encrypt(KEY)
    with pytest.raises(InvalidInput, match="already encrypted"):
        lent.encryption.encrypt("another passphrase")
    with pytest.raises(InvalidInput, match="not encrypted"):
        open_library(db_path.with_name("other.sqlite3")).encryption.decrypt(KEY)


def test_a_new_library_can_be_made_encrypted(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "laptop.sqlite3"
    with open_library(path, clock=clock, key=KEY) as lib:
        lib.patrons.register(barcode="29999000000019", name=NAME, category="adult")
        assert lib.encryption.is_encrypted()
    assert is_encrypted(path)
    assert NAME.encode() not in all_bytes(path)


def test_a_copy_of_an_encrypted_library_is_encrypted_with_the_same_key(
    lent: Library, db_path: Path, tmp_path: Path, patron: Patron
) -> None:
    lent.encryption.encrypt(KEY)
    copy = tmp_path / "copy.sqlite3"

    copy_database(lent._engine, copy)

    assert is_encrypted(copy)
    assert NAME.encode() not in copy.read_bytes()
    with pytest.raises(PassphraseNeeded):
        open_library(copy)
    with open_library(copy, key=KEY) as opened:
        assert opened.patrons.get(patron.barcode).name == NAME


def test_conversion_refused_while_another_program_is_writing(lent: Library, db_path: Path) -> None:
    # A second program (another window, a command) in the middle of a write.
    holder = (
        "import sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('BEGIN IMMEDIATE')\n"
        "print('locked', flush=True)\n"
        "sys.stdin.readline()\n"
    )
    other = subprocess.Popen(
        [sys.executable, "-c", holder, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == "locked"
        with pytest.raises(LibraryBusy, match="has this library open"):
            lent.encryption.encrypt(KEY)
    finally:
        other.communicate("\n", timeout=30)
    assert not lent.encryption.is_encrypted()
    assert not is_encrypted(db_path)
    assert lent.patrons.search("Lovelace")  # still working, plain


def test_each_conversion_is_audited_without_the_passphrase(
    lent: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    from libtech_desktop.services import encryption

    entries: list[tuple[str, str]] = []

    def record(uow: object, actor: object, now: object, action: str, *a: object, **kw: object):
        entries.append((action, repr((a, kw))))

    monkeypatch.setattr(encryption.audit, "record", record)
    lent.encryption.encrypt(KEY)
    lent.encryption.change_passphrase(KEY, "another passphrase")
    lent.encryption.decrypt("another passphrase")

    assert [action for action, _ in entries] == [
        "library.encrypt",
        "library.rekey",
        "library.decrypt",
    ]
    assert not any(KEY in text or "another passphrase" in text for _, text in entries)


def test_is_encrypted_tells_a_library_from_other_files(tmp_path: Path) -> None:
    missing = tmp_path / "missing.sqlite3"
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    text = tmp_path / "notes.txt"
    text.write_text("not a library at all\n")
    assert not is_encrypted(missing)
    assert not is_encrypted(empty)
    assert not is_encrypted(text)
    assert not is_encrypted(tmp_path)


def test_only_an_administrator_converts(library: Library, db_path: Path) -> None:
    from libtech_desktop.domain.staff import PermissionDenied

    library.staff.create_first_administrator("boss", "The Boss", "admin password")
    library.login("boss", "admin password")
    library.staff.add_account("lib", "A Librarian", "librarian password", "librarian")
    library.login("lib", "librarian password")
    assert not library.encryption.is_encrypted()  # the state is no secret
    with pytest.raises(PermissionDenied):
        library.encryption.encrypt(KEY)
    assert not is_encrypted(db_path)


def test_an_encrypted_library_searches_its_catalogue_and_places_new_titles(
    library: Library,
) -> None:
    library.encryption.encrypt(KEY)
    for title in ("Travellers of the north", "Apples and pears", "Travelling light"):
        library.catalogue.add_biblio(title, "Writer, W.")

    # Searched on sqlcipher's connection as on sqlite3's, long words spelled out too.
    assert [b.title for b in library.catalogue.search("travell")] == [
        "Travellers of the north",
        "Travelling light",
    ]
    assert library.place_search_titles() == 3
    assert [b.title for b in library.catalogue.search("ti:apples")] == ["Apples and pears"]
