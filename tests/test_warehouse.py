from __future__ import annotations

import multiprocessing

import duckdb
import polars as pl
import pytest

from pipeline import warehouse
from pipeline.catalog import default_catalog
from pipeline.schemas import OBSERVATION_SCHEMA


def _report(source_file: str = "a.txt", report_id: str = "0123456789abcdef", sha: str = "a" * 64) -> dict:
    return {
        "report_id": report_id,
        "source_file": source_file,
        "sha256": sha,
        "encoding": "utf-8",
        "size_bytes": 100,
        "title": "某市市场监督管理局2023年工作总结",
        "agency": "某市市场监督管理局",
        "province": "某省",
        "city": "某市",
        "district": None,
        "level": "city",
        "report_year": 2023,
        "report_type": "work_summary",
        "published_date": "2024-01-10",
        "period": "year",
    }


def _observations(report_id: str, source_file: str, values: list[float]) -> pl.DataFrame:
    rows = [
        {
            "report_id": report_id,
            "source_file": source_file,
            "metric_code": code,
            "domain": code.split(".")[0],
            "value": v,
            "unit": "case",
            "qualifier": "exact",
            "period": "year",
            "year": 2023,
            "yoy_pct": None,
            "delta_pct_points": None,
            "scope": "total",
            "section_path": "一、执法办案",
            "evidence": "查办案件N件",
            "raw_start": i * 10,
            "raw_end": i * 10 + 4,
            "rule": "cue",
        }
        for i, (code, v) in enumerate(
            zip(["enforcement.cases_filed", "food_safety.other_batch"], values, strict=False)
        )
    ]
    return pl.DataFrame(rows, schema=OBSERVATION_SCHEMA)


def _sections(report_id: str) -> pl.DataFrame:
    return pl.DataFrame(
        [
            {
                "report_id": report_id,
                "section_id": 1,
                "level": 1,
                "heading": "一、执法办案",
                "section_path": "一、执法办案",
                "raw_start": 0,
                "raw_end": 6,
            }
        ]
    )


def _load(con, source_file="a.txt", report_id="0123456789abcdef", values=(2205.0, 12.0)) -> None:
    warehouse.replace_report(
        con,
        warehouse.ReportLoad(
            _report(source_file, report_id),
            _sections(report_id),
            _observations(report_id, source_file, list(values)),
            "test",
        ),
    )


@pytest.fixture()
def paths(tmp_path):
    return warehouse.paths_for(tmp_path / "w.duckdb")


def test_replacing_a_report_never_duplicates(paths) -> None:
    with warehouse.writer(paths) as con:
        warehouse.load_catalog(con, default_catalog())
        _load(con)
        _load(con)
        warehouse.finish_load(con)
        rows = con.execute("SELECT metric_code, value FROM v_observations ORDER BY ordinal").fetchall()
    assert rows == [("enforcement.cases_filed", 2205.0), ("food_safety.other_batch", 12.0)]


def test_a_changed_file_replaces_its_rows(paths) -> None:
    with warehouse.writer(paths) as con:
        _load(con)
        _load(con, report_id="1111111111111111", values=(2300.0,))
        warehouse.finish_load(con)
        assert con.execute("SELECT count(*), max(value) FROM v_observations").fetchone() == (1, 2300.0)
        assert con.execute("SELECT count(*) FROM dim_report").fetchone()[0] == 1


def test_uncatalogued_codes_get_a_dictionary_row_and_are_pruned_with_their_report(paths) -> None:
    with warehouse.writer(paths) as con:
        warehouse.load_catalog(con, default_catalog())
        _load(con)
        assert con.execute(
            "SELECT in_catalog FROM dim_metric WHERE metric_code = 'food_safety.other_batch'"
        ).fetchone() == (False,)
        warehouse.remove_reports(con, ["a.txt"])
        assert con.execute("SELECT count(*) FROM fact_observation").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM dim_metric WHERE NOT in_catalog").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM dim_metric WHERE core").fetchone()[0] > 40


def test_quarantine_replaces_old_rows_and_a_good_load_clears_it(paths) -> None:
    with warehouse.writer(paths) as con:
        _load(con)
        warehouse.record_quarantine(con, "a.txt", "b" * 64, "ingest", "cannot decode")
        assert con.execute("SELECT count(*) FROM dim_report").fetchone()[0] == 0
        assert warehouse.quarantined(con) == {"a.txt": "b" * 64}
        _load(con)
        assert warehouse.quarantined(con) == {}


