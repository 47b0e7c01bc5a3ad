"""Holds from the command line: ``hold place|cancel|freeze``, ``holds``, ``holds pull-list``
(issue 5)."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this module's commands to the ``libtech`` parser."""
