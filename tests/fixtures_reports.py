"""Fixtures for the reports tests (registered in tests/conftest.py)."""
