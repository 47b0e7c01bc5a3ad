"""``benchmarks/run_all.py``: one command writes every figure into the page's table."""

from __future__ import annotations

import importlib
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.fixture
def run_all(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    spec = importlib.util.spec_from_file_location("run_all", BENCHMARKS / "run_all.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "run_all", module)  # its dataclasses look it up
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def page(tmp_path: Path) -> Path:
    doc = tmp_path / "PERFORMANCE.md"
    doc.write_text(
        "# Performance\n\nBefore.\n\n<!-- figures:start -->\nold\n<!-- figures:end -->\n\nAfter.\n",
        encoding="utf-8",
    )
    return doc


def _run(run_all: ModuleType, tmp_path: Path, page: Path, *only: str) -> dict[str, object]:
    large = tmp_path / "large.sqlite3"
    large.touch()  # the label section does not open it
    args = ["--quick", "--large", str(large), "--work", str(tmp_path / "work")]
    args += ["--doc", str(page), "--json", str(tmp_path / "figures.json")]
    for name in only:
        args += ["--only", name]
    assert run_all.main(args) == 0
    data: dict[str, object] = json.loads((tmp_path / "figures.json").read_text(encoding="utf-8"))
    return data


def test_a_section_is_measured_into_the_table_between_the_markers_only(
    run_all: ModuleType, tmp_path: Path, page: Path
) -> None:
    data = _run(run_all, tmp_path, page, "labels")
    text = page.read_text(encoding="utf-8")
    assert text.startswith("# Performance\n\nBefore.\n\n<!-- figures:start -->\n")
    assert text.endswith("<!-- figures:end -->\n\nAfter.\n")
    assert "\nold\n" not in text
    table = [line for line in text.splitlines() if line.startswith("| Barcode labels")]
    assert len(table) == 1
    assert "< 2 s" in table[0] and "python benchmarks/label_bench.py --labels 200" in table[0]
    sections = data["sections"]
    assert isinstance(sections, dict)
    assert sections["labels"]["figures"]["labels"] == 200
    assert sections["labels"]["figures"]["labels_best_s"] > 0


def test_a_missing_benchmark_is_reported_and_the_run_goes_on(
    run_all: ModuleType, tmp_path: Path, page: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = importlib.import_module

    def importer(name: str, package: str | None = None) -> ModuleType:
        if name == "scan_to_screen_bench":
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return real(name, package)

    monkeypatch.setattr(run_all.importlib, "import_module", importer)
    monkeypatch.delitem(sys.modules, "scan_to_screen_bench", raising=False)
    data = _run(run_all, tmp_path, page, "scan_to_screen", "labels")
    text = page.read_text(encoding="utf-8")
    assert "| Scan to screen p99 | < 50 ms | missing (benchmarks/scan_to_screen_bench.py)" in text
    assert "| Barcode labels" in text
    sections = data["sections"]
    assert isinstance(sections, dict)
    assert sections["scan_to_screen"]["status"] == "missing"
    assert sections["labels"]["status"] == "ok"


def test_one_section_again_keeps_the_others_figures(
    run_all: ModuleType, tmp_path: Path, page: Path
) -> None:
    _run(run_all, tmp_path, page, "labels")
    figures = tmp_path / "figures.json"
    data = json.loads(figures.read_text(encoding="utf-8"))
    data["sections"]["sync"] = {
        "status": "ok",
        "seconds": 1.0,
        "figures": {},
        "rows": [{"what": "Offline sync, kept", "target": "—", "measured": "9.9 s"}],
    }
    figures.write_text(json.dumps(data), encoding="utf-8")
    _run(run_all, tmp_path, page, "labels")
    assert "| Offline sync, kept | — | 9.9 s |" in page.read_text(encoding="utf-8")
