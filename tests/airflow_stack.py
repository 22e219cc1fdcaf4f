"""The production Airflow stack, natively, for tests: CeleryExecutor with PostgreSQL (metadata + result backend)
and Redis (broker) on loopback, `airflow api-server`, `scheduler`, `dag-processor` and `celery worker` as
subprocesses — the processes the compose file runs in containers.

    with AirflowStack(extra_env={...}) as stack:      # fresh metadata database, own Redis db and queue, free ports
        stack.api("PATCH", "/api/v2/dags/x", json={"is_paused": False})
        ...
Everything it makes is removed on exit: processes (by PID, process groups), the database, its Redis keys.
"""
from __future__ import annotations

import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import quote

import requests

REPO = Path(__file__).resolve().parents[1]
PG_HOST, PG_PORT, PG_USER = "127.0.0.1", 5432, "postgres"
REDIS_HOST, REDIS_PORT = "127.0.0.1", 6379


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def pg_admin():
    import psycopg2

    conn = psycopg2.connect(host=PG_HOST, port=PG_PORT, user=PG_USER, dbname="test", connect_timeout=3)
    conn.autocommit = True
    return conn


def create_database(prefix: str) -> str:
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    conn = pg_admin()
    try:
        with conn.cursor() as cur:
            cur.execute(f'CREATE DATABASE "{name}"')
    finally:
        conn.close()
    return name


def drop_database(name: str) -> None:
    conn = pg_admin()
    try:
        with conn.cursor() as cur:
            cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        conn.close()


def pg_url(name: str, driver: str = "postgresql") -> str:
    return f"{driver}://{PG_USER}@{PG_HOST}:{PG_PORT}/{name}"


def stop_process(proc: subprocess.Popen, grace: float = 20.0) -> None:
    """SIGTERM to the main process (Celery: a warm shutdown), then SIGKILL to what is left of its group."""
    if proc.poll() is None:
        try:
            os.kill(proc.pid, signal.SIGTERM)
            proc.wait(timeout=grace)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            pass
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # its own session: pgid == pid
    except (ProcessLookupError, PermissionError):
        pass
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        pass


def kill_leftovers(started, env_name: str, env_value: str) -> None:
    """SIGKILL, by PID, every process still alive that descends from `started` or carries env_name=env_value
    in its environment (a process that left our process group)."""
    import psutil

    doomed = []
    for proc in psutil.process_iter(["pid"]):
        try:
            if proc.pid != os.getpid() and proc.environ().get(env_name) == env_value:
                doomed.append(proc)
        except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
            continue
    for popen in started:
        try:
            doomed += psutil.Process(popen.pid).children(recursive=True)
        except psutil.NoSuchProcess:
            continue
    for proc in doomed:
        try:
            proc.kill()
        except psutil.NoSuchProcess:
            pass
    psutil.wait_procs(doomed, timeout=5)


