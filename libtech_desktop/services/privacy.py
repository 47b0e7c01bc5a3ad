"""A patron's privacy: loan history kept only as long as the library says, and a
patron's own data exported or erased on request.

Anonymising gives old returned loans (and an erased patron's fines and payments) to
one hidden patron, ``domain.patrons.ANONYMISED_BARCODE`` (Koha's AnonymousPatron): the
library's statistics and accounts still add up, but nothing points at the person.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from libtech_desktop.domain.errors import InvalidInput, LibtechError
from libtech_desktop.domain.library_settings import HISTORY_KEEP, SettingsReader
from libtech_desktop.domain.money import format_money
from libtech_desktop.domain.patrons import ANONYMISED_BARCODE
from libtech_desktop.services import audit
from libtech_desktop.services.context import ServiceContext
from libtech_desktop.services.lookups import require_patron


class ErasureRefused(LibtechError):
    code = "erasure_refused"


@dataclass(frozen=True)
class Erasure:
    barcode: str
    name: str
    loans_anonymised: int


class PrivacyService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def anonymise_loan_history(self) -> int:
        """Anonymise returned loans older than ``privacy.loan_history`` allows; how
        many. Idempotent: a second run finds nothing left to do."""
        now = self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            days = SettingsReader(uow.settings.get).history_days()
            if days == HISTORY_KEEP:
                return 0
            anonymised = uow.patrons.anonymised(self._ctx.actor(), now)
            moved = uow.patrons.anonymise_loans(anonymised.id, now - timedelta(days=days))
            if moved:
                # The hidden patron is made only when it first has something to hold.
                uow.commit()
        return moved

    def export(self, barcode: str) -> dict[str, Any]:
        """Everything the library holds about a patron, as JSON-ready values."""
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            patron = require_patron(uow, barcode)
            if patron.barcode == ANONYMISED_BARCODE:
                raise InvalidInput("The anonymised patron is nobody's data.")
            tables = uow.patrons.export(patron.id)
            rows = {name: len(found) for name, found in tables.items()}
            audit.record(uow, actor, now, "patron.export", "patron", patron.barcode, after=rows)
            uow.commit()
        record = dataclasses.asdict(patron)
        record.pop("id")
        data: dict[str, Any] = _jsonable(
            {
                "exported_at": now,
                "patron": record,
                **{name: list(rows) for name, rows in tables.items()},
            }
        )
        return data

    def erase(self, barcode: str) -> Erasure:
        """Erase a patron on request: their loan history, fines and payments go to the
        anonymised patron; holds, notices and incidents are deleted; then the patron.
        Refused while they have loans out, owe money or have an item on the hold shelf."""
        now = self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            patron = require_patron(uow, barcode)
            if patron.barcode == ANONYMISED_BARCODE:
                raise ErasureRefused("The anonymised patron cannot be erased.")
            out = len(uow.loans.open_for_patron(patron.id))
            if out:
                raise ErasureRefused(
                    f"{patron.name} still has {out} item{'s' if out != 1 else ''} out; "
                    "check them in before erasing."
                )
            owed = uow.fines.outstanding_total(patron.id)
            if owed > 0:
                raise ErasureRefused(
                    f"{patron.name} owes {format_money(owed)}; settle or waive it before erasing."
                )
            if uow.patrons.has_trapped_holds(patron.id):
                raise ErasureRefused(
                    f"An item waits on the hold shelf for {patron.name}; cancel the hold first."
                )
            anonymised = uow.patrons.anonymised(self._ctx.actor(), now)
            moved = uow.patrons.anonymise_loans(anonymised.id, None, patron.id)
            uow.patrons.reassign_accounts(patron.id, anonymised.id)
            uow.incidents.delete_for_patron(patron.id)
            uow.patrons.delete(patron.id)
            # Only the card and what moved: the person's name must not outlive the erasure.
            audit.record(
                uow,
                self._ctx.actor(),
                now,
                "patron.erase",
                "patron",
                patron.barcode,
                before={"loans": moved, "category": patron.category_code},
                after=None,
            )
            uow.commit()
        return Erasure(patron.barcode, patron.name, moved)


def _jsonable(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value
