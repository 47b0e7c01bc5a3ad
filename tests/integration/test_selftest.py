"""``libtech-desktop --self-test``: the headless proof a build works (issue 10).

The installer's smoke test runs it on the built bundle; here it runs in-process and as
the installed program. A broken step must give a FAILED line and a non-zero status.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from libtech_desktop import paths, selftest
from libtech_desktop.db import engine as db_engine


@pytest.fixture
def temp_folders(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    """The temporary folders the self-test makes (made under tmp_path, recorded)."""
    made: list[Path] = []
    real = tempfile.mkdtemp

    def mkdtemp(prefix: str = "") -> str:
        folder = Path(real(prefix=prefix, dir=tmp_path))
        made.append(folder)
        return str(folder)

    monkeypatch.setattr(tempfile, "mkdtemp", mkdtemp)
    return made


def run(lines: list[str]) -> int:
    return selftest.run_self_test(out=lines.append)


def failed(lines: list[str]) -> list[str]:
    return [line for line in lines if line.startswith("FAILED:")]


def test_every_step_passes_and_the_temporary_library_is_removed(
    temp_folders: list[Path],
) -> None:
    lines: list[str] = []

    assert run(lines) == 0
    assert failed(lines) == []
    head = db_engine.head_revision()
    assert f"ok: migrate to revision {head}" in lines
    for step in (
        "ok: set up the default",
        "ok: register patron",
        "ok: catalogue item",
        "ok: check out",
        "ok: check in",
        "ok: render a barcode label to PDF (1 page",
        "ok: create and log in staff account",
        "ok: open an encrypted library (SQLCipher)",
        "ok: Qt platform plugins",
        "ok: migrations folder",
        "ok: forms folder",
        "ok: resources folder",
    ):
        assert any(line.startswith(step) for line in lines), step
    assert lines[-1] == "self-test passed"
    assert len(temp_folders) == 1
    assert not temp_folders[0].exists()


def test_a_missing_migrations_folder_fails_with_a_line_saying_so(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, temp_folders: list[Path]
) -> None:
    gone = tmp_path / "no-migrations-here"
    monkeypatch.setattr(db_engine, "MIGRATIONS_DIR", gone)
    lines: list[str] = []

    assert run(lines) == 1
    problems = failed(lines)
    assert f"FAILED: find the migrations folder: {gone} does not exist" in problems
    assert any(line.startswith("FAILED: open and migrate a new library") for line in problems)
    # Nothing after the failed step claims to have worked; the folder still goes.
    assert not any(line.startswith("ok: check out") for line in lines)
    assert "ok: removed the temporary folder" in lines
    assert not temp_folders[0].exists()
    assert lines[-1].startswith("self-test FAILED (")


def test_a_label_that_cannot_be_rendered_fails_the_self_test(
    monkeypatch: pytest.MonkeyPatch, temp_folders: list[Path]
) -> None:
    monkeypatch.setattr(selftest, "LABEL_TEMPLATE", "no-such-sheet")
    lines: list[str] = []

    assert run(lines) == 1
    assert [line.split(":")[1].strip() for line in failed(lines)] == [
        "render a barcode label to PDF"
    ]
    assert "no-such-sheet" in failed(lines)[0]


def test_missing_qt_plugins_fail_the_self_test(
    monkeypatch: pytest.MonkeyPatch, temp_folders: list[Path]
) -> None:
    monkeypatch.setattr(selftest, "qt_plugins_dir", lambda: None)
    lines: list[str] = []

    assert run(lines) == 1
    assert failed(lines)[0].startswith("FAILED: find the Qt platform plugins: no Qt plugins")


def test_the_qt_plugins_found_are_those_of_the_pyside6_in_use() -> None:
    import PySide6.QtCore as qt

    plugins = selftest.qt_plugins_dir()

    assert plugins is not None
    expected = Path(qt.QLibraryInfo.path(qt.QLibraryInfo.LibraryPath.PluginsPath))
    assert plugins.resolve() == expected.resolve()


def test_without_stdout_the_lines_go_to_the_log_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, temp_folders: list[Path]
) -> None:
    # A windowed program on Windows has no stdout.
    monkeypatch.setattr(paths, "log_dir", lambda: tmp_path / "logs")
    monkeypatch.setattr(sys, "stdout", None)

    status = selftest.run_self_test()

    monkeypatch.undo()
    log = (tmp_path / "logs" / selftest.SELF_TEST_LOG).read_text(encoding="utf-8")
    assert status == 0
    assert log.splitlines()[-1] == "self-test passed"


def test_libtech_desktop_self_test_exits_0_and_says_what_it_checked(tmp_path: Path) -> None:
    # As the installed program: `libtech-desktop --self-test` is app.main(["--self-test"]).
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from libtech_desktop.app import main; sys.exit(main())",
            "--self-test",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=tmp_path,
    )

    assert done.returncode == 0, done.stdout + done.stderr
    assert "ok: migrate to revision" in done.stdout
    assert "ok: check in" in done.stdout
    assert done.stdout.splitlines()[-1] == "self-test passed"
