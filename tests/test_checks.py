"""Asset checks pass on the seeds and fail on a corrupted frame or warehouse."""

import shutil
from pathlib import Path

import dagster as dg
import duckdb
import polars as pl
import pytest

from assets.checks import (
    every_report_has_core_figures,
    no_conflicting_figures,
    no_quarantined_files,
    observations_match_schema,
    star_schema_is_consistent,
)
from assets.resources import PipelineConfig
from pipeline.chain import Quarantined, report_record, run_chain
from pipeline.cli import run_pipeline
from pipeline.ingest import read_report


@pytest.fixture(scope="module")
def seeds_config(tmp_path_factory, seeds_dir) -> PipelineConfig:
    warehouse_file = tmp_path_factory.mktemp("checks") / "w.duckdb"
    assert run_pipeline(seeds_dir, warehouse_file, full=True)["success"]
    return PipelineConfig(raw_dir=str(seeds_dir), warehouse_path=str(warehouse_file))


@pytest.fixture()
def corrupt(tmp_path, seeds_config):
    """A copy of the seeds warehouse to damage, and the configuration that points at it."""
    copy = tmp_path / "damaged.duckdb"
    shutil.copyfile(seeds_config.paths.published, copy)
    config = PipelineConfig(raw_dir=seeds_config.raw_dir, warehouse_path=str(copy))

    def damage(*statements: str) -> PipelineConfig:
        con = duckdb.connect(str(copy))
        try:
            for sql in statements:
                con.execute(sql)
        finally:
            con.close()
        return config

    return damage


def observations_of(seeds_dir: Path) -> dict:
    out = {}
    for path in sorted(seeds_dir.glob("*.txt"))[:2]:
        chain = run_chain(read_report(path))
        out[path.name] = {
            "report": report_record(chain.raw, chain.meta),
            "sections": chain.sections,
            "observations": chain.observations,
        }
    out["bad.txt"] = Quarantined("bad.txt", None, "ingest", "cannot decode")
    return out


def test_the_schema_check_passes_on_seed_observations(seeds_dir) -> None:
    result = observations_match_schema(report_observations=observations_of(seeds_dir))
    assert result.passed and result.metadata["rows"].value > 0


def test_the_schema_check_fails_on_a_corrupted_frame(seeds_dir) -> None:
    values = observations_of(seeds_dir)
    name = next(k for k, v in values.items() if not isinstance(v, Quarantined))
    frame = values[name]["observations"]
    values[name]["observations"] = frame.with_columns(
        pl.when(pl.int_range(pl.len()) == 0).then(pl.lit("furlong")).otherwise(pl.col("unit")).alias("unit"),
        pl.when(pl.int_range(pl.len()) == 1)
        .then(pl.lit(-5))
        .otherwise(pl.col("raw_start"))
        .alias("raw_start"),
    )
    result = observations_match_schema(report_observations=values)
    assert not result.passed
    assert "furlong" in result.metadata["error"].value and "raw_start" in result.metadata["error"].value


def test_warehouse_checks_pass_on_the_seeds(seeds_config) -> None:
    for check in (star_schema_is_consistent, every_report_has_core_figures, no_quarantined_files):
        result = check(pipeline_config=seeds_config)
        assert result.passed, (check.name, result.metadata)
    conflicts = no_conflicting_figures(pipeline_config=seeds_config)
    assert conflicts.severity == dg.AssetCheckSeverity.WARN  # a report may state two figures: it warns
    con = duckdb.connect(str(seeds_config.paths.published), read_only=True)
    catalogued = con.execute(
        "SELECT count(*) FROM v_conflicts JOIN dim_metric USING (metric_code) WHERE in_catalog"
    ).fetchone()[0]
    con.close()
    assert conflicts.metadata["conflicts"].value == catalogued
    assert conflicts.passed == (catalogued == 0)


def test_a_dangling_key_fails_the_star_schema_check(corrupt) -> None:
    config = corrupt("DELETE FROM dim_agency WHERE agency_key = (SELECT min(agency_key) FROM dim_report)")
    result = star_schema_is_consistent(pipeline_config=config)
    assert not result.passed and result.severity == dg.AssetCheckSeverity.ERROR
    assert "dim_report.agency_key" in result.metadata["broken_references"].value


def test_a_quarantined_file_is_listed(corrupt) -> None:
    config = corrupt(
        "INSERT INTO quarantine VALUES ('scrambled.txt', NULL, 'ingest', 'cannot decode', now()::TIMESTAMP)"
    )
    result = no_quarantined_files(pipeline_config=config)
    assert not result.passed and result.severity == dg.AssetCheckSeverity.WARN
    assert "scrambled.txt" in result.metadata["files"].value


def test_a_report_without_core_figures_warns(corrupt) -> None:
    config = corrupt(
        "DELETE FROM fact_observation WHERE report_key = (SELECT min(report_key) FROM dim_report) "
        "AND metric_key IN (SELECT metric_key FROM dim_metric WHERE domain IN "
        "(SELECT domain FROM dim_metric WHERE core))"
    )
    result = every_report_has_core_figures(pipeline_config=config)
    assert not result.passed and result.severity == dg.AssetCheckSeverity.WARN
    assert result.metadata["reports_without_core_figures"].value == 1


def test_a_conflicting_figure_warns(corrupt, seeds_config) -> None:
    before = no_conflicting_figures(pipeline_config=seeds_config).metadata["conflicts"].value
    # Copy one yearly total-scope core figure with a different value under a new observation key.
    config = corrupt(
        "INSERT INTO fact_observation SELECT f.observation_key + 1, f.report_key, f.agency_key, f.metric_key, "
        "f.period_key, f.section_key, f.value + 1, f.unit, f.qualifier, f.yoy_pct, f.delta_pct_points, f.scope, "
        "f.raw_start + 1, f.raw_end + 1, f.evidence, f.rule, f.ordinal + 100000 "
        "FROM fact_observation f JOIN dim_metric m USING (metric_key) JOIN dim_period p USING (period_key) "
        "JOIN dim_agency a ON a.agency_key = f.agency_key "
        "WHERE m.core AND f.scope = 'total' AND p.period = 'year' AND p.year IS NOT NULL "
        "AND a.agency IS NOT NULL ORDER BY f.observation_key LIMIT 1"
    )
    result = no_conflicting_figures(pipeline_config=config)
    assert not result.passed and result.severity == dg.AssetCheckSeverity.WARN
    assert result.metadata["conflicts"].value > before
    assert "first_conflicts" in result.metadata
