"""The house rules, checked on every run: layer contracts, compiled forms, shipped files."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import libtech_desktop
from libtech_desktop.paths import forms_dir, resources_dir


def test_layer_contracts_hold() -> None:
    # import-linter reads the contracts in pyproject.toml from the project root.
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from importlinter.cli import lint_imports_command; lint_imports_command()",
        ],
        cwd=root,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BROKEN" not in result.stdout


def test_compiled_forms_match_the_designer_files() -> None:
    from libtech_desktop.ui.build_forms import build

    assert build(check=True) == [], "run: python -m libtech_desktop.ui.build_forms"


def test_forms_resources_and_migrations_ship_with_the_package() -> None:
    package = Path(libtech_desktop.__file__).resolve().parent
    assert {p.name for p in forms_dir().glob("*.ui")} >= {"checkout_tab.ui", "main_window.ui"}
    assert (resources_dir() / "sounds" / "success.wav").is_file()
    assert (resources_dir() / "templates" / "checkout_receipt.html.j2").is_file()
    migrations = package / "db" / "migrations"
    assert (migrations / "env.py").is_file()
    assert list((migrations / "versions").glob("0001_*.py"))


def test_installed_wheel_carries_forms_and_resources_inside_the_package() -> None:
    """In an installed (non-editable) wheel the folders must sit inside the package."""
    package = Path(libtech_desktop.__file__).resolve().parent
    if (package.parent / "pyproject.toml").exists():
        # Running from a checkout: the top-level folders serve; the wheel case is CI's.
        assert forms_dir() == package.parent / "forms"
        return
    assert forms_dir() == package / "forms"
    assert resources_dir() == package / "resources"


def test_qt_binding_keeps_bool_signal_arguments_alive() -> None:
    """PySide6 6.12.0 corrupts the refcount of bool signal arguments and aborts the
    process; the runner's busy_changed(bool) would crash the desk. Guard the pin."""
    code = textwrap.dedent(
        """
        from PySide6.QtCore import QCoreApplication, QObject, Signal
        class Source(QObject):
            changed = Signal(bool)
        app = QCoreApplication([])
        source = Source()
        seen = []
        source.changed.connect(seen.append)
        for _ in range(20000):
            source.changed.emit(True)
            source.changed.emit(False)
        print(len(seen))
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "40000"
