"""``python -m libtech_desktop``: the ``libtech`` command line."""

from __future__ import annotations

import sys

from libtech_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
