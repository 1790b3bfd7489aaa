"""The whole chain for one report, without an orchestrator.

Dagster runs the same stage functions one asset at a time; this module runs
them back to back for the benchmark, the evaluation shortcut and tests.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from pipeline.catalog import Catalog, default_catalog
from pipeline.clean import CleanReport, clean_report
from pipeline.describe import ReportMeta, describe_report
from pipeline.extract import extract_observations
from pipeline.ingest import IngestError, RawReport
from pipeline.segment import Segmentation, sections_frame, segment_report


@dataclass(frozen=True)
class ChainResult:
    raw: RawReport
    clean: CleanReport
    segments: Segmentation
    meta: ReportMeta
    sections: pl.DataFrame
    observations: pl.DataFrame


def run_chain(raw: RawReport, catalog: Catalog | None = None) -> ChainResult:
    catalog = catalog or default_catalog()
    clean = clean_report(raw.text, raw.kind)
    segments = segment_report(clean)
    meta = describe_report(clean, raw.text)
    observations = extract_observations(clean, segments, meta, raw.report_id, raw.source_file, catalog)
    return ChainResult(
        raw, clean, segments, meta, sections_frame(segments, clean, raw.report_id), observations
    )


@dataclass(frozen=True)
class Quarantined:
    """A report that stopped at some stage; the warehouse records it in `quarantine`."""

    source_file: str
    sha256: str | None
    stage: str
    error: str


def quarantined(stage: str, source_file: str, sha256: str | None, exc: BaseException) -> Quarantined:
    message = f"{type(exc).__name__}: {exc}" if not isinstance(exc, IngestError) else str(exc)
    return Quarantined(source_file, sha256, stage, message)


def report_record(raw: RawReport, meta: ReportMeta) -> dict:
    """The `Reports` row of a report: its identity and what `describe` read."""
    return {
        "report_id": raw.report_id,
        "source_file": raw.source_file,
        "sha256": raw.sha256,
        "encoding": raw.encoding,
        "size_bytes": raw.size_bytes,
        "title": meta.title,
        "agency": meta.agency,
        "province": meta.province,
        "city": meta.city,
        "district": meta.district,
        "level": meta.level,
        "report_year": meta.report_year,
        "report_type": meta.report_type,
        "published_date": meta.published_date,
        "period": meta.period,
    }


REPORTS_SCHEMA = {
    "report_id": pl.String,
    "source_file": pl.String,
    "sha256": pl.String,
    "encoding": pl.String,
    "size_bytes": pl.Int64,
    "title": pl.String,
    "agency": pl.String,
    "province": pl.String,
    "city": pl.String,
    "district": pl.String,
    "level": pl.String,
    "report_year": pl.Int64,
    "report_type": pl.String,
    "published_date": pl.String,
    "period": pl.String,
}


def reports_frame(records: list[dict]) -> pl.DataFrame:
    return pl.DataFrame(records, schema=REPORTS_SCHEMA)
