"""Slow work runs on the runner, never on the GUI thread (issue 9): a PDF of a long
list takes seconds to lay out, during which the window must still answer."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from libtech_desktop.library import Library
from libtech_desktop.ui import shelf_list_printing
from libtech_desktop.ui.dialogs.shelf_list_dialog import ShelfListDialog
from libtech_desktop.ui.runner import TaskRunner


@pytest.fixture
def dialog(qtbot: QtBot, library: Library, runner: TaskRunner) -> ShelfListDialog:
    for n in range(1, 4):
        biblio = library.catalogue.add_biblio(title=f"Atlas {n}", author="Mercator, G")
        library.catalogue.add_item(biblio.id, barcode=f"3100{n}", call_number=f"912 ME{n}")
    widget = ShelfListDialog(library.shelf_list, runner)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    return widget


def test_the_shelf_list_pdf_is_written_on_the_runner_not_the_gui_thread(
    qtbot: QtBot, dialog: ShelfListDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    real_write = shelf_list_printing.write_pdf

    def watched_write(*args: Any, **kwargs: Any) -> Path:
        threads.append(threading.current_thread())
        return real_write(*args, **kwargs)

    monkeypatch.setattr(shelf_list_printing, "write_pdf", watched_write)
    target = tmp_path / "atlas.pdf"
    with qtbot.waitSignal(dialog.pdf_written, timeout=10000):
        dialog.save_pdf(target)
    assert threads and threads[0] is not threading.main_thread()
    assert target.stat().st_size > 0
    assert f"Saved the shelf list as {target}" in dialog.status_text


def test_a_shelf_list_pdf_that_cannot_be_written_says_so_in_the_dialog(
    qtbot: QtBot, dialog: ShelfListDialog, runner: TaskRunner, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    written: list[str] = []
    dialog.pdf_written.connect(written.append)
    dialog.save_pdf(blocker / "atlas.pdf")
    qtbot.waitUntil(lambda: not runner.busy, timeout=10000)
    assert "could not be written" in dialog.status_text
    assert written == []
