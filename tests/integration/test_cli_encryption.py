"""``libtech encrypt|decrypt|rekey`` and every command on an encrypted library with its
passphrase from ``LIBTECH_DB_KEY`` (issue 8)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from libtech_desktop.db.encryption import is_encrypted
from tests.integration.conftest import assert_one_error_line

KEY = "correct horse battery"
PATRON = "29999000000019"


@pytest.fixture
def library_file(tmp_path: Path) -> Path:
    return tmp_path / "library.sqlite3"


@pytest.fixture
def encrypted(cli: Any, library_file: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A library with a patron, encrypted from the command line."""
    assert cli("init").code == 0
    assert cli("patron", "add", PATRON, "--name", "Lovelace, Ada").code == 0
    monkeypatch.setenv("LIBTECH_NEW_DB_KEY", KEY)
    result = cli("encrypt")
    assert result.code == 0, result.err
    assert "now encrypted" in result.out
    monkeypatch.delenv("LIBTECH_NEW_DB_KEY")
    return library_file


def test_encrypt_then_every_command_needs_the_key(
    cli: Any, encrypted: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert is_encrypted(encrypted)
    assert b"Lovelace" not in encrypted.read_bytes()
    before = encrypted.read_bytes()

    monkeypatch.delenv("LIBTECH_DB_KEY", raising=False)
    assert_one_error_line(cli("patron", "show", PATRON), "encrypted", "LIBTECH_DB_KEY")
    monkeypatch.setenv("LIBTECH_DB_KEY", "not the passphrase")
    assert_one_error_line(cli("patron", "show", PATRON), "passphrase does not open")
    assert encrypted.read_bytes() == before

    monkeypatch.setenv("LIBTECH_DB_KEY", KEY)
    shown = cli("patron", "show", PATRON)
    assert shown.code == 0, shown.err
    assert "Lovelace, Ada" in shown.out


def test_rekey_and_decrypt(cli: Any, encrypted: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LIBTECH_DB_KEY", KEY)
    monkeypatch.setenv("LIBTECH_NEW_DB_KEY", "short")
    assert_one_error_line(cli("rekey"), "at least 8")
    monkeypatch.setenv("LIBTECH_NEW_DB_KEY", "another passphrase")
    assert cli("rekey").code == 0

    assert_one_error_line(cli("patron", "show", PATRON), "passphrase does not open")
    monkeypatch.setenv("LIBTECH_DB_KEY", "another passphrase")
    result = cli("decrypt")
    assert result.code == 0, result.err
    assert "no longer encrypted" in result.out
    assert not is_encrypted(encrypted)

    monkeypatch.delenv("LIBTECH_DB_KEY")
    assert "Lovelace, Ada" in cli("patron", "show", PATRON).out


def test_encrypt_without_a_passphrase_or_decrypt_of_a_plain_library_is_refused(
    cli: Any, library_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LIBTECH_NEW_DB_KEY", raising=False)
    assert cli("init").code == 0
    assert_one_error_line(cli("encrypt"), "LIBTECH_NEW_DB_KEY")
    assert_one_error_line(cli("decrypt"), "not encrypted")
    assert not is_encrypted(library_file)
