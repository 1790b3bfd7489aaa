"""Asset checks: invalid rows never reach the warehouse, and the warehouse stays consistent.

The schema check blocks the load. The others read the published warehouse
(read-only, as an analyst would) after each publish: referential integrity of
the star schema is an error; conflicting figures, reports without a core
figure and quarantined files are warnings that list what to look at.
"""

from typing import Any

import dagster as dg
import duckdb
import pandera.polars as pa

from assets.reports import observation_frame, report_observations
from assets.resources import PipelineConfig
from assets.warehouse import published_warehouse
from pipeline import warehouse
from pipeline.schemas import Observations

LISTED = 20


@dg.asset_check(
    asset=report_observations,
    blocking=True,
    description="Every observation passes the pandera `Observations` schema (blocks the load).",
)
def observations_match_schema(report_observations: dict[str, Any]) -> dg.AssetCheckResult:
    frame = observation_frame(report_observations)
    if frame.is_empty():
        return dg.AssetCheckResult(passed=True, metadata={"rows": 0})
    try:
        Observations.validate(frame, lazy=True)
    except (pa.errors.SchemaErrors, pa.errors.SchemaError) as exc:
        return dg.AssetCheckResult(passed=False, metadata={"rows": frame.height, "error": str(exc)[:2000]})
    return dg.AssetCheckResult(passed=True, metadata={"rows": frame.height})


# (what is checked, query counting the rows that break it)
ORPHAN_QUERIES = {
    "fact_observation.report_key": "SELECT count(*) FROM fact_observation f "
    "WHERE NOT EXISTS (SELECT 1 FROM dim_report r WHERE r.report_key = f.report_key)",
    "fact_observation.agency_key": "SELECT count(*) FROM fact_observation f "
    "WHERE NOT EXISTS (SELECT 1 FROM dim_agency a WHERE a.agency_key = f.agency_key)",
    "fact_observation.metric_key": "SELECT count(*) FROM fact_observation f "
    "WHERE NOT EXISTS (SELECT 1 FROM dim_metric m WHERE m.metric_key = f.metric_key)",
    "fact_observation.period_key": "SELECT count(*) FROM fact_observation f "
    "WHERE NOT EXISTS (SELECT 1 FROM dim_period p WHERE p.period_key = f.period_key)",
    "fact_observation.section_key": "SELECT count(*) FROM fact_observation f "
    "WHERE NOT EXISTS (SELECT 1 FROM dim_section s WHERE s.section_key = f.section_key)",
    "fact_observation agency = its report's agency": "SELECT count(*) FROM fact_observation f "
    "JOIN dim_report r USING (report_key) WHERE r.agency_key <> f.agency_key",
    "fact_observation section of its own report": "SELECT count(*) FROM fact_observation f "
    "JOIN dim_section s USING (section_key) WHERE s.report_key <> f.report_key",
    "dim_report.agency_key": "SELECT count(*) FROM dim_report r "
    "WHERE NOT EXISTS (SELECT 1 FROM dim_agency a WHERE a.agency_key = r.agency_key)",
    "dim_section.report_key": "SELECT count(*) FROM dim_section s "
    "WHERE NOT EXISTS (SELECT 1 FROM dim_report r WHERE r.report_key = s.report_key)",
}


