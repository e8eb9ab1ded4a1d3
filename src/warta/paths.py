"""Where the shared data lives (for eval and training; never needed at run time)."""

from __future__ import annotations

import os
from pathlib import Path


def shared_data() -> Path:
    """``$WARTA_SHARED_DATA`` or ``../shared/data`` next to the project checkout."""
    env = os.environ.get("WARTA_SHARED_DATA")
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    for parent in here.parents:
        candidate = parent / "shared" / "data"
        if candidate.is_dir():
            return candidate
        candidate = parent.parent / "shared" / "data"
        if (parent / "pyproject.toml").exists() and candidate.is_dir():
            return candidate
    return Path.cwd().parent / "shared" / "data"
