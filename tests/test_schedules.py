"""The daily safety net catches what the sensor cannot see, comparing the folder with the warehouse."""

import os
from datetime import UTC, datetime

import dagster as dg
import duckdb
import pytest

from assets.definitions import build_definitions
from assets.jobs import REFRESH_ONLY
from assets.partitions import file_of
from assets.resources import PipelineConfig
from assets.schedules import daily_raw_folder_check
from tests.sensor_support import folder_config, partitions, temporary_instance, the_range, tick, write_report

MORNING = datetime(2026, 3, 2, 6, 0, tzinfo=UTC)


@pytest.fixture()
def instance(tmp_path):
    yield from temporary_instance(tmp_path)


@pytest.fixture()
def config(tmp_path) -> PipelineConfig:
    return folder_config(tmp_path)


def check(instance, config) -> list[dg.RunRequest]:
    # Used as a context manager: the context opens its own instance from the ref and must close it.
    with dg.build_schedule_context(
        instance=instance, scheduled_execution_time=MORNING, resources={"pipeline_config": config}
    ) as context:
        result = daily_raw_folder_check(context)
    return list(result) if isinstance(result, list) else [result]


def run(instance, config, request: dg.RunRequest) -> None:
    job = build_definitions(config).resolve_job_def("sync_raw_folder")
    outcome = job.execute_in_process(
        instance=instance, tags=request.tags, asset_selection=request.asset_selection
    )
    assert outcome.success


def test_loads_what_the_warehouse_lacks_then_only_refreshes(instance, config) -> None:
    write_report(config.raw_path, "p.txt", cases=11)
    write_report(config.raw_path, "q.txt", cases=12)
    (request,) = check(instance, config)
    keys = partitions(instance)
    assert [file_of(k) for k in keys] == ["p.txt", "q.txt"]
    assert the_range(request) == (keys[0], keys[-1])
    run(instance, config, request)
    (again,) = check(instance, config)
    assert list(again.asset_selection) == REFRESH_ONLY


def test_a_partition_whose_run_never_happened_is_loaded(instance, config) -> None:
    write_report(config.raw_path, "p.txt", cases=11)
    tick(instance, config, None)  # partitions added; suppose the run was never launched
    (request,) = check(instance, config)
    assert the_range(request) == (partitions(instance)[0], partitions(instance)[0])


def test_an_edit_keeping_size_and_mtime_is_caught(instance, config) -> None:
    path = write_report(config.raw_path, "same_size.txt", cases=111)
    first = tick(instance, config, None)
    run(instance, config, first.run_requests[0])
    stat = path.stat()
    path.write_text(path.read_text(encoding="utf-8").replace("111", "999"), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert not tick(instance, config, first.cursor).run_requests  # the sensor trusts size and mtime
    (request,) = check(instance, config)
    assert [file_of(k) for k in partitions(instance)] == ["same_size.txt"]
    assert the_range(request)[0] == partitions(instance)[0] != the_range(first.run_requests[0])[0]


def test_a_removed_file_is_retired(instance, config) -> None:
    write_report(config.raw_path, "keep.txt", cases=1)
    gone = write_report(config.raw_path, "gone.txt", cases=2)
    (request,) = check(instance, config)
    run(instance, config, request)
    gone.unlink()
    (refresh,) = check(instance, config)
    assert [file_of(k) for k in partitions(instance)] == ["keep.txt"]
    assert list(refresh.asset_selection) == REFRESH_ONLY
    run(instance, config, refresh)
    con = duckdb.connect(str(config.paths.published), read_only=True)
    try:
        assert con.execute("SELECT source_file FROM dim_report").fetchall() == [("keep.txt",)]
    finally:
        con.close()


def test_an_empty_folder_only_refreshes(instance, config) -> None:
    (refresh,) = check(instance, config)
    assert list(refresh.asset_selection) == REFRESH_ONLY and not partitions(instance)
