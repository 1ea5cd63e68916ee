"""Fixtures for the quizzes tests (registered in tests/conftest.py)."""
