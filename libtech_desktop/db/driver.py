"""The DB-API connection under a session or an engine's connection: ``sqlite3``'s for a
plain library, ``sqlcipher3``'s for an encrypted one (issue 8). The hot paths (catalogue
search, placing records in title order) run their statements on it directly; both
drivers are the same pysqlite code, so this is all they need of it."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Protocol

from sqlalchemy import Connection


class DriverCursor(Protocol):
    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...

    def close(self) -> None: ...


class DriverConnection(Protocol):
    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> DriverCursor: ...

    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]], /) -> DriverCursor: ...


def driver_of(connection: Connection) -> DriverConnection:
    """The DB-API connection under ``connection`` (in its transaction)."""
    driver: DriverConnection | None = connection.connection.driver_connection
    if driver is None:  # a connection SQLAlchemy has already let go of
        raise RuntimeError("the database connection is closed")
    return driver
