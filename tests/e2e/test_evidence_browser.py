"""Evidence pages and charts open in headless Chromium: every core figure of every seed report is
highlighted on its report's page, the index links every report and the charts, and the charts draw."""

from pathlib import Path

import duckdb
import pytest

from tests.e2e.browser import ARTIFACTS, CHROMIUM, chromium_page

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is in the dev extra")
if not CHROMIUM.exists():
    pytest.skip(f"browser tests need Debian's chromium at {CHROMIUM}", allow_module_level=True)


@pytest.fixture(scope="module")
def browser_page():
    with chromium_page(viewport={"width": 1400, "height": 1000}) as opened:
        yield opened


def core_ordinals(warehouse_file: Path) -> dict[str, set[str]]:
    con = duckdb.connect(str(warehouse_file), read_only=True)
    try:
        rows = con.execute("SELECT source_file, ordinal FROM v_observations WHERE core").fetchall()
    finally:
        con.close()
    by_file: dict[str, set[str]] = {}
    for source_file, ordinal in rows:
        by_file.setdefault(source_file, set()).add(f"obs-{ordinal}")
    return by_file


def test_every_core_figure_is_highlighted_on_its_page(seeds_warehouse, browser_page) -> None:
    expected = core_ordinals(seeds_warehouse)
    assert len(expected) == 5 and all(expected.values())
    evidence = seeds_warehouse.parent / "evidence"
    for source_file, ordinals in sorted(expected.items()):
        browser_page.goto((evidence / f"{source_file}.html").as_uri())
        marks = browser_page.locator('mark[data-core="1"]')
        highlighted = {
            obs for ids in marks.evaluate_all("ms => ms.map(m => m.dataset.obs)") for obs in ids.split()
        }
        assert ordinals <= highlighted, f"{source_file}: not highlighted {sorted(ordinals - highlighted)}"
        # Each highlight is visible, coloured and tells its figure on hover.
        first = marks.first
        sync_api.expect(first).to_be_visible()
        assert first.evaluate("m => getComputedStyle(m).backgroundColor") != "rgba(0, 0, 0, 0)"
        first.hover()
        tip = first.evaluate("m => getComputedStyle(m, '::after').content")
        assert first.get_attribute("data-metric") in tip
        # The table links each observation to its span.
        link = browser_page.locator("table a[href^='#obs-']").first
        target = link.get_attribute("href")
        link.click()
        sync_api.expect(browser_page.locator(f"mark{target}")).to_be_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    browser_page.screenshot(path=str(ARTIFACTS / "evidence_page.png"))


def test_the_index_links_every_report_and_the_charts(seeds_warehouse, browser_page) -> None:
    index = seeds_warehouse.parent / "evidence" / "index.html"
    browser_page.goto(index.as_uri())
    assert browser_page.locator("tbody tr").count() == 5
    for link in browser_page.locator("tbody a").all():
        assert (index.parent / link.get_attribute("href")).exists()
    chart_links = browser_page.locator("p.meta a").all()
    assert {Path(a.get_attribute("href")).name for a in chart_links} >= {
        f"{d}_trend.{ext}" for d in ("enforcement", "complaints", "litigation") for ext in ("png", "html")
    }


@pytest.mark.parametrize("domain", ["enforcement", "complaints", "litigation"])
def test_the_charts_draw_offline(seeds_warehouse, browser_page, domain) -> None:
    charts = seeds_warehouse.parent / "charts"
    png = charts / f"{domain}_trend.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # No network: the page draws only if the Vega libraries are inlined.
    browser_page.route("http*://**", lambda route: route.abort())
    browser_page.goto((charts / f"{domain}_trend.html").as_uri())
    sync_api.expect(browser_page.locator("canvas, svg").first).to_be_visible()
    browser_page.unroute("http*://**")
