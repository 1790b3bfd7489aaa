"""The full asset graph materialised with `dagster.materialize` on an ephemeral instance.

One run covers every report partition (a single-run backfill); each partition's
materialisation still carries its own metadata; the blocking schema check keeps
invalid rows out of the warehouse.
"""

import shutil

import dagster as dg
import duckdb
import polars as pl
import pytest
from dagster._core.storage.tags import ASSET_PARTITION_RANGE_END_TAG, ASSET_PARTITION_RANGE_START_TAG

import assets.reports
from assets import analytics, checks, raw_folder, reports
from assets import warehouse as warehouse_assets
from assets.partitions import REPORTS, file_of
from assets.resources import PipelineConfig, stage_store_for

FIGURES_HEADER = "| metric_code | value | unit | period | year | scope |"


def asset_defs() -> list:
    return list(dg.load_assets_from_modules([reports, warehouse_assets, analytics]))


def graph() -> list:
    return [*asset_defs(), *dg.load_asset_checks_from_modules([checks])]


def materialize_folder(raw, warehouse_file, raise_on_error: bool = True):
    config = PipelineConfig(raw_dir=str(raw), warehouse_path=str(warehouse_file))
    instance = dg.DagsterInstance.ephemeral()
    keys = sorted(raw_folder.scan(raw, {}).keys().values())
    instance.add_dynamic_partitions(REPORTS.name, keys)
    result = dg.materialize(
        graph(),
        instance=instance,
        resources={"pipeline_config": config, "stage_store": stage_store_for(config)},
        tags={ASSET_PARTITION_RANGE_START_TAG: keys[0], ASSET_PARTITION_RANGE_END_TAG: keys[-1]},
        raise_on_error=raise_on_error,
    )
    return result, keys, config


@pytest.fixture(scope="module")
def seeds_run(tmp_path_factory, seeds_dir):
    tmp = tmp_path_factory.mktemp("materialize")
    raw = tmp / "raw"
    shutil.copytree(seeds_dir, raw)
    (raw / "unreadable.txt").write_bytes(bytes(range(1, 31)) * 80)
    return materialize_folder(raw, tmp / "w.duckdb")


def partition_metadata(result, asset: str) -> dict[str, dict]:
    out = {}
    for event in result.get_asset_materialization_events():
        materialization = event.event_specific_data.materialization
        if materialization.asset_key.to_user_string() == asset and materialization.partition:
            out[materialization.partition] = {k: v.value for k, v in materialization.metadata.items()}
    return out


def test_every_asset_materialises_in_one_run(seeds_run) -> None:
    result, keys, config = seeds_run
    assert result.success
    materialized = {e.asset_key.to_user_string() for e in result.get_asset_materialization_events()}
    assert materialized == {key.to_user_string() for a in asset_defs() for key in a.keys}
    for asset in ("raw_reports", "report_observations", "warehouse_reports"):
        assert set(partition_metadata(result, asset)) == set(keys), asset
    con = duckdb.connect(str(config.paths.published), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM dim_report").fetchone()[0] == len(keys) - 1
        assert con.execute("SELECT source_file FROM quarantine").fetchall() == [("unreadable.txt",)]
    finally:
        con.close()


def test_each_report_partition_carries_its_own_metadata(seeds_run) -> None:
    result, keys, config = seeds_run
    loaded = partition_metadata(result, "warehouse_reports")
    con = duckdb.connect(str(config.paths.published), read_only=True)
    truth = {
        row[0]: row[1:]
        for row in con.execute(
            "SELECT r.source_file, a.agency, r.report_year, count(f.report_key) FROM dim_report r "
            "JOIN dim_agency a USING (agency_key) LEFT JOIN fact_observation f USING (report_key) GROUP BY ALL"
        ).fetchall()
    }
    con.close()
    for key, meta in loaded.items():
        name = file_of(key)
        if name == "unreadable.txt":
            assert meta["status"] == "quarantined" and meta["stage"] == "ingest"
            continue
        agency, year, count = truth[name]
        assert meta["status"] == "loaded"
        assert meta["agency"] == agency and meta["report_year"] == year
        assert meta["observations"] == count
        assert meta["core_figures"].startswith(FIGURES_HEADER) or meta["core_figures"].startswith("_No core")
        assert meta["raw_file"].endswith(name)
    assert set(loaded) == set(keys)
    # Different reports show different figures: the metadata is per partition, not per run.
    assert len({m.get("observations") for m in loaded.values()}) > 2


def test_every_check_runs_and_the_schema_check_passes(seeds_run) -> None:
    result, _, _ = seeds_run
    evaluations = {e.check_name: e for e in result.get_asset_check_evaluations()}
    assert set(evaluations) == {
        "observations_match_schema",
        "star_schema_is_consistent",
        "no_conflicting_figures",
        "every_report_has_core_figures",
        "no_quarantined_files",
    }
    assert evaluations["observations_match_schema"].passed
    assert evaluations["star_schema_is_consistent"].passed
    assert not evaluations["no_quarantined_files"].passed  # the unreadable file is listed
    assert "unreadable.txt" in evaluations["no_quarantined_files"].metadata["files"].value


def test_invalid_rows_never_reach_the_warehouse(tmp_path, seeds_dir, monkeypatch) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    first = sorted(seeds_dir.glob("*.txt"))[0]
    shutil.copy(first, raw / first.name)
    real_extract = assets.reports.extract_observations

    def corrupted(*args, **kwargs) -> pl.DataFrame:
        frame = real_extract(*args, **kwargs)
        return frame.with_columns(pl.lit("furlong").alias("unit"))

    # Break the extractor and the per-report validation, so only the blocking check stands in the way.
    monkeypatch.setattr(assets.reports, "extract_observations", corrupted)
    monkeypatch.setattr(assets.reports, "validate_by_report", lambda frames: (frames, {}))
    result, _, config = materialize_folder(raw, tmp_path / "w.duckdb", raise_on_error=False)
    assert not result.success
    (evaluation,) = [
        e for e in result.get_asset_check_evaluations() if e.check_name == "observations_match_schema"
    ]
    assert not evaluation.passed and "furlong" in evaluation.metadata["error"].value
    materialized = {e.asset_key.to_user_string() for e in result.get_asset_materialization_events()}
    assert "warehouse_reports" not in materialized
    assert not config.paths.published.exists() or _facts(config) == 0


def _facts(config: PipelineConfig) -> int:
    con = duckdb.connect(str(config.paths.published), read_only=True)
    try:
        return con.execute("SELECT count(*) FROM fact_observation").fetchone()[0]
    finally:
        con.close()
