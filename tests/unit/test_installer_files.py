"""The installer files (issue 10) say what they must: cheap checks that catch a spec
that would build a bundle without its migrations, an uninstaller that would delete the
library, a menu entry that points nowhere. (The build itself: ``installer/build.py``.)
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from libtech_desktop import paths
from libtech_desktop.db import engine as db_engine

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
SPEC = INSTALLER / "libtech-desktop.spec"
ISS = INSTALLER / "windows" / "libtech-desk.iss"
DESKTOP = INSTALLER / "linux" / "libtech-desktop.desktop"
ICONS = ROOT / "resources" / "icons"


def spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


def calls(name: str) -> list[ast.Call]:
    return [
        node
        for node in ast.walk(spec_tree())
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name
    ]


def keyword(call: ast.Call, name: str) -> object:
    for kw in call.keywords:
        if kw.arg == name:
            return ast.literal_eval(kw.value)
    raise AssertionError(f"{ast.unparse(call.func)}(...) has no {name}=")


def data_destinations() -> set[str]:
    """The destination folder of every literal ``(source, destination)`` in ``datas``."""
    for node in ast.walk(spec_tree()):
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "datas" for t in node.targets)
            and isinstance(node.value, ast.List)
        ):
            return {
                ast.literal_eval(element.elts[1])
                for element in node.value.elts
                if isinstance(element, ast.Tuple)
            }
    raise AssertionError("the spec has no `datas = [...]` list")


def hidden_imports() -> set[str]:
    for node in ast.walk(spec_tree()):
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "hiddenimports" for t in node.targets)
            and isinstance(node.value, ast.List)
        ):
            return {ast.literal_eval(e) for e in node.value.elts}
    raise AssertionError("the spec has no `hiddenimports = [...]` list")


def package_relative(folder: Path) -> str:
    """Where ``folder`` sits in a bundle: relative to the folder holding the package."""
    return folder.resolve().relative_to(Path(paths.__file__).resolve().parent.parent).as_posix()


def test_the_spec_is_python_that_parses() -> None:
    assert isinstance(spec_tree(), ast.Module)


def test_the_spec_ships_forms_resources_and_migrations_where_the_program_looks() -> None:
    destinations = data_destinations()
    package = Path(paths.__file__).resolve().parent.name

    # paths.py looks inside the package first (the wheel's layout); so does a bundle.
    assert f"{package}/forms" in destinations
    assert f"{package}/resources" in destinations
    assert package_relative(db_engine.MIGRATIONS_DIR) in destinations


def test_the_spec_collects_what_the_import_scan_misses() -> None:
    hidden = hidden_imports()
    text = SPEC.read_text(encoding="utf-8")

    assert {"sqlcipher3", "sqlalchemy.dialects.sqlite.pysqlcipher", "pymarc"} <= hidden
    assert {"PySide6.QtMultimedia", "PySide6.QtPrintSupport"} <= hidden
    assert any(name.startswith("_argon2_cffi_bindings") for name in hidden)
    for collected in (
        'collect_submodules("holidays")',
        'collect_data_files("stdnum")',
        'collect_data_files("reportlab")',
        'collect_data_files("barcode")',
        'collect_dynamic_libs("sqlcipher3")',
    ):
        assert collected in text, collected


def test_the_spec_makes_a_windowed_desk_and_a_console_cli_in_one_folder() -> None:
    exes = {keyword(call, "name"): call for call in calls("EXE")}

    assert set(exes) == {"libtech-desktop", "libtech"}
    assert keyword(exes["libtech-desktop"], "console") is False
    assert keyword(exes["libtech"], "console") is True
    for call in exes.values():
        assert keyword(call, "exclude_binaries") is True  # one-folder, not one-file
    (collect,) = calls("COLLECT")
    assert [ast.unparse(arg) for arg in collect.args[:2]] == ["desk", "cli"]


def test_the_spec_makes_a_mac_app_with_an_info_plist_and_icon() -> None:
    (bundle,) = calls("BUNDLE")
    (plist,) = [kw.value for kw in bundle.keywords if kw.arg == "info_plist"]
    assert isinstance(plist, ast.Dict)
    entries = {
        ast.literal_eval(k): ast.unparse(v)
        for k, v in zip(plist.keys, plist.values, strict=True)
        if k is not None
    }

    assert keyword(bundle, "bundle_identifier") == "org.libtech.desk"
    assert entries["CFBundleExecutable"] == "'libtech-desktop'"
    assert entries["CFBundleShortVersionString"] == "__version__"
    assert "icon_icns" in ast.unparse(bundle)


def test_the_entry_points_call_the_mains_that_call_freeze_support() -> None:
    assert "from libtech_desktop.app import main" in (INSTALLER / "entry_desktop.py").read_text()
    assert "from libtech_desktop.cli import main" in (INSTALLER / "entry_cli.py").read_text()
    for main in (
        ROOT / "libtech_desktop" / "app.py",
        ROOT / "libtech_desktop" / "cli" / "__init__.py",
    ):
        assert "multiprocessing.freeze_support()" in main.read_text(encoding="utf-8")


def iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in ISS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = header.group(1)
            sections.setdefault(current, [])
        else:
            sections.setdefault(current, []).append(line)
    return sections


def test_the_windows_uninstaller_never_deletes_the_library_data() -> None:
    sections = iss_sections()

    for section in ("UninstallDelete", "InstallDelete"):
        for entry in sections.get(section, []):
            name = re.search(r'Name:\s*"([^"]+)"', entry)
            assert name is not None, entry
            assert name.group(1).startswith("{app}"), (
                f"[{section}] deletes outside {{app}}: {entry}"
            )
    # No code section deleting folders (DelTree and friends) behind the entries' back.
    assert "Code" not in sections
    assert "NEVER" in ISS.read_text(encoding="utf-8")


def test_the_windows_installer_offers_per_user_install_start_menu_and_desktop_icon() -> None:
    sections = iss_sections()
    setup = dict(line.split("=", 1) for line in sections["Setup"])

    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["PrivilegesRequiredOverridesAllowed"] == "dialog"
    assert setup["DefaultDirName"].startswith("{autopf}")
    icons = sections["Icons"]
    assert '#define AppExe "libtech-desktop.exe"' in ISS.read_text(encoding="utf-8")
    assert any(
        line.startswith('Name: "{group}\\{#AppName}"') and "{#AppExe}" in line for line in icons
    )
    assert any("{autodesktop}" in line and "Tasks: desktopicon" in line for line in icons)
    assert any(
        line.startswith('Name: "desktopicon"') and "unchecked" in line for line in sections["Tasks"]
    )
    assert '"..\\..\\dist\\LibTechDesk"' in ISS.read_text(encoding="utf-8")


def test_the_linux_menu_entry_runs_the_desk_with_its_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    desk = entry["Desktop Entry"]

    assert desk["Type"] == "Application"
    assert desk["Exec"].split()[0] == "libtech-desktop"
    assert desk["Terminal"] == "false"
    assert (ICONS / f"{desk['Icon']}.svg").is_file()
    assert desk["Categories"].endswith(";")


def test_the_linux_install_script_leaves_the_data_folder_alone() -> None:
    script = (INSTALLER / "linux" / "install.sh").read_text(encoding="utf-8")

    removed = [line.strip() for line in script.splitlines() if line.strip().startswith("rm ")]
    assert removed
    for line in removed:
        assert ".local/share/LibTechDesk" not in line
        assert "XDG_DATA_HOME" not in line


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_the_png_icons_have_the_size_their_name_says(size: int) -> None:
    with Image.open(ICONS / f"libtech-desk-{size}.png") as image:
        assert image.size == (size, size)
        assert image.mode == "RGBA"
        corner = image.getpixel((0, 0))
        assert isinstance(corner, tuple)
        assert corner[3] == 0  # a transparent corner, not a white square


def test_the_svg_icon_is_a_square_svg() -> None:
    root = ET.parse(ICONS / "libtech-desk.svg").getroot()

    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 256 256"


def test_the_windows_and_mac_icons_hold_the_large_sizes() -> None:
    with Image.open(ICONS / "libtech-desk.ico") as ico:
        assert (256, 256) in ico.info["sizes"]
        assert (16, 16) in ico.info["sizes"]
    with Image.open(ICONS / "libtech-desk.icns") as icns:
        assert icns.size[0] >= 512


def build_module() -> Any:
    """``installer/build.py`` (not a package module), imported from its file."""
    name = "libtech_installer_build"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, INSTALLER / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_the_smoke_test_environment_has_no_python_in_it(tmp_path: Path) -> None:
    env = build_module().clean_environment(tmp_path)

    assert not [name for name in env if name.startswith("PYTHON")]
    if not sys.platform.startswith("win"):
        (folder,) = env["PATH"].split(":")
        assert list(Path(folder).iterdir()) == []  # nothing to run, python least of all
    assert Path(env["HOME"]) == tmp_path


def test_hiding_python_covers_the_python_that_builds() -> None:
    folders, files = build_module().python_locations()

    assert Path(sys.base_prefix) in folders
    assert Path(sys.prefix) in folders
    assert all(not f.is_relative_to(d) for f in files for d in folders)
