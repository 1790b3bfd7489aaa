"""Helpers for sensor and schedule tests: a temporary raw folder, an instance, and a daemon-like tick."""

import os
import time
from pathlib import Path

import dagster as dg
from dagster._core.storage.tags import ASSET_PARTITION_RANGE_END_TAG, ASSET_PARTITION_RANGE_START_TAG

from assets.partitions import REPORTS
from assets.resources import PipelineConfig
from assets.sensors import raw_folder_sensor

REPORT_TEXT = (
    "示例市市场监督管理局2023年法治政府建设情况报告\n\n"
    "一、严格规范执法\n\n全年共立案查处各类违法案件{cases}件，罚没款合计{fines}万元。\n\n"
    "二、化解矛盾纠纷\n\n全年受理投诉举报{complaints}件，办结率100%。\n"
)
UNDECODABLE = bytes(range(0, 32)) * 64


def write_report(folder: Path, name: str, cases: int = 120, age_s: float = 60.0) -> Path:
    path = folder / name
    path.write_text(REPORT_TEXT.format(cases=cases, fines=35.5, complaints=cases * 7), encoding="utf-8")
    settle(path, age_s)
    return path


def settle(path: Path, age_s: float = 60.0) -> None:
    """Give a file an mtime in the past, as if it had finished copying a while ago."""
    past = time.time() - age_s
    os.utime(path, (past, past))


def temporary_instance(tmp_path: Path):
    """A persistent instance in a temporary DAGSTER_HOME (sensor contexts refuse an ephemeral one)."""
    (tmp_path / "dagster_home").mkdir()
    with dg.instance_for_test(temp_dir=str(tmp_path / "dagster_home")) as instance:
        yield instance


def folder_config(tmp_path: Path) -> PipelineConfig:
    """An empty raw folder and a warehouse path, both temporary."""
    (tmp_path / "raw").mkdir()
    return PipelineConfig(
        raw_dir=str(tmp_path / "raw"), warehouse_path=str(tmp_path / "w" / "metrics.duckdb")
    )


def tick(instance, config: PipelineConfig, cursor: str | None) -> dg.SensorResult:
    with dg.build_sensor_context(
        instance=instance, cursor=cursor, resources={"pipeline_config": config}
    ) as context:
        result = raw_folder_sensor(context)
    for request in result.dynamic_partitions_requests or []:
        if isinstance(request, dg.AddDynamicPartitionsRequest):
            instance.add_dynamic_partitions(request.partitions_def_name, list(request.partition_keys))
        else:
            for key in request.partition_keys:
                instance.delete_dynamic_partition(request.partitions_def_name, key)
    return result


def partitions(instance) -> list[str]:
    return instance.get_dynamic_partitions(REPORTS.name)


def added(result: dg.SensorResult) -> list[str]:
    return [
        k
        for r in result.dynamic_partitions_requests or []
        if isinstance(r, dg.AddDynamicPartitionsRequest)
        for k in r.partition_keys
    ]


def deleted(result: dg.SensorResult) -> list[str]:
    return [
        k
        for r in result.dynamic_partitions_requests or []
        if isinstance(r, dg.DeleteDynamicPartitionsRequest)
        for k in r.partition_keys
    ]


def the_range(request: dg.RunRequest) -> tuple[str, str]:
    return request.tags[ASSET_PARTITION_RANGE_START_TAG], request.tags[ASSET_PARTITION_RANGE_END_TAG]
