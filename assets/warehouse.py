"""Warehouse assets: the catalog, each report's rows, and the published analysts' copy."""

from typing import Any

import dagster as dg

from assets import metadata
from assets.partitions import REPORTS, file_of
from assets.resources import PipelineConfig
from pipeline import warehouse
from pipeline.catalog import default_catalog
from pipeline.chain import Quarantined
from pipeline.fingerprint import extractor_label
from pipeline.ingest import scan_folder
from pipeline.schemas import MetricCatalog

WAREHOUSE_POOL = "duckdb_writer"


@dg.asset(
    group_name="warehouse",
    kinds={"duckdb"},
    owners=["team:data-engineering"],
    description="The metric catalog (codes, names, units, cues), validated and loaded into dim_metric.",
    pool=WAREHOUSE_POOL,
)
def metric_catalog(pipeline_config: PipelineConfig) -> dg.MaterializeResult:
    catalog = default_catalog()
    frame = MetricCatalog.validate(catalog.frame())
    with warehouse.writer(pipeline_config.paths) as con:
        warehouse.load_catalog(con, catalog)
        warehouse.create_views(con)
    warehouse.publish(pipeline_config.paths)
    return dg.MaterializeResult(
        metadata={
            "metrics": frame.height,
            "core_metrics": int(frame["core"].sum()),
            "catalog": catalog.source,
        }
    )


@dg.asset(
    partitions_def=REPORTS,
    backfill_policy=dg.BackfillPolicy.single_run(),
    group_name="warehouse",
    kinds={"duckdb"},
    owners=["team:data-engineering"],
    description="Each report's rows in the star schema, replaced in one transaction per report; "
    "quarantined files recorded with their reason.",
    deps=[metric_catalog],
    pool=WAREHOUSE_POOL,
)
def warehouse_reports(
    context: dg.AssetExecutionContext, pipeline_config: PipelineConfig, report_observations: dict[str, Any]
) -> dg.MaterializeResult:
    catalog = default_catalog()
    codes = metadata.core_codes()
    raw_dir = pipeline_config.raw_path
    published = pipeline_config.paths.published
    loaded = quarantined = rows = 0
    per_report: dict[str, dict[str, Any]] = {}
    with warehouse.writer(pipeline_config.paths) as con:
        warehouse.load_catalog(con, catalog)
        for key in sorted(report_observations):
            value = report_observations[key]
            if isinstance(value, Quarantined):
                warehouse.record_quarantine(con, value.source_file, value.sha256, value.stage, value.error)
                quarantined += 1
                per_report[key] = metadata.quarantine_entries(value, raw_dir / file_of(key))
                continue
            report = value["report"]
            try:
                count = warehouse.replace_report(
                    con,
                    warehouse.ReportLoad(report, value["sections"], value["observations"], extractor_label()),
                )
            except Exception as exc:  # e.g. the same content under two file names
                warehouse.record_quarantine(con, report["source_file"], report["sha256"], "load", str(exc))
                quarantined += 1
                context.log.warning(f"load failed for {key}: {exc}")
                per_report[key] = metadata.quarantine_entries(
                    Quarantined(report["source_file"], report["sha256"], "load", str(exc)),
                    raw_dir / file_of(key),
                )
                continue
            rows += count
            loaded += 1
            entries = {
                "status": "loaded",
                **metadata.report_entries(report, raw_dir / file_of(key)),
                **metadata.observation_entries(value["observations"], codes),
                "report_id": report["report_id"],
                "warehouse": dg.MetadataValue.path(str(published)),
            }
            # Written by evidence_pages, which runs after the warehouse is published.
            entries["evidence_page"] = dg.MetadataValue.path(
                str(metadata.evidence_page(published, report["source_file"]))
            )
            per_report[key] = entries
        warehouse.finish_load(con)
    warehouse.publish(pipeline_config.paths)
    for key, entries in per_report.items():
        context.add_asset_metadata(entries, partition_key=key)
    # Each partition carries its own report's figures; the run's totals go to the log and to
    # published_warehouse, not onto every partition.
    context.log.info(f"loaded {loaded} report(s), {rows} observation(s); {quarantined} quarantined")
    return dg.MaterializeResult()


@dg.asset(
    group_name="warehouse",
    kinds={"duckdb"},
    owners=["team:data-engineering"],
    description="The warehouse analysts read: reports whose files left the raw folder removed, views rebuilt, "
    "and the file published by an atomic rename.",
    deps=[warehouse_reports, metric_catalog],
    pool=WAREHOUSE_POOL,
)
def published_warehouse(
    context: dg.AssetExecutionContext, pipeline_config: PipelineConfig
) -> dg.MaterializeResult:
    present = {f.name for f in scan_folder(pipeline_config.raw_path)}
    with warehouse.writer(pipeline_config.paths) as con:
        known = set(warehouse.loaded_reports(con)) | set(warehouse.quarantined(con))
        gone = sorted(known - present)
        removed = warehouse.remove_reports(con, gone)
        warehouse.load_catalog(con, default_catalog())
        warehouse.finish_load(con)
        stats = warehouse.summary(con)
        reports = con.execute(REPORTS_TABLE_SQL, [metadata.TABLE_ROWS]).fetchall()
    warehouse.publish(pipeline_config.paths)
    if removed:
        context.log.info(f"removed {removed} report(s) whose files are gone: {', '.join(gone[:10])}")
    entries: dict[str, Any] = {
        "reports": stats["reports"],
        "observations": sum(stats["observations_per_domain"].values()),
        "quarantined": len(stats["quarantined"]),
        "removed": removed,
        "observations_per_domain": dg.MetadataValue.json(stats["observations_per_domain"]),
        "reports_table": dg.MetadataValue.md(_reports_markdown(reports, stats["reports"])),
        "warehouse": dg.MetadataValue.path(str(pipeline_config.paths.published)),
    }
    if gone:
        entries["removed_files"] = dg.MetadataValue.text("\n".join(gone[:200]))
    return dg.MaterializeResult(metadata=entries)


REPORTS_TABLE_SQL = """
SELECT r.source_file, a.agency, r.report_year, r.report_type, count(f.report_key) AS observations
FROM dim_report r
JOIN dim_agency a USING (agency_key)
LEFT JOIN fact_observation f ON f.report_key = r.report_key
GROUP BY ALL
ORDER BY r.source_file
LIMIT ?
"""


def _reports_markdown(rows: list[tuple], total: int) -> str:
    if not rows:
        return "_The warehouse holds no report yet._"
    lines = ["| source_file | agency | report_year | report_type | observations |", "|---|---|---|---|---|"]
    for source_file, agency, year, report_type, count in rows:
        lines.append(f"| {source_file} | {agency or ''} | {year or ''} | {report_type} | {count} |")
    if total > len(rows):
        lines.append(f"\n… and {total - len(rows)} more report(s).")
    return "\n".join(lines)
