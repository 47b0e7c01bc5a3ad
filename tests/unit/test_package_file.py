"""The bookmobile package file format (issue 7): a plaintext header line, then the
payload compressed and sealed with AES-256-GCM under a scrypt key from the passphrase."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest

from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.interop import package_file
from libtech_desktop.interop.package_file import PackageFileError, PackageHeader, WrongPassphrase

PASS = "correct horse battery"
AT = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
HEADER = PackageHeader(
    package_id="5f0c3c1e-0000-4000-8000-000000000001",
    hub_device="hub-device",
    hub_name="Branch desk",
    library_name="Riverside Library",
    prepared_at=AT,
    expires_at=AT + timedelta(days=14),
    items=2,
    patrons=1,
)
PAYLOAD = {"patrons": [{"barcode": "29999000000011", "name": "Lovelace, Ada"}]}


@pytest.fixture
def written(tmp_path):
    path = tmp_path / "trip.lbp"
    package_file.write(path, HEADER, PAYLOAD, PASS)
    return path


def test_round_trip_and_the_header_reads_without_the_passphrase(written):
    assert package_file.read_header(written) == HEADER
    assert package_file.read(written, PASS) == (HEADER, PAYLOAD)
    first = written.read_bytes().split(b"\n", 1)[0]
    assert b'"format":"libtech-bookmobile-package"' in first
    assert b"Lovelace" not in written.read_bytes()
    assert not list(written.parent.glob("*.part"))


def test_deriving_the_key_takes_well_under_a_second():
    start = time.perf_counter()
    package_file._key(PASS, b"0123456789abcdef")
    assert time.perf_counter() - start < 1.0


def test_a_wrong_passphrase_a_flipped_byte_and_an_edited_header_are_refused(written, tmp_path):
    with pytest.raises(WrongPassphrase, match="does not open this package"):
        package_file.read(written, "not the passphrase")
    data = written.read_bytes()
    flipped = bytearray(data)
    flipped[-1] ^= 0x80
    edited = data.replace(b'"patrons":1', b'"patrons":9', 1)
    assert edited != data
    for n, changed in enumerate((bytes(flipped), edited)):
        path = tmp_path / f"changed{n}.lbp"
        path.write_bytes(changed)
        with pytest.raises(WrongPassphrase, match="or the file was changed"):
            package_file.read(path, PASS)


def test_a_truncated_file_is_refused(written, tmp_path):
    data = written.read_bytes()
    cut = tmp_path / "cut.lbp"
    cut.write_bytes(data[: len(data) - 10])
    with pytest.raises(WrongPassphrase):
        package_file.read(cut, PASS)
    cut.write_bytes(data[:40])
    with pytest.raises(PackageFileError, match="not a bookmobile package"):
        package_file.read_header(cut)


def test_not_a_package_and_a_newer_version_are_explained(tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("hello\nworld\n")
    with pytest.raises(PackageFileError, match="not a bookmobile package"):
        package_file.read_header(text)
    newer = tmp_path / "newer.lbp"
    newer.write_bytes(b'{"format":"libtech-bookmobile-package","version":9}\nxx')
    with pytest.raises(PackageFileError, match="newer LibTech Desk"):
        package_file.read_header(newer)
    with pytest.raises(PackageFileError, match="There is no file"):
        package_file.read_header(tmp_path / "missing.lbp")


def test_a_short_passphrase_is_refused_and_says_how_long(tmp_path):
    with pytest.raises(InvalidInput, match="at least 8 characters"):
        package_file.write(tmp_path / "x.lbp", HEADER, PAYLOAD, "1234567")
    assert not (tmp_path / "x.lbp").exists()


@pytest.mark.parametrize("passphrase", ["correct horse battery", "pässwörd ünïcode"])
def test_the_key_is_the_scrypt_packages_were_always_sealed_with(passphrase: str) -> None:
    # hashlib's scrypt (which lets the desk's window repaint while it works) derives the
    # very key cryptography's Scrypt did: packages sealed before still open.
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    salt = bytes(range(16))
    before = Scrypt(
        salt=salt, length=32, n=package_file.KDF_N, r=package_file.KDF_R, p=package_file.KDF_P
    ).derive(passphrase.encode())
    assert package_file._key(passphrase, salt) == before
