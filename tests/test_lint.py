"""The linter (ruff, configured in pyproject.toml) passes on the package, the tests and the benchmarks."""
from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from conftest import ROOT


def test_ruff_finds_nothing():
    if shutil.which("ruff") is None and subprocess.run([sys.executable, "-m", "ruff", "--version"],
                                                       capture_output=True).returncode != 0:
        pytest.skip("ruff is not installed: pip install -e '.[dev]'")
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "kg", "tests", "bench"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
