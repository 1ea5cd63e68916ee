"""Fixtures for the courses tests (registered in tests/conftest.py)."""
