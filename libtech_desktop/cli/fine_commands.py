"""Fines, payments and loan rules from the command line: ``fines``, ``pay``, ``waive``,
``rules set``, ``calendar close`` (issue 5)."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this module's commands to the ``libtech`` parser."""
