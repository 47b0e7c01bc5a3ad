"""``libtech sync prepare`` and ``libtech sync import-package``: the bookmobile package
(issue 7). Registered into the ``sync`` group by :mod:`sync_commands`."""

from __future__ import annotations

import argparse
from typing import Any


def register(sync: Any, common: argparse.ArgumentParser) -> None:
    """Add the package commands to the ``sync`` group."""
