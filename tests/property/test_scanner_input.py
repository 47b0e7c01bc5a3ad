"""Anything a scanner (or a hand on the keyboard) can send gives a clean code or a clear
refusal: never another exception, and an unknown code changes nothing."""

from __future__ import annotations

import sqlite3

from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from libtech_desktop.domain.barcodes import is_valid_luhn, with_check_digit
from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.scanning.decoder import KeystrokeDecoder, ScanSettings, normalize

TERMINATORS = "\r\n\t"

#: Text as scanners send it: digits and Codabar, letters, whitespace and terminators,
#: control characters, and any Unicode at all.
scanned_text = st.one_of(
    st.text(),
    st.text(alphabet="0123456789ABCDabcd-$:/.+ \r\n\t\x00\x1b"),
    st.builds(
        lambda body, left, right: left + body + right,
        st.from_regex(r"[0-9]{13}", fullmatch=True).map(with_check_digit),
        st.sampled_from(["", " ", "A", "\t", "\r\n", "\x02"]),
        st.sampled_from(["", " ", "B", "\t", "\r", "\x03"]),
    ),
)

scan_settings = st.builds(
    ScanSettings,
    terminators=st.sets(st.sampled_from(list(TERMINATORS + "#~")), min_size=1).map(frozenset),
    strip_codabar=st.booleans(),
    check_luhn=st.booleans(),
    prefix=st.sampled_from(["", "]C1", "*", " "]),
    suffix=st.sampled_from(["", "*", "#", " "]),
    max_interkey_ms=st.floats(0, 100),
    min_scan_length=st.integers(1, 8),
)


def assert_clean(code: str, settings: ScanSettings) -> None:
    assert code, "an empty code came through"
    for end in (code[0], code[-1]):
        assert not end.isspace() and end not in settings.terminators, repr(code)
    if settings.check_luhn and len(code) == 14 and code.isascii() and code.isdigit():
        assert is_valid_luhn(code), code


@hypothesis_settings(max_examples=300)  # pure: microseconds each
@given(raw=scanned_text, settings=scan_settings)
def test_any_text_gives_a_clean_code_or_a_clear_refusal(raw, settings):
    try:
        scan = normalize(raw, settings)
    except LibtechError as refused:
        assert str(refused).strip(), "a refusal must say why"
        return
    assert_clean(scan.code, settings)
    assert scan.raw == raw


@given(
    keys=st.lists(
        st.tuples(
            st.one_of(st.text(max_size=2), st.sampled_from(list(TERMINATORS))),
            st.floats(-50, 200, allow_nan=False),
        ),
        max_size=60,
    ),
    settings=scan_settings,
)
def test_any_keystrokes_give_clean_scans_or_clear_refusals(keys, settings):
    decoder = KeystrokeDecoder(settings)
    now = 0.0
    for char, gap in keys:
        now += gap
        try:
            scan = decoder.feed(char, now)
        except LibtechError as refused:
            assert str(refused).strip()
            assert decoder.pending == ""  # the buffer is cleared either way
            continue
        if scan is not None:
            assert scan.from_scanner
            assert_clean(scan.code, settings)


@given(raw=scanned_text)
def test_any_scan_at_the_desk_is_found_or_refused_and_changes_nothing(library, db_path, raw):
    """The check-out and check-in screens take whatever the scanner sends."""
    before = snapshot(db_path)
    for action in (
        lambda: library.circulation.scan_at_checkout(None, raw),
        lambda: library.circulation.checkin(raw),
        lambda: library.catalogue.search(raw),
    ):
        try:
            action()
        except LibtechError as refused:
            assert str(refused).strip()
    assert snapshot(db_path) == before


def snapshot(path) -> tuple[int, ...]:
    db = sqlite3.connect(path)
    try:
        return tuple(
            db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("loans", "journal", "patrons", "items", "fines")
        )
    finally:
        db.close()
