"""Preparing a bookmobile trip (issue 7): the branch writes one package file with the
collection, the patrons it serves (only what the desk needs offline), the rules, the
calendar and the route — the patron data encrypted with a passphrase, expiring after a
set number of days — and the laptop imports it without overwriting its own unsynced work.
"""

from __future__ import annotations

from libtech_desktop.services.context import ServiceContext


class PackageService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context
