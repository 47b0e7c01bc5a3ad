"""The Patrons tab's dialogs: made once, parented to the tab, reused.

Each dialog is created the first time it is asked for and lives exactly as long as the
tab (Qt owns it through its parent), which keeps every signal connection between a
dialog and the tab inside one lifetime. Each acts on the patron selected in the tab;
the tab hears back through ``show_changed`` and its feedback line.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from libtech_desktop.domain.errors import InvalidInput, LibtechError
from libtech_desktop.domain.patrons import Patron
from libtech_desktop.services.circulation import CirculationService
from libtech_desktop.services.fines import FineService
from libtech_desktop.services.holds import HoldService
from libtech_desktop.services.labels import LabelService
from libtech_desktop.services.patron_import import PatronImportService
from libtech_desktop.services.patrons import PatronService
from libtech_desktop.services.privacy import PrivacyService
from libtech_desktop.ui.printing import DEFAULT_RECEIPT_PAPER, ReceiptPaper
from libtech_desktop.ui.runner import TaskRunner
from libtech_desktop.ui.settings import WorkstationSettings

if TYPE_CHECKING:
    from libtech_desktop.ui.dialogs.block_dialog import BlockDialog
    from libtech_desktop.ui.dialogs.card_dialog import CardDialog
    from libtech_desktop.ui.dialogs.fines_dialog import FinesDialog
    from libtech_desktop.ui.dialogs.holds_dialog import HoldsDialog
    from libtech_desktop.ui.dialogs.incidents_dialog import IncidentsDialog
    from libtech_desktop.ui.dialogs.patron_import_dialog import PatronImportDialog
    from libtech_desktop.ui.dialogs.reason_dialog import ReasonDialog
    from libtech_desktop.ui.tabs.patrons_tab import PatronsTab


@dataclass(frozen=True)
class PatronServices:
    """What the Patrons tab and its dialogs call; ``None`` leaves that button out."""

    patrons: PatronService
    circulation: CirculationService
    #: Print card (Ctrl+Shift+C).
    labels: LabelService | None = None
    #: Import from CSV.
    importer: PatronImportService | None = None
    #: Account: fines, payments, waivers (Ctrl+Shift+A).
    fines: FineService | None = None
    #: Holds (Ctrl+Shift+H).
    holds: HoldService | None = None
    #: Where payment slips are saved, and the name they carry.
    receipts_dir: Path | None = None
    library_name: str = ""
    #: This desk's slip printer and what to do with slips.
    settings: WorkstationSettings | None = None
    #: Privacy: export a patron's data, erase a patron, on request.
    privacy: PrivacyService | None = None


class PatronDialogs:
    """Opens the tab's dialogs for the selected patron; each made on first use."""

    def __init__(self, tab: PatronsTab, services: PatronServices, runner: TaskRunner) -> None:
        self._tab, self._services, self._runner = tab, services, runner
        self.card: CardDialog | None = None
        self.block: BlockDialog | None = None
        self.incidents: IncidentsDialog | None = None
        self.importer: PatronImportDialog | None = None
        self.account: FinesDialog | None = None
        self.holds: HoldsDialog | None = None
        self.erase_confirm: ReasonDialog | None = None
        self._erasing: Patron | None = None
        self._paper: ReceiptPaper = DEFAULT_RECEIPT_PAPER
        #: The files patrons' data were exported to (for tests and the log).
        self.exported: list[Path] = []

    def set_receipt_paper(self, paper: ReceiptPaper) -> None:
        self._paper = paper
        if self.account is not None:
            self.account.set_receipt_paper(paper)

    def _patron(self) -> Patron | None:
        patron = self._tab.selected_patron()
        if patron is None:
            self._tab.feedback.warning("Find and select a patron first.")
        return patron

    # -- cards --------------------------------------------------------------------------

    def open_card(self) -> CardDialog | None:
        """Preview the selected patron's ID card, to print or save as PDF."""
        labels = self._services.labels
        patron = self._patron() if labels is not None else None
        if labels is None or patron is None:
            return None
        if self.card is None:
            from libtech_desktop.ui.dialogs.card_dialog import CardDialog

            self.card = CardDialog(labels, self._runner, self._tab)
        self.card.start(patron.barcode, patron.name)
        self.card.open()
        return self.card

    # -- blocks -------------------------------------------------------------------------

    def open_block(self) -> BlockDialog | None:
        """Ask why (a reason is required) and until when, then block the patron."""
        patron = self._patron()
        if patron is None:
            return None
        if self.block is None:
            from libtech_desktop.ui.dialogs.block_dialog import BlockDialog

            self.block = BlockDialog(self._tab)
            self.block.block_given.connect(self._block)
        self.block.start(patron.barcode, patron.name, patron.blocked_reason, self._tab.today)
        self.block.open()
        return self.block

    def _block(self, barcode: str, reason: str, until: date | None) -> None:
        patrons = self._services.patrons
        self._runner.submit(
            lambda: patrons.block(barcode, reason, until), self._tab.show_blocked, self._error
        )

    # -- incidents ----------------------------------------------------------------------

    def open_incidents(self) -> IncidentsDialog | None:
        """The patron's incident log, where a new one is recorded (Ctrl+I)."""
        patron = self._patron()
        if patron is None:
            return None
        if self.incidents is None:
            from libtech_desktop.ui.dialogs.incidents_dialog import IncidentsDialog

            self.incidents = IncidentsDialog(self._services.patrons, self._runner, self._tab)
            self.incidents.recorded.connect(self._on_incident_recorded)
        self.incidents.start(patron.barcode, patron.name, self._tab.today)
        self.incidents.open()
        return self.incidents

    def _on_incident_recorded(self, _incident: object) -> None:
        patron = self._tab.selected_patron()
        if patron is not None:
            self._tab.show_changed(patron)  # a suspension changes the standing

    # -- import -------------------------------------------------------------------------

    def open_import(self) -> PatronImportDialog | None:
        importer = self._services.importer
        if importer is None:
            return None
        if self.importer is None:
            from libtech_desktop.ui.dialogs.patron_import_dialog import PatronImportDialog

            self.importer = PatronImportDialog(importer, self._runner, self._tab)
            self.importer.imported.connect(self._on_imported)
            self._runner.submit(
                self._services.patrons.categories, self.importer.set_categories, self._error
            )
        self.importer.open()
        self.importer.reset_focus()
        return self.importer

    def _on_imported(self, _plan: object) -> None:
        self._tab.feedback.success("Patrons imported; find them by card or name.")

    # -- account (fines) ----------------------------------------------------------------

    def open_account(self) -> FinesDialog | None:
        """The patron's fines: pay, waive, correct, add a charge, the statement."""
        fines = self._services.fines
        patron = self._patron() if fines is not None else None
        if fines is None or patron is None:
            return None
        if self.account is None:
            from libtech_desktop.ui.dialogs.fines_dialog import FinesDialog

            self.account = FinesDialog(
                self._tab,
                fines,
                self._runner,
                receipts_dir=self._services.receipts_dir,
                library_name=self._services.library_name,
                paper=self._paper,
                settings=self._services.settings,
            )
            self.account.changed.connect(self._on_account_changed)
        self.account.open_for(patron.barcode)
        return self.account

    def _on_account_changed(self, _what: str) -> None:
        patron = self._tab.selected_patron()
        if patron is not None:
            self._tab.show_changed(patron)  # what is owed changes the standing

    # -- holds --------------------------------------------------------------------------

    def open_holds(self) -> HoldsDialog | None:
        """The patron's holds: place, cancel, freeze."""
        holds = self._services.holds
        patron = self._patron() if holds is not None else None
        if holds is None or patron is None:
            return None
        if self.holds is None:
            from libtech_desktop.ui.dialogs.holds_dialog import HoldsDialog

            self.holds = HoldsDialog(self._tab, holds, self._runner)
        self.holds.open_for(patron.barcode)
        return self.holds

    # -- privacy ------------------------------------------------------------------------

    def export_data(self, path: str | Path | None = None) -> None:
        """The patron's own data (record, loans, fines, holds, incidents) as JSON, on
        their request (asks where, unless ``path``)."""
        privacy = self._services.privacy
        patron = self._patron() if privacy is not None else None
        if privacy is None or patron is None:
            return
        if not path:
            chosen, _ = QFileDialog.getSaveFileName(
                self._tab,
                f"Export {patron.name}'s data",
                str(Path.home() / f"patron-{patron.barcode}.json"),
                "JSON (*.json)",
            )
            if not chosen:
                return
            path = chosen
        target, barcode = Path(path), patron.barcode

        def export() -> Path:
            data = privacy.export(barcode)
            try:
                target.write_text(json.dumps(data, indent=2, ensure_ascii=False), "utf-8")
            except OSError as exc:
                raise InvalidInput(f"{target} could not be written: {exc.strerror}.") from exc
            return target

        def done(written: Path) -> None:
            self._tab.feedback.success(f"{patron.name}'s data exported to {written}.")
            self.exported.append(written)

        self._runner.submit(export, done, self._error)

    def open_erase(self) -> ReasonDialog | None:
        """Erase the patron on request, once the card is scanned again to confirm."""
        patron = self._patron() if self._services.privacy is not None else None
        if patron is None:
            return None
        if self.erase_confirm is None:
            from libtech_desktop.ui.dialogs.reason_dialog import ReasonDialog

            self.erase_confirm = ReasonDialog("Erase a patron", "", self._tab)
            self.erase_confirm.reason_given.connect(self._erase)
        self._erasing = patron
        self.erase_confirm.set_prompt(
            f"Erase {patron.name} ({patron.barcode}) for good? Their loan history and "
            "payments stay, anonymised. Scan or type the card again to confirm:"
        )
        self.erase_confirm.open()
        return self.erase_confirm

    def _erase(self, typed: str) -> None:
        patron, privacy = self._erasing, self._services.privacy
        self._erasing = None
        if patron is None or privacy is None:
            return
        if typed.strip() != patron.barcode:
            self._tab.feedback.error("The card did not match: nothing was erased.")
            return
        barcode = patron.barcode
        self._runner.submit(lambda: privacy.erase(barcode), self._tab.show_erased, self._error)

    def _error(self, error: LibtechError) -> None:
        self._tab.feedback.error(error.message)
