"""Turn barcode-scanner keystrokes into clean scans, without any Qt.

A USB scanner is a keyboard: it "types" the code very fast and ends with a
terminator (Enter, sometimes Tab). This module holds the two pure pieces the
Qt adapters need so that they stay thin and the rules stay unit-testable with
fake timestamps:

* :func:`normalize` cleans one scanned or hand-keyed string into the code the
  library system knows (whitespace, prefix/suffix, Codabar start/stop, check
  digit).
* :class:`KeystrokeDecoder` tells a scanner burst from a person typing, so a
  window-wide event filter can catch scans while focus is in another widget.
"""

from __future__ import annotations

from dataclasses import dataclass

from libtech_desktop.domain.barcodes import is_valid_luhn
from libtech_desktop.domain.errors import CheckDigitError, InvalidInput

#: Codabar start/stop symbols; scanners often transmit them with the data.
CODABAR_START_STOP = frozenset("ABCDabcd")
#: Characters Codabar can encode between its start and stop symbols.
CODABAR_DATA = frozenset("0123456789-$:/.+")
#: Length of the numeric library barcodes that carry a Luhn check digit.
_LUHN_LENGTH = 14
_ASCII_DIGITS = frozenset("0123456789")


@dataclass(frozen=True)
class ScanSettings:
    """How this desk's scanners are configured; frozen so it can be shared."""

    terminators: frozenset[str] = frozenset({"\r", "\n", "\t"})
    strip_codabar: bool = True
    check_luhn: bool = True
    prefix: str = ""
    suffix: str = ""
    max_interkey_ms: float = 35.0
    min_scan_length: int = 4

    def __post_init__(self) -> None:
        """Reject settings that would make the decoder silently useless."""
        if self.max_interkey_ms < 0:
            raise ValueError("max_interkey_ms must not be negative")
        if self.min_scan_length < 1:
            raise ValueError("min_scan_length must be at least 1")
        if any(len(term) != 1 for term in self.terminators):
            raise ValueError("each terminator must be a single character")


@dataclass(frozen=True)
class Scan:
    """One scan: the cleaned ``code`` to look up, and the ``raw`` text for logs."""

    code: str
    raw: str
    from_scanner: bool


_DEFAULT_SETTINGS = ScanSettings()


def _trim(text: str, terminators: frozenset[str]) -> str:
    """Drop whitespace and terminators at both ends (they may interleave)."""
    start, end = 0, len(text)
    while start < end and (text[start].isspace() or text[start] in terminators):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in terminators):
        end -= 1
    return text[start:end]


def _strip_affixes(text: str, prefix: str, suffix: str) -> str:
    """Remove the scanner's configured prefix/suffix, only where present.

    Hand-keyed codes carry neither, so absence is normal, not an error.
    """
    if prefix and text.startswith(prefix):
        text = text[len(prefix) :]
    if suffix and text.endswith(suffix):
        text = text[: -len(suffix)]
    return text


def _strip_codabar(text: str) -> str:
    """Remove Codabar start/stop symbols when the whole string is Codabar.

    Both ends must carry a start/stop symbol and the inside must be Codabar
    data; otherwise the text is a different symbology or a legacy code (e.g.
    ``ABC123``) and must not be mangled.
    """
    if len(text) < 3:
        return text
    first, inside, last = text[0], text[1:-1], text[-1]
    if first not in CODABAR_START_STOP or last not in CODABAR_START_STOP:
        return text
    if not all(char in CODABAR_DATA for char in inside):
        return text
    return inside


def _is_luhn_shaped(code: str) -> bool:
    """A 14-digit ASCII code: the only shape whose last digit is a check digit."""
    return len(code) == _LUHN_LENGTH and all(c in _ASCII_DIGITS for c in code)


def normalize(
    raw: str,
    settings: ScanSettings = _DEFAULT_SETTINGS,
    *,
    from_scanner: bool = False,
) -> Scan:
    """Clean ``raw`` into the code the library system knows.

    Raises :class:`InvalidInput` when nothing is left, and
    :class:`CheckDigitError` when a 14-digit code fails its Luhn check, so a
    misread is caught at the desk instead of looking up a wrong item. Other
    lengths pass through untouched: libraries keep legacy barcodes. Case is
    kept as scanned.
    """
    code = _trim(raw, settings.terminators)
    code = _strip_affixes(code, settings.prefix, settings.suffix)
    code = _trim(code, settings.terminators)
    if settings.strip_codabar:
        code = _strip_codabar(code)
    if not code:
        raise InvalidInput("Nothing was scanned.")
    if settings.check_luhn and _is_luhn_shaped(code) and not is_valid_luhn(code):
        raise CheckDigitError(f"Check digit wrong in {code} — rescan or key it again.")
    return Scan(code=code, raw=raw, from_scanner=from_scanner)


class KeystrokeDecoder:
    """Pure state machine that spots scanner bursts in a keystroke stream.

    A window-wide Qt event filter feeds it every typed character with its
    timestamp. Scanners type far faster than people, so a run of keystrokes
    each within ``max_interkey_ms`` of the previous one, ending in a
    terminator, is a scan; anything slower is a person and is ignored. No
    clock is read here, which keeps it testable without sleeps.
    """

    def __init__(self, settings: ScanSettings = _DEFAULT_SETTINGS) -> None:
        self._settings = settings
        self._buffer: list[str] = []
        self._last_ms: float | None = None

    @property
    def settings(self) -> ScanSettings:
        """The settings this decoder was built with."""
        return self._settings

    @property
    def pending(self) -> str:
        """Text of the candidate burst collected so far."""
        return "".join(self._buffer)

    def reset(self) -> None:
        """Forget the candidate burst (e.g. when the window loses focus)."""
        self._buffer.clear()
        self._last_ms = None

    def feed(self, char: str, timestamp_ms: float) -> Scan | None:
        """Take one keystroke; return a :class:`Scan` when a burst completes.

        An empty ``char`` (a bare modifier key such as Shift) is ignored so it
        cannot break a burst. Raises the :class:`LibtechError` from
        :func:`normalize` (e.g. a wrong check digit) so the caller can show it;
        the buffer is cleared either way.
        """
        if not char:
            return None
        if char in self._settings.terminators:
            return self._finish(timestamp_ms)
        if not self._is_fast(timestamp_ms):
            # A slow keystroke is a person; it may still start the next burst.
            self._buffer.clear()
        self._buffer.append(char)
        self._last_ms = timestamp_ms
        return None

    def burst_ended(self) -> Scan | None:
        """A scanner that sends no terminator has gone quiet: the keystrokes so far as a
        scan when they came at scanner speed, else ``None`` (a person typing). Raises as
        :meth:`feed` does; the buffer is cleared either way."""
        return self._take(last_key_fast=True)

    def _is_fast(self, timestamp_ms: float) -> bool:
        """True when this keystroke follows the previous one at scanner speed.

        A clock going backwards counts as slow rather than as a burst.
        """
        if self._last_ms is None:
            return False
        gap = timestamp_ms - self._last_ms
        return 0 <= gap <= self._settings.max_interkey_ms

    def _finish(self, timestamp_ms: float) -> Scan | None:
        """Handle a terminator: emit the burst as a scan, or drop human typing."""
        return self._take(last_key_fast=self._is_fast(timestamp_ms))

    def _take(self, *, last_key_fast: bool) -> Scan | None:
        """The keystrokes so far as a scan when they were a burst; cleared either way."""
        is_burst = len(self._buffer) >= self._settings.min_scan_length and last_key_fast
        text = self.pending
        self.reset()
        if not is_burst:
            return None
        return normalize(text, self._settings, from_scanner=True)
