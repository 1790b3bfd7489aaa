"""Warehouse: the DuckDB star schema, per-report loads and the analysts' copy.

DuckDB allows one writing process, and an analyst's read-only connection
holds a lock that would stop a writer. So the pipeline never writes the file
analysts open: it writes a private working copy (`.<name>.d/work.duckdb`
beside it), under a file lock that serialises overlapping runs, and after
each load publishes the copy by writing `<name>.tmp` and renaming it over
`<name>` (an atomic rename on POSIX). Readers keep the snapshot they opened;
new connections see the new one.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import polars as pl
from filelock import FileLock

from pipeline.catalog import Catalog

SQL_DIR = Path(__file__).resolve().parent.parent / "warehouse"
SCHEMA_FILES = ("schema.sql",)
VIEW_FILES = ("views.sql", "trends.sql")
LOCK_TIMEOUT_S = 600


def stable_key(*parts: object) -> int:
    """A positive 63-bit key from a natural key; the same parts always give the same key."""
    digest = hashlib.sha1("\x1f".join("" if p is None else str(p) for p in parts).encode()).digest()
    return int.from_bytes(digest[:8], "big") >> 1


@dataclass(frozen=True)
class WarehousePaths:
    """Where a warehouse lives: the published file and the pipeline's private state beside it."""

    published: Path

    @property
    def state_dir(self) -> Path:
        return self.published.parent / f".{self.published.name}.d"

    @property
    def work(self) -> Path:
        return self.state_dir / "work.duckdb"

    @property
    def lock(self) -> Path:
        return self.state_dir / "write.lock"

    @property
    def stage_store(self) -> Path:
        return self.state_dir / "stages"


def paths_for(warehouse_file: str | os.PathLike[str]) -> WarehousePaths:
    return WarehousePaths(Path(warehouse_file).resolve())


@contextmanager
def writer(paths: WarehousePaths, timeout: float = LOCK_TIMEOUT_S) -> Iterator[duckdb.DuckDBPyConnection]:
    """The single writing connection, to the working copy, under the write lock."""
    paths.state_dir.mkdir(parents=True, exist_ok=True)
    with FileLock(str(paths.lock), timeout=timeout):
        if not paths.work.exists() and paths.published.exists():
            shutil.copyfile(paths.published, paths.work)  # adopt a warehouse made elsewhere
        con = duckdb.connect(str(paths.work))
        try:
            ensure_schema(con)
            yield con
            con.execute("CHECKPOINT")
        finally:
            con.close()


def publish(paths: WarehousePaths) -> None:
    """Copy the working file over the published one atomically (call with the write lock held or after)."""
    with FileLock(str(paths.lock), timeout=LOCK_TIMEOUT_S):
        paths.published.parent.mkdir(parents=True, exist_ok=True)
        tmp = paths.published.with_name(paths.published.name + ".tmp")
        shutil.copyfile(paths.work, tmp)
        os.replace(tmp, paths.published)


def read_only(warehouse_file: str | os.PathLike[str]) -> duckdb.DuckDBPyConnection:
    """A read-only connection to the published warehouse, as analysts should open it."""
    return duckdb.connect(str(warehouse_file), read_only=True)


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    for name in SCHEMA_FILES:
        con.execute((SQL_DIR / name).read_text(encoding="utf-8"))


def create_views(con: duckdb.DuckDBPyConnection) -> None:
    for name in VIEW_FILES:
        con.execute((SQL_DIR / name).read_text(encoding="utf-8"))


def loaded_reports(con: duckdb.DuckDBPyConnection, extractor: str | None = None) -> dict[str, str | None]:
    """source_file -> sha256 of every report in the warehouse. Given the current extractor's
    label, a report whose rows another extractor produced maps to None: it is due a reload."""
    if extractor is None:
        return dict(con.execute("SELECT source_file, sha256 FROM dim_report").fetchall())
    sql = "SELECT source_file, CASE WHEN extractor = ? THEN sha256 END FROM dim_report"
    return dict(con.execute(sql, [extractor]).fetchall())


def quarantined(con: duckdb.DuckDBPyConnection) -> dict[str, str | None]:
    return dict(con.execute("SELECT source_file, sha256 FROM quarantine").fetchall())


def load_catalog(con: duckdb.DuckDBPyConnection, catalog: Catalog) -> None:
    """(Re)load dim_metric from the catalog; codes made up for uncatalogued figures are kept."""
    frame = catalog.frame().with_columns(
        pl.col("metric_code").map_elements(stable_key, return_dtype=pl.Int64).alias("metric_key"),
        pl.lit(True).alias("in_catalog"),
    )
    con.register("catalog_frame", frame.to_arrow())
    try:
        con.execute("BEGIN")
        con.execute("DELETE FROM dim_metric WHERE metric_code IN (SELECT metric_code FROM catalog_frame)")
        con.execute(
            "INSERT INTO dim_metric SELECT metric_key, metric_code, domain, name_zh, name_en, unit, description, "
            "core, in_catalog FROM catalog_frame"
        )
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    finally:
        con.unregister("catalog_frame")


