"""Who is acting: every service call is made on behalf of a staff member.

Until logins exist (the trust issue) everyone is the built-in desk account; the
seam is here so that permissions can be checked later without touching callers.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    """The staff member on whose behalf a service call is made."""

    username: str
    display_name: str


DESK_ACCOUNT = Actor(username="desk", display_name="Desk")
