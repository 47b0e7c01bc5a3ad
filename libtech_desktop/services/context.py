"""What every service is built with: storage, a clock and the acting staff member."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass

from libtech_desktop.domain.clock import Clock
from libtech_desktop.domain.staff import Actor
from libtech_desktop.services.ports import UnitOfWorkFactory


@dataclass(frozen=True)
class ServiceContext:
    unit_of_work: UnitOfWorkFactory
    clock: Clock
    #: Asked on every call, so that switching staff (trust issue) needs no rebuild.
    actor: Callable[[], Actor]


#: Opens a throwaway copy of the library and gives a context over it (the dry run of a
#: merge replays there, exactly as it would for real); the copy is gone after the block.
ScratchCopy = Callable[[], AbstractContextManager[ServiceContext]]
