"""Where this library file stands with the others (issue 7): its role, and which of its
own operations the others have confirmed merged. Small helpers inside a unit of work."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from libtech_desktop.domain.sync import ACKNOWLEDGED_KEY, ROLE_KEY, SyncRole
from libtech_desktop.services.ports import UnitOfWork


def role(uow: UnitOfWork) -> SyncRole:
    text = uow.settings.get(ROLE_KEY)
    try:
        return SyncRole(text) if text else SyncRole.STANDALONE
    except ValueError:
        return SyncRole.STANDALONE


def set_role(uow: UnitOfWork, new: SyncRole) -> None:
    """Take a role. A hub stays a hub (merging a journal does not make it a peer), and a
    satellite stays one until it prepares a package itself."""
    current = role(uow)
    if current is SyncRole.HUB and new is not SyncRole.HUB:
        return
    if current is SyncRole.SATELLITE and new is SyncRole.PEER:
        return
    uow.settings.set(ROLE_KEY, new.value)


def acknowledged(uow: UnitOfWork) -> dict[str, int]:
    """{device id: highest seq} this device was told the others have merged."""
    return _json_map(uow.settings.get(ACKNOWLEDGED_KEY))


def acknowledge(uow: UnitOfWork, merged: Mapping[str, Any]) -> None:
    """Take in what another device says it has merged (from a package's or a journal
    file's header); never goes backwards (an older file says less)."""
    known = acknowledged(uow)
    for device, seq in merged.items():
        if isinstance(seq, int) and seq > known.get(str(device), 0):
            known[str(device)] = seq
    uow.settings.set(ACKNOWLEDGED_KEY, json.dumps(known, sort_keys=True))


def _json_map(text: str | None) -> dict[str, int]:
    if not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    if not isinstance(value, dict):
        return {}
    return {str(k): v for k, v in value.items() if isinstance(v, int)}
