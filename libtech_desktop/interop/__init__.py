"""Exchange formats (MARC 21 today), in plain Python: no storage, no Qt."""
