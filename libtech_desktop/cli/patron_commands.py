"""Patron records from the command line beyond ``patron add|show|block``:
``import-patrons``, incidents, privacy export and erasure (issue 5)."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this module's commands to the ``libtech`` parser."""
