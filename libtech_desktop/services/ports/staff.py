"""What staff accounts, roles and tokens need from storage (issue 8)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from libtech_desktop.domain.staff import Permission, Role, StaffAccount


class StaffRepository(Protocol):
    def count_accounts(self) -> int: ...
    def by_username(self, username: str) -> StaffAccount | None: ...
    def password_hash(self, account_id: int) -> str: ...
    def add(
        self,
        username: str,
        display_name: str,
        role: str,
        password_hash: str,
        actor: str,
        now: datetime,
    ) -> StaffAccount: ...
    def accounts(self) -> Sequence[StaffAccount]: ...
    def login_succeeded(self, account_id: int, now: datetime, new_hash: str | None) -> None:
        """Clear the failures, note the login; ``new_hash`` replaces an outdated hash."""

    def login_failed(self, account_id: int, failed: int, locked_until: datetime | None) -> None:
        """Count a failure; ``locked_until`` locks the account until then."""

    def role(self, code: str) -> Role | None: ...
    def roles(self) -> Sequence[Role]: ...
    def permissions_of(self, role: str) -> frozenset[Permission]: ...
    def token_owner(self, token_hash: str) -> StaffAccount | None:
        """The account a live (not revoked) token belongs to."""

    def token_used(self, token_hash: str, now: datetime) -> None: ...
