"""Scanner input without Qt: clean scanned codes and spot scanner bursts."""

from __future__ import annotations

from libtech_desktop.scanning.decoder import (
    KeystrokeDecoder,
    Scan,
    ScanSettings,
    normalize,
)

__all__ = ["KeystrokeDecoder", "Scan", "ScanSettings", "normalize"]
