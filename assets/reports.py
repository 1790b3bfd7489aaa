"""Per-report stage assets: each runs one pipeline stage for every report of the run.

A report that fails a stage becomes a `Quarantined` value that the later
stages pass along untouched and the warehouse load records; it never fails
the run for the other reports.
"""

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import dagster as dg
import polars as pl
from tqdm import tqdm

from assets.partitions import REPORTS, file_of
from assets.resources import PipelineConfig
from pipeline.catalog import default_catalog
from pipeline.chain import Quarantined, quarantined, report_record, reports_frame
from pipeline.clean import clean_report
from pipeline.describe import describe_report
from pipeline.extract import extract_observations
from pipeline.ingest import IngestError, RawReport, read_report
from pipeline.schemas import Reports, validate_by_report
from pipeline.segment import sections_frame, segment_report

T = TypeVar("T")
REPORT_STAGE = dict(
    partitions_def=REPORTS,
    backfill_policy=dg.BackfillPolicy.single_run(),
    io_manager_key="stage_store",
    group_name="reports",
    owners=["team:data-engineering"],
)


def _each(
    context: dg.AssetExecutionContext, stage: str, items: Iterable[tuple[str, T]]
) -> Iterable[tuple[str, T]]:
    items = list(items)
    context.log.info(f"{stage}: {len(items)} report(s)")
    return tqdm(items, desc=f"{stage:>8}", unit="report", disable=None, leave=False)


def _run_stage(
    context: dg.AssetExecutionContext,
    stage: str,
    upstream: dict[str, Any],
    fn: Callable[[str, Any], Any],
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    failed = 0
    for key, value in _each(context, stage, upstream.items()):
        if isinstance(value, Quarantined):
            out[key] = value
            continue
        try:
            out[key] = fn(key, value)
        except Exception as exc:  # a bad report is quarantined, never fatal
            raw = value if isinstance(value, RawReport) else None
            out[key] = quarantined(stage, file_of(key), raw.sha256 if raw else None, exc)
            failed += 1
            context.log.warning(f"{stage} failed for {key}: {exc}")
    if failed:
        context.log.warning(f"{stage}: {failed} report(s) quarantined")
    return out


@dg.asset(
    kinds={"python"},
    description="Report files decoded (UTF-8, GB18030, UTF-16), hashed and size-checked.",
    **REPORT_STAGE,
)
def raw_reports(context: dg.AssetExecutionContext, pipeline_config: PipelineConfig) -> dict[str, Any]:
    out: dict[str, RawReport | Quarantined] = {}
    for key in _each(context, "ingest", [(k, k) for k in context.partition_keys]):
        name = file_of(key[0])
        path = pipeline_config.raw_path / name
        try:
            out[key[0]] = read_report(path, pipeline_config.max_bytes)
        except (IngestError, OSError) as exc:
            out[key[0]] = quarantined("ingest", name, None, exc)
    return out


@dg.asset(
    kinds={"python"},
    description="Readable text: chrome, page numbers and markup out, PDF breaks mended, "
    "widths normalised, Traditional to Simplified; keeps the map back to the raw text.",
    **REPORT_STAGE,
)
def clean_reports(context: dg.AssetExecutionContext, raw_reports: dict[str, Any]) -> dict[str, Any]:
    return _run_stage(context, "clean", raw_reports, lambda _, raw: (raw, clean_report(raw.text, raw.kind)))


@dg.asset(
    kinds={"python"},
    description="Heading tree (一、/（一）/1、/一是), paragraphs, sentences and tables.",
    **REPORT_STAGE,
)
def report_sections(context: dg.AssetExecutionContext, clean_reports: dict[str, Any]) -> dict[str, Any]:
    return _run_stage(context, "segment", clean_reports, lambda _, v: (*v, segment_report(v[1])))


@dg.asset(
    kinds={"python"},
    description="Agency, region, level, report year and type, title, publication date "
    "and the period the document covers.",
    **REPORT_STAGE,
)
def report_metadata(context: dg.AssetExecutionContext, report_sections: dict[str, Any]) -> dict[str, Any]:
    out = _run_stage(
        context, "describe", report_sections, lambda _, v: (*v, describe_report(v[1], v[0].text))
    )
    records = [report_record(v[0], v[3]) for v in out.values() if not isinstance(v, Quarantined)]
    if records:
        Reports.validate(reports_frame(records))
    return out


@dg.asset(
    kinds={"python", "polars"},
    description="Every figure as a validated observation: metric, value, unit, "
    "qualifier, period, scope and its evidence span.",
    **REPORT_STAGE,
)
def report_observations(context: dg.AssetExecutionContext, report_metadata: dict[str, Any]) -> dict[str, Any]:
    catalog = default_catalog()

    def extract(_: str, v: tuple) -> dict:
        raw, clean, segments, meta = v
        return {
            "report": report_record(raw, meta),
            "sections": sections_frame(segments, clean, raw.report_id),
            "observations": extract_observations(
                clean, segments, meta, raw.report_id, raw.source_file, catalog
            ),
        }

    out = _run_stage(context, "extract", report_metadata, extract)
    frames = {k: v["observations"] for k, v in out.items() if not isinstance(v, Quarantined)}
    _, errors = validate_by_report(frames)
    for key, error in errors.items():
        report = out[key]["report"]
        out[key] = Quarantined(report["source_file"], report["sha256"], "validate", error)
        context.log.warning(f"validate: {key} quarantined: {error}")
    rows = sum(f.height for k, f in frames.items() if k not in errors)
    context.add_output_metadata({"observations": rows, "reports": len(out), "quarantined": len(errors)})
    return out


def observation_frame(values: dict[str, Any]) -> pl.DataFrame:
    """All observations of a run's reports stacked (for checks)."""
    frames = [v["observations"] for v in values.values() if not isinstance(v, Quarantined)]
    return pl.concat(frames, how="vertical") if frames else pl.DataFrame()
