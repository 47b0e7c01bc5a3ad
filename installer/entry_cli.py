"""PyInstaller entry point of the console program ``libtech``."""

import sys

from libtech_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
