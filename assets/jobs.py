"""Jobs: load reports (per-report partitions), refresh the published warehouse, or both."""

from __future__ import annotations

import dagster as dg

from assets.analytics import evidence_pages, trend_charts, trend_views
from assets.reports import clean_reports, raw_reports, report_metadata, report_observations, report_sections
from assets.warehouse import metric_catalog, published_warehouse, warehouse_reports

load_reports = dg.define_asset_job(
    "load_reports",
    selection=dg.AssetSelection.assets(
        raw_reports, clean_reports, report_sections, report_metadata, report_observations, warehouse_reports
    ),
    description="Run every stage for the selected reports and load them into the warehouse.",
)

refresh_warehouse = dg.define_asset_job(
    "refresh_warehouse",
    selection=dg.AssetSelection.assets(
        metric_catalog, published_warehouse, trend_views, trend_charts, evidence_pages
    ),
    description="Load the catalog, drop reports whose files are gone, rebuild views, publish the analysts' copy, "
    "draw the trend charts and write the evidence pages.",
)

# What the sensor and the daily check launch: a range of report partitions and then the
# published warehouse, in one run; without a partition range, only the refresh part.
sync_raw_folder = dg.define_asset_job(
    "sync_raw_folder",
    selection=dg.AssetSelection.all(),
    description="Follow the raw folder: load new and changed reports, remove gone ones, publish.",
)

REFRESH_ONLY = [
    metric_catalog.key,
    published_warehouse.key,
    trend_views.key,
    trend_charts.key,
    evidence_pages.key,
]
