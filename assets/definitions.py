"""The code location: assembles assets, checks, jobs, sensors, schedules and resources; adds nothing of its own.

`dagster dev` (workspace.yaml) loads `defs`; `python -m pipeline run` builds the
same definitions with the folders it is given.
"""

import dagster as dg

from assets import analytics, checks, jobs, reports, schedules, sensors
from assets import warehouse as warehouse_assets
from assets.resources import PipelineConfig, stage_store_for


def build_definitions(config: PipelineConfig | None = None) -> dg.Definitions:
    config = config or PipelineConfig.from_env()
    return dg.Definitions(
        assets=dg.load_assets_from_modules([reports, warehouse_assets, analytics]),
        asset_checks=dg.load_asset_checks_from_modules([checks]),
        jobs=[jobs.load_reports, jobs.refresh_warehouse, jobs.sync_raw_folder],
        sensors=[sensors.raw_folder_sensor],
        schedules=[schedules.daily_raw_folder_check],
        resources={
            "pipeline_config": config,
            "stage_store": stage_store_for(config),
        },
        executor=dg.in_process_executor,
    )


defs = build_definitions()
