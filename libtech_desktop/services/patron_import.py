"""Import patrons from a CSV file: a preview of every row, then the good rows in one
transaction (new patrons registered, existing cards updated), the bad ones reported."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from libtech_desktop.domain.errors import InvalidInput, LibtechError
from libtech_desktop.domain.patron_import import (
    Field,
    Sheet,
    check_mapping,
    guess_mapping,
    read_sheet,
    row_draft,
    row_name,
)
from libtech_desktop.domain.patrons import ANONYMISED_BARCODE, validate_draft
from libtech_desktop.services.context import ServiceContext
from libtech_desktop.services.patrons import add_patron, update_patron
from libtech_desktop.services.ports import UnitOfWork

Progress = Callable[[int, int], None]


class RowAction(StrEnum):
    NEW = "new"
    UPDATE = "update"
    ERROR = "error"


@dataclass(frozen=True)
class RowPlan:
    """What happens (or happened) to one row of the file."""

    #: As a spreadsheet numbers it: the header is row 1.
    row: int
    action: RowAction
    barcode: str
    name: str
    #: Why the row is refused (``ERROR`` only).
    reason: str | None = None


@dataclass(frozen=True)
class ImportPlan:
    rows: tuple[RowPlan, ...]
    #: False for a preview (nothing was written).
    imported: bool

    def count(self, action: RowAction) -> int:
        return sum(1 for row in self.rows if row.action is action)

    @property
    def errors(self) -> tuple[RowPlan, ...]:
        return tuple(row for row in self.rows if row.action is RowAction.ERROR)


class PatronImportService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    @staticmethod
    def read(source: Path | bytes) -> Sheet:
        """Read a CSV file (or its bytes): encoding and delimiter found from the file."""
        if isinstance(source, Path):
            try:
                data = source.read_bytes()
            except OSError as exc:
                raise InvalidInput(f"Cannot read {source}: {exc.strerror or exc}.") from None
        else:
            data = source
        return read_sheet(data)

    @staticmethod
    def guess_mapping(sheet: Sheet) -> dict[Field, int]:
        return guess_mapping(sheet.headers)

    def preview(
        self, sheet: Sheet, mapping: Mapping[Field, int], default_category: str = "adult"
    ) -> ImportPlan:
        """What importing would do to each row; changes nothing."""
        check_mapping(mapping)
        with self._ctx.unit_of_work() as uow:
            return self._run(uow, sheet, mapping, default_category, apply=False, progress=None)

    def import_rows(
        self,
        sheet: Sheet,
        mapping: Mapping[Field, int],
        default_category: str = "adult",
        progress: Progress | None = None,
    ) -> ImportPlan:
        """Import the good rows in one transaction (all or nothing); report the rest."""
        check_mapping(mapping)
        with self._ctx.unit_of_work() as uow:
            plan = self._run(uow, sheet, mapping, default_category, apply=True, progress=progress)
            uow.commit()
        return plan

    def _run(
        self,
        uow: UnitOfWork,
        sheet: Sheet,
        mapping: Mapping[Field, int],
        default_category: str,
        *,
        apply: bool,
        progress: Progress | None,
    ) -> ImportPlan:
        plans: list[RowPlan] = []
        seen: set[str] = set()
        new_in_file: set[str] = set()
        total = len(sheet.rows)
        for index, row in enumerate(sheet.rows):
            number = sheet.row_number(index)
            barcode = (
                row[mapping[Field.BARCODE]].strip() if mapping[Field.BARCODE] < len(row) else ""
            )
            try:
                action = self._row(uow, row, mapping, default_category, seen, new_in_file, apply)
            except LibtechError as exc:
                plans.append(
                    RowPlan(number, RowAction.ERROR, barcode, row_name(row, mapping), exc.message)
                )
            else:
                plans.append(RowPlan(number, action, barcode, row_name(row, mapping)))
            if progress is not None:
                progress(index + 1, total)
        return ImportPlan(tuple(plans), imported=apply)

    def _row(
        self,
        uow: UnitOfWork,
        row: tuple[str, ...],
        mapping: Mapping[Field, int],
        default_category: str,
        seen: set[str],
        new_in_file: set[str],
        apply: bool,
    ) -> RowAction:
        barcode = row[mapping[Field.BARCODE]].strip()
        if barcode in seen:
            raise InvalidInput(f"The card {barcode} is on an earlier row of the file too.")
        if barcode:
            seen.add(barcode)
        if barcode == ANONYMISED_BARCODE:
            raise InvalidInput(f"{barcode} is reserved for anonymised loan history.")
        existing = uow.patrons.by_barcode(barcode) if barcode else None
        draft = validate_draft(row_draft(row, mapping, default_category, existing))
        if uow.patrons.category(draft.category_code) is None:
            known = ", ".join(c.code for c in uow.patrons.categories())
            raise InvalidInput(f"There is no patron category {draft.category_code!r} ({known}).")
        guardian = draft.guardian_barcode
        if guardian and guardian not in new_in_file and uow.patrons.by_barcode(guardian) is None:
            raise InvalidInput(f"No patron has the card {guardian} to be the guardian.")
        if existing is None:
            if uow.catalogue.item_by_barcode(draft.barcode) is not None:
                raise InvalidInput(f"{draft.barcode} is an item's barcode, not a free card.")
            new_in_file.add(draft.barcode)
            if apply:
                add_patron(uow, self._ctx, draft)
            return RowAction.NEW
        if apply:
            update_patron(uow, self._ctx, existing, draft)
        return RowAction.UPDATE
