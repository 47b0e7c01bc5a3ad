"""Plain-Python library rules: no Qt, no SQLAlchemy."""
