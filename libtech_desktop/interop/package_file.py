"""The bookmobile package file (issue 7): one plaintext JSON header line, then the
payload as compressed JSON encrypted with AES-256-GCM.

The key comes from the passphrase by scrypt; the header line is the cipher's associated
data, so the expiry, the counts and the hub cannot be edited without the file failing to
open. :func:`read_header` needs no passphrase (the import dialog shows what a file is
before asking for it).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from libtech_desktop.domain.errors import InvalidInput, LibtechError

FORMAT = "libtech-bookmobile-package"
VERSION = 1
MIN_PASSPHRASE = 8
#: scrypt's cost: about 0.1 s on a desk PC, far too slow to guess passphrases quickly.
KDF_N, KDF_R, KDF_P = 2**15, 8, 1
_MAX_HEADER = 64 * 1024


class PackageFileError(LibtechError):
    """The file is not a package this program can open."""


class WrongPassphrase(LibtechError):
    """The passphrase does not open the package, or its bytes were changed."""


@dataclass(frozen=True)
class PackageHeader:
    """What a package says about itself in plain text (no patron data)."""

    package_id: str
    hub_device: str
    hub_name: str
    library_name: str
    prepared_at: datetime
    expires_at: datetime
    items: int
    patrons: int

    @property
    def source(self) -> str:
        """ "Riverside Library (Branch desk)", or the library's name alone."""
        if self.hub_name == self.library_name:
            return self.library_name
        return f"{self.library_name} ({self.hub_name})"


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise InvalidInput(
            f"The passphrase must be at least {MIN_PASSPHRASE} characters "
            f"(this one has {len(passphrase)}); a short sentence is easiest to remember."
        )


def write(path: Path, header: PackageHeader, payload: Mapping[str, Any], passphrase: str) -> None:
    """Encrypt ``payload`` under ``passphrase`` and write the file atomically."""
    check_passphrase(passphrase)
    salt, nonce = os.urandom(16), os.urandom(12)
    line = _header_line(header, salt, nonce)
    body = zlib.compress(json.dumps(payload, separators=(",", ":")).encode(), 9)
    sealed = AESGCM(_key(passphrase, salt)).encrypt(nonce, body, line)
    temp = path.with_name(path.name + ".part")
    try:
        with temp.open("wb") as f:
            f.write(line + b"\n" + sealed)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temp, path)
    except OSError as e:
        temp.unlink(missing_ok=True)
        raise PackageFileError(f"Could not write the package to {path}: {e.strerror}.") from e


def read_header(path: Path) -> PackageHeader:
    """The header, without the passphrase; :class:`PackageFileError` if not a package."""
    return _parse(_split(_read(path), path)[0], path)[0]


def read(path: Path, passphrase: str) -> tuple[PackageHeader, dict[str, Any]]:
    """The header and the decrypted payload."""
    line, sealed = _split(_read(path), path)
    header, fields = _parse(line, path)
    try:
        salt = base64.b64decode(fields["kdf"]["salt"], validate=True)
        nonce = base64.b64decode(fields["nonce"], validate=True)
        body = AESGCM(_key(passphrase, salt)).decrypt(nonce, sealed, line)
    except (InvalidTag, ValueError, KeyError, TypeError):
        raise WrongPassphrase(
            "The passphrase does not open this package, or the file was changed."
        ) from None
    try:
        payload = json.loads(zlib.decompress(body))
    except (zlib.error, ValueError) as e:
        raise PackageFileError(f"{path.name}: the package's contents are damaged.") from e
    if not isinstance(payload, dict):
        raise PackageFileError(f"{path.name}: the package's contents are damaged.")
    return header, payload


#: scrypt needs 128 * r * n bytes (32 MiB here): OpenSSL's default ceiling is that exactly.
_KDF_MAXMEM = 2 * 128 * KDF_R * KDF_N


def _key(passphrase: str, salt: bytes) -> bytes:
    """scrypt (RFC 7914) through hashlib, which lets go of Python's lock while it works
    (cryptography's ``Scrypt``, the same function, held it for 0.1 s: the desk's window
    stalled while a package opened)."""
    return hashlib.scrypt(
        passphrase.encode(), salt=salt, n=KDF_N, r=KDF_R, p=KDF_P, maxmem=_KDF_MAXMEM, dklen=32
    )


def _header_line(header: PackageHeader, salt: bytes, nonce: bytes) -> bytes:
    fields = {
        "format": FORMAT,
        "version": VERSION,
        "package_id": header.package_id,
        "hub_device": header.hub_device,
        "hub_name": header.hub_name,
        "library_name": header.library_name,
        "prepared_at": header.prepared_at.isoformat(),
        "expires_at": header.expires_at.isoformat(),
        "counts": {"items": header.items, "patrons": header.patrons},
        "kdf": {
            "name": "scrypt",
            "n": KDF_N,
            "r": KDF_R,
            "p": KDF_P,
            "salt": base64.b64encode(salt).decode(),
        },
        "cipher": "AES-256-GCM",
        "nonce": base64.b64encode(nonce).decode(),
    }
    return json.dumps(fields, separators=(",", ":"), ensure_ascii=True).encode()


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise PackageFileError(f"There is no file {path}.") from None
    except OSError as e:
        raise PackageFileError(f"Could not read {path}: {e.strerror}.") from e


def _split(data: bytes, path: Path) -> tuple[bytes, bytes]:
    end = data.find(b"\n", 0, _MAX_HEADER)
    if end < 0:
        raise _not_a_package(path)
    return data[:end], data[end + 1 :]


def _not_a_package(path: Path) -> PackageFileError:
    return PackageFileError(
        f"{path.name} is not a bookmobile package (prepare one with Bookmobile → "
        "Prepare package, or `libtech sync prepare`)."
    )


def _parse(line: bytes, path: Path) -> tuple[PackageHeader, dict[str, Any]]:
    try:
        fields = json.loads(line)
    except ValueError:
        raise _not_a_package(path) from None
    if not isinstance(fields, dict) or fields.get("format") != FORMAT:
        raise _not_a_package(path)
    version = fields.get("version")
    if not isinstance(version, int) or version > VERSION:
        raise PackageFileError(
            f"{path.name} is a package of version {version}, made by a newer LibTech Desk; "
            f"this one reads version {VERSION}. Update the program on this computer."
        )
    try:
        counts = fields["counts"]
        header = PackageHeader(
            package_id=str(fields["package_id"]),
            hub_device=str(fields["hub_device"]),
            hub_name=str(fields["hub_name"]),
            library_name=str(fields["library_name"]),
            prepared_at=_instant(fields["prepared_at"]),
            expires_at=_instant(fields["expires_at"]),
            items=int(counts["items"]),
            patrons=int(counts["patrons"]),
        )
    except (KeyError, TypeError, ValueError):
        raise PackageFileError(f"{path.name}: the package's header is damaged.") from None
    return header, fields


def _instant(text: Any) -> datetime:
    value = datetime.fromisoformat(str(text))
    if value.tzinfo is None:
        raise ValueError("naive instant")
    return value
