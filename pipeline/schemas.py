"""Schemas: pandera (polars) models for every frame that crosses a stage boundary.

A frame that fails validation never reaches the warehouse: the report it
belongs to is quarantined with the failure as its reason.
"""

from __future__ import annotations

import pandera.polars as pa
import polars as pl

UNITS = [
    "case",
    "item",
    "record",
    "appearance",
    "yuan",
    "percent",
    "entity",
    "person",
    "batch",
    "document",
    "piece",
    "time",
    "other",
]
QUALIFIERS = ["exact", "approx", "over", "under"]
PERIODS = ["year", "prior_year", "to_date", "cumulative", "half_year", "quarter", "month", "prior_period"]
SCOPES = ["total", "subset"]
REPORT_TYPES = ["rule_of_law_annual", "audit_rectification", "work_summary", "other"]
LEVELS = ["province", "city", "district", "county"]
STAGES = ["ingest", "clean", "segment", "describe", "extract", "validate", "load"]
METRIC_CODE = r"^[a-z_]+\.[a-z0-9_]+$"


class Reports(pa.DataFrameModel):
    """One row per report: identity and what `describe` read from it."""

    report_id: str = pa.Field(str_matches=r"^[0-9a-f]{16}$", unique=True)
    source_file: str = pa.Field(str_length={"min_value": 1})
    sha256: str = pa.Field(str_matches=r"^[0-9a-f]{64}$")
    encoding: str
    size_bytes: int = pa.Field(gt=0)
    title: str = pa.Field(nullable=True)
    agency: str = pa.Field(nullable=True)
    province: str = pa.Field(nullable=True)
    city: str = pa.Field(nullable=True)
    district: str = pa.Field(nullable=True)
    level: str = pa.Field(nullable=True, isin=LEVELS)
    report_year: int = pa.Field(nullable=True, ge=1990, le=2100)
    report_type: str = pa.Field(isin=REPORT_TYPES)
    published_date: str = pa.Field(nullable=True, str_matches=r"^\d{4}-\d{2}-\d{2}$")
    period: str = pa.Field(isin=PERIODS)

    class Config:
        strict = True


class Sections(pa.DataFrameModel):
    """One row per heading of a report, with its path in the heading tree."""

    report_id: str
    section_id: int = pa.Field(ge=1)
    level: int = pa.Field(ge=1, le=5)
    heading: str = pa.Field(str_length={"min_value": 1})
    section_path: str = pa.Field(str_length={"min_value": 1})
    raw_start: int = pa.Field(ge=0)
    raw_end: int = pa.Field(ge=0)

    class Config:
        strict = True

    @pa.dataframe_check
    def spans_are_ordered(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col("raw_end") >= pl.col("raw_start"))


class Observations(pa.DataFrameModel):
    """One row per figure: what it measures, its value, and where it was read."""

    report_id: str = pa.Field(str_matches=r"^[0-9a-f]{16}$")
    source_file: str
    metric_code: str = pa.Field(str_matches=METRIC_CODE)
    domain: str = pa.Field(str_matches=r"^[a-z_]+$")
    value: float = pa.Field(nullable=False)
    unit: str = pa.Field(isin=UNITS)
    qualifier: str = pa.Field(isin=QUALIFIERS)
    period: str = pa.Field(isin=PERIODS)
    year: int = pa.Field(nullable=True, ge=1990, le=2100)
    yoy_pct: float = pa.Field(nullable=True)
    delta_pct_points: float = pa.Field(nullable=True)
    scope: str = pa.Field(isin=SCOPES)
    section_path: str
    evidence: str = pa.Field(str_length={"min_value": 1})
    raw_start: int = pa.Field(ge=0)
    raw_end: int = pa.Field(ge=1)
    rule: str = pa.Field(str_length={"min_value": 1})

    class Config:
        strict = True

    @pa.dataframe_check
    def spans_are_ordered(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col("raw_end") > pl.col("raw_start"))

    @pa.dataframe_check
    def domain_matches_code(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col("metric_code").str.split(".").list.first() == pl.col("domain"))

    @pa.dataframe_check
    def values_are_finite(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col("value").is_finite())


class Quarantine(pa.DataFrameModel):
    """Files that could not be read, decoded or validated, with the reason."""

    source_file: str
    sha256: str = pa.Field(nullable=True)
    stage: str = pa.Field(isin=STAGES)
    error: str = pa.Field(str_length={"min_value": 1})

    class Config:
        strict = True


class MetricCatalog(pa.DataFrameModel):
    """The metric catalog as loaded into dim_metric."""

    metric_code: str = pa.Field(str_matches=METRIC_CODE, unique=True)
    domain: str
    name_zh: str = pa.Field(str_length={"min_value": 1})
    name_en: str = pa.Field(str_length={"min_value": 1})
    unit: str = pa.Field(isin=UNITS)
    description: str
    core: bool

    class Config:
        strict = True


OBSERVATION_SCHEMA = {
    "report_id": pl.String,
    "source_file": pl.String,
    "metric_code": pl.String,
    "domain": pl.String,
    "value": pl.Float64,
    "unit": pl.String,
    "qualifier": pl.String,
    "period": pl.String,
    "year": pl.Int64,
    "yoy_pct": pl.Float64,
    "delta_pct_points": pl.Float64,
    "scope": pl.String,
    "section_path": pl.String,
    "evidence": pl.String,
    "raw_start": pl.Int64,
    "raw_end": pl.Int64,
    "rule": pl.String,
}


def empty_observations() -> pl.DataFrame:
    return pl.DataFrame(schema=OBSERVATION_SCHEMA)


def validate_by_report(frames: dict[str, pl.DataFrame]) -> tuple[dict[str, pl.DataFrame], dict[str, str]]:
    """Validate many reports' observations at once; returns (valid frames, errors of the invalid ones).

    One validation over the stacked frames is much faster than one per report;
    failure row indices map back to the reports that own them.
    """
    keys = [k for k, f in frames.items() if f.height]
    valid = {k: f for k, f in frames.items() if not f.height}
    if not keys:
        return valid, {}
    stacked = pl.concat([frames[k] for k in keys], how="vertical")
    try:
        Observations.validate(stacked, lazy=True)
        valid.update({k: frames[k] for k in keys})
        return valid, {}
    except pa.errors.SchemaErrors as exc:
        failures = exc.failure_cases
    except pa.errors.SchemaError as exc:  # a column-level problem: every report is suspect
        return valid, {k: str(exc) for k in keys}
    bounds = []
    start = 0
    for k in keys:
        bounds.append((start, start + frames[k].height, k))
        start += frames[k].height
    errors: dict[str, list[str]] = {}
    for row in failures.iter_rows(named=True):
        index = row.get("index")
        owners = [k for s, e, k in bounds if index is not None and s <= index < e] or keys
        for owner in owners:
            errors.setdefault(owner, []).append(
                f"{row['column']}: {row['check']} failed for {row['failure_case']}"
            )
    for k in keys:
        if k not in errors:
            valid[k] = frames[k]
    return valid, {k: "; ".join(v[:5]) for k, v in errors.items()}
