"""What the fines and payments workflow needs from storage (issue 5)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from libtech_desktop.domain.fines import Credit, CreditKind, Fine, FineKind, PaymentMethod
from libtech_desktop.domain.staff import Actor


class FineRepository(Protocol):
    def outstanding_total(self, patron_id: int) -> int:
        """What the patron owes in all, in minor units (0 when nothing)."""
        ...

    def add(
        self,
        patron_id: int,
        kind: FineKind,
        amount_minor: int,
        description: str,
        actor: Actor,
        now: datetime,
        *,
        item_id: int | None = None,
        loan_id: int | None = None,
    ) -> Fine: ...

    def by_id(self, fine_id: int) -> Fine | None: ...

    def of_loan(self, loan_id: int) -> Sequence[Fine]:
        """Every charge tied to this loan, oldest first."""
        ...

    def last_lost_loan(self, item_id: int) -> int | None:
        """The loan of this item most recently charged as lost, if any."""
        ...

    def of_patron(self, patron_id: int, open_only: bool) -> Sequence[Fine]:
        """The patron's charges, oldest first; ``open_only``: those still owed."""
        ...

    def all_fines(self, open_only: bool, limit: int) -> Sequence[Fine]:
        """Everyone's charges, oldest first."""
        ...

    def credits_of_patron(self, patron_id: int) -> Sequence[Credit]:
        """Every credit on the patron's fines, oldest first."""
        ...

    def credits_of_payment(self, payment_id: int) -> Sequence[Credit]: ...

    def add_payment(
        self,
        patron_id: int,
        amount_minor: int,
        method: PaymentMethod,
        note: str | None,
        actor: Actor,
        now: datetime,
    ) -> int:
        """Record a payment; its id (then share it over fines with :meth:`add_credit`)."""
        ...

    def add_credit(
        self,
        fine_id: int,
        kind: CreditKind,
        amount_minor: int,
        reason: str | None,
        actor: Actor,
        now: datetime,
        payment_id: int | None = None,
    ) -> Credit: ...
