"""``libtech``: the command-line front end over the same services as the desk.

A composition root: it opens the library (``open_library``), runs one command and
turns the outcome into an exit status — 0 done, 1 refused (a :class:`LibtechError`,
one line on stderr), 2 a mistyped command (argparse), 3 a bug (logged with its
traceback; shown on stderr only with ``--debug``).
"""

from __future__ import annotations

import getpass
import logging
import multiprocessing
import os
import sys
import traceback
from collections.abc import Sequence
from datetime import date, datetime, time
from logging.handlers import RotatingFileHandler
from pathlib import Path

from libtech_desktop.cli.commands import Run
from libtech_desktop.cli.encryption_commands import db_key
from libtech_desktop.cli.parser import build_parser
from libtech_desktop.domain.clock import Clock, FixedClock
from libtech_desktop.domain.errors import InvalidInput, LibtechError
from libtech_desktop.library import open_library
from libtech_desktop.paths import default_db_path, log_dir

__all__ = ["TODAY_ENV", "main"]

log = logging.getLogger(__name__)

#: For tests and demos: the calendar date the desk lives in (YYYY-MM-DD, noon local).
TODAY_ENV = "LIBTECH_TODAY"
LOG_FILE = "libtech-cli.log"


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return the exit status (the console script exits with it)."""
    multiprocessing.freeze_support()  # a frozen build's import worker starts here
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error (status 2)
        return exc.code if isinstance(exc.code, int) else 2
    try:
        return _run(args)
    except LibtechError as exc:
        # One line, always: a refusal with several reasons (blocks) lists them joined.
        print(f"libtech: error: {'; '.join(str(exc).splitlines())}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # Output piped into `head` and the like: stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        print("libtech: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        where = _log_bug(exc)
        print(f"libtech: internal error: {type(exc).__name__}: {exc}{where}", file=sys.stderr)
        if args.debug:
            traceback.print_exc()
        return 3


def _run(args: object) -> int:
    db = getattr(args, "db", None)
    path = Path(db).expanduser() if db else default_db_path()
    clock = clock_from_env()
    if path.is_dir():
        raise InvalidInput(f"{path} is a folder; --db needs a library file.")
    created = not path.exists()
    who = credentials(args)
    with open_library(
        path,
        clock=clock,
        user=who.get("user"),
        password=who.get("password"),
        token=who.get("token"),
        key=db_key(path),
    ) as lib:
        run = Run(lib=lib, args=args, created=created)  # type: ignore[arg-type]
        status: int = args.handler(run)  # type: ignore[attr-defined]
        return status


USER_ENV, PASSWORD_ENV, TOKEN_ENV = "LIBTECH_USER", "LIBTECH_PASSWORD", "LIBTECH_TOKEN"


def credentials(args: object) -> dict[str, str]:
    """Who the command acts as: ``--user`` (its password from LIBTECH_PASSWORD or asked),
    else LIBTECH_USER + LIBTECH_PASSWORD, else LIBTECH_TOKEN; nobody when none is given
    (enough for a library without staff accounts)."""
    user = getattr(args, "user", None) or os.environ.get(USER_ENV, "").strip() or None
    if user is not None:
        password = os.environ.get(PASSWORD_ENV)
        if password is None:
            password = _ask_password(user)
        return {"user": user, "password": password}
    token = os.environ.get(TOKEN_ENV, "").strip()
    return {"token": token} if token else {}


def _ask_password(user: str) -> str:
    if not sys.stdin.isatty():
        raise InvalidInput(
            f"No password for {user}: set {PASSWORD_ENV}, or run in a terminal to be asked."
        )
    return getpass.getpass(f"Password for {user}: ")


def clock_from_env() -> Clock | None:
    """A fixed clock at noon (local) of ``LIBTECH_TODAY``; ``None`` for the real clock."""
    text = os.environ.get(TODAY_ENV, "").strip()
    if not text:
        return None
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"{TODAY_ENV} must be a date like 2024-05-31, not {text!r}.") from None
    return FixedClock(datetime.combine(day, time(12, 0)).astimezone())


def _log_bug(exc: BaseException) -> str:
    """Log ``exc`` with its traceback to the rotating log file; say where, if it worked."""
    try:
        directory = log_dir()
        directory.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            directory / LOG_FILE, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        log.exception("Internal error in libtech", exc_info=exc)
        return ""
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    try:
        log.error("Internal error in libtech %s", sys.argv[1:], exc_info=exc)
    finally:
        log.removeHandler(handler)
        handler.close()
    return f" (details in {directory / LOG_FILE})"
