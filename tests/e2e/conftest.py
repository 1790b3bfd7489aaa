"""Shared end-to-end fixtures: a warehouse of the seeds built by the contract command, and a
`dagster dev` for the tests that need the daemon and the UI."""

import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.ingest import scan_folder
from tests.conftest import PROJECT_ROOT, RAW, SEEDS
from tests.e2e.dagster_dev import dagster_dev, wait_for

LOAD_TIMEOUT_S = 180


def contract_command(raw: Path, warehouse_file: Path, *extra: str) -> list[str]:
    """The warehouse contract's command line: `python -m pipeline run --raw DIR --warehouse FILE`."""
    return [
        sys.executable,
        "-m",
        "pipeline",
        "run",
        "--raw",
        str(raw),
        "--warehouse",
        str(warehouse_file),
        *extra,
    ]


def sample_reports() -> list:
    """The project's own sample reports in raw/ (not its README)."""
    return [f.path for f in scan_folder(RAW)]


@pytest.fixture(scope="session")
def running_dagster(tmp_path_factory):
    """`dagster dev` over a temporary copy of the project's sample reports, once they are loaded."""
    samples = sample_reports()
    with dagster_dev(tmp_path_factory.mktemp("dagster_dev"), samples) as dev:
        wait_for(
            lambda: (
                len(dev.query("SELECT source_file FROM dim_report UNION SELECT source_file FROM quarantine"))
                == len(samples)
            ),
            LOAD_TIMEOUT_S,
            "the sensor to load the sample reports",
            dev,
        )
        wait_for(
            lambda: all(run["status"] == "SUCCESS" for run in dev.sensor_runs()),
            LOAD_TIMEOUT_S,
            "the sensor's first run to finish",
            dev,
        )
        yield dev


@pytest.fixture(scope="session")
def seeds_warehouse(tmp_path_factory) -> Path:
    """`python -m pipeline run` over the seeds; charts and evidence pages are written beside it."""
    warehouse_file = tmp_path_factory.mktemp("seeds_warehouse") / "metrics.duckdb"
    result = subprocess.run(
        contract_command(SEEDS, warehouse_file),
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return warehouse_file
