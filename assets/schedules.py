"""The daily safety net: re-check the whole raw folder against the warehouse itself.

The sensor trusts its index (size and modification time) and the instance's
partitions. Once a day this schedule re-hashes every file and compares it with
what the published warehouse actually holds, so a load that failed, a tick
that died after adding partitions, an edit that kept size and mtime, or a
warehouse rebuilt by hand is caught: missing versions are loaded (one run per
contiguous partition range, normally one), gone files are removed and the
warehouse republished.
"""

import dagster as dg

from assets import raw_folder
from assets.jobs import sync_raw_folder
from assets.partitions import REPORTS, contiguous_ranges
from assets.reports import STAGE_ASSET_KEYS
from assets.resources import PipelineConfig, stage_store_for
from assets.sensors import load_request, refresh_request
from pipeline import warehouse
from pipeline.fingerprint import extractor_label

DAILY_AT = "0 6 * * *"


def warehouse_versions(config: PipelineConfig) -> dict[str, str | None]:
    """source_file -> sha256 of every report the published warehouse holds or has quarantined
    (None for one an older extractor read, so it is loaded again)."""
    if not config.paths.published.exists():
        return {}
    con = warehouse.read_only(config.paths.published)
    try:
        return {**warehouse.quarantined(con), **warehouse.loaded_reports(con, extractor_label())}
    finally:
        con.close()


@dg.schedule(
    job=sync_raw_folder,
    cron_schedule=DAILY_AT,
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description="Daily: re-hash every raw file, load what the warehouse lacks, remove what is gone, republish.",
)
def daily_raw_folder_check(context: dg.ScheduleEvaluationContext, pipeline_config: PipelineConfig):
    raw_dir = pipeline_config.raw_path
    if not raw_dir.is_dir():
        return dg.SkipReason(f"raw folder not found: {raw_dir}")
    folder = raw_folder.scan(raw_dir, {}, settle_seconds=pipeline_config.settle_seconds, deep=True)
    raw_folder.write_index(pipeline_config.raw_index_path, raw_dir, folder.index)
    instance = context.instance
    plan = raw_folder.plan(folder, instance.get_dynamic_partitions(REPORTS.name))
    # A schedule cannot return partition requests, so it applies them itself.
    for key in plan.retire:
        instance.delete_dynamic_partition(REPORTS.name, key)
    stage_store_for(pipeline_config).forget(STAGE_ASSET_KEYS, plan.retire)
    if plan.add:
        instance.add_dynamic_partitions(REPORTS.name, plan.add)

    held = warehouse_versions(pipeline_config)
    wanted = {key for name, key in folder.keys().items() if held.get(name) != folder.versions[name]}
    tick = context.scheduled_execution_time.isoformat() if context.scheduled_execution_time else "now"
    order = instance.get_dynamic_partitions(REPORTS.name)
    ranges = contiguous_ranges(order, wanted)
    requests = []
    for start, end in ranges:
        keys = order[order.index(start) : order.index(end) + 1]
        requests.append(load_request(keys, f"daily {tick}", "daily_raw_folder_check"))
    if not requests:
        requests.append(refresh_request(plan.removed_files, f"daily {tick}", "daily_raw_folder_check"))
    context.log.info(
        f"{len(folder.versions)} file(s) re-hashed; {len(wanted)} version(s) missing from the warehouse "
        f"in {len(ranges)} range(s); {len(plan.removed_files)} file(s) gone"
    )
    return requests
