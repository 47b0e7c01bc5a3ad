"""The state of one check-out at the desk: which patron is open, what they took.

The GUI runs every call of a session on its serial runner, so the state changes in
scan order: a patron's card followed at scanner speed by three items always lends
the items to that patron, however busy the machine is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from libtech_desktop.domain.circulation import Loan
from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.services.circulation import CheckoutScan, CirculationService, PatronSummary


class NoPatronOpen(LibtechError):
    code = "no_patron"


class NothingToPrint(LibtechError):
    code = "nothing_to_print"


@dataclass(frozen=True)
class Receipt:
    patron_name: str
    patron_barcode: str
    printed_at: datetime
    loans: tuple[Loan, ...]


class CheckoutSession:
    def __init__(self, circulation: CirculationService) -> None:
        self._circulation = circulation
        self._patron: str | None = None
        self._lent: list[Loan] = []

    @property
    def patron_barcode(self) -> str | None:
        return self._patron

    def scan(self, code: str) -> CheckoutScan:
        """A patron's card opens them (ending any session); an item is lent to the open patron."""
        result = self._circulation.scan_at_checkout(self._patron, code)
        if result.loan is None:
            self._patron = result.summary.patron.barcode
            self._lent = []
        else:
            self._lent.append(result.loan)
        return result

    def lend_anyway(self, item_barcode: str) -> CheckoutScan:
        """Lend to the open patron despite a block staff may override (the
        ``blocks.override`` setting); the loan is on this session's receipt."""
        patron = self._require_patron()
        loan = self._circulation.checkout(patron, item_barcode, override=True)
        self._lent.append(loan)
        return CheckoutScan(self._circulation.patron_summary(patron), loan=loan)

    def renew(self, item_barcode: str) -> tuple[Loan, PatronSummary]:
        patron = self._require_patron()
        loan = self._circulation.renew(item_barcode)
        return loan, self._circulation.patron_summary(patron)

    def refresh(self) -> PatronSummary:
        return self._circulation.patron_summary(self._require_patron())

    def end(self) -> None:
        self._patron = None
        self._lent = []

    def receipt(self, printed_at: datetime) -> Receipt:
        """The slip for this session: the loans made since the patron's card was scanned."""
        summary = self.refresh()
        if not self._lent:
            raise NothingToPrint("Nothing has been checked out in this session yet.")
        return Receipt(
            patron_name=summary.patron.name,
            patron_barcode=summary.patron.barcode,
            printed_at=printed_at,
            loans=tuple(self._lent),
        )

    def _require_patron(self) -> str:
        if self._patron is None:
            raise NoPatronOpen("Scan the patron's card first.")
        return self._patron
