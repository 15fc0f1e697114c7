"""Fixtures for the safety tests (the helpers themselves are in safetylib.py)."""
from __future__ import annotations

import pytest

from safetylib import run_script


@pytest.fixture
def sh(tmp_path, monkeypatch):
    """sh(text) -> Ran, run with a fresh empty folder as the working directory, so a test can
    check that nothing was written."""
    monkeypatch.chdir(tmp_path)
    return run_script
