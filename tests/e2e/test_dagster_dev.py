"""Drop a report into the raw folder while `dagster dev` runs: the warehouse follows, no command typed."""

import shutil

from tests.e2e.conftest import LOAD_TIMEOUT_S, sample_reports
from tests.e2e.dagster_dev import wait_for


def observations_of(dev, name: str) -> int:
    return dev.query("SELECT count(*) FROM v_observations WHERE source_file = ?", [name])[0][0]


def test_a_dropped_file_is_loaded_and_a_deleted_one_removed(running_dagster, seeds_dir) -> None:
    dev = running_dagster
    # The sensor runs under `dagster dev` by default: the samples were loaded by a run it launched.
    launched = dev.sensor_runs()
    assert launched and all(run["jobName"] == "sync_raw_folder" for run in launched)
    assert any(run["status"] == "SUCCESS" for run in launched)

    seed = sorted(seeds_dir.glob("*.txt"))[0]
    shutil.copy(seed, dev.raw / seed.name)
    count = wait_for(
        lambda: observations_of(dev, seed.name), LOAD_TIMEOUT_S, f"{seed.name} to be loaded", dev
    )
    assert count > 0
    assert len(dev.sensor_runs()) == len(launched) + 1  # one run for the dropped file

    (dev.raw / seed.name).unlink()
    wait_for(
        lambda: not dev.query("SELECT 1 FROM dim_report WHERE source_file = ?", [seed.name]),
        LOAD_TIMEOUT_S,
        f"{seed.name} to be removed",
        dev,
    )
    assert observations_of(dev, seed.name) == 0
    # The samples are untouched.
    samples = {p.name for p in sample_reports()}
    held = dev.query("SELECT source_file FROM dim_report UNION SELECT source_file FROM quarantine")
    assert {name for (name,) in held} == samples
