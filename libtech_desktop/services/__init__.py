"""Use cases: one unit of work per call, frozen results, no Qt, no SQL."""
