"""The contract command end to end: `python -m pipeline run` over the seeds, through Dagster."""

from __future__ import annotations

import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from pipeline.numbers import find_quantities
from tests.conftest import PROJECT_ROOT
from tests.e2e.conftest import contract_command


def run_contract(raw: Path, warehouse_file: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        contract_command(raw, warehouse_file, *extra),
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )


def observations(warehouse_file: Path) -> list[tuple]:
    con = duckdb.connect(str(warehouse_file), read_only=True)
    try:
        return con.execute("SELECT * FROM v_observations ORDER BY source_file, ordinal").fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def seeds_warehouse(tmp_path_factory, seeds_dir) -> tuple[Path, list[tuple], subprocess.CompletedProcess]:
    warehouse_file = tmp_path_factory.mktemp("w") / "w.duckdb"
    first = run_contract(seeds_dir, warehouse_file, "--full")
    assert first.returncode == 0, first.stderr
    return warehouse_file, observations(warehouse_file), first


def test_the_run_prints_a_summary(seeds_warehouse) -> None:
    _, _, result = seeds_warehouse
    assert "reports loaded: 5" in result.stdout
    assert "quarantined:    0" in result.stdout
    assert "enforcement" in result.stdout


def test_running_twice_leaves_the_warehouse_identical(seeds_warehouse, seeds_dir) -> None:
    warehouse_file, before, _ = seeds_warehouse
    again = run_contract(seeds_dir, warehouse_file)
    assert again.returncode == 0, again.stderr
    assert "0 to load" in again.stderr
    assert observations(warehouse_file) == before
    full = run_contract(seeds_dir, warehouse_file, "--full")
    assert full.returncode == 0, full.stderr
    assert observations(warehouse_file) == before


def test_reports_an_older_extractor_read_are_loaded_again(tmp_path, seeds_dir) -> None:
    warehouse_file = tmp_path / "w.duckdb"
    assert run_contract(seeds_dir, warehouse_file).returncode == 0
    stale = sorted(p.name for p in seeds_dir.glob("*.txt"))[0]
    # As if the rules changed since this report was read: its rows carry another extractor's label.
    work = tmp_path / ".w.duckdb.d" / "work.duckdb"
    con = duckdb.connect(str(work))
    con.execute("UPDATE dim_report SET extractor = 'catalog 0 / code old' WHERE source_file = ?", [stale])
    con.close()
    again = run_contract(seeds_dir, warehouse_file)
    assert again.returncode == 0, again.stderr
    assert "1 to load (1 read by an older extractor)" in again.stderr
    con = duckdb.connect(str(warehouse_file), read_only=True)
    labels = {row[0] for row in con.execute("SELECT DISTINCT extractor FROM dim_report").fetchall()}
    con.close()
    assert len(labels) == 1 and "code old" not in labels.pop()


def test_every_seed_is_present_with_the_gold_metadata(seeds_warehouse, gold_documents) -> None:
    warehouse_file, _, _ = seeds_warehouse
    con = duckdb.connect(str(warehouse_file), read_only=True)
    rows = con.execute(
        "SELECT r.source_file, a.agency, a.province, a.city, a.district, a.level, r.report_year, r.report_type, "
        "r.title, CAST(r.published_date AS VARCHAR) FROM dim_report r JOIN dim_agency a USING (agency_key)"
    ).fetchall()
    con.close()
    assert len(rows) == 5
    for source_file, *got in rows:
        gold = gold_documents[source_file]
        want = [
            gold[k]
            for k in (
                "agency",
                "province",
                "city",
                "district",
                "level",
                "report_year",
                "report_type",
                "title",
                "published",
            )
        ]
        assert got == want, source_file


def _grounded(span: str, value: float) -> bool:
    """The raw span states the value: as written, or scaled by the 万/亿 of a table header."""
    for q in find_quantities(span.replace(" ", "").replace("\u3000", "")):
        for scale in (1, 10_000, 100_000_000):
            if abs(float(q.value * Decimal(scale)) - value) <= 1e-6 * max(1.0, abs(value)):
                return True
    return False


def test_every_observation_is_grounded_in_the_raw_text(seeds_warehouse, seeds_dir) -> None:
    warehouse_file, _, _ = seeds_warehouse
    con = duckdb.connect(str(warehouse_file), read_only=True)
    rows = con.execute("SELECT source_file, value, raw_start, raw_end FROM v_observations").fetchall()
    con.close()
    texts = {p.name: p.read_text(encoding="utf-8") for p in seeds_dir.glob("*.txt")}
    ungrounded = [(f, v, texts[f][s:e]) for f, v, s, e in rows if not _grounded(texts[f][s:e], v)]
    assert rows and not ungrounded


def test_changed_removed_and_bad_files(tmp_path, seeds_dir) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    names = sorted(p.name for p in seeds_dir.glob("*.txt"))[:2]
    for name in names:
        shutil.copy(seeds_dir / name, raw / name)
    (raw / "broken.txt").write_bytes(bytes(range(0, 32)) * 50)
    warehouse_file = tmp_path / "w.duckdb"
    assert run_contract(raw, warehouse_file).returncode == 0
    con = duckdb.connect(str(warehouse_file), read_only=True)
    assert con.execute("SELECT source_file, stage FROM quarantine").fetchall() == [("broken.txt", "ingest")]
    assert con.execute("SELECT count(DISTINCT source_file) FROM v_observations").fetchone()[0] == 2
    con.close()

    (raw / names[0]).unlink()
    changed = raw / names[1]
    # Prepend a figure-bearing paragraph: the new version must replace every row of the old one.
    changed.write_text(
        "全年共立案查处各类案件7777件。\n" + changed.read_text(encoding="utf-8"), encoding="utf-8"
    )
    (raw / "broken.txt").unlink()
    result = run_contract(raw, warehouse_file)
    assert result.returncode == 0, result.stderr
    con = duckdb.connect(str(warehouse_file), read_only=True)
    assert con.execute("SELECT DISTINCT source_file FROM v_observations").fetchall() == [(names[1],)]
    assert con.execute("SELECT count(*) FROM quarantine").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM v_observations WHERE value = 7777").fetchone()[0] == 1
    assert con.execute("SELECT count(*) FROM dim_report").fetchone()[0] == 1
    con.close()


def test_the_sample_reports_in_raw_load(tmp_path) -> None:
    warehouse_file = tmp_path / "w.duckdb"
    result = run_contract(PROJECT_ROOT / "raw", warehouse_file)
    assert result.returncode == 0, result.stderr
    con = duckdb.connect(str(warehouse_file), read_only=True)
    reports = con.execute("SELECT count(*) FROM dim_report").fetchone()[0]
    core = con.execute("SELECT count(*) FROM v_observations WHERE core").fetchone()[0]
    quarantined = con.execute("SELECT count(*) FROM quarantine").fetchone()[0]
    con.close()
    samples = [p for p in (PROJECT_ROOT / "raw").iterdir() if p.suffix in (".txt", ".html", ".md")]
    assert reports == len([p for p in samples if not p.name.upper().startswith("README")]) >= 3
    assert quarantined == 0
    assert core > 50
