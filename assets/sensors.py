"""The raw-folder sensor: reports dropped into the folder reach the warehouse without a command.

Each tick compares the folder with the instance's `reports` partitions (the
state that survives restarts, with the sensor's cursor):

- new and changed files become partitions appended at the end, and ONE run
  of `sync_raw_folder` covers all of them as a partition range (single-run
  backfill), so a bulk drop of thousands of files is one run;
- partitions of removed files and of earlier versions of changed files are
  deleted, their stored stage outputs forgotten, and a run that refreshes the
  published warehouse (which drops the rows of files no longer there) is
  requested;
- a tick over an unchanged folder requests nothing and hashes nothing.

Run keys name the batch and the state it started from (hooli's
`file:fingerprint` habit, for a batch), so a retried tick never launches a
run twice.
"""

import json

import dagster as dg
from dagster._core.storage.tags import ASSET_PARTITION_RANGE_END_TAG, ASSET_PARTITION_RANGE_START_TAG

from assets import raw_folder
from assets.jobs import REFRESH_ONLY, sync_raw_folder
from assets.partitions import REPORTS
from assets.reports import STAGE_ASSET_KEYS
from assets.resources import PipelineConfig, stage_store_for

SENSOR_INTERVAL_S = 15


def _cursor(folder: raw_folder.FolderScan) -> str:
    keys = set(folder.keys().values())
    return json.dumps({"files": len(keys), "state": raw_folder.state_digest(keys)})


def _previous_state(cursor: str | None) -> str:
    try:
        return str(json.loads(cursor or "{}").get("state", ""))
    except ValueError:
        return ""


def load_request(keys: list[str], salt: str, reason: str) -> dg.RunRequest:
    """One run over a contiguous range of new partitions, then the published warehouse."""
    return dg.RunRequest(
        run_key=f"load:{raw_folder.state_digest([salt, *keys])}",
        tags={
            ASSET_PARTITION_RANGE_START_TAG: keys[0],
            ASSET_PARTITION_RANGE_END_TAG: keys[-1],
            "reports": str(len(keys)),
            "trigger": reason,
        },
    )


def refresh_request(removed: list[str], salt: str, reason: str) -> dg.RunRequest:
    """A run that only refreshes the published warehouse (rows of gone files removed)."""
    return dg.RunRequest(
        run_key=f"refresh:{raw_folder.state_digest([salt, *removed])}",
        asset_selection=REFRESH_ONLY,
        tags={"removed": str(len(removed)), "trigger": reason},
    )


@dg.sensor(
    job=sync_raw_folder,
    minimum_interval_seconds=SENSOR_INTERVAL_S,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Watches the raw folder: new or changed files become report partitions loaded in one run; "
    "removed files' partitions and warehouse rows are retired.",
)
def raw_folder_sensor(
    context: dg.SensorEvaluationContext, pipeline_config: PipelineConfig
) -> dg.SensorResult:
    raw_dir = pipeline_config.raw_path
    if not raw_dir.is_dir():
        return dg.SensorResult(skip_reason=dg.SkipReason(f"raw folder not found: {raw_dir}"))
    index_path = pipeline_config.raw_index_path
    index = raw_folder.read_index(index_path, raw_dir)
    folder = raw_folder.scan(raw_dir, index, settle_seconds=pipeline_config.settle_seconds)
    if folder.index != index:
        raw_folder.write_index(index_path, raw_dir, folder.index)
    existing = context.instance.get_dynamic_partitions(REPORTS.name)
    plan = raw_folder.plan(folder, existing)
    cursor = _cursor(folder)
    if not plan.changed:
        waiting = f"; waiting for {len(folder.pending)} file(s) being written" if folder.pending else ""
        return dg.SensorResult(
            skip_reason=dg.SkipReason(f"{len(folder.versions)} file(s) unchanged{waiting}"), cursor=cursor
        )

    salt = _previous_state(context.cursor)
    requests: list = []
    runs: list[dg.RunRequest] = []
    if plan.retire:
        requests.append(REPORTS.build_delete_request(plan.retire))
        stage_store_for(pipeline_config).forget(STAGE_ASSET_KEYS, plan.retire)
    if plan.add:
        requests.append(REPORTS.build_add_request(plan.add))
        runs.append(load_request(plan.add, salt, "raw_folder_sensor"))
    elif plan.removed_files:
        runs.append(refresh_request(plan.removed_files, salt, "raw_folder_sensor"))
    context.log.info(
        f"{len(plan.add)} new or changed file(s), {len(plan.removed_files)} removed, "
        f"{len(plan.retire)} partition(s) retired; {folder.hashed} file(s) hashed"
    )
    return dg.SensorResult(run_requests=runs, dynamic_partitions_requests=requests, cursor=cursor)
