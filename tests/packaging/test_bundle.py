"""The built desktop bundle (dist/composer, from `make package`): runs
packaging/smoke_test.sh on it. Without a built bundle the test is skipped; the test
script (scripts/test.sh) builds one and runs the smoke test after pytest."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BUNDLE = REPO / "dist" / "composer"


@pytest.mark.skipif(
    not (BUNDLE / "composer").is_file(),
    reason="no built bundle in dist/composer: build it with `make package` "
    "(bash packaging/build.sh)",
)
def test_smoke_test_passes_on_the_built_bundle():
    result = subprocess.run(
        ["bash", str(REPO / "packaging" / "smoke_test.sh"), str(BUNDLE)],
        capture_output=True, text=True, timeout=900, check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "smoke: all checks passed" in result.stdout
