"""Rule tests on hand-built parses (a package, so that its conftest does not shadow tests/conftest.py)."""
