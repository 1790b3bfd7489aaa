"""The Dagster UI tells the story: a headless Chromium looks at the asset graph and a report partition.

Screenshots go to test-artifacts/ (git-ignored) for a person to look at.
"""

import urllib.parse

import pytest

from assets.definitions import defs
from assets.partitions import partition_key
from tests.e2e.browser import ARTIFACTS, CHROMIUM, chromium_page

if not CHROMIUM.exists():
    pytest.skip(
        f"browser tests need Debian's chromium at {CHROMIUM} (.ci/run installs it: apt-get install chromium)",
        allow_module_level=True,
    )
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is in the dev extra")


@pytest.fixture(scope="module")
def page():
    with chromium_page(viewport={"width": 1600, "height": 1000}) as opened:
        yield opened


def dismiss_welcome(page) -> None:
    """A first visit shows a community sign-up dialog; skip it if it is there."""
    skip = page.get_by_role("button", name="Skip")
    try:
        skip.wait_for(state="visible", timeout=8_000)
    except sync_api.TimeoutError:
        return
    skip.click()


def test_the_asset_graph_lists_every_asset(running_dagster, page) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.goto(f"{running_dagster.url}/asset-groups", wait_until="domcontentloaded")
    dismiss_welcome(page)
    page.get_by_role("button", name="settings", exact=True).click()
    page.get_by_role("menuitem", name="Expand all groups").click()
    page.keyboard.press("Escape")
    specs = list(defs.resolve_all_asset_specs())
    for group in sorted({spec.group_name for spec in specs}):
        row = page.locator(
            '[class*="AssetSidebarNode_itemContainer"]', has=page.locator(f'[title="{group}"]')
        )
        row.locator("button").first.click()
    for spec in specs:
        name = spec.key.to_user_string()
        sync_api.expect(page.locator(f'[title="{name}"]').first).to_be_visible()
    # The graph itself draws the groups and their assets (long names are shortened in the nodes).
    sync_api.expect(page.get_by_text("raw_reports", exact=True).first).to_be_visible()
    sync_api.expect(page.get_by_text("trend_views", exact=True).first).to_be_visible()
    page.wait_for_timeout(1_500)
    page.screenshot(path=str(ARTIFACTS / "asset_graph.png"))


def test_a_report_partition_shows_its_metadata(running_dagster, page) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    source_file, sha256, agency, year = running_dagster.query(
        "SELECT r.source_file, r.sha256, a.agency, r.report_year FROM dim_report r JOIN dim_agency a "
        "USING (agency_key) ORDER BY r.source_file LIMIT 1"
    )[0]
    key = partition_key(source_file, sha256)
    page.goto(
        f"{running_dagster.url}/assets/warehouse_reports?view=partitions&partition={urllib.parse.quote(key)}",
        wait_until="domcontentloaded",
    )
    dismiss_welcome(page)
    sync_api.expect(page.get_by_text(key, exact=True).filter(visible=True).first).to_be_visible()
    for label in (
        "status",
        "agency",
        "report_year",
        "observations",
        "core_figures",
        "raw_file",
        "evidence_page",
    ):
        sync_api.expect(page.get_by_text(label, exact=True).first).to_be_visible()
    sync_api.expect(page.get_by_text(agency, exact=True).first).to_be_visible()
    sync_api.expect(page.get_by_text(f"evidence/{source_file}.html").first).to_be_visible()
    sync_api.expect(page.get_by_text(str(year), exact=True).first).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "report_partition.png"), full_page=True)
    # The core figures open as a table whose columns say what each figure is.
    page.get_by_role("row", name="core_figures").get_by_text("Show Markdown").click()
    dialog = page.get_by_role("dialog")
    for column in ("metric_code", "value", "unit", "period", "year", "scope"):
        sync_api.expect(dialog.locator("th", has_text=column).first).to_be_visible()
    sync_api.expect(dialog.locator("td").first).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "report_core_figures.png"))


def test_the_trend_charts_show_in_the_asset_metadata(running_dagster, page) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.goto(f"{running_dagster.url}/assets/trend_charts", wait_until="domcontentloaded")
    dismiss_welcome(page)
    for label in ("enforcement_png", "enforcement_html", "chart_dir"):
        sync_api.expect(page.get_by_text(label, exact=True).first).to_be_visible()
    page.get_by_role("row", name="enforcement_chart").get_by_text("Show Markdown").click()
    chart = page.get_by_role("dialog").locator('img[src^="data:image/png"]').first
    sync_api.expect(chart).to_be_visible()
    assert chart.evaluate("img => img.naturalWidth") > 200  # the PNG decoded, not a broken image
    page.wait_for_timeout(800)  # let the dialog finish fading in before the screenshot
    page.screenshot(path=str(ARTIFACTS / "trend_chart_metadata.png"))
