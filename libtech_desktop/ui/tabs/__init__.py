"""One tab per desk workflow; each composes its Designer form and talks only to services."""
