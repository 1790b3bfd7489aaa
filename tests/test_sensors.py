"""The raw-folder sensor, tick by tick, over a temporary folder (`build_sensor_context`).

The daemon applies a tick's partition requests before it launches runs; `tick`
does the same, so consecutive ticks see the partitions earlier ticks made.
"""

import json

import dagster as dg
import duckdb
import pytest
from dagster._core.storage.tags import ASSET_PARTITION_RANGE_START_TAG

from assets import raw_folder
from assets.definitions import build_definitions
from assets.jobs import REFRESH_ONLY
from assets.partitions import REPORTS, file_of, partition_key
from assets.resources import PipelineConfig, stage_store_for
from tests.sensor_support import (
    UNDECODABLE,
    added,
    deleted,
    folder_config,
    partitions,
    settle,
    temporary_instance,
    the_range,
    tick,
    write_report,
)


@pytest.fixture()
def instance(tmp_path):
    yield from temporary_instance(tmp_path)


@pytest.fixture()
def config(tmp_path) -> PipelineConfig:
    return folder_config(tmp_path)


def test_new_files_become_partitions_loaded_by_one_run(instance, config) -> None:
    raw = config.raw_path
    for name in ("b_report.txt", "a_report.md", "c_report.html"):
        write_report(raw, name)
    result = tick(instance, config, None)
    keys = partitions(instance)
    assert [file_of(k) for k in keys] == ["a_report.md", "b_report.txt", "c_report.html"]
    assert added(result) == keys and not deleted(result)
    assert len(result.run_requests) == 1
    request = result.run_requests[0]
    assert the_range(request) == (keys[0], keys[-1])
    assert request.run_key and request.asset_selection is None  # the whole sync job over the range
    assert json.loads(result.cursor)["files"] == 3


def test_a_tick_over_an_unchanged_folder_requests_nothing_and_hashes_nothing(
    instance, config, monkeypatch
) -> None:
    for i in range(5):
        write_report(config.raw_path, f"r{i}.txt", cases=100 + i)
    first = tick(instance, config, None)
    hashed = []
    real = raw_folder.file_sha256
    monkeypatch.setattr(raw_folder, "file_sha256", lambda p: hashed.append(p) or real(p))
    second = tick(instance, config, first.cursor)
    assert not second.run_requests and not second.dynamic_partitions_requests
    assert second.skip_reason is not None and "unchanged" in second.skip_reason.skip_message
    assert hashed == []
    assert second.cursor == first.cursor


def test_state_survives_a_restart_and_a_lost_index(instance, config) -> None:
    write_report(config.raw_path, "kept.txt")
    first = tick(instance, config, None)
    # A restarted daemon evaluates a fresh context with the stored cursor against the same instance.
    assert not tick(instance, config, first.cursor).run_requests
    # Losing the index only costs a re-hash: the partitions still say what is loaded.
    config.raw_index_path.unlink()
    again = tick(instance, config, first.cursor)
    assert not again.run_requests and not again.dynamic_partitions_requests
    assert config.raw_index_path.exists()


def test_a_changed_file_is_a_new_partition_and_its_old_version_retires(instance, config) -> None:
    path = write_report(config.raw_path, "x.txt", cases=10)
    write_report(config.raw_path, "y.txt", cases=20)
    first = tick(instance, config, None)
    old_key = next(k for k in partitions(instance) if file_of(k) == "x.txt")
    store = stage_store_for(config)
    stored = store._path(dg.AssetKey("raw_reports"), old_key)
    stored.parent.mkdir(parents=True, exist_ok=True)
    stored.write_bytes(b"old version's stage output")

    path.write_text(path.read_text(encoding="utf-8") + "\n补充：全年办结案件9件。\n", encoding="utf-8")
    settle(path, 30)
    result = tick(instance, config, first.cursor)
    new_key = partition_key("x.txt", raw_folder.file_sha256(path))
    assert added(result) == [new_key] and deleted(result) == [old_key]
    assert [file_of(k) for k in partitions(instance)] == ["y.txt", "x.txt"]
    assert partitions(instance)[-1] == new_key
    (request,) = result.run_requests
    assert the_range(request) == (new_key, new_key)
    assert not stored.exists()


def test_a_removed_file_retires_its_partition_and_refreshes_the_warehouse(instance, config) -> None:
    write_report(config.raw_path, "stay.txt", cases=5)
    gone = write_report(config.raw_path, "leave.txt", cases=6)
    first = tick(instance, config, None)
    gone_key = next(k for k in partitions(instance) if file_of(k) == "leave.txt")
    gone.unlink()
    result = tick(instance, config, first.cursor)
    assert deleted(result) == [gone_key] and not added(result)
    assert [file_of(k) for k in partitions(instance)] == ["stay.txt"]
    (request,) = result.run_requests
    assert list(request.asset_selection) == REFRESH_ONLY
    assert ASSET_PARTITION_RANGE_START_TAG not in request.tags


