"""Fixtures for the learners tests (registered in tests/conftest.py)."""
