"""Prepare the next chunks of a long job in another process while this one stores them.

A MARC import spends about half its time decoding records in Python and half storing
them in SQLite. Python threads would share one interpreter lock (and SQLite's, which
it takes back after every row), so the decoding goes to a worker process: while this
process writes one batch, the worker decodes the next ones. Chunks come back in
order; a few wait at most, so memory stays flat on a file of a million records.
Small jobs stay in this process: a worker takes a moment to start.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: Chunks handed to the worker ahead of the one being stored.
AHEAD = 4


@contextmanager
def prefetched(
    chunks: Iterable[list[T]], work: Callable[[list[T]], list[R]], *, parallel: bool
) -> Iterator[Iterator[R]]:
    """``work(chunk)`` for each chunk, item by item in order: done ahead in a worker
    process when ``parallel`` (``work`` and the items must pickle), else here, lazily.
    Leaving the ``with`` block early (a cancel, an error) drops the work not needed."""
    if not parallel:
        yield (result for chunk in chunks for result in work(chunk))
        return
    # "spawn", not "fork": this process may be running Qt's threads.
    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
    try:
        yield _in_order(pool, iter(chunks), work)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _in_order(
    pool: ProcessPoolExecutor, chunks: Iterator[list[T]], work: Callable[[list[T]], list[R]]
) -> Iterator[R]:
    pending: deque[Future[list[R]]] = deque()
    for chunk in chunks:
        pending.append(pool.submit(work, chunk))
        if len(pending) > AHEAD:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()
