"""`python -m pipeline evaluate` reports the same figures as the outside scorer."""

from __future__ import annotations

import re
import subprocess
import sys

from tests.conftest import GOLD, PROJECT_ROOT, SHARED


def test_evaluate_matches_score_warehouse(tmp_path, seeds_dir) -> None:
    warehouse_file = tmp_path / "w.duckdb"
    ours = subprocess.run(
        [
            sys.executable,
            "-m",
            "pipeline",
            "evaluate",
            "--raw",
            str(seeds_dir),
            "--gold",
            str(GOLD / "seeds.jsonl"),
            "--warehouse",
            str(warehouse_file),
            "-v",
        ],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert ours.returncode == 0, ours.stderr
    theirs = subprocess.run(
        [
            sys.executable,
            str(SHARED / "tools" / "score_warehouse.py"),
            str(warehouse_file),
            str(GOLD / "seeds.jsonl"),
            str(seeds_dir),
            "-v",
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert theirs.returncode == 0, theirs.stderr

    def lines(out: str) -> list[str]:
        return [line for line in out.splitlines() if re.match(r"^(\S+: tp=|MISS|EXTRA|core P=)", line)]

    assert lines(ours.stdout) == lines(theirs.stdout)
    assert any(line.startswith("core P=") for line in lines(ours.stdout))
