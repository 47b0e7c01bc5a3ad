"""Password hashing for staff accounts: argon2id through argon2-cffi (issue 8).

Only the hash is ever stored. ``verify`` never raises for a wrong password; it says
whether the password matches and whether the hash should be renewed (the library's
parameters were raised since it was made).
"""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

_HASHER = PasswordHasher()


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def verify(stored_hash: str, password: str) -> tuple[bool, str | None]:
    """(whether ``password`` matches, a fresh hash to store instead — or ``None``)."""
    try:
        _HASHER.verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False, None
    return True, (_HASHER.hash(password) if _HASHER.check_needs_rehash(stored_hash) else None)
