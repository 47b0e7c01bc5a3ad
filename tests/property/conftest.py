"""Property-based tests (hypothesis): any input either works or is refused clearly, and
never leaves the library changed halfway.

The "ci" profile (the default here) is derandomized: the same examples on every run, so
a failure in CI reproduces at the desk. ``HYPOTHESIS_PROFILE=explore`` searches afresh.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    derandomize=True,
    deadline=None,
    max_examples=60,
    print_blob=True,
    # One library file per test, shared by its examples: each example compares the
    # file before and after itself.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
settings.register_profile(
    "explore",
    parent=settings.get_profile("ci"),
    derandomize=False,
    max_examples=500,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