@dataclass(frozen=True)
class ReportLoad:
    """Everything the warehouse stores about one report."""

    report: dict  # a `Reports` row
    sections: pl.DataFrame  # `Sections`
    observations: pl.DataFrame  # `Observations`
    extractor: str


_UNCATALOGUED_NAMES = {
    "food_safety": ("食品安全", "food safety"),
    "drugs": ("药品医疗器械", "drugs and devices"),
    "special_equipment": ("特种设备", "special equipment"),
    "ip": ("知识产权", "intellectual property"),
    "registration": ("登记注册", "registration"),
    "credit": ("信用监管", "credit"),
    "quality": ("质量", "quality"),
    "legal_affairs": ("法治工作", "legal affairs"),
    "publicity": ("宣传", "publicity"),
    "consumer": ("消费维权", "consumer"),
    "market_order": ("市场秩序", "market order"),
    "enforcement": ("执法办案", "enforcement"),
    "complaints": ("投诉举报", "complaints"),
    "litigation": ("复议诉讼", "litigation"),
    "other": ("其他", "other"),
}


def _uncatalogued_metric_rows(codes: Sequence[str], units: dict[str, str]) -> list[tuple]:
    rows = []
    for code in codes:
        domain, _, name = code.partition(".")
        zh, en = _UNCATALOGUED_NAMES.get(domain, (domain, domain))
        if name.endswith("_share_pct"):
            description = f"Share of a total (percent) reported alongside {code[: -len('_share_pct')]}"
        else:
            description = f"Figure of the {en} domain with no catalog metric ({name})"
        rows.append(
            (
                stable_key(code),
                code,
                domain,
                f"{zh}（未编目）{name}",
                f"{en}: {name}",
                units.get(code, "other"),
                description,
                False,
                False,
            )
        )
    return rows


def replace_report(
    con: duckdb.DuckDBPyConnection, load: ReportLoad, ingested_at: datetime | None = None
) -> int:
    """Replace one report's rows (by source file and by report id) in a single transaction."""
    report = load.report
    report_key = stable_key("report", report["report_id"])
    agency_key = stable_key(
        "agency", report["agency"], report["province"], report["city"], report["district"]
    )
    obs = load.observations
    try:
        con.execute("BEGIN")
        _delete_report_rows(con, source_file=report["source_file"], report_id=report["report_id"])
        con.execute(
            "INSERT INTO dim_agency SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS "
            "(SELECT 1 FROM dim_agency WHERE agency_key = ?)",
            [
                agency_key,
                report["agency"],
                report["province"],
                report["city"],
                report["district"],
                report["level"],
                agency_key,
            ],
        )
        published = report["published_date"]
        con.execute(
            "INSERT INTO dim_report VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                report_key,
                report["report_id"],
                report["source_file"],
                report["sha256"],
                report["title"],
                report["report_year"],
                report["report_type"],
                date.fromisoformat(published) if published else None,
                agency_key,
                ingested_at or datetime.now(UTC).replace(tzinfo=None),
                report["encoding"],
                report["size_bytes"],
                report["period"],
                load.extractor,
            ],
        )
        section_rows = _section_rows(report_key, load.sections)
        con.executemany("INSERT INTO dim_section VALUES (?, ?, ?, ?, ?, ?, ?)", section_rows)
        if obs.height:
            _insert_observations(con, obs, report_key, agency_key)
        con.execute("DELETE FROM quarantine WHERE source_file = ?", [report["source_file"]])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return obs.height


def _section_rows(report_key: int, sections: pl.DataFrame) -> list[tuple]:
    rows = [(stable_key("section", report_key, ""), report_key, "", 0, "", None, None)]
    seen = {""}
    for s in sections.iter_rows(named=True):
        if s["section_path"] in seen:
            continue
        seen.add(s["section_path"])
        rows.append(
            (
                stable_key("section", report_key, s["section_path"]),
                report_key,
                s["section_path"],
                s["level"],
                s["heading"],
                s["raw_start"],
                s["raw_end"],
            )
        )
    return rows


