"""The definitions load, so a broken import or a bad asset spec fails fast."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import dagster as dg

from assets.definitions import build_definitions, defs
from assets.partitions import contiguous_ranges, file_of, partition_key
from tests.conftest import PROJECT_ROOT


def test_definitions_load_with_every_stage_as_an_asset() -> None:
    graph = defs.resolve_asset_graph()
    names = {key.to_user_string() for key in graph.get_all_asset_keys()}
    assert {
        "raw_reports",
        "clean_reports",
        "report_sections",
        "report_metadata",
        "report_observations",
        "warehouse_reports",
        "metric_catalog",
        "published_warehouse",
        "trend_views",
        "trend_charts",
        "evidence_pages",
    } <= names
    for job in ("load_reports", "refresh_warehouse", "sync_raw_folder"):
        assert defs.resolve_job_def(job) is not None


def test_every_asset_has_a_group_and_description() -> None:
    for spec in defs.resolve_all_asset_specs():
        assert spec.group_name and spec.group_name != "default", spec.key
        assert spec.description, spec.key


def test_configuration_comes_from_the_environment(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("MR_RAW_DIR", str(tmp_path / "in"))
    monkeypatch.setenv("MR_WAREHOUSE", str(tmp_path / "out.duckdb"))
    built = build_definitions()
    config = built.resources["pipeline_config"]
    assert config.raw_dir == str(tmp_path / "in")
    assert str(config.paths.published) == str((tmp_path / "out.duckdb").resolve())
    assert isinstance(built, dg.Definitions)


def test_partition_keys_name_the_file_and_its_version() -> None:
    for name in ("a.txt", "报告 2023, 终稿.txt", "x@y.md"):
        key = partition_key(name, "0123456789abcdef" * 4)
        assert key == f"{name}@0123456789ab" and file_of(key) == name
    assert contiguous_ranges(["a", "b", "c", "d", "e"], {"b", "c", "e"}) == [("b", "c"), ("e", "e")]


def test_the_graph_is_grouped_owned_and_described() -> None:
    specs = {spec.key.to_user_string(): spec for spec in defs.resolve_all_asset_specs()}
    groups = {spec.group_name for spec in specs.values()}
    assert groups == {"reports", "warehouse", "analytics"}
    for name, spec in specs.items():
        assert spec.owners == ["team:data-engineering"], name
        assert spec.kinds, name
        assert "\n" not in spec.description.strip(), name  # one line each
    reports = [name for name, spec in specs.items() if spec.group_name == "reports"]
    for name in [*reports, "warehouse_reports"]:
        assert specs[name].partitions_def.name == "reports", name


def test_partitioned_assets_backfill_in_one_run() -> None:
    graph = defs.resolve_asset_graph()
    for key in graph.get_all_asset_keys():
        node = graph.get(key)
        if node.partitions_def is not None:
            assert node.backfill_policy == dg.BackfillPolicy.single_run(), key


def test_the_sensor_and_schedule_run_by_default() -> None:
    sensor = defs.resolve_sensor_def("raw_folder_sensor")
    schedule = defs.resolve_schedule_def("daily_raw_folder_check")
    assert sensor.default_status == dg.DefaultSensorStatus.RUNNING
    assert 15 <= sensor.minimum_interval_seconds <= 30
    assert schedule.default_status == dg.DefaultScheduleStatus.RUNNING
    assert sensor.job_name == schedule.job_name == "sync_raw_folder"


def test_checks_cover_schema_integrity_conflicts_coverage_and_quarantine() -> None:
    checks = {key.name: key.asset_key.to_user_string() for key in defs.resolve_asset_graph().asset_check_keys}
    assert checks == {
        "observations_match_schema": "report_observations",
        "star_schema_is_consistent": "published_warehouse",
        "no_conflicting_figures": "published_warehouse",
        "every_report_has_core_figures": "published_warehouse",
        "no_quarantined_files": "published_warehouse",
    }


def test_warehouse_writes_share_a_pool() -> None:
    graph = defs.resolve_asset_graph()
    writers = {"metric_catalog", "warehouse_reports", "published_warehouse"}
    for key in graph.get_all_asset_keys():
        if key.to_user_string() in writers:
            assert graph.get(key).pools == {"duckdb_writer"}, key


def test_dagster_validates_the_workspace() -> None:
    result = subprocess.run(
        [str(Path(sys.executable).parent / "dagster"), "definitions", "validate", "-w", "workspace.yaml"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]


def test_the_command_line_jobs_together_materialise_every_asset() -> None:
    graph = defs.resolve_asset_graph()
    covered = set()
    for job in ("load_reports", "refresh_warehouse"):
        covered |= set(defs.resolve_job_def(job).asset_layer.executable_asset_keys)
    assert covered == set(graph.get_all_asset_keys())
