"""Fixtures for the GUI tests: a real library file, the real runner, silent sounds."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

from pytestqt.qtbot import QtBot

from libtech_desktop.app import DeskApplication
from libtech_desktop.domain.barcodes import with_check_digit
from libtech_desktop.library import Library
from libtech_desktop.ui.feedback import RecordingSoundPlayer
from libtech_desktop.ui.runner import TaskRunner
from libtech_desktop.ui.settings import WorkstationSettings


@pytest.fixture
def runner(qapp: object) -> Iterator[TaskRunner]:
    task_runner = TaskRunner()
    yield task_runner
    task_runner.shutdown()


@pytest.fixture
def sounds() -> RecordingSoundPlayer:
    return RecordingSoundPlayer()


@dataclass(frozen=True)
class Stock:
    patron: str
    other_patron: str
    items: tuple[str, ...]
    titles: tuple[str, ...]


@pytest.fixture
def stock(library: Library) -> Stock:
    """Two patrons and four books with Luhn-valid barcodes, as a scanner would read them."""
    patron = with_check_digit("2999900000001")
    other = with_check_digit("2999900000002")
    library.patrons.register(barcode=patron, name="Okafor, Ada", category="adult")
    library.patrons.register(barcode=other, name="Lindqvist, Per", category="adult")
    titles = ("Dune", "Emma", "Beloved", "Middlemarch")
    items = []
    for number, title in enumerate(titles, start=1):
        biblio = library.catalogue.add_biblio(title=title, author="Author, Some")
        barcode = with_check_digit(f"399990000000{number}")
        library.catalogue.add_item(
            biblio.id, barcode=barcode, call_number=f"FIC {title[:3].upper()}"
        )
        items.append(barcode)
    return Stock(patron, other, tuple(items), titles)


@pytest.fixture
def desk(
    qtbot: QtBot, library: Library, sounds: RecordingSoundPlayer, tmp_path: Path
) -> Iterator[DeskApplication]:
    app = DeskApplication(
        library,
        WorkstationSettings(tmp_path / "workstation.ini"),
        tmp_path / "libtech.log",
        sounds=sounds,
        receipts_dir=tmp_path / "receipts",
    )
    qtbot.addWidget(app.window)
    app.window.show()
    qtbot.waitExposed(app.window)
    yield app
    app.upkeep_runner.shutdown()
    app.mail_runner.shutdown()
    app.runner.shutdown()
