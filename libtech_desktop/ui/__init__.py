"""The Qt GUI. Only this package (and app.py) imports PySide6; it talks only to services."""
