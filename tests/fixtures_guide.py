"""Fixtures for the guide tests (registered in tests/conftest.py)."""
