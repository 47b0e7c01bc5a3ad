"""Where the command line gets a bookmobile package's passphrase (issue 7):
``--passphrase-file F`` (its first line), else ``LIBTECH_SYNC_PASSPHRASE``, else a prompt
on the terminal (twice when preparing, and the two must match)."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from libtech_desktop.domain.errors import InvalidInput

ENV_VAR = "LIBTECH_SYNC_PASSPHRASE"


def passphrase(file: Path | None, *, confirm: bool) -> str:
    """The passphrase, or :class:`InvalidInput` saying how to give one."""
    if file is not None:
        return _from_file(file)
    from_env = os.environ.get(ENV_VAR)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise InvalidInput(
            "No passphrase: give --passphrase-file FILE or set "
            f"{ENV_VAR} (there is no terminal to ask on)."
        )
    first = getpass.getpass("Package passphrase: ")
    if confirm and getpass.getpass("The passphrase again: ") != first:
        raise InvalidInput("The two passphrases differ; nothing was written.")
    return first


def _from_file(file: Path) -> str:
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InvalidInput(f"There is no passphrase file {file}.") from None
    except (OSError, UnicodeDecodeError) as e:
        raise InvalidInput(f"Could not read the passphrase file {file}: {e}.") from e
    lines = text.splitlines()
    if not lines or not lines[0]:
        raise InvalidInput(f"The passphrase file {file} is empty (its first line is used).")
    return lines[0]
