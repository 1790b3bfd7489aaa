"""`dagster dev` as the people who run the pipeline start it, for end-to-end tests.

It runs in its own process group with a temporary DAGSTER_HOME (holding the
project's dagster.yaml) and MR_RAW_DIR / MR_WAREHOUSE pointing at temporary
paths; the whole group is ended afterwards (`dagster dev` started in the
background does not always stop on a signal to its own pid).
"""

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb

from tests.conftest import PROJECT_ROOT

START_TIMEOUT_S = 120


@dataclass(frozen=True)
class DagsterDev:
    url: str
    home: Path
    raw: Path
    warehouse: Path
    log: Path

    def log_tail(self, chars: int = 4000) -> str:
        try:
            return self.log.read_text(encoding="utf-8", errors="replace")[-chars:]
        except OSError:
            return ""

    def graphql(self, query: str, variables: dict | None = None) -> dict:
        body = json.dumps({"query": query, "variables": variables or {}}).encode()
        request = urllib.request.Request(
            f"{self.url}/graphql", data=body, headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.loads(response.read())["data"]

    def sensor_runs(self) -> list[dict]:
        """Runs the raw-folder sensor launched, newest first."""
        data = self.graphql(
            """query ($tag: String!) {
                 runsOrError(filter: {tags: [{key: "dagster/sensor_name", value: $tag}]}) {
                   ... on Runs { results { runId status jobName tags { key value } } }
                 }
               }""",
            {"tag": "raw_folder_sensor"},
        )
        return data["runsOrError"]["results"]

    def query(self, sql: str, params: list | None = None) -> list[tuple]:
        """Read the published warehouse as an analyst would ([] until it exists)."""
        if not self.warehouse.exists():
            return []
        con = duckdb.connect(str(self.warehouse), read_only=True)
        try:
            return con.execute(sql, params or []).fetchall()
        finally:
            con.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(condition: Callable[[], object], timeout: float, what: str, dev: DagsterDev | None = None):
    deadline = time.monotonic() + timeout
    last_error = None
    while time.monotonic() < deadline:
        try:
            value = condition()
            if value:
                return value
        except Exception as exc:  # the server or the file may not be there yet
            last_error = exc
        time.sleep(1)
    tail = dev.log_tail() if dev else ""
    raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what} ({last_error})\n{tail}")


@contextlib.contextmanager
def dagster_dev(tmp: Path, raw_files: list[Path]) -> Iterator[DagsterDev]:
    home, raw = tmp / "dagster_home", tmp / "raw"
    home.mkdir(parents=True)
    raw.mkdir()
    shutil.copy(PROJECT_ROOT / "dagster.yaml", home / "dagster.yaml")
    for path in raw_files:
        shutil.copy(path, raw / path.name)
    port = free_port()
    dev = DagsterDev(
        f"http://127.0.0.1:{port}", home, raw, tmp / "warehouse" / "metrics.duckdb", tmp / "dev.log"
    )
    env = {
        **os.environ,
        "DAGSTER_HOME": str(home),
        "MR_RAW_DIR": str(raw),
        "MR_WAREHOUSE": str(dev.warehouse),
        "MR_SETTLE_SECONDS": "1",
        "DAGSTER_DISABLE_TELEMETRY": "1",
    }
    dagster = Path(sys.executable).parent / "dagster"
    with open(dev.log, "wb") as log:
        process = subprocess.Popen(
            [str(dagster), "dev", "-w", "workspace.yaml", "-h", "127.0.0.1", "-p", str(port)],
            cwd=PROJECT_ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, ended as a whole below
        )
    try:
        wait_for(
            lambda: urllib.request.urlopen(f"{dev.url}/server_info", timeout=5).status == 200,
            START_TIMEOUT_S,
            "the Dagster webserver",
            dev,
        )
        yield dev
    finally:
        stop_group(process)


def stop_group(process: subprocess.Popen) -> None:
    """End `dagster dev` and everything it started: SIGTERM to the group, then SIGKILL."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=10)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=10)
