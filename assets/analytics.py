"""Analytics: what analysts read from the published warehouse, previewed in the UI."""

import base64
from pathlib import Path
from typing import Any

import dagster as dg

from assets.resources import PipelineConfig
from assets.warehouse import published_warehouse
from pipeline import charts, evidence, warehouse

TREND_VIEWS = ("v_enforcement_trend", "v_complaints_trend", "v_litigation_trend")
_KEY_COLUMNS = ("agency", "year")
PREVIEW_ROWS = 20


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() else f"{value:,.2f}"
    return str(value).replace("|", "/")


def trend_markdown(columns: list[str], rows: list[tuple], limit: int = PREVIEW_ROWS) -> str:
    """A trend view as a markdown table: the key columns and every metric column with a value."""
    if not rows:
        return "_No total-scope core figure yet._"
    keep = [
        i
        for i, name in enumerate(columns)
        if name in _KEY_COLUMNS
        or (
            name not in ("province", "city", "district", "source_files")
            and any(row[i] is not None for row in rows)
        )
    ]
    lines = ["| " + " | ".join(columns[i] for i in keep) + " |", "|" + "---|" * len(keep)]
    lines += ["| " + " | ".join(_cell(row[i]) for i in keep) + " |" for row in rows[:limit]]
    if len(rows) > limit:
        lines.append(f"\n… and {len(rows) - limit} more row(s).")
    return "\n".join(lines)


@dg.asset(
    group_name="analytics",
    kinds={"duckdb"},
    owners=["team:data-engineering"],
    deps=[published_warehouse],
    description="Per-agency yearly trends of the core enforcement, complaints and litigation figures "
    "(the v_*_trend views), previewed from the published warehouse.",
)
def trend_views(pipeline_config: PipelineConfig) -> dg.MaterializeResult:
    con = warehouse.read_only(pipeline_config.paths.published)
    entries: dict[str, Any] = {}
    try:
        for view in TREND_VIEWS:
            result = con.execute(f"SELECT * FROM {view}")
            columns = [d[0] for d in result.description]
            rows = result.fetchall()
            name = view.removeprefix("v_")
            entries[f"{name}_rows"] = dg.MetadataValue.int(len(rows))
            entries[name] = dg.MetadataValue.md(trend_markdown(columns, rows))
    finally:
        con.close()
    return dg.MaterializeResult(metadata=entries)


def _image_markdown(png: Path, html_page: Path) -> str:
    """The chart inline (a data URI, so the UI needs no file server) and where its HTML lives."""
    encoded = base64.b64encode(png.read_bytes()).decode("ascii")
    return f"![{png.stem}](data:image/png;base64,{encoded})\n\nInteractive: `{html_page}`"


@dg.asset(
    group_name="analytics",
    kinds={"altair", "duckdb"},
    owners=["team:data-engineering"],
    deps=[trend_views],
    description="Trend charts per domain (one panel per core metric, one line per agency), rendered offline "
    "with altair and vl-convert to PNG and self-contained HTML in warehouse/charts/.",
)
def trend_charts(pipeline_config: PipelineConfig) -> dg.MaterializeResult:
    published = pipeline_config.paths.published
    con = warehouse.read_only(published)
    try:
        written = charts.write_charts(con, chart_dir(published))
    finally:
        con.close()
    entries: dict[str, Any] = {"chart_dir": dg.MetadataValue.path(str(chart_dir(published)))}
    for domain, (png, html_page) in written.items():
        entries[f"{domain}_chart"] = dg.MetadataValue.md(_image_markdown(png, html_page))
        entries[f"{domain}_png"] = dg.MetadataValue.path(str(png))
        entries[f"{domain}_html"] = dg.MetadataValue.path(str(html_page))
    entries["domains_drawn"] = dg.MetadataValue.int(len(written))
    return dg.MaterializeResult(metadata=entries)


@dg.asset(
    group_name="analytics",
    kinds={"html"},
    owners=["team:data-engineering"],
    deps=[trend_charts],
    description="One self-contained HTML page per report: the cleaned text with every extracted figure "
    "highlighted by domain, the observations table linking to their spans, and an index of all reports "
    "with links to the charts, in warehouse/evidence/.",
)
def evidence_pages(pipeline_config: PipelineConfig) -> dg.MaterializeResult:
    published = pipeline_config.paths.published
    charts_written = sorted(str(p) for p in chart_dir(published).glob("*_trend.*"))
    con = warehouse.read_only(published)
    try:
        pages = evidence.write_evidence(
            con, pipeline_config.raw_path, evidence_dir(published), charts_written
        )
    finally:
        con.close()
    index = evidence_dir(published) / "index.html"
    return dg.MaterializeResult(
        metadata={
            "index": dg.MetadataValue.path(str(index)),
            "report_pages": dg.MetadataValue.int(len(pages) - 1),
            "pages": dg.MetadataValue.md("\n".join(f"- `{p.name}`" for p in pages[:-1][:PREVIEW_ROWS])),
        }
    )


def chart_dir(published: Path) -> Path:
    return published.parent / "charts"


def evidence_dir(published: Path) -> Path:
    return published.parent / "evidence"