def test_the_same_content_under_two_names_is_refused(paths) -> None:
    with warehouse.writer(paths) as con:
        _load(con, source_file="a.txt")
        _load(con, source_file="copy.txt")  # same report id: replaces, never two rows for one report
        assert con.execute("SELECT source_file FROM dim_report").fetchall() == [("copy.txt",)]


def _hold_read_connection(path: str, ready, stop) -> None:
    con = duckdb.connect(path, read_only=True)
    con.execute("SELECT count(*) FROM dim_report").fetchone()
    ready.set()
    stop.wait(30)
    con.close()


def test_publishing_works_while_another_process_reads(paths) -> None:
    with warehouse.writer(paths) as con:
        _load(con)
        warehouse.finish_load(con)
    warehouse.publish(paths)
    ctx = multiprocessing.get_context("spawn")
    ready, stop = ctx.Event(), ctx.Event()
    reader = ctx.Process(target=_hold_read_connection, args=(str(paths.published), ready, stop))
    reader.start()
    try:
        assert ready.wait(30)
        with warehouse.writer(paths) as con:
            _load(con, source_file="b.txt", report_id="2222222222222222")
            warehouse.finish_load(con)
        warehouse.publish(paths)
        check = warehouse.read_only(paths.published)
        assert check.execute("SELECT count(*) FROM dim_report").fetchone()[0] == 2
        check.close()
    finally:
        stop.set()
        reader.join(30)
    assert reader.exitcode == 0


def test_stable_keys_are_stable() -> None:
    assert warehouse.stable_key("a", 1) == warehouse.stable_key("a", 1) != warehouse.stable_key("a", 2)
    assert 0 < warehouse.stable_key("x") < 2**63


def _obs(report_id: str, source_file: str, items: list[tuple[str, float, str, int]]) -> pl.DataFrame:
    rows = [
        {
            "report_id": report_id,
            "source_file": source_file,
            "metric_code": code,
            "domain": code.split(".")[0],
            "value": value,
            "unit": "case",
            "qualifier": "exact",
            "period": period,
            "year": year,
            "yoy_pct": None,
            "delta_pct_points": None,
            "scope": "total",
            "section_path": "",
            "evidence": f"{code} {value}",
            "raw_start": i * 10,
            "raw_end": i * 10 + 3,
            "rule": "test",
        }
        for i, (code, value, period, year) in enumerate(items)
    ]
    return pl.DataFrame(rows, schema=OBSERVATION_SCHEMA)


def test_conflicts_within_a_report_and_across_reports(paths) -> None:
    with warehouse.writer(paths) as con:
        warehouse.load_catalog(con, default_catalog())
        first = _report("2022.txt", "aaaaaaaaaaaaaaaa") | {"report_year": 2022}
        later = _report("2023.txt", "bbbbbbbbbbbbbbbb") | {"report_year": 2023}
        warehouse.replace_report(
            con,
            warehouse.ReportLoad(
                first,
                _sections("aaaaaaaaaaaaaaaa"),
                _obs(
                    "aaaaaaaaaaaaaaaa",
                    "2022.txt",
                    [
                        ("enforcement.criminal_referrals", 8, "year", 2022),
                        ("enforcement.criminal_referrals", 7, "year", 2022),
                        ("enforcement.cases_filed", 900, "year", 2022),
                    ],
                ),
                "test",
            ),
        )
        warehouse.replace_report(
            con,
            warehouse.ReportLoad(
                later,
                _sections("bbbbbbbbbbbbbbbb"),
                _obs(
                    "bbbbbbbbbbbbbbbb",
                    "2023.txt",
                    [
                        ("enforcement.cases_filed", 1000, "year", 2023),
                        ("enforcement.cases_filed", 950, "prior_year", 2022),
                    ],
                ),
                "test",
            ),
        )
        warehouse.finish_load(con)
        conflicts = con.execute(
            "SELECT metric_code, year, value_a, value_b, kind FROM v_conflicts ORDER BY kind, metric_code"
        ).fetchall()
    assert conflicts == [
        ("enforcement.cases_filed", 2022, 900.0, 950.0, "across_reports"),
        ("enforcement.criminal_referrals", 2022, 8.0, 7.0, "within_report"),
    ]
