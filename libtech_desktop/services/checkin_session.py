"""The returns of one run at the check-in desk, for the slip a patron may ask for.

Every scan goes through the GUI's serial runner, so the lines are in scan order.
A slip covers the returns since the last slip was printed: printing starts a new one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from libtech_desktop.services.checkout_session import NothingToPrint
from libtech_desktop.services.circulation import CheckinResult, CirculationService


@dataclass(frozen=True)
class CheckinLine:
    item_barcode: str
    title: str
    #: Empty when the item was not on loan (scanned back from the shelf, say).
    patron_name: str
    patron_barcode: str
    days_overdue: int
    #: Anything beyond the return itself: "Not on loan. It is in repair.", …
    note: str


@dataclass(frozen=True)
class CheckinReceipt:
    printed_at: datetime
    lines: tuple[CheckinLine, ...]

    @property
    def patrons(self) -> tuple[tuple[str, str], ...]:
        """(name, card barcode) of whoever returned the items, in order of first return."""
        seen = dict.fromkeys((line.patron_name, line.patron_barcode) for line in self.lines)
        return tuple(patron for patron in seen if patron[0])


def checkin_line(result: CheckinResult) -> CheckinLine:
    loan = result.loan
    # The overdue note is the days column; other notes say what became of the item.
    note = "" if loan is not None else " ".join(result.notes)
    return CheckinLine(
        item_barcode=result.item.barcode,
        title=result.item.title,
        patron_name=loan.patron_name if loan else "",
        patron_barcode=loan.patron_barcode if loan else "",
        days_overdue=result.days_overdue,
        note=note,
    )


class CheckinSession:
    def __init__(self, circulation: CirculationService) -> None:
        self._circulation = circulation
        self._lines: list[CheckinLine] = []

    def checkin(self, item_barcode: str) -> CheckinResult:
        result = self._circulation.checkin(item_barcode)
        self._lines.append(checkin_line(result))
        return result

    def receipt(self, printed_at: datetime) -> CheckinReceipt:
        """The slip of the returns since the last slip written (see :meth:`written`)."""
        if not self._lines:
            raise NothingToPrint("Nothing has been checked in since the last slip.")
        return CheckinReceipt(printed_at=printed_at, lines=tuple(self._lines))

    def written(self, receipt: CheckinReceipt) -> None:
        """``receipt`` is on paper (or in its file): the next slip starts after it. Until
        then its lines stay, so a slip that could not be written loses nothing."""
        del self._lines[: len(receipt.lines)]
