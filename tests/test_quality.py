"""The code stays ruff- and mypy-clean (both are test dependencies)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is a test dependency and must be installed")
    return found


def test_ruff_clean() -> None:
    done = subprocess.run(
        [_tool("ruff"), "check", "evidence_audit", "testkit", "tests", "tools", "bench"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_strict_clean() -> None:
    done = subprocess.run(
        [_tool("mypy"), "--config-file", str(ROOT / "pyproject.toml"), str(ROOT / "evidence_audit"),
         str(ROOT / "testkit")],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
