"""Charts, evidence pages, `sql` and `export` over a small warehouse built from sentences written here."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import openpyxl
import polars as pl
import pytest

from pipeline import warehouse
from pipeline.catalog import default_catalog
from pipeline.chain import report_record, run_chain
from pipeline.charts import write_charts
from pipeline.evidence import write_evidence
from pipeline.ingest import read_report
from tests.conftest import PROJECT_ROOT

REPORTS = {
    "a2022.txt": "湖州市市场监督管理局2022年度法治政府建设情况报告\n\n2022年，全局共查办各类案件900件，罚没款500万元；"
    "受理投诉举报3000件，挽回经济损失120万元；收到行政复议案件20件，行政诉讼5件。\n",
    "a2023.txt": "湖州市市场监督管理局2023年度法治政府建设情况报告\n\n2023年，全局共查办各类案件1000件，比去年同期（950件）"
    "增长5.26%，罚没款620万元；在“铁拳”行动中查处案件80件。受理投诉举报3500件，挽回经济损失150万元。"
    "移送公安机关涉嫌犯罪案件8件。2023年移送公安机关案件7件。\n",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("analyst")
    raw = root / "raw"
    raw.mkdir()
    for name, text in REPORTS.items():
        (raw / name).write_text(text, encoding="utf-8")
    paths = warehouse.paths_for(root / "w.duckdb")
    with warehouse.writer(paths) as con:
        warehouse.load_catalog(con, default_catalog())
        for name in REPORTS:
            result = run_chain(read_report(raw / name))
            warehouse.replace_report(
                con,
                warehouse.ReportLoad(
                    report_record(result.raw, result.meta), result.sections, result.observations, "test"
                ),
            )
        warehouse.finish_load(con)
    warehouse.publish(paths)
    return raw, paths.published


def test_trend_rows_come_from_total_figures_and_prior_years_fill_gaps(built) -> None:
    _, published = built
    con = duckdb.connect(str(published), read_only=True)
    rows = con.execute("SELECT year, cases_filed FROM v_enforcement_trend ORDER BY year").fetchall()
    assert rows == [(2022, 900.0), (2023, 1000.0)]  # 2022's own report wins over 2023's prior-year 950
    cell = con.execute(
        "SELECT source_file FROM v_trend_cells WHERE year = 2023 AND metric_code = 'enforcement.cases_filed'"
    ).fetchone()
    assert cell == ("a2023.txt",)
    assert con.execute("SELECT count(*) FROM v_conflicts WHERE kind = 'across_reports'").fetchone()[0] == 1
    con.close()


def test_charts_are_png_and_html(built, tmp_path) -> None:
    _, published = built
    con = duckdb.connect(str(published), read_only=True)
    written = write_charts(con, tmp_path)
    con.close()
    assert set(written) == {"enforcement", "complaints", "litigation"}
    for png, page in written.values():
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        text = page.read_text(encoding="utf-8")
        assert "<html" in text.lower() and "cdn.jsdelivr" not in text  # self-contained


def test_evidence_pages_mark_every_core_figure(built, tmp_path) -> None:
    raw, published = built
    con = duckdb.connect(str(published), read_only=True)
    pages = write_evidence(con, raw, tmp_path, ["enforcement_trend.html"])
    core = con.execute("SELECT source_file, ordinal FROM v_observations WHERE core").fetchall()
    con.close()
    assert {p.name for p in pages} == {"a2022.txt.html", "a2023.txt.html", "index.html"}
    for source_file, ordinal in core:
        page = (tmp_path / f"{source_file}.html").read_text(encoding="utf-8")
        assert f"obs-{ordinal}" in page.split("<h2>Observations</h2>")[0], (source_file, ordinal)
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert "a2022.txt.html" in index and "../charts/enforcement_trend.html" in index


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_sql_prints_a_table_and_explains_a_bad_query(built) -> None:
    _, published = built
    ok = _cli(
        "sql",
        "SELECT year, cases_filed FROM v_enforcement_trend ORDER BY year",
        "--warehouse",
        str(published),
    )
    assert ok.returncode == 0 and "| year | cases_filed |" in ok.stdout and "(2 rows)" in ok.stdout
    bad = _cli("sql", "SELECT nope FROM nowhere", "--warehouse", str(published))
    assert bad.returncode == 2 and "Traceback" not in bad.stderr and "nowhere" in bad.stderr
    missing = _cli("sql", "SELECT 1", "--warehouse", str(published.parent / "absent.duckdb"))
    assert missing.returncode == 2 and "no warehouse" in missing.stderr


@pytest.mark.parametrize("fmt", ["csv", "parquet", "xlsx"])
def test_export_writes_every_view(built, tmp_path, fmt: str) -> None:
    _, published = built
    result = _cli("export", "--format", fmt, "--out", str(tmp_path), "--warehouse", str(published))
    assert result.returncode == 0, result.stderr
    if fmt == "xlsx":
        sheets = openpyxl.load_workbook(tmp_path / "metrics.xlsx", read_only=True).sheetnames
        assert {"v_observations", "v_enforcement_trend", "v_conflicts", "v_metric_dictionary"} <= set(sheets)
        return
    frame = (
        pl.read_csv(tmp_path / "v_observations.csv")
        if fmt == "csv"
        else pl.read_parquet(tmp_path / "v_observations.parquet")
    )
    assert frame.height > 5 and "raw_start" in frame.columns
