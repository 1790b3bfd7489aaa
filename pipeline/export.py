"""Export: the warehouse's views and tables as files analysts open elsewhere.

CSV and Parquet are written by DuckDB itself (one file per view or table);
XLSX is one workbook with one sheet per view and table, written with
xlsxwriter through polars, for analysts who live in spreadsheets.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import polars as pl

VIEWS = (
    "v_observations",
    "v_enforcement_trend",
    "v_complaints_trend",
    "v_litigation_trend",
    "v_trend_cells",
    "v_conflicts",
    "v_metric_dictionary",
)
TABLES = (
    "dim_agency",
    "dim_report",
    "dim_metric",
    "dim_period",
    "dim_section",
    "fact_observation",
    "quarantine",
)


def export_warehouse(warehouse_file: Path, out_dir: Path, fmt: str) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(warehouse_file), read_only=True)
    try:
        if fmt == "xlsx":
            return [_xlsx(con, out_dir / "metrics.xlsx")]
        written = []
        for name in (*VIEWS, *TABLES):
            path = out_dir / f"{name}.{fmt}"
            options = "(FORMAT parquet)" if fmt == "parquet" else "(HEADER, DELIMITER ',')"
            con.execute(f"COPY (SELECT * FROM {name}) TO '{_sql_path(path)}' {options}")
            written.append(path)
        return written
    finally:
        con.close()


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def _xlsx(con: duckdb.DuckDBPyConnection, path: Path) -> Path:
    import xlsxwriter

    with xlsxwriter.Workbook(str(path)) as workbook:
        for name in (*VIEWS, *TABLES):
            frame: pl.DataFrame = con.execute(f"SELECT * FROM {name}").pl()
            frame.write_excel(workbook, worksheet=name[:31], autofit=True, float_precision=2)
    return path
