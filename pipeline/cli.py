"""`python -m pipeline`: run the graph, score it, measure it.

This is the one module of `pipeline` that reaches into `assets`: `run` executes
the same Dagster definitions `dagster dev` loads, in-process.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import warnings
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_RAW = PROJECT_ROOT / "raw"
DEFAULT_WAREHOUSE = PROJECT_ROOT / "warehouse" / "metrics.duckdb"
CATALOG_MD = PROJECT_ROOT.parent / "shared" / "metric_catalog.md"


def _quiet_dagster() -> None:
    warnings.filterwarnings("ignore", module="dagster")
    warnings.filterwarnings("ignore", message=".*is currently in (beta|preview).*")
    os.environ.setdefault("DAGSTER_DISABLE_TELEMETRY", "1")


# ------------------------------------------------------------------ run


def run_pipeline(raw_dir: Path, warehouse_file: Path, full: bool = False, log_level: str = "WARNING") -> dict:
    """Materialise every asset through Dagster over the reports in `raw_dir`; returns the plan and results."""
    _quiet_dagster()
    import dagster as dg
    from dagster._core.storage.tags import ASSET_PARTITION_RANGE_END_TAG, ASSET_PARTITION_RANGE_START_TAG

    from assets.definitions import build_definitions
    from assets.partitions import REPORTS, contiguous_ranges, partition_key
    from assets.resources import PipelineConfig
    from pipeline import warehouse
    from pipeline.fingerprint import extractor_label
    from pipeline.ingest import scan_folder, sha256_hex

    config = PipelineConfig(raw_dir=str(raw_dir), warehouse_path=str(warehouse_file))
    defs = build_definitions(config)
    files = scan_folder(raw_dir)
    current = {f.name: sha256_hex(f.path.read_bytes()) for f in files}
    with warehouse.writer(config.paths) as con:
        loaded = warehouse.loaded_reports(con, extractor_label())
        bad = warehouse.quarantined(con)
    known = {**bad, **loaded}
    todo = sorted(name for name, sha in current.items() if full or known.get(name) != sha)
    stale = sum(1 for name, sha in loaded.items() if sha is None and name in current)
    removed = sorted(set(known) - set(current))
    keys = [partition_key(name, current[name]) for name in todo]

    instance = dg.DagsterInstance.get() if os.environ.get("DAGSTER_HOME") else dg.DagsterInstance.ephemeral()
    existing = set(instance.get_dynamic_partitions(REPORTS.name))
    new_keys = [k for k in keys if k not in existing]
    if new_keys:
        instance.add_dynamic_partitions(REPORTS.name, new_keys)
    ordered = instance.get_dynamic_partitions(REPORTS.name)
    run_config = {"loggers": {"console": {"config": {"log_level": log_level}}}}
    results = []
    print(
        f"raw folder {raw_dir}: {len(files)} file(s); {len(todo)} to load"
        + (f" ({stale} read by an older extractor)" if stale and not full else "")
        + f", {len(removed)} removed, {len(files) - len(todo)} unchanged",
        file=sys.stderr,
    )
    load_job = defs.resolve_job_def("load_reports")
    for start, end in contiguous_ranges(ordered, set(keys)):
        result = load_job.execute_in_process(
            instance=instance,
            run_config=run_config,
            tags={ASSET_PARTITION_RANGE_START_TAG: start, ASSET_PARTITION_RANGE_END_TAG: end},
            raise_on_error=False,
        )
        results.append(result)
    refresh = defs.resolve_job_def("refresh_warehouse").execute_in_process(
        instance=instance, run_config=run_config, raise_on_error=False
    )
    results.append(refresh)
    return {
        "success": all(r.success for r in results),
        "loaded": todo,
        "removed": removed,
        "errors": [_first_error(r) for r in results if not r.success],
        "warehouse": config.paths.published,
    }


def _first_error(result) -> str:
    for event in result.all_events:
        if event.is_failure and event.event_specific_data is not None:
            error = getattr(event.event_specific_data, "error", None)
            if error is not None:
                return f"{event.step_key}: {error.message.strip()}"
    return "run failed"


def print_summary(warehouse_file: Path) -> None:
    from pipeline import warehouse

    con = warehouse.read_only(warehouse_file)
    try:
        stats = warehouse.summary(con)
    finally:
        con.close()
    total = sum(stats["observations_per_domain"].values())
    print(f"warehouse {warehouse_file}")
    print(f"  reports loaded: {stats['reports']}")
    print(f"  observations:   {total}")
    for domain, count in stats["observations_per_domain"].items():
        print(f"    {domain:<18} {count}")
    print(f"  quarantined:    {len(stats['quarantined'])}")
    for source_file, stage, error in stats["quarantined"]:
        print(f"    {source_file} [{stage}] {error[:160]}")


def cmd_run(args: argparse.Namespace) -> int:
    raw_dir = Path(args.raw).resolve()
    warehouse_file = Path(args.warehouse).resolve()
    if not raw_dir.is_dir():
        print(f"error: raw folder not found: {raw_dir}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    outcome = run_pipeline(
        raw_dir, warehouse_file, full=args.full, log_level="INFO" if args.verbose else "WARNING"
    )
    print_summary(warehouse_file)
    print(f"  took {time.perf_counter() - started:.1f}s")
    if not outcome["success"]:
        for error in outcome["errors"]:
            print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


# ------------------------------------------------------------------ evaluate


def cmd_evaluate(args: argparse.Namespace) -> int:
    from pipeline import evaluate, warehouse

    raw_dir = Path(args.raw).resolve()
    with tempfile.TemporaryDirectory(prefix="mr-eval-") as tmp:
        warehouse_file = Path(args.warehouse).resolve() if args.warehouse else Path(tmp) / "eval.duckdb"
        if not args.no_run:
            outcome = run_pipeline(raw_dir, warehouse_file, full=True)
            if not outcome["success"]:
                print("error: " + "; ".join(outcome["errors"]), file=sys.stderr)
                return 1
        con = warehouse.read_only(warehouse_file)
        try:
            rows = (
                con.execute(
                    "SELECT source_file, metric_code, value, period, raw_start, raw_end, scope FROM v_observations"
                )
                .pl()
                .to_dicts()
            )
        finally:
            con.close()
    gold = evaluate.load_gold(args.gold)
    texts = evaluate.read_texts(raw_dir, list(gold))
    catalog_md = Path(args.catalog) if args.catalog else CATALOG_MD
    codes = evaluate.catalog_codes(catalog_md) if catalog_md.exists() else _catalog_core_codes()
    result = evaluate.score(rows, gold, texts, codes)
    print(evaluate.report(result, verbose=args.verbose))
    ok = (args.min_f1 is None or result.f1 >= args.min_f1) and (
        args.min_any_recall is None or result.any_recall >= args.min_any_recall
    )
    return 0 if ok else 1


def _catalog_core_codes() -> set[str]:
    from pipeline.catalog import default_catalog

    return {m.code for m in default_catalog().metrics if m.core}


# ------------------------------------------------------------------ bench


def cmd_bench(args: argparse.Namespace) -> int:
    from pipeline.bench import run_bench

    print(run_bench(Path(args.raw), repeat=args.repeat))
    return 0


# ------------------------------------------------------------------ sql / export


def _warehouse_exists(warehouse_file: Path) -> bool:
    """True when the file is there; otherwise says how to make it."""
    if warehouse_file.exists():
        return True
    print(f"error: no warehouse at {warehouse_file} (run `python -m pipeline run` first)", file=sys.stderr)
    return False


def cmd_sql(args: argparse.Namespace) -> int:
    import duckdb
    import polars as pl

    warehouse_file = Path(args.warehouse)
    if not _warehouse_exists(warehouse_file):
        return 2
    con = duckdb.connect(str(warehouse_file), read_only=True)
    try:
        frame = con.execute(args.query).pl()
    except duckdb.Error as exc:
        print(f"error: {type(exc).__name__}: {str(exc).strip()}", file=sys.stderr)
        return 2
    finally:
        con.close()
    with pl.Config(
        tbl_rows=args.limit,
        tbl_cols=-1,
        fmt_str_lengths=60,
        tbl_width_chars=220,
        fmt_float="full",
        tbl_formatting="ASCII_MARKDOWN",
        tbl_hide_dataframe_shape=True,
        tbl_hide_column_data_types=True,
    ):
        print(frame)
    print(f"({frame.height} row{'s' if frame.height != 1 else ''})")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from pipeline.export import export_warehouse

    warehouse_file = Path(args.warehouse)
    if not _warehouse_exists(warehouse_file):
        return 2
    for path in export_warehouse(warehouse_file, Path(args.out), args.format):
        print(path)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="materialise every asset over a raw folder into the warehouse")
    run.add_argument("--raw", default=str(DEFAULT_RAW), help="folder of report files (default: raw/)")
    run.add_argument(
        "--warehouse",
        default=str(DEFAULT_WAREHOUSE),
        help="DuckDB file to publish (default: warehouse/metrics.duckdb)",
    )
    run.add_argument(
        "--full", action="store_true", help="reprocess every report, not only new or changed ones"
    )
    run.add_argument("-v", "--verbose", action="store_true", help="show Dagster's run log")
    run.set_defaults(func=cmd_run)

    ev = sub.add_parser("evaluate", help="run over a folder and score against a gold file")
    ev.add_argument("--raw", required=True, help="folder of report files")
    ev.add_argument("--gold", required=True, help="gold JSONL (format of ../shared/gold/seeds.jsonl)")
    ev.add_argument("--warehouse", help="keep the warehouse here (default: a temporary file)")
    ev.add_argument("--no-run", action="store_true", help="score an existing --warehouse without running")
    ev.add_argument("--catalog", help="metric_catalog.md defining the core codes (default: ../shared)")
    ev.add_argument("--min-f1", type=float)
    ev.add_argument("--min-any-recall", type=float)
    ev.add_argument("-v", "--verbose", action="store_true", help="list every miss and extra")
    ev.set_defaults(func=cmd_evaluate)

    sql = sub.add_parser("sql", help="run a query on the warehouse (read-only) and print a table")
    sql.add_argument("query", help='e.g. "SELECT * FROM v_enforcement_trend"')
    sql.add_argument("--warehouse", default=str(DEFAULT_WAREHOUSE))
    sql.add_argument("--limit", type=int, default=50, help="rows to print (default 50; -1 for all)")
    sql.set_defaults(func=cmd_sql)

    export = sub.add_parser("export", help="write the views and tables as csv, parquet or xlsx")
    export.add_argument("--format", choices=["csv", "parquet", "xlsx"], required=True)
    export.add_argument("--out", required=True, help="folder to write into")
    export.add_argument("--warehouse", default=str(DEFAULT_WAREHOUSE))
    export.set_defaults(func=cmd_export)

    bench = sub.add_parser("bench", help="extraction throughput beside a plain regex scan")
    bench.add_argument("--raw", default=str(PROJECT_ROOT.parent / "shared" / "seeds"))
    bench.add_argument("--repeat", type=int, default=20)
    bench.set_defaults(func=cmd_bench)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)
