"""The definitions load, so a broken import or a bad asset spec fails fast."""

from __future__ import annotations

import dagster as dg

from assets.definitions import build_definitions, defs
from assets.partitions import contiguous_ranges, file_of, partition_key


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
    } <= names
    for job in ("load_reports", "refresh_warehouse"):
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
