"""What a report's materialisation shows in the Dagster UI, so a person can inspect it without SQL.

A single-run backfill handles many partitions in one step; each partition
still gets its own metadata through `context.add_asset_metadata(...,
partition_key=...)`.
"""

from pathlib import Path
from typing import Any

import dagster as dg
import polars as pl

from pipeline.catalog import default_catalog
from pipeline.chain import Quarantined

TABLE_ROWS = 40
_FIGURE_COLUMNS = ("metric_code", "value", "unit", "period", "year", "scope")


def core_codes() -> set[str]:
    """Codes of the scored core metrics (enforcement, complaints, litigation)."""
    return {m.code for m in default_catalog().metrics if m.core}


def _value(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def figures_table(observations: pl.DataFrame, core_codes: set[str], limit: int = TABLE_ROWS) -> str:
    """The report's core figures as a markdown table, in reading order."""
    core = observations.filter(pl.col("metric_code").is_in(sorted(core_codes)))
    if core.is_empty():
        return "_No core figure (enforcement, complaints, litigation) was found in this report._"
    lines = ["| " + " | ".join(_FIGURE_COLUMNS) + " |", "|" + "---|" * len(_FIGURE_COLUMNS)]
    for row in core.head(limit).iter_rows(named=True):
        cells = [
            row["metric_code"],
            _value(row["value"]),
            row["unit"],
            row["period"],
            "" if row["year"] is None else str(row["year"]),
            row["scope"],
        ]
        lines.append("| " + " | ".join(cells) + " |")
    if core.height > limit:
        lines.append(f"\n… and {core.height - limit} more core figure(s) in `v_observations`.")
    return "\n".join(lines)


def report_entries(report: dict, raw_file: Path) -> dict[str, Any]:
    """Who published the report, about which year, and where the file is."""
    return {
        "agency": report.get("agency") or "(not found)",
        "region": " / ".join(
            p for p in (report.get("province"), report.get("city"), report.get("district")) if p
        )
        or "(not found)",
        "report_year": dg.MetadataValue.int(report["report_year"])
        if report.get("report_year") is not None
        else "(not found)",
        "report_type": report.get("report_type") or "other",
        "title": report.get("title") or "(untitled)",
        "raw_file": dg.MetadataValue.path(str(raw_file)),
    }


def observation_entries(observations: pl.DataFrame, core_codes: set[str]) -> dict[str, Any]:
    """Counts and the core-figure table of one report's observations."""
    per_domain = (
        observations.group_by("domain").len().sort(["len", "domain"], descending=[True, False])
        if observations.height
        else pl.DataFrame({"domain": [], "len": []})
    )
    return {
        "observations": dg.MetadataValue.int(observations.height),
        "core_observations": dg.MetadataValue.int(
            observations.filter(pl.col("metric_code").is_in(sorted(core_codes))).height
        ),
        "core_figures": dg.MetadataValue.md(figures_table(observations, core_codes)),
        "per_domain": dg.MetadataValue.json(dict(zip(per_domain["domain"], per_domain["len"], strict=True))),
    }


def quarantine_entries(value: Quarantined, raw_file: Path) -> dict[str, Any]:
    return {
        "status": "quarantined",
        "stage": value.stage,
        "error": dg.MetadataValue.text(value.error[:1000]),
        "raw_file": dg.MetadataValue.path(str(raw_file)),
    }


def evidence_page(warehouse_file: Path, source_file: str) -> Path:
    """Where the report's evidence page goes: `evidence/` beside the published warehouse, named as
    `pipeline.evidence.page_name` names it; the evidence_pages asset writes it after each publish."""
    return warehouse_file.parent / "evidence" / f"{source_file}.html"
