"""The encryption commands of ``libtech`` (issue 8): ``encrypt``, ``decrypt``, ``rekey``;
and :func:`db_key`, the passphrase every command on an encrypted library opens it with
(``LIBTECH_DB_KEY``, else asked on the terminal)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from libtech_desktop.cli.commands import Run
from libtech_desktop.db.encryption import is_encrypted
from libtech_desktop.domain.errors import InvalidInput

#: The passphrase of an encrypted library, for scripts and tests.
KEY_ENV = "LIBTECH_DB_KEY"
#: The new passphrase for ``encrypt`` and ``rekey``; otherwise it is asked twice.
NEW_KEY_ENV = "LIBTECH_NEW_DB_KEY"

#: The passphrase each library of this run was opened with (decrypt and rekey need it).
_opened_with: dict[Path, str] = {}


def db_key(path: Path) -> str | None:
    """The passphrase to open the library at ``path`` with: ``None`` for a plain (or new)
    one; else ``LIBTECH_DB_KEY``, else asked on the terminal."""
    if not is_encrypted(path):
        return None
    key = os.environ.get(KEY_ENV)
    if not key:
        if not sys.stdin.isatty():
            raise InvalidInput(
                f"This library is encrypted: set {KEY_ENV} to its passphrase, or run in a "
                "terminal to be asked."
            )
        key = getpass.getpass(f"Passphrase of {path.name}: ")
    _opened_with[Path(path).resolve()] = key
    return key


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this module's commands to the ``libtech`` parser."""
    # Imported here: the parser imports this module while it is being built.
    from libtech_desktop.cli.parser import _command

    _command(
        sub,
        common,
        "encrypt",
        encrypt,
        f"encrypt the library with a passphrase (from {NEW_KEY_ENV}, or asked twice); "
        "a lost passphrase cannot be recovered",
    )
    _command(sub, common, "decrypt", decrypt, "turn an encrypted library back into a plain file")
    _command(
        sub,
        common,
        "rekey",
        rekey,
        f"change an encrypted library's passphrase (the new one from {NEW_KEY_ENV}, or asked)",
    )


def encrypt(run: Run) -> int:
    passphrase = _new_passphrase()
    run.lib.encryption.encrypt(passphrase)
    run.out(
        f"The library at {run.lib.path} is now encrypted. Keep the passphrase safe: "
        "without it the library cannot be opened."
    )
    return 0


def decrypt(run: Run) -> int:
    run.lib.encryption.decrypt(_current(run))
    run.out(f"The library at {run.lib.path} is no longer encrypted.")
    return 0


def rekey(run: Run) -> int:
    current = _current(run)
    run.lib.encryption.change_passphrase(current, _new_passphrase())
    run.out(f"The passphrase of the library at {run.lib.path} is changed.")
    return 0


def _current(run: Run) -> str:
    key = _opened_with.get(Path(run.lib.path).resolve())
    if key is None:
        raise InvalidInput("This library is not encrypted; nothing was changed.")
    return key


def _new_passphrase() -> str:
    from_env = os.environ.get(NEW_KEY_ENV)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise InvalidInput(
            f"No new passphrase: set {NEW_KEY_ENV}, or run in a terminal to be asked."
        )
    first = getpass.getpass("New passphrase (8 characters or more): ")
    if getpass.getpass("The new passphrase again: ") != first:
        raise InvalidInput("The two passphrases differ; nothing was changed.")
    return first
