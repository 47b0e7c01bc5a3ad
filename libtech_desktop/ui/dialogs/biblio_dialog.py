"""Create or edit a bibliographic record: title, author, ISBN, year, publisher."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from libtech_desktop.domain.catalogue import Biblio, BiblioDraft, parse_year
from libtech_desktop.ui._generated.ui_biblio_dialog import Ui_BiblioDialog
from libtech_desktop.ui.dialogs.editor import EditorDialog


class BiblioDialog(EditorDialog):
    """``submitted`` carries a :class:`BiblioDraft`; ``editing_id`` says which record."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BiblioDialog()
        self.ui.setupUi(self)
        self._bind(self.ui.error_label, self.ui.button_box)
        self._accept_scans(self.ui.isbn_edit)
        self._editing_id: int | None = None

    @property
    def editing_id(self) -> int | None:
        """The record being edited, or ``None`` for a new one."""
        return self._editing_id

    def start_new(self) -> None:
        self._editing_id = None
        self.setWindowTitle("New catalogue record")
        self._fill("", "", "", "", "")

    def start_edit(self, biblio: Biblio) -> None:
        self._editing_id = biblio.id
        self.setWindowTitle(f"Edit record — {biblio.title}")
        year = "" if biblio.year is None else str(biblio.year)
        self._fill(biblio.title, biblio.author, biblio.isbn, year, biblio.publisher)

    def _fill(
        self, title: str, author: str | None, isbn: str | None, year: str, publisher: str | None
    ) -> None:
        ui = self.ui
        ui.title_edit.setText(title)
        ui.author_edit.setText(author or "")
        ui.isbn_edit.setText(isbn or "")
        ui.year_edit.setText(year)
        ui.publisher_edit.setText(publisher or "")
        self._reset(ui.title_edit)

    def _draft(self) -> BiblioDraft:
        ui = self.ui
        return BiblioDraft(
            title=ui.title_edit.text(),
            author=ui.author_edit.text(),
            isbn=ui.isbn_edit.text(),
            year=parse_year(ui.year_edit.text()),
            publisher=ui.publisher_edit.text(),
        )
