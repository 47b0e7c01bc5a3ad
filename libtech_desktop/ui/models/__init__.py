"""Table models: immutable rows, columns declared once."""