class AirflowStack:
    def __init__(self, extra_env: dict[str, str] | None = None, workdir: Path | None = None):
        self.id = uuid.uuid4().hex[:8]
        self.workdir = Path(workdir or tempfile.mkdtemp(prefix="tw-stack-"))
        self.home = self.workdir / "airflow"
        self.home.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.queue = f"q_{self.id}"
        self.redis_db = random.randint(1, 15)
        self.extra_env = dict(extra_env or {})
        # the same for every process of the stack (tokens signed by one are checked by the others)
        self.secret_key = uuid.uuid4().hex
        self.jwt_secret = "".join(uuid.uuid4().hex for _ in range(3))  # 96 bytes
        self.worker_log_port, self.trigger_log_port = free_port(), free_port()
        self.db_name: str | None = None
        self.procs: dict[str, subprocess.Popen] = {}
        self._redis_keys_before: set[bytes] = set()
        self._token: str | None = None

    # ---- environment -------------------------------------------------------------------------------
    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("AIRFLOW__", "AIRFLOW_CONN_", "TREATYWATCH_"))}
        metadata = pg_url(self.db_name, "postgresql+psycopg2")
        env.update({
            "AIRFLOW_HOME": str(self.home),
            "AIRFLOW__CORE__EXECUTOR": "CeleryExecutor",
            "AIRFLOW__CORE__DAGS_FOLDER": str(REPO / "dags"),
            "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
            "AIRFLOW__CORE__UNIT_TEST_MODE": "False",
            "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"{self.base_url}/execution/",
            "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_ALL_ADMINS": "True",
            "AIRFLOW__CORE__PARALLELISM": "4",
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": metadata,
            "AIRFLOW__CELERY__BROKER_URL": f"redis://{REDIS_HOST}:{REDIS_PORT}/{self.redis_db}",
            "AIRFLOW__CELERY__RESULT_BACKEND": "db+" + metadata,
            "AIRFLOW__CELERY__WORKER_CONCURRENCY": "2",
            "AIRFLOW__CELERY__SYNC_PARALLELISM": "1",
            "AIRFLOW__OPERATORS__DEFAULT_QUEUE": self.queue,
            "AIRFLOW__API__BASE_URL": self.base_url,
            "AIRFLOW__API__HOST": "127.0.0.1",
            "AIRFLOW__API__PORT": str(self.port),
            "AIRFLOW__API__WORKERS": "1",
            "AIRFLOW__API__SECRET_KEY": self.secret_key,
            "AIRFLOW__API_AUTH__JWT_SECRET": self.jwt_secret,
            "AIRFLOW__DAG_PROCESSOR__PARSING_PROCESSES": "1",
            "AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL": "5",
            "AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT": str(self.worker_log_port),
            "AIRFLOW__LOGGING__TRIGGER_LOG_SERVER_PORT": str(self.trigger_log_port),
        })
        env.update(self.extra_env)
        return env

    # ---- lifecycle ---------------------------------------------------------------------------------
    def __enter__(self) -> "AirflowStack":
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def start(self) -> None:
        import redis

        self._redis = redis.Redis(host=REDIS_HOST, port=REDIS_PORT, db=self.redis_db)
        self._redis_keys_before = set(self._redis.keys("*"))
        self.db_name = create_database("tw_airflow")
        self.airflow("db", "migrate", timeout=300)
        self.spawn("api-server", "api-server", "--port", str(self.port), "--host", "127.0.0.1")
        self.spawn("scheduler", "scheduler")
        self.spawn("dag-processor", "dag-processor")
        self.spawn("worker", "celery", "worker", "--concurrency", "2", "-q", self.queue,
                   "--celery-hostname", f"tw-{self.id}@%h")
        self.wait_healthy()

    def stop(self) -> None:
        """Stop and remove everything start() made; each step runs even when an earlier one fails."""
        try:
            # the worker first (warm shutdown), then the rest
            for name in ["worker", *[n for n in self.procs if n != "worker"]]:
                if name in self.procs:
                    stop_process(self.procs[name])
        finally:
            try:
                # task runners start sessions of their own (crawls start subprocesses): found by our AIRFLOW_HOME
                kill_leftovers(self.procs.values(), "AIRFLOW_HOME", str(self.home))
            finally:
                try:
                    if self.db_name:
                        drop_database(self.db_name)
                        self.db_name = None
                finally:
                    self._clean_redis()

    def _clean_redis(self) -> None:
        if getattr(self, "_redis", None) is None:
            return
        for key in self._redis.keys(f"*{self.queue}*"):
            self._redis.delete(key)
        # kombu's shared keys (events, pidbox, unacked) too, unless another stack uses this Redis db right now
        if not self._redis.keys("_kombu.binding.q_*"):
            for key in set(self._redis.keys("*")) - self._redis_keys_before:
                self._redis.delete(key)
        self._redis.close()
        self._redis = None

    def spawn(self, name: str, *args: str) -> subprocess.Popen:
        log = open(self.workdir / f"{name}.log", "ab")
        proc = subprocess.Popen([sys.executable, "-m", "airflow", *args], env=self.env(), stdout=log,
                                stderr=subprocess.STDOUT, start_new_session=True, cwd=self.workdir)
        log.close()
        self.procs[name] = proc
        return proc

    def airflow(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
        result = subprocess.run([sys.executable, "-m", "airflow", *args], env=self.env(), capture_output=True,
                                text=True, timeout=timeout, cwd=self.workdir, start_new_session=True)
        if result.returncode != 0:
            raise RuntimeError(f"airflow {' '.join(args)} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
        return result

    def logs(self, tail: int = 3000) -> str:
        return "\n".join(f"--- {p.name} ---\n{p.read_text(errors='replace')[-tail:]}"
                         for p in sorted(self.workdir.glob("*.log")))

    def check_alive(self) -> None:
        dead = {n: p.returncode for n, p in self.procs.items() if p.poll() is not None}
        if dead:
            raise RuntimeError(f"stack processes exited: {dead}\n{self.logs()}")

    def wait_healthy(self, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.check_alive()
            try:
                health = requests.get(f"{self.base_url}/api/v2/monitor/health", timeout=5).json()
                if health.get("metadatabase", {}).get("status") == "healthy" and \
                        health.get("scheduler", {}).get("status") == "healthy":
                    return
            except (requests.RequestException, ValueError):
                pass
            time.sleep(1)
        raise TimeoutError(f"stack not healthy within {timeout} s\n{self.logs()}")

    # ---- REST API ----------------------------------------------------------------------------------
    def api(self, method: str, path: str, **kwargs) -> requests.Response:
        if self._token is None:
            self._token = requests.get(f"{self.base_url}/auth/token", timeout=10).json()["access_token"]
        headers = {"Authorization": f"Bearer {self._token}"}
        return requests.request(method, self.base_url + path, headers=headers, timeout=30, **kwargs)

    def wait_for_dag(self, dag_id: str, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.check_alive()
            if self.api("GET", f"/api/v2/dags/{dag_id}").status_code == 200:
                return
            time.sleep(1)
        raise TimeoutError(f"{dag_id} not parsed within {timeout} s\n{self.logs()}")

    def dag_runs(self, dag_id: str) -> list[dict]:
        response = self.api("GET", f"/api/v2/dags/{dag_id}/dagRuns", params={"limit": 100})
        response.raise_for_status()
        return response.json()["dag_runs"]

    def wait_for_run(self, dag_id: str, run_id: str, timeout: float = 300) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.check_alive()
            run = self.api("GET", f"/api/v2/dags/{dag_id}/dagRuns/{quote(run_id, safe='')}").json()
            if run.get("state") in ("success", "failed"):
                return run
            time.sleep(2)
        raise TimeoutError(f"run {run_id} not finished within {timeout} s\n{self.logs()}")

    def task_states(self, dag_id: str, run_id: str) -> dict[str, str]:
        items = self.api("GET", f"/api/v2/dags/{dag_id}/dagRuns/{quote(run_id, safe='')}/taskInstances").json()
        return {f"{t['task_id']}[{t.get('map_index', -1)}]": t["state"] for t in items.get("task_instances", [])}
