"""What encrypting a library at rest needs from storage (issue 8)."""

from __future__ import annotations

from typing import Protocol


class EncryptionStore(Protocol):
    """Filled by the encryption workflow (``db/encryption.py``)."""
