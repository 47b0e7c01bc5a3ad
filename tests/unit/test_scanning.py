"""Scanner input decoding: normalization rules and burst detection (no Qt, no sleeps)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from libtech_desktop.domain.barcodes import with_check_digit
from libtech_desktop.domain.errors import CheckDigitError, InvalidInput, LibtechError
from libtech_desktop.scanning import KeystrokeDecoder, Scan, ScanSettings, normalize

GOOD = with_check_digit("2100000123456")  # a valid 14-digit library barcode
BAD = GOOD[:-1] + str((int(GOOD[-1]) + 1) % 10)  # same code, wrong check digit


def feed_text(
    decoder: KeystrokeDecoder, text: str, start_ms: float, gap_ms: float
) -> tuple[list[Scan | None], float]:
    """Type ``text`` one char every ``gap_ms``; return results and last timestamp."""
    results: list[Scan | None] = []
    now = start_ms
    for index, char in enumerate(text):
        now = start_ms + index * gap_ms
        results.append(decoder.feed(char, now))
    return results, now


def scan_burst(
    decoder: KeystrokeDecoder,
    text: str,
    start_ms: float = 1000.0,
    gap_ms: float = 10.0,
    terminator: str = "\r",
) -> Scan | None:
    """Simulate a scanner: fast keystrokes then a fast terminator."""
    results, last = feed_text(decoder, text, start_ms, gap_ms)
    assert results == [None] * len(text)
    return decoder.feed(terminator, last + gap_ms)


# --- normalize -------------------------------------------------------------


class TestNormalize:
    @pytest.mark.parametrize("terminator", ["\r", "\n", "\r\n", "\t"])
    def test_terminators_are_stripped(self, terminator: str) -> None:
        assert normalize(GOOD + terminator).code == GOOD

    def test_surrounding_whitespace_is_stripped(self) -> None:
        scan = normalize(f"  \t {GOOD}  \r\n")
        assert scan.code == GOOD
        assert scan.raw == f"  \t {GOOD}  \r\n"
        assert scan.from_scanner is False

    def test_from_scanner_flag_is_carried(self) -> None:
        assert normalize(GOOD, from_scanner=True).from_scanner is True

    def test_custom_terminator_is_stripped(self) -> None:
        settings = ScanSettings(terminators=frozenset({"\r", "~"}))
        assert normalize(f"{GOOD}~", settings).code == GOOD

    def test_codabar_start_stop_is_stripped(self) -> None:
        assert normalize(f"A{GOOD}B").code == GOOD

    @pytest.mark.parametrize("wrapped", [f"a{GOOD}b", f"c{GOOD}D", f"D{GOOD}a"])
    def test_codabar_start_stop_either_case(self, wrapped: str) -> None:
        assert normalize(wrapped).code == GOOD

    def test_codabar_punctuation_is_codabar_data(self) -> None:
        assert normalize("A12-34$5:6/7.8+9B").code == "12-34$5:6/7.8+9"

    @pytest.mark.parametrize("code", ["ABC123", "B12345", "12345C", "ABCD", "AXYZB"])
    def test_non_codabar_codes_are_not_mangled(self, code: str) -> None:
        assert normalize(code).code == code

    def test_codabar_stripping_can_be_disabled(self) -> None:
        settings = ScanSettings(strip_codabar=False)
        assert normalize(f"A{GOOD}B", settings).code == f"A{GOOD}B"

    def test_case_is_kept(self) -> None:
        assert normalize("lib-abc123").code == "lib-abc123"

    def test_prefix_and_suffix_are_stripped(self) -> None:
        settings = ScanSettings(prefix="]C1", suffix="#")
        assert normalize(f"]C1{GOOD}#\r", settings).code == GOOD

    def test_prefix_and_suffix_are_optional(self) -> None:
        settings = ScanSettings(prefix="]C1", suffix="#")
        assert normalize(GOOD, settings).code == GOOD

    def test_prefix_then_codabar(self) -> None:
        settings = ScanSettings(prefix="@")
        assert normalize(f"@A{GOOD}B", settings).code == GOOD

    def test_valid_check_digit_passes(self) -> None:
        assert normalize(GOOD).code == GOOD

    def test_wrong_check_digit_is_refused_with_message(self) -> None:
        with pytest.raises(CheckDigitError) as info:
            normalize(f"A{BAD}B\r")
        assert str(info.value) == f"Check digit wrong in {BAD} — rescan or key it again."
        assert info.value.code == "check_digit"

    def test_check_digit_can_be_disabled(self) -> None:
        assert normalize(BAD, ScanSettings(check_luhn=False)).code == BAD

    @pytest.mark.parametrize("code", ["1234567", "123456789012345", "1234567890123X"])
    def test_other_shapes_skip_the_check(self, code: str) -> None:
        assert normalize(code).code == code

    @pytest.mark.parametrize("raw", ["", "   ", "\r\n", "\t", " \r\t\n "])
    def test_empty_scan_is_refused(self, raw: str) -> None:
        with pytest.raises(InvalidInput, match=r"Nothing was scanned\."):
            normalize(raw)

    def test_prefix_only_is_empty(self) -> None:
        with pytest.raises(InvalidInput, match=r"Nothing was scanned\."):
            normalize("]C1\r", ScanSettings(prefix="]C1"))

    @given(
        payload=st.text(alphabet="0123456789", min_size=13, max_size=13),
        start=st.sampled_from("ABCDabcd"),
        stop=st.sampled_from("ABCDabcd"),
        before=st.text(alphabet=" \t\r\n", max_size=4),
        after=st.text(alphabet=" \t\r\n", max_size=4),
    )
    def test_codabar_wrapped_codes_round_trip(
        self, payload: str, start: str, stop: str, before: str, after: str
    ) -> None:
        code = with_check_digit(payload)
        raw = f"{before}{start}{code}{stop}{after}"
        scan = normalize(raw)
        assert scan.code == code
        assert scan.raw == raw


# --- KeystrokeDecoder ------------------------------------------------------


class TestKeystrokeDecoder:
    @pytest.mark.parametrize("terminator", ["\r", "\n", "\t"])
    def test_burst_ending_in_terminator_is_a_scan(self, terminator: str) -> None:
        decoder = KeystrokeDecoder(ScanSettings())
        scan = scan_burst(decoder, GOOD, terminator=terminator)
        assert scan == Scan(code=GOOD, raw=GOOD, from_scanner=True)
        assert decoder.pending == ""

    def test_burst_is_normalized(self) -> None:
        decoder = KeystrokeDecoder(ScanSettings())
        scan = scan_burst(decoder, f"a{GOOD}d")
        assert scan is not None
        assert scan.code == GOOD
        assert scan.raw == f"a{GOOD}d"

    def test_pending_shows_buffered_text(self) -> None:
        decoder = KeystrokeDecoder(ScanSettings())
        feed_text(decoder, "1234", start_ms=0.0, gap_ms=5.0)
        assert decoder.pending == "1234"

    def test_gap_exactly_at_limit_is_still_a_burst(self) -> None:
        decoder = KeystrokeDecoder(ScanSettings(max_interkey_ms=35.0))
        scan = scan_burst(decoder, GOOD, gap_ms=35.0)
        assert scan is not None and scan.code == GOOD

    def test_human_typing_is_ignored(self) -> None:
        decoder = KeystrokeDecoder(ScanSettings())
        results, last = feed_text(decoder, "hello", start_ms=0.0, gap_ms=150.0)
        assert results == [None] * 5
        assert decoder.feed("\r", last + 150.0) is None
        assert decoder.pending == ""

    def test_slow_terminator_after_fast_chars_is_not_a_scan(self) -> None:
        decoder = KeystrokeDecoder(ScanSettings())
        _, last = feed_text(decoder, GOOD, start_ms=0.0, gap_ms=10.0)
        assert decoder.feed("\r", last + 500.0) is None
        assert decoder.pending == ""

    def test_short_burst_is_not_a_scan(self) -> None:
        decoder = KeystrokeDecoder(ScanSettings(min_scan_length=4))
        assert scan_burst(decoder, "123") is None
        assert decoder.pending == ""

    def test_min_scan_length_is_inclusive(self) -> None:
        decoder = KeystrokeDecoder(ScanSettings(min_scan_length=4))
        scan = scan_burst(decoder, "1234")
        assert scan is not None and scan.code == "1234"

    def test_human_keystroke_mid_burst_resets(self) -> None:
        decoder = KeystrokeDecoder(ScanSettings())
        _, last = feed_text(decoder, "12345", start_ms=0.0, gap_ms=10.0)
        decoder.feed("6", last + 300.0)  # a slow key: a person, not the scanner
        assert decoder.pending == "6"
        # Only "678" follows the pause: too short to count as a scan.
        _, last = feed_text(decoder, "78", start_ms=last + 310.0, gap_ms=10.0)
        assert decoder.feed("\r", last + 10.0) is None

    def test_slow_keystroke_starts_a_new_candidate_burst(self) -> None:
        decoder = KeystrokeDecoder(ScanSettings())
        decoder.feed("x", 0.0)
        # The scanner's first keystroke arrives slowly after the person's "x".
        scan = scan_burst(decoder, GOOD, start_ms=2000.0)
        assert scan is not None and scan.code == GOOD

    def test_interrupted_burst_then_real_burst(self) -> None:
        decoder = KeystrokeDecoder(ScanSettings())
        # A burst that never gets its terminator (e.g. a partial read)...
        feed_text(decoder, "3100000", start_ms=0.0, gap_ms=10.0)
        # ...followed a while later by a full scan: only the second one counts.
        scan = scan_burst(decoder, GOOD, start_ms=5000.0)
        assert scan == Scan(code=GOOD, raw=GOOD, from_scanner=True)

    def test_consecutive_scans(self) -> None:
        decoder = KeystrokeDecoder(ScanSettings())
        other = with_check_digit("2100000999999")
        first = scan_burst(decoder, GOOD, start_ms=0.0)
        second = scan_burst(decoder, other, start_ms=1000.0)
        assert first is not None and first.code == GOOD
        assert second is not None and second.code == other

    def test_wrong_check_digit_raises_and_clears(self) -> None:
        decoder = KeystrokeDecoder(ScanSettings())
        with pytest.raises(CheckDigitError, match=f"Check digit wrong in {BAD}"):
            scan_burst(decoder, BAD)
        assert decoder.pending == ""
        scan = scan_burst(decoder, GOOD, start_ms=9000.0)
        assert scan is not None and scan.code == GOOD

    def test_check_disabled_burst_passes(self) -> None:
        decoder = KeystrokeDecoder(ScanSettings(check_luhn=False))
        scan = scan_burst(decoder, BAD)
        assert scan is not None and scan.code == BAD

    def test_empty_burst_raises(self) -> None:
        decoder = KeystrokeDecoder(ScanSettings())
        with pytest.raises(LibtechError, match=r"Nothing was scanned\."):
            scan_burst(decoder, "    ")

    def test_prefix_suffix_in_burst(self) -> None:
        decoder = KeystrokeDecoder(ScanSettings(prefix="]C1", suffix="#"))
        scan = scan_burst(decoder, f"]C1{GOOD}#")
        assert scan is not None and scan.code == GOOD

    def test_bare_modifier_does_not_break_a_burst(self) -> None:
        decoder = KeystrokeDecoder(ScanSettings())
        decoder.feed("1", 0.0)
        decoder.feed("", 500.0)  # e.g. Shift pressed: no text, ignored
        _, last = feed_text(decoder, "234", start_ms=10.0, gap_ms=10.0)
        scan = decoder.feed("\r", last + 10.0)
        assert scan is not None and scan.code == "1234"

    def test_clock_going_backwards_is_not_a_burst(self) -> None:
        decoder = KeystrokeDecoder(ScanSettings())
        feed_text(decoder, "1234", start_ms=1000.0, gap_ms=10.0)
        decoder.feed("5", 0.0)
        assert decoder.pending == "5"

    def test_reset_clears_pending(self) -> None:
        decoder = KeystrokeDecoder(ScanSettings())
        _, last = feed_text(decoder, "1234", start_ms=0.0, gap_ms=10.0)
        decoder.reset()
        assert decoder.pending == ""
        assert decoder.feed("\r", last + 10.0) is None

    def test_default_settings(self) -> None:
        decoder = KeystrokeDecoder()
        assert decoder.settings == ScanSettings()
        assert scan_burst(decoder, GOOD) is not None


class TestScanSettings:
    def test_defaults(self) -> None:
        settings = ScanSettings()
        assert settings.terminators == frozenset({"\r", "\n", "\t"})
        assert settings.strip_codabar and settings.check_luhn
        assert (settings.prefix, settings.suffix) == ("", "")
        assert settings.max_interkey_ms == 35.0
        assert settings.min_scan_length == 4

    @pytest.mark.parametrize(
        "kwargs",
        [
            {"max_interkey_ms": -1.0},
            {"min_scan_length": 0},
            {"terminators": frozenset({"\r\n"})},
        ],
    )
    def test_nonsense_settings_are_rejected(self, kwargs: dict[str, object]) -> None:
        with pytest.raises(ValueError):
            ScanSettings(**kwargs)  # type: ignore[arg-type]


class TestScannerWithoutTerminator:
    """A scanner set to send no terminator: its burst's end is the scan."""

    def test_a_fast_burst_is_a_scan_when_it_ends(self):
        decoder = KeystrokeDecoder(ScanSettings(terminators=frozenset()))
        code = with_check_digit("3123400001234")
        for n, char in enumerate(code):
            assert decoder.feed(char, n * 5.0) is None
        scan = decoder.burst_ended()
        assert scan is not None and scan.code == code and scan.from_scanner
        assert decoder.pending == ""

    def test_slow_typing_is_not_a_scan(self):
        decoder = KeystrokeDecoder(ScanSettings(terminators=frozenset()))
        for n, char in enumerate("12345678"):
            decoder.feed(char, n * 200.0)
        assert decoder.burst_ended() is None
