"""PyInstaller entry point of the windowed program ``libtech-desktop``."""

import sys

from libtech_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
