"""``libtech-desktop --self-test``: headless proof that a build works (issue 10).

Opens a temporary library, migrates it, checks one item out and in, renders one
label, and returns 0 only if all of that worked. Used by ``installer/build.py`` on
the built bundle. (Scaffold: the installer engineer fills this in.)
"""

from __future__ import annotations


def run_self_test() -> int:
    """Exit status: 0 when every step worked; each step's outcome goes to stdout."""
    print("self-test: not implemented yet")
    return 1
