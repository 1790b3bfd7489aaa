"""How long a raw-folder sensor tick takes over a folder of unchanged files (not a test).

    .venv/bin/python scripts/bench_sensor.py [--files 1000] [--ticks 20]

Builds a temporary folder of generated report files, lets one tick add their
partitions (the first drop), then times ticks over the unchanged folder, and
one tick after the sensor's index was lost (every file re-hashed).
"""

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

import dagster as dg

from assets.partitions import REPORTS
from assets.resources import PipelineConfig
from assets.sensors import raw_folder_sensor

PARAGRAPH = "第{i}段：全年共立案查处各类违法案件{n}件，罚没款合计{m}万元，受理投诉举报{k}件。\n"


def build_folder(folder: Path, files: int) -> int:
    total = 0
    past = time.time() - 3600
    for i in range(files):
        text = f"示例市市场监督管理局{2000 + i % 25}年工作总结（第{i}号）\n\n" + "".join(
            PARAGRAPH.format(i=j, n=i * 7 + j, m=i + j / 10, k=i * 3 + j) for j in range(60)
        )
        path = folder / f"report_{i:05d}.txt"
        path.write_text(text, encoding="utf-8")
        os.utime(path, (past, past))
        total += path.stat().st_size
    return total


def tick(instance, config, cursor):
    with dg.build_sensor_context(
        instance=instance, cursor=cursor, resources={"pipeline_config": config}
    ) as context:
        started = time.perf_counter()
        result = raw_folder_sensor(context)
        elapsed = time.perf_counter() - started
    for request in result.dynamic_partitions_requests or []:
        if isinstance(request, dg.AddDynamicPartitionsRequest):
            instance.add_dynamic_partitions(request.partitions_def_name, list(request.partition_keys))
    return result, elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--ticks", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-sensor-") as tmp:
        root = Path(tmp)
        (root / "raw").mkdir()
        (root / "home").mkdir()
        size = build_folder(root / "raw", args.files)
        config = PipelineConfig(raw_dir=str(root / "raw"), warehouse_path=str(root / "w" / "metrics.duckdb"))
        with dg.instance_for_test(temp_dir=str(root / "home")) as instance:
            first, first_s = tick(instance, config, None)
            assert len(instance.get_dynamic_partitions(REPORTS.name)) == args.files
            assert len(first.run_requests) == 1
            times = []
            for _ in range(args.ticks):
                result, elapsed = tick(instance, config, first.cursor)
                assert not result.run_requests and not result.dynamic_partitions_requests
                times.append(elapsed)
            config.raw_index_path.unlink()
            lost, lost_s = tick(instance, config, first.cursor)
            assert not lost.run_requests
    print(f"folder: {args.files} files, {size / 1e6:.1f} MB")
    print(
        f"first tick (hash every file, add {args.files} partitions, one run request): {first_s * 1000:.0f} ms"
    )
    print(
        f"unchanged folder, {args.ticks} ticks: median {statistics.median(times) * 1000:.1f} ms, "
        f"max {max(times) * 1000:.1f} ms"
    )
    print(f"unchanged folder after losing the index (re-hash every file): {lost_s * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