def test_a_bad_file_still_gets_a_partition_and_a_run(instance, config) -> None:
    (config.raw_path / "garbled.txt").write_bytes(UNDECODABLE)
    settle(config.raw_path / "garbled.txt")
    (config.raw_path / "notes.pdf").write_bytes(b"%PDF-1.4 not a report format")  # not a report suffix
    result = tick(instance, config, None)
    assert [file_of(k) for k in partitions(instance)] == ["garbled.txt"]
    assert len(result.run_requests) == 1


def test_a_file_still_being_written_waits_for_the_next_tick(instance, config) -> None:
    config = config.model_copy(update={"settle_seconds": 30.0})
    write_report(config.raw_path, "old.txt")
    fresh = write_report(config.raw_path, "copying.txt", age_s=0)
    first = tick(instance, config, None)
    assert [file_of(k) for k in partitions(instance)] == ["old.txt"]
    assert "waiting" not in (first.skip_reason.skip_message if first.skip_reason else "")
    settle(fresh, 60)
    second = tick(instance, config, first.cursor)
    assert [file_of(k) for k in added(second)] == ["copying.txt"]
    # A file being rewritten keeps its partition meanwhile: it is not taken for removed.
    fresh.write_text("重写中", encoding="utf-8")
    third = tick(instance, config, second.cursor)
    assert not third.dynamic_partitions_requests and not third.run_requests
    assert "waiting for 1 file" in third.skip_reason.skip_message


def test_a_bulk_drop_is_one_run(instance, config) -> None:
    for i in range(400):
        write_report(config.raw_path, f"bulk_{i:04d}.txt", cases=i + 1)
    result = tick(instance, config, None)
    keys = partitions(instance)
    assert len(keys) == 400 and len(result.run_requests) == 1
    assert the_range(result.run_requests[0]) == (keys[0], keys[-1])
    assert result.run_requests[0].tags["reports"] == "400"


def test_run_keys_are_stable_for_a_retried_tick_and_new_for_a_reverted_file(instance, config) -> None:
    path = write_report(config.raw_path, "flip.txt", cases=1)
    version_a = path.read_bytes()
    first = tick(instance, config, None)
    path.write_text("改动后的版本：全年立案2件。", encoding="utf-8")
    settle(path, 30)
    second = tick(instance, config, first.cursor)
    path.write_bytes(version_a)
    settle(path, 10)
    # The daemon retries a failed tick with the cursor it started from: same run key, so no second run.
    with dg.instance_for_test() as scratch:
        scratch.add_dynamic_partitions(REPORTS.name, partitions(instance))
        retried = tick(scratch, config, second.cursor)
    third = tick(instance, config, second.cursor)
    assert retried.run_requests[0].run_key == third.run_requests[0].run_key
    # Version A came back: it is loaded again, under a run key of its own.
    assert third.run_requests[0].run_key != first.run_requests[0].run_key
    assert added(third) == added(first)


def test_a_missing_raw_folder_skips(instance, tmp_path) -> None:
    config = PipelineConfig(raw_dir=str(tmp_path / "nowhere"), warehouse_path=str(tmp_path / "w.duckdb"))
    result = tick(instance, config, None)
    assert not result.run_requests and "not found" in result.skip_reason.skip_message


def test_the_requested_run_loads_the_folder_and_quarantines_the_bad_file(instance, config) -> None:
    write_report(config.raw_path, "good_one.txt", cases=321)
    write_report(config.raw_path, "good_two.txt", cases=654)
    (config.raw_path / "garbled.txt").write_bytes(UNDECODABLE)
    settle(config.raw_path / "garbled.txt")
    (request,) = tick(instance, config, None).run_requests
    job = build_definitions(config).resolve_job_def("sync_raw_folder")
    outcome = job.execute_in_process(instance=instance, tags=request.tags)
    assert outcome.success
    con = duckdb.connect(str(config.paths.published), read_only=True)
    try:
        assert con.execute("SELECT source_file FROM dim_report ORDER BY 1").fetchall() == [
            ("good_one.txt",),
            ("good_two.txt",),
        ]
        assert con.execute("SELECT source_file, stage FROM quarantine").fetchall() == [
            ("garbled.txt", "ingest")
        ]
    finally:
        con.close()
    materialized = instance.get_materialized_partitions(dg.AssetKey("warehouse_reports"))
    assert materialized == set(partitions(instance))
