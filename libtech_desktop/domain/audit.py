"""The audit log's records (issue 8): one entry per audited change, and how to filter them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from libtech_desktop.domain.money import format_money

#: Every action the program audits, for the filter list before anything was logged.
KNOWN_ACTIONS: tuple[str, ...] = (
    "audit.export",
    "authority.delete",
    "backup.restore",
    "fine.correct",
    "fine.waive",
    "library.decrypt",
    "library.encrypt",
    "library.rekey",
    "patron.block",
    "patron.erase",
    "patron.export",
    "patron.register",
    "patron.unblock",
    "patron.update",
    "record.merge",
    "role.grant",
    "role.revoke",
    "staff.add",
    "staff.deactivate",
    "staff.password",
    "staff.reactivate",
    "staff.role",
    "staff.unlock",
    "template.delete",
    "token.make",
    "token.revoke",
)


@dataclass(frozen=True)
class AuditEntry:
    """Who did what, when, to what, with the values before and after."""

    id: int
    at: datetime
    staff: str
    action: str
    entity: str
    key: str | None
    before: Mapping[str, Any] | None
    after: Mapping[str, Any] | None
    note: str | None

    def change_text(self) -> str:
        """The values readably, one field after another, ``; `` apart: ``name: before →
        after``, ``name: value`` when it did not change or was only set or only removed
        (an empty value left out); money (``*_minor``) as money."""
        before, after = self.before or {}, self.after or {}
        parts = []
        for name in sorted({*before, *after}):
            label = _label(name)
            old, new = (_value(name, v) for v in (before.get(name), after.get(name)))
            if name in before and name in after:
                if before[name] is None and after[name] is None:
                    continue  # empty before and after: nothing to say
                parts.append(f"{label}: {old}" if old == new else f"{label}: {old} → {new}")
            elif name in before and before[name] is not None:
                parts.append(f"{label}: {old} → (gone)")
            elif name in after and after[name] is not None:
                parts.append(f"{label}: {new}")
        return "; ".join(parts)


@dataclass(frozen=True)
class AuditFilter:
    """Entries between ``since`` and ``until`` (inclusive), by one staff member, one
    action, one kind of entity, whose key contains ``key`` (any case); newest first."""

    since: datetime | None = None
    until: datetime | None = None
    staff: str | None = None
    action: str | None = None
    entity: str | None = None
    key: str | None = None
    limit: int = 1000


def _label(name: str) -> str:
    return name.removesuffix("_minor").replace("_", " ")


def _value(name: str, value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if name.endswith("_minor") and isinstance(value, int) and not isinstance(value, bool):
        return format_money(value)
    if isinstance(value, str):
        return " ".join(value.split()) or "—"
    if isinstance(value, list):
        return ", ".join(_value("", v) for v in value) or "—"
    return str(value)