def _markdown(header: list[str], rows: list[tuple]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in rows:
        lines.append(
            "| " + " | ".join("" if v is None else str(v).replace("|", "/")[:120] for v in row) + " |"
        )
    return "\n".join(lines)


def star_schema_result(con: duckdb.DuckDBPyConnection) -> dg.AssetCheckResult:
    broken = {name: con.execute(sql).fetchone()[0] for name, sql in ORPHAN_QUERIES.items()}
    bad = {name: n for name, n in broken.items() if n}
    return dg.AssetCheckResult(
        passed=not bad,
        metadata={
            "references_checked": len(broken),
            "broken_references": dg.MetadataValue.json(bad),
            "fact_rows": con.execute("SELECT count(*) FROM fact_observation").fetchone()[0],
        },
    )


CONFLICTS_SQL = """
SELECT c.agency, c.metric_code, c.year, c.period, c.value_a, c.value_b, c.source_file_a, c.source_file_b
FROM v_conflicts c
JOIN dim_metric m USING (metric_code)
WHERE m.in_catalog
ORDER BY m.core DESC, c.agency, c.metric_code, c.year
"""


def conflicts_result(con: duckdb.DuckDBPyConnection) -> dg.AssetCheckResult:
    """Conflicts of catalogued metrics; codes made up for uncatalogued figures pool unlike things."""
    rows = con.execute(CONFLICTS_SQL).fetchall()
    metadata: dict[str, Any] = {
        "conflicts": len(rows),
        "uncatalogued_conflicts_ignored": con.execute("SELECT count(*) FROM v_conflicts").fetchone()[0]
        - len(rows),
    }
    if rows:
        header = ["agency", "metric_code", "year", "period", "value_a", "value_b", "file_a", "file_b"]
        metadata["first_conflicts"] = dg.MetadataValue.md(_markdown(header, rows[:LISTED]))
    return dg.AssetCheckResult(passed=not rows, severity=dg.AssetCheckSeverity.WARN, metadata=metadata)


COVERAGE_SQL = """
SELECT r.source_file, a.agency, r.report_year, r.report_type
FROM dim_report r
JOIN dim_agency a USING (agency_key)
WHERE NOT EXISTS (
    SELECT 1 FROM fact_observation f JOIN dim_metric m USING (metric_key)
    WHERE f.report_key = r.report_key
      AND m.domain IN (SELECT DISTINCT domain FROM dim_metric WHERE core)
)
ORDER BY r.source_file
"""


def coverage_result(con: duckdb.DuckDBPyConnection) -> dg.AssetCheckResult:
    rows = con.execute(COVERAGE_SQL).fetchall()
    reports = con.execute("SELECT count(*) FROM dim_report").fetchone()[0]
    metadata: dict[str, Any] = {"reports": reports, "reports_without_core_figures": len(rows)}
    if rows:
        metadata["reports_listed"] = dg.MetadataValue.md(
            _markdown(["source_file", "agency", "report_year", "report_type"], rows[:LISTED])
        )
    return dg.AssetCheckResult(passed=not rows, severity=dg.AssetCheckSeverity.WARN, metadata=metadata)


def quarantine_result(con: duckdb.DuckDBPyConnection) -> dg.AssetCheckResult:
    rows = con.execute(
        "SELECT source_file, stage, error, CAST(seen_at AS VARCHAR) FROM quarantine ORDER BY source_file"
    ).fetchall()
    metadata: dict[str, Any] = {"quarantined": len(rows)}
    if rows:
        metadata["files"] = dg.MetadataValue.md(
            _markdown(["source_file", "stage", "error", "seen_at"], rows[:LISTED])
        )
    return dg.AssetCheckResult(passed=not rows, severity=dg.AssetCheckSeverity.WARN, metadata=metadata)


def _on_published(config: PipelineConfig, result) -> dg.AssetCheckResult:
    con = warehouse.read_only(config.paths.published)
    try:
        return result(con)
    finally:
        con.close()


@dg.asset_check(
    asset=published_warehouse,
    description="Every key in the star schema points at an existing dimension row (facts, reports, sections).",
)
def star_schema_is_consistent(pipeline_config: PipelineConfig) -> dg.AssetCheckResult:
    return _on_published(pipeline_config, star_schema_result)


@dg.asset_check(
    asset=published_warehouse,
    description="No catalogued metric is stated with two different values for the same agency, year "
    "and period (warns, listing v_conflicts).",
)
def no_conflicting_figures(pipeline_config: PipelineConfig) -> dg.AssetCheckResult:
    return _on_published(pipeline_config, conflicts_result)


@dg.asset_check(
    asset=published_warehouse,
    description="Every report yields at least one enforcement, complaints or litigation figure (warns).",
)
def every_report_has_core_figures(pipeline_config: PipelineConfig) -> dg.AssetCheckResult:
    return _on_published(pipeline_config, coverage_result)


@dg.asset_check(
    asset=published_warehouse,
    description="No file is quarantined (warns, listing each quarantined file, its stage and reason).",
)
def no_quarantined_files(pipeline_config: PipelineConfig) -> dg.AssetCheckResult:
    return _on_published(pipeline_config, quarantine_result)
