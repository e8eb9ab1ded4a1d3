from __future__ import annotations

from pathlib import Path

import pytest

from warta.paths import shared_data

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "kyiv-2024-12-17.txt"


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared/data, or skip: the real corpora are not part of the project."""
    path = shared_data()
    if not path.is_dir():
        pytest.skip(f"shared data not found at {path} (set WARTA_SHARED_DATA)")
    return path


@pytest.fixture(scope="session")
def example_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")
