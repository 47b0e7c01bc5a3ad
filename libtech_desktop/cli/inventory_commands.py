"""Stocktakes from the command line: ``inventory start|scan|report`` (issue 6)."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this module's commands to the ``libtech`` parser."""
