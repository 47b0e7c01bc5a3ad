"""Shared by the command-line tests: a fixed date, no stray library, and an in-process runner."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from libtech_desktop.cli import main

CliRun = Callable[..., tuple[int, str, str]]


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The CLI lives on 2 March 2026, ignores any LIBTECH_DB, and logs under tmp_path."""
    monkeypatch.setenv("LIBTECH_TODAY", "2026-03-02")
    monkeypatch.delenv("LIBTECH_DB", raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))


@pytest.fixture
def run_cli(cli_env: None, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> CliRun:
    """``run_cli(*args)`` runs ``libtech --db <tmp library> *args``: (exit code, stdout, stderr)."""

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--db", str(tmp_path / "library.sqlite3"), *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run
