"""DuckDB allows one writing process: runs must survive an analyst's open connection and each other.

A real second process holds `duckdb.connect(published, read_only=True)` open and
keeps querying while `python -m pipeline run` loads the seeds twice, then while
two runs overlap. Every run must succeed and the published file must end with
every report and the same rows as a run on its own.
"""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import duckdb

from tests.conftest import PROJECT_ROOT
from tests.e2e.conftest import contract_command

# The analyst: one connection held open for the whole test, queried in a loop, plus a fresh
# read-only connection now and then (as a notebook re-run would open).
READER = r"""
import json, sys, time
from pathlib import Path
import duckdb

published, stop = sys.argv[1], Path(sys.argv[2])
held = duckdb.connect(published, read_only=True)
first = held.execute("SELECT count(*) FROM v_observations").fetchone()[0]
print(json.dumps({"ready": first}), flush=True)
queries, reopened, errors, seen, fresh_seen = 0, 0, [], set(), set()
while not stop.exists():
    try:
        seen.add(held.execute("SELECT count(*) FROM v_observations").fetchone()[0])
        queries += 1
        if queries % 25 == 0:
            fresh = duckdb.connect(published, read_only=True)
            fresh_seen.add(fresh.execute("SELECT count(*) FROM v_observations").fetchone()[0])
            fresh.close()
            reopened += 1
    except Exception as exc:
        errors.append(f"{type(exc).__name__}: {exc}")
    time.sleep(0.02)
held.close()
print(json.dumps({"queries": queries, "reopened": reopened, "errors": errors[:5], "held_counts": sorted(seen),
                  "fresh_counts": sorted(fresh_seen)}))
"""


def pipeline_run(raw: Path, warehouse_file: Path, *extra: str) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "DAGSTER_HOME"}
    return subprocess.Popen(
        contract_command(raw, warehouse_file, *extra),
        cwd=PROJECT_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(process: subprocess.Popen) -> tuple[int, str]:
    out, err = process.communicate(timeout=600)
    return process.returncode, out + err


def snapshot(warehouse_file: Path) -> tuple[int, list[tuple]]:
    con = duckdb.connect(str(warehouse_file), read_only=True)
    try:
        reports = con.execute("SELECT count(*) FROM dim_report").fetchone()[0]
        rows = con.execute(
            "SELECT source_file, metric_code, value, period, raw_start, raw_end FROM v_observations ORDER BY ALL"
        ).fetchall()
        return reports, rows
    finally:
        con.close()


def test_runs_survive_a_reader_and_each_other(tmp_path, seeds_dir) -> None:
    warehouse_file = tmp_path / "metrics.duckdb"
    code, log = finish(pipeline_run(seeds_dir, warehouse_file, "--full"))
    assert code == 0, log
    reports, baseline = snapshot(warehouse_file)
    assert reports == len(list(seeds_dir.glob("*.txt"))) == 5

    stop = tmp_path / "stop-reading"
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(warehouse_file), str(stop)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        ready = json.loads(reader.stdout.readline())
        assert ready["ready"] == len(baseline)

        # Two runs one after the other while the analyst's connection stays open.
        for _ in range(2):
            code, log = finish(pipeline_run(seeds_dir, warehouse_file, "--full"))
            assert code == 0, log
            assert snapshot(warehouse_file) == (5, baseline)

        # Two runs at once: the write lock makes them take turns; neither fails, nothing is lost.
        started = time.perf_counter()
        both = [pipeline_run(seeds_dir, warehouse_file, "--full") for _ in range(2)]
        assert all(p.poll() is None for p in both)  # both running at once
        outcomes = [finish(p) for p in both]
        assert [code for code, _ in outcomes] == [0, 0], [log for _, log in outcomes]
        assert time.perf_counter() - started < 300
        assert snapshot(warehouse_file) == (5, baseline)
    finally:
        stop.touch()
        out, err = reader.communicate(timeout=60)
    summary = json.loads(out.strip().splitlines()[-1])
    assert reader.returncode == 0, err
    assert summary["errors"] == []
    assert summary["queries"] > 10 and summary["reopened"] >= 1
    # The held connection kept reading its snapshot the whole time.
    assert summary["held_counts"] == [len(baseline)]
    # Connections opened during the runs always found a complete published file.
    assert summary["fresh_counts"] == [len(baseline)]
