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

from assets import metadata
from assets.partitions import REPORTS, file_of
from assets.raw_folder import file_sha256
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


def _sha256_or_none(path) -> str | None:
    """The hash of a file that could not be read as a report, so an unchanged bad file is known as such."""
    try:
        return file_sha256(path)
    except OSError:
        return None


def _quarantine_metadata(context: dg.AssetExecutionContext, out: dict[str, Any], raw_dir) -> None:
    for key, value in out.items():
        if isinstance(value, Quarantined):
            context.add_asset_metadata(
                metadata.quarantine_entries(value, raw_dir / file_of(key)), partition_key=key
            )


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
            raw = out[key[0]] = read_report(path, pipeline_config.max_bytes)
        except (IngestError, OSError) as exc:
            out[key[0]] = quarantined("ingest", name, _sha256_or_none(path), exc)
            continue
        context.add_asset_metadata(
            {
                "sha256": raw.sha256,
                "encoding": raw.encoding,
                "size_bytes": dg.MetadataValue.int(raw.size_bytes),
                "characters": dg.MetadataValue.int(len(raw.text)),
                "raw_file": dg.MetadataValue.path(str(path)),
            },
            partition_key=key[0],
        )
    _quarantine_metadata(context, out, pipeline_config.raw_path)
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
def report_metadata(
    context: dg.AssetExecutionContext, pipeline_config: PipelineConfig, report_sections: dict[str, Any]
) -> dict[str, Any]:
    out = _run_stage(
        context, "describe", report_sections, lambda _, v: (*v, describe_report(v[1], v[0].text))
    )
    records = {k: report_record(v[0], v[3]) for k, v in out.items() if not isinstance(v, Quarantined)}
    if records:
        Reports.validate(reports_frame(list(records.values())))
    for key, record in records.items():
        entries = metadata.report_entries(record, pipeline_config.raw_path / file_of(key))
        entries["published_date"] = record["published_date"] or "(not found)"
        entries["period"] = record["period"]
        context.add_asset_metadata(entries, partition_key=key)
    _quarantine_metadata(context, out, pipeline_config.raw_path)
    return out


@dg.asset(
    kinds={"python", "polars"},
    description="Every figure as a validated observation: metric, value, unit, "
    "qualifier, period, scope and its evidence span.",
    **REPORT_STAGE,
)
def report_observations(
    context: dg.AssetExecutionContext, pipeline_config: PipelineConfig, report_metadata: dict[str, Any]
) -> dict[str, Any]:
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
    codes = metadata.core_codes()
    for key, value in out.items():
        if not isinstance(value, Quarantined):
            context.add_asset_metadata(
                {
                    **metadata.report_entries(value["report"], pipeline_config.raw_path / file_of(key)),
                    **metadata.observation_entries(value["observations"], codes),
                },
                partition_key=key,
            )
    _quarantine_metadata(context, out, pipeline_config.raw_path)
    rows = sum(f.height for k, f in frames.items() if k not in errors)
    context.log.info(f"extract: {rows} observation(s) from {len(out)} report(s), {len(errors)} invalid")
    return out


def observation_frame(values: dict[str, Any]) -> pl.DataFrame:
    """All observations of a run's reports stacked (for checks)."""
    frames = [v["observations"] for v in values.values() if not isinstance(v, Quarantined)]
    return pl.concat(frames, how="vertical") if frames else pl.DataFrame()


STAGE_ASSET_KEYS = [
    a.key for a in (raw_reports, clean_reports, report_sections, report_metadata, report_observations)
]
