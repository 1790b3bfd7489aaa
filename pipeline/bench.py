"""Throughput of the extraction chain beside a plain regex scan over the same bytes.

The chain is clean + segment + describe + extract + validate, in-process and
without Dagster; the baseline is one `regex` pass finding number+unit.
"""

from __future__ import annotations

import time
from pathlib import Path

import polars as pl
import regex

from pipeline.catalog import default_catalog
from pipeline.clean import clean_report
from pipeline.describe import describe_report
from pipeline.extract import extract_observations
from pipeline.ingest import read_report, scan_folder
from pipeline.schemas import Observations
from pipeline.segment import segment_report

# A number with an optional multiplier and a unit: "2205 件", "1847.77万元", "97.72%"
NUMBER_UNIT_RE = regex.compile(r"\d+(?:\.\d+)?\s*(?:万|亿)?\s*(?:件|起|元|家|户|人次|人|批次|条|次|项|个|%)")


def run_bench(raw_dir: Path, repeat: int = 20) -> str:
    reports = [read_report(f.path) for f in scan_folder(raw_dir)]
    if not reports:
        raise SystemExit(f"no reports in {raw_dir}")
    total_bytes = sum(len(r.text.encode("utf-8")) for r in reports) * repeat
    catalog = default_catalog()
    # Warm up once: imports, the gazetteer, compiled patterns, pandera's schema.
    Observations.validate(pl.concat(_extract_all(reports, catalog)), lazy=True)

    started = time.perf_counter()
    frames: list[pl.DataFrame] = []
    for _ in range(repeat):
        frames.extend(_extract_all(reports, catalog))
    # Validation runs on the stacked frames of a batch, as the pipeline's asset does.
    stacked = Observations.validate(pl.concat(frames, how="vertical"), lazy=True)
    extract_s = time.perf_counter() - started

    started = time.perf_counter()
    matches = 0
    for _ in range(repeat):
        for r in reports:
            matches += sum(1 for _ in NUMBER_UNIT_RE.finditer(r.text))
    scan_s = time.perf_counter() - started

    mb = total_bytes / 1e6
    extract_mb_s = mb / extract_s
    scan_mb_s = mb / scan_s
    return "\n".join(
        [
            f"reports={len(reports)} repeat={repeat} text={mb:.2f}MB",
            f"extraction: {extract_s:.3f}s, {stacked.height} observations",
            f"regex scan: {scan_s:.3f}s, {matches} number+unit matches",
            f"extract_mb_s={extract_mb_s:.2f} regex_scan_mb_s={scan_mb_s:.2f} ratio={scan_mb_s / extract_mb_s:.2f}",
        ]
    )


def _extract_all(reports: list, catalog) -> list[pl.DataFrame]:
    frames = []
    for raw in reports:
        clean = clean_report(raw.text, raw.kind)
        seg = segment_report(clean)
        meta = describe_report(clean, raw.text)
        frames.append(extract_observations(clean, seg, meta, raw.report_id, raw.source_file, catalog))
    return frames
