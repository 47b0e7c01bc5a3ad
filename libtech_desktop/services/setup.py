"""Make a new library ready to lend: categories, item types and a loan rule for each pair."""

from __future__ import annotations

from dataclasses import dataclass

from libtech_desktop.domain.circulation import LoanRule
from libtech_desktop.services.context import ServiceContext

DEFAULT_CATEGORIES = (
    ("adult", "Adult", 365 * 3),
    ("child", "Child", 365 * 2),
    ("staff", "Staff", 365 * 5),
    # A school's teachers and a care home or class borrowing as one: renewed yearly.
    ("teacher", "Teacher", 365),
    ("institution", "Institution", 365),
)
DEFAULT_ITEM_TYPES = (("book", "Book"), ("dvd", "DVD"), ("magazine", "Magazine"))
DEFAULT_LOAN_DAYS = 21
DEFAULT_MAX_RENEWALS = 3
DEFAULT_MAX_ITEMS = 25
#: Overdue fines of a new library by patron category: (per open day, most per loan) in
#: minor units, no grace days. Staff pay none; a category not listed (teachers,
#: institutions) pays none.
DEFAULT_FINES = {"adult": (25, 500), "child": (10, 200), "staff": (0, None)}


@dataclass(frozen=True)
class SetupReport:
    categories_added: int
    item_types_added: int
    rules_added: int


class SetupService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def ensure_defaults(self) -> SetupReport:
        """Add whatever of the default set is missing; never changes what a library set."""
        added = [0, 0, 0]
        with self._ctx.unit_of_work() as uow:
            for code, name, days in DEFAULT_CATEGORIES:
                if uow.patrons.category(code) is None:
                    uow.patrons.add_category(code, name, days)
                    added[0] += 1
            for code, name in DEFAULT_ITEM_TYPES:
                if uow.catalogue.item_type(code) is None:
                    uow.catalogue.add_item_type(code, name)
                    added[1] += 1
            for cat in uow.patrons.categories():
                for itype in uow.catalogue.item_types():
                    if uow.rules.rule(cat.code, itype.code) is None:
                        per_day, most = DEFAULT_FINES.get(cat.code, (0, None))
                        uow.rules.set_rule(
                            LoanRule(
                                cat.code,
                                itype.code,
                                DEFAULT_LOAN_DAYS,
                                DEFAULT_MAX_RENEWALS,
                                DEFAULT_MAX_ITEMS,
                                fine_per_day_minor=per_day,
                                max_fine_minor=most,
                            )
                        )
                        added[2] += 1
            uow.commit()
        return SetupReport(*added)
