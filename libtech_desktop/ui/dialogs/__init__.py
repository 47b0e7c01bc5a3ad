"""Editors the tabs open for one record at a time (never in the middle of a scan loop)."""