def _insert_observations(
    con: duckdb.DuckDBPyConnection, obs: pl.DataFrame, report_key: int, agency_key: int
) -> None:
    codes = obs["metric_code"].unique().to_list()
    known = {
        row[0]
        for row in con.execute(
            "SELECT metric_code FROM dim_metric WHERE metric_code IN (SELECT unnest(?))", [codes]
        ).fetchall()
    }
    units = dict(zip(obs["metric_code"].to_list(), obs["unit"].to_list(), strict=True))
    new_metrics = _uncatalogued_metric_rows(sorted(set(codes) - known), units)
    if new_metrics:
        con.executemany("INSERT INTO dim_metric VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", new_metrics)
    periods = sorted(
        {(p, y) for p, y in zip(obs["period"].to_list(), obs["year"].to_list(), strict=True)},
        key=lambda t: (t[0], t[1] or 0),
    )
    con.executemany(
        "INSERT INTO dim_period SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM dim_period WHERE period_key = ?)",
        [(stable_key("period", y, p), y, p, stable_key("period", y, p)) for p, y in periods],
    )
    frame = obs.with_row_index("ordinal").with_columns(
        pl.struct("ordinal")
        .map_elements(lambda r: stable_key("obs", report_key, r["ordinal"]), return_dtype=pl.Int64)
        .alias("observation_key"),
        pl.col("metric_code").map_elements(stable_key, return_dtype=pl.Int64).alias("metric_key"),
        pl.struct("period", "year")
        .map_elements(lambda r: stable_key("period", r["year"], r["period"]), return_dtype=pl.Int64)
        .alias("period_key"),
        pl.col("section_path")
        .map_elements(lambda p: stable_key("section", report_key, p), return_dtype=pl.Int64)
        .alias("section_key"),
        pl.lit(report_key, dtype=pl.Int64).alias("report_key"),
        pl.lit(agency_key, dtype=pl.Int64).alias("agency_key"),
        pl.col("ordinal").cast(pl.Int32),
    )
    con.register("obs_frame", frame.to_arrow())
    try:
        con.execute(
            "INSERT INTO fact_observation SELECT observation_key, report_key, agency_key, metric_key, period_key, "
            "section_key, value, unit, qualifier, yoy_pct, delta_pct_points, scope, raw_start, raw_end, evidence, "
            "rule, ordinal FROM obs_frame"
        )
    finally:
        con.unregister("obs_frame")


def _delete_report_rows(
    con: duckdb.DuckDBPyConnection, source_file: str, report_id: str | None = None
) -> None:
    keys = [
        row[0]
        for row in con.execute(
            "SELECT report_key FROM dim_report WHERE source_file = ? OR report_id = ?",
            [source_file, report_id or ""],
        ).fetchall()
    ]
    if not keys:
        return
    con.execute("DELETE FROM fact_observation WHERE report_key IN (SELECT unnest(?))", [keys])
    con.execute("DELETE FROM dim_section WHERE report_key IN (SELECT unnest(?))", [keys])
    con.execute("DELETE FROM dim_report WHERE report_key IN (SELECT unnest(?))", [keys])


def remove_reports(con: duckdb.DuckDBPyConnection, source_files: Sequence[str]) -> int:
    """Remove reports (and their quarantine entries) whose files are gone; one transaction."""
    if not source_files:
        return 0
    try:
        con.execute("BEGIN")
        for name in source_files:
            _delete_report_rows(con, name)
        con.execute("DELETE FROM quarantine WHERE source_file IN (SELECT unnest(?))", [list(source_files)])
        _prune_dimensions(con)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return len(source_files)


def _prune_dimensions(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("DELETE FROM dim_agency WHERE agency_key NOT IN (SELECT agency_key FROM dim_report)")
    con.execute("DELETE FROM dim_period WHERE period_key NOT IN (SELECT period_key FROM fact_observation)")
    con.execute(
        "DELETE FROM dim_metric WHERE NOT in_catalog AND metric_key NOT IN (SELECT metric_key FROM fact_observation)"
    )


def record_quarantine(
    con: duckdb.DuckDBPyConnection,
    source_file: str,
    sha256: str | None,
    stage: str,
    error: str,
    seen_at: datetime | None = None,
) -> None:
    """Record (or replace) why a file could not be loaded; its old rows are removed."""
    try:
        con.execute("BEGIN")
        _delete_report_rows(con, source_file)
        con.execute("DELETE FROM quarantine WHERE source_file = ?", [source_file])
        con.execute(
            "INSERT INTO quarantine VALUES (?, ?, ?, ?, ?)",
            [source_file, sha256, stage, error[:2000], seen_at or datetime.now(UTC).replace(tzinfo=None)],
        )
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise


def finish_load(con: duckdb.DuckDBPyConnection) -> None:
    """After a batch of loads: drop unused dimension rows and (re)create the views."""
    _prune_dimensions(con)
    create_views(con)


def summary(con: duckdb.DuckDBPyConnection) -> dict:
    """Counts for the end-of-run summary."""
    reports = con.execute("SELECT count(*) FROM dim_report").fetchone()[0]
    per_domain = dict(
        con.execute(
            "SELECT m.domain, count(*) FROM fact_observation f JOIN dim_metric m USING (metric_key) "
            "GROUP BY 1 ORDER BY 2 DESC"
        ).fetchall()
    )
    quarantine = con.execute(
        "SELECT source_file, stage, error FROM quarantine ORDER BY source_file"
    ).fetchall()
    return {"reports": reports, "observations_per_domain": per_domain, "quarantined": quarantine}
