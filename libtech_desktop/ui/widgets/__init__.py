"""Widgets other forms embed (the record editor's suggestions panel...)."""
