"""The code location: assembles assets, checks, jobs and resources; adds nothing of its own."""

from __future__ import annotations

import dagster as dg

from assets import checks, jobs, reports
from assets import warehouse as warehouse_assets
from assets.resources import PipelineConfig, StageStore


def build_definitions(config: PipelineConfig | None = None) -> dg.Definitions:
    config = config or PipelineConfig.from_env()
    return dg.Definitions(
        assets=dg.load_assets_from_modules([reports, warehouse_assets]),
        asset_checks=dg.load_asset_checks_from_modules([checks]),
        jobs=[jobs.load_reports, jobs.refresh_warehouse],
        resources={
            "pipeline_config": config,
            "stage_store": StageStore(base_dir=str(config.paths.stage_store)),
        },
        executor=dg.in_process_executor,
    )


defs = build_definitions()
