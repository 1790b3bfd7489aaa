"""Warehouse assets: the catalog, each report's rows, and the published analysts' copy."""

from typing import Any

import dagster as dg

from assets.partitions import REPORTS
from assets.resources import PipelineConfig
from pipeline import warehouse
from pipeline.catalog import default_catalog
from pipeline.chain import Quarantined
from pipeline.ingest import scan_folder
from pipeline.schemas import MetricCatalog

EXTRACTOR_VERSION = "extract-1"
WAREHOUSE_POOL = "duckdb_writer"


def extractor_label() -> str:
    return f"catalog {default_catalog().version} / {EXTRACTOR_VERSION}"


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
    loaded = quarantined = rows = 0
    with warehouse.writer(pipeline_config.paths) as con:
        warehouse.load_catalog(con, catalog)
        for key in sorted(report_observations):
            value = report_observations[key]
            if isinstance(value, Quarantined):
                warehouse.record_quarantine(con, value.source_file, value.sha256, value.stage, value.error)
                quarantined += 1
                continue
            try:
                rows += warehouse.replace_report(
                    con,
                    warehouse.ReportLoad(
                        value["report"], value["sections"], value["observations"], extractor_label()
                    ),
                )
                loaded += 1
            except Exception as exc:  # e.g. the same content under two file names
                report = value["report"]
                warehouse.record_quarantine(con, report["source_file"], report["sha256"], "load", str(exc))
                quarantined += 1
                context.log.warning(f"load failed for {key}: {exc}")
        warehouse.finish_load(con)
    warehouse.publish(pipeline_config.paths)
    return dg.MaterializeResult(
        metadata={
            "reports_loaded": loaded,
            "reports_quarantined": quarantined,
            "observations": rows,
            "warehouse": dg.MetadataValue.path(str(pipeline_config.paths.published)),
        }
    )


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
    warehouse.publish(pipeline_config.paths)
    if removed:
        context.log.info(f"removed {removed} report(s) whose files are gone: {', '.join(gone[:10])}")
    return dg.MaterializeResult(
        metadata={
            "reports": stats["reports"],
            "removed": removed,
            "quarantined": len(stats["quarantined"]),
            "observations": sum(stats["observations_per_domain"].values()),
            "warehouse": dg.MetadataValue.path(str(pipeline_config.paths.published)),
        }
    )
