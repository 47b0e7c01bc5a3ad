"""Compile ``forms/*.ui`` into ``ui/_generated/ui_*.py`` with pyside6-uic.

    python -m libtech_desktop.ui.build_forms          # regenerate
    python -m libtech_desktop.ui.build_forms --check  # exit 1 if anything is stale

Nobody edits ``_generated/``; a test runs ``--check`` so a form changed in Designer
without recompiling fails CI.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from libtech_desktop.paths import forms_dir

GENERATED = Path(__file__).with_name("_generated")


def _uic() -> list[str]:
    # Call the tool through this interpreter, so the venv's PySide6 is the one used.
    return [sys.executable, "-c", "from PySide6.scripts.pyside_tool import uic; uic()"]


def compile_form(ui_file: Path, out_file: Path) -> None:
    cmd = [*_uic(), "--no-autoconnection", str(ui_file)]
    code = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    out_file.write_text(code, encoding="utf-8")


def _comparable(text: str) -> list[str]:
    # uic's header names its own version; that line alone may differ between machines.
    return [line for line in text.splitlines() if not line.startswith("##")]


def target_for(ui_file: Path) -> Path:
    return GENERATED / f"ui_{ui_file.stem}.py"


def build(check: bool = False) -> list[Path]:
    """Compile every form; with ``check``, only report those whose output differs."""
    stale: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        for ui_file in sorted(forms_dir().glob("*.ui")):
            fresh = Path(tmp) / target_for(ui_file).name
            compile_form(ui_file, fresh)
            target = target_for(ui_file)
            current = target.read_text(encoding="utf-8") if target.exists() else ""
            if _comparable(current) != _comparable(fresh.read_text(encoding="utf-8")):
                stale.append(target)
                if not check:
                    target.write_text(fresh.read_text(encoding="utf-8"), encoding="utf-8")
    return stale


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report stale files, change nothing")
    args = parser.parse_args()
    stale = build(check=args.check)
    for path in stale:
        print(("stale: " if args.check else "wrote: ") + str(path))
    return 1 if (args.check and stale) else 0


if __name__ == "__main__":
    raise SystemExit(main())
