"""The first-run wizard's answers put into a new library in one unit of work (issue 10):
the library's name and address, the barcode scheme, loan rules, closed days, the first
administrator, where backups go, and this desk's name. (Scaffold: the first-run
engineer fills this in.)"""

from __future__ import annotations

from libtech_desktop.services.context import ServiceContext


class FirstRunService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def needed(self) -> bool:
        """True while the library has never been set up (a new, empty file)."""
        return False
