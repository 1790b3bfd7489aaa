"""Charts: the trend views drawn per domain, as PNG and self-contained HTML.

Altair builds a Vega-Lite chart (one small panel per metric, one line per
agency, year on the x axis) and vl-convert renders it offline: a PNG for
reports and the Dagster UI, an HTML file with the Vega libraries inlined.
"""

from __future__ import annotations

from pathlib import Path

import altair as alt
import duckdb
import polars as pl
import vl_convert

from pipeline.files import write_atomic

DOMAINS = ("enforcement", "complaints", "litigation")
_TITLES = {
    "enforcement": "执法办案 Enforcement",
    "complaints": "投诉举报 Complaints",
    "litigation": "行政复议与诉讼 Litigation",
}
# Fonts with Chinese glyphs, registered when present (Debian: fonts-wqy-zenhei, fonts-noto-cjk).
_FONT_DIRS = (
    "/usr/share/fonts/truetype/wqy",
    "/usr/share/fonts/opentype/noto",
    "/usr/share/fonts/truetype/noto",
)


def trend_cells(con: duckdb.DuckDBPyConnection, domain: str) -> pl.DataFrame:
    """Long-format trend cells of a domain: agency, year, metric name, value."""
    return con.execute(
        """
        SELECT c.agency, c.year, m.name_zh || '（' || split_part(c.metric_code, '.', 2) || '）' AS metric,
               c.value, c.source_file
        FROM v_trend_cells c JOIN dim_metric m USING (metric_code)
        WHERE c.domain = ?
        ORDER BY metric, agency, year
        """,
        [domain],
    ).pl()


def domain_chart(cells: pl.DataFrame, domain: str) -> alt.FacetChart | alt.Chart:
    base = alt.Chart(cells).encode(
        x=alt.X("year:O", title="年份 year"),
        y=alt.Y("value:Q", title=None, scale=alt.Scale(zero=False)),
        color=alt.Color("agency:N", title="机构 agency", legend=alt.Legend(orient="bottom", columns=1)),
        tooltip=["agency:N", "year:O", "metric:N", alt.Tooltip("value:Q", format=",.2f"), "source_file:N"],
    )
    lines = base.mark_line(point=True).properties(width=220, height=140)
    return (
        lines.facet(facet=alt.Facet("metric:N", title=None), columns=3)
        .resolve_scale(y="independent")
        .properties(title=_TITLES.get(domain, domain))
    )


def _register_fonts() -> None:
    for folder in _FONT_DIRS:
        if Path(folder).is_dir():
            vl_convert.register_font_directory(folder)


def write_charts(con: duckdb.DuckDBPyConnection, out_dir: Path) -> dict[str, list[Path]]:
    """Render each domain with data to `<domain>_trend.png` and `.html`; returns the files per domain."""
    out_dir.mkdir(parents=True, exist_ok=True)
    _register_fonts()
    written: dict[str, list[Path]] = {}
    for domain in DOMAINS:
        cells = trend_cells(con, domain)
        png, page = out_dir / f"{domain}_trend.png", out_dir / f"{domain}_trend.html"
        if cells.is_empty():
            png.unlink(missing_ok=True)
            page.unlink(missing_ok=True)
            continue
        spec = domain_chart(cells, domain).to_json()
        write_atomic(png, vl_convert.vegalite_to_png(spec, scale=1.5))
        write_atomic(page, vl_convert.vegalite_to_html(spec, bundle=True))
        written[domain] = [png, page]
    return written
