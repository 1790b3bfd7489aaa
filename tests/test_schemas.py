from __future__ import annotations

import polars as pl
import pytest
from pandera.errors import SchemaErrors

from pipeline.schemas import OBSERVATION_SCHEMA, Observations, validate_by_report


def _row(**over) -> dict:
    row = {
        "report_id": "0123456789abcdef",
        "source_file": "a.txt",
        "metric_code": "enforcement.cases_filed",
        "domain": "enforcement",
        "value": 2205.0,
        "unit": "case",
        "qualifier": "exact",
        "period": "year",
        "year": 2020,
        "yoy_pct": None,
        "delta_pct_points": None,
        "scope": "total",
        "section_path": "",
        "evidence": "全局共查办各类案件2205件",
        "raw_start": 10,
        "raw_end": 17,
        "rule": "cue:x",
    }
    row.update(over)
    return row


def _frame(*rows: dict) -> pl.DataFrame:
    return pl.DataFrame(list(rows), schema=OBSERVATION_SCHEMA)


def test_a_good_frame_validates() -> None:
    Observations.validate(_frame(_row()), lazy=True)


@pytest.mark.parametrize(
    "bad",
    [
        {"metric_code": "Cases Filed"},
        {"domain": "complaints"},
        {"unit": "pieces"},
        {"period": "annual"},
        {"scope": "partial"},
        {"raw_end": 10},
        {"value": float("nan")},
        {"year": 1850},
    ],
)
def test_invalid_rows_fail(bad: dict) -> None:
    with pytest.raises(SchemaErrors):
        Observations.validate(_frame(_row(**bad)), lazy=True)


def test_failures_are_traced_to_the_report_that_owns_them() -> None:
    frames = {
        "good": _frame(_row(), _row(value=1.0)),
        "bad": _frame(_row(report_id="fedcba9876543210"), _row(report_id="fedcba9876543210", unit="pieces")),
        "empty": _frame(),
    }
    valid, errors = validate_by_report(frames)
    assert set(valid) == {"good", "empty"}
    assert set(errors) == {"bad"} and "unit" in errors["bad"]
