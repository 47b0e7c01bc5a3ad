"""Repairs and withdrawals from the command line: ``repair open|close|list``, ``withdraw`` (issue 6)."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this module's commands to the ``libtech`` parser."""
