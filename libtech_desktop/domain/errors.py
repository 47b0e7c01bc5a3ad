"""Expected problems a technician can act on.

Anything raised that is *not* a :class:`LibtechError` is a bug: the front ends
log it with its traceback and show it as such. A ``LibtechError`` is shown as
its message alone, so every message must read well at the desk.
"""

from __future__ import annotations


class LibtechError(Exception):
    """An expected problem, worded for the technician."""

    #: Short machine-readable kind, used by the CLI's JSON output and by tests.
    code: str = "error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class NotFound(LibtechError):
    code = "not_found"


class UnknownPatron(NotFound):
    code = "unknown_patron"


class UnknownItem(NotFound):
    code = "unknown_item"


class UnknownRecord(NotFound):
    code = "unknown_record"


class InvalidInput(LibtechError):
    """Input that cannot be accepted as typed (a malformed barcode, a bad date)."""

    code = "invalid_input"


class CheckDigitError(InvalidInput):
    code = "check_digit"


class MergeRefused(LibtechError):
    """Two records cannot be merged (a record into itself...)."""

    code = "merge_refused"


class DuplicateBarcode(LibtechError):
    code = "duplicate_barcode"


class CirculationRefused(LibtechError):
    """The circulation rules forbid the action."""

    code = "refused"


class PatronExpired(CirculationRefused):
    code = "patron_expired"


class PatronBlocked(CirculationRefused):
    code = "patron_blocked"


class LoanLimitReached(CirculationRefused):
    code = "loan_limit"


class ItemNotLoanable(CirculationRefused):
    code = "item_not_loanable"


class RenewalRefused(CirculationRefused):
    code = "renewal_refused"


class NotOnLoan(LibtechError):
    code = "not_on_loan"


class AuthorityConflict(LibtechError):
    """A subject authority or "use" reference would clash with the list as it stands."""

    code = "authority_conflict"


class StorageError(LibtechError):
    """The library file could not be written (busy, read-only, disk full): the action
    was not done, and everything confirmed before it is still there."""

    code = "storage"


class LibraryBusy(StorageError):
    """Another program (a second window, the command line) held the write lock longer
    than the busy timeout."""

    code = "busy"


class LibraryReadOnly(StorageError):
    code = "read_only"


class DiskFull(StorageError):
    code = "disk_full"
