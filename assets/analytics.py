"""Analytics: what analysts read from the published warehouse, previewed in the UI."""

from typing import Any

import dagster as dg

from assets.resources import PipelineConfig
from assets.warehouse import published_warehouse
from pipeline import warehouse

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
