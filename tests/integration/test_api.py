"""The Python API exactly as the issue writes it, for scripts and notebooks."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime

import pytest

import libtech_desktop
from libtech_desktop import LibtechError, open_library


def test_the_api_lends_renews_and_returns(db_path, clock):
    with open_library(db_path, clock=clock) as lib:
        lib.patrons.register(barcode="21234000000019", name="Lovelace, Ada", category="adult")
        biblio_id = lib.catalogue.add_biblio(
            title="Middlemarch", author="Eliot, George", isbn=None, year=None
        ).id
        lib.catalogue.add_item(
            biblio_id, barcode="31234000000017", call_number=None, item_type=None
        )

        loan = lib.circulation.checkout("21234000000019", "31234000000017")
        assert isinstance(loan.due, date)
        assert not isinstance(loan.due, datetime)
        assert loan.due == date(2026, 3, 23)

        clock.advance(days=7)
        renewed = lib.circulation.renew("31234000000017")
        assert renewed.due == date(2026, 3, 30)

        clock.advance(days=23)  # 2026-04-01
        returned = lib.circulation.checkin("31234000000017")
        assert returned.loan is not None
        assert returned.days_overdue == 2
        assert "OVERDUE by 2 days" in returned.message


def test_open_library_accepts_a_string_path_and_creates_the_file(tmp_path, clock):
    path = tmp_path / "new.sqlite3"

    with open_library(str(path), clock=clock) as lib:
        assert [c.code for c in lib.patrons.categories()] == [
            "adult",
            "child",
            "staff",
            "teacher",
            "institution",
        ]

    assert path.exists()


def test_open_library_without_a_path_uses_libtech_db(tmp_path, monkeypatch, clock):
    path = tmp_path / "from-env.sqlite3"
    monkeypatch.setenv("LIBTECH_DB", str(path))

    with open_library(clock=clock) as lib:
        lib.patrons.register(barcode="2001", name="Lovelace, Ada")

    assert path.exists()
    with open_library(path, clock=clock) as lib:
        assert lib.patrons.get("2001").name == "Lovelace, Ada"


def test_open_library_works_without_a_clock(tmp_path):
    # Real time: what a script gets by default.
    with open_library(tmp_path / "lib.sqlite3") as lib:
        lib.patrons.register(barcode="2001", name="Lovelace, Ada")
        biblio = lib.catalogue.add_biblio(title="Middlemarch")
        lib.catalogue.add_item(biblio.id, barcode="3001")
        loan = lib.circulation.checkout("2001", "3001")
    assert (loan.due - loan.checked_out.astimezone().date()).days >= 21


def test_importing_the_package_does_not_import_qt():
    code = (
        "import sys, libtech_desktop\n"
        "from libtech_desktop import open_library, LibtechError\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_libtech_error_is_exported():
    assert libtech_desktop.LibtechError is LibtechError
    assert issubclass(LibtechError, Exception)
    with pytest.raises(AttributeError):
        libtech_desktop.no_such_thing  # noqa: B018


@pytest.fixture
def lib(db_path, clock):
    with open_library(db_path, clock=clock) as lib:
        lib.patrons.register(barcode="2001", name="Lovelace, Ada", category="adult")
        lib.patrons.register(barcode="2002", name="Hopper, Grace", category="adult")
        lib.patrons.block("2002", "Lost two DVDs")
        biblio = lib.catalogue.add_biblio(title="Middlemarch", author="Eliot, George")
        lib.catalogue.add_item(biblio.id, barcode="3001")
        lib.catalogue.add_item(biblio.id, barcode="3002")
        lib.catalogue.add_item(biblio.id, barcode="3003")
        lib.circulation.checkout("2001", "3002")
        lib.repairs.mark_damaged("3003", "Spine broken")
        yield lib


REFUSALS = [
    ("unknown patron", lambda lib: lib.circulation.checkout("2999", "3001"), "2999"),
    ("unknown item", lambda lib: lib.circulation.checkout("2001", "3999"), "3999"),
    ("blocked", lambda lib: lib.circulation.checkout("2002", "3001"), "Lost two DVDs"),
    ("in repair", lambda lib: lib.circulation.checkout("2001", "3003"), "in repair"),
    ("already lent", lambda lib: lib.circulation.checkout("2001", "3002"), "already on loan"),
    ("renew not on loan", lambda lib: lib.circulation.renew("3001"), "not on loan"),
    ("checkin unknown", lambda lib: lib.circulation.checkin("3999"), "3999"),
    ("bad isbn", lambda lib: lib.catalogue.add_biblio(title="X", isbn="123"), "not a valid ISBN"),
    ("bad year", lambda lib: lib.catalogue.add_biblio(title="X", year=3000), "plausible year"),
    ("no record", lambda lib: lib.catalogue.add_item(999, barcode="3100"), "999"),
    ("item type", lambda lib: lib.catalogue.add_item(1, barcode="3100", item_type="vhs"), "vhs"),
    ("item barcode", lambda lib: lib.catalogue.add_item(1, barcode="3001"), "3001"),
    (
        "patron barcode",
        lambda lib: lib.patrons.register(barcode="2001", name="Someone, Else"),
        "2001",
    ),
    (
        "category",
        lambda lib: lib.patrons.register(barcode="2100", name="A, B", category="vip"),
        "vip",
    ),
    ("no block reason", lambda lib: lib.patrons.block("2001", ""), "reason"),
]


@pytest.mark.parametrize(
    ("action", "words"), [(r[1], r[2]) for r in REFUSALS], ids=[r[0] for r in REFUSALS]
)
def test_every_refusal_is_a_readable_libtech_error(lib, action, words):
    with pytest.raises(LibtechError) as refused:
        action(lib)

    message = str(refused.value)
    assert words in message
    assert message == refused.value.message
    assert message[0].isupper() or message[0].isdigit()
    assert "Traceback" not in message
    assert "sqlalchemy" not in message.lower()
    assert "\n" not in message
