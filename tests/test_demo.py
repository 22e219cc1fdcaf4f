"""The newcomer's path: `treatywatch demo` runs the daily DAG through Airflow against the mock outlet web."""
import json
import os
import subprocess
import sys
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest


@pytest.mark.slow
def test_demo_runs_the_dag_and_writes_the_digest(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "TREATYWATCH_"))}
    workdir = tmp_path / "demo"
    result = subprocess.run([sys.executable, "-m", "treatywatch.cli", "demo", "--workdir", str(workdir)],
                            capture_output=True, text=True, env=env, timeout=600, cwd=tmp_path)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    out = result.stdout
    assert "succeeded" in out and "articles fetched" in out and "new statements" in out
    summary = json.loads((workdir / sorted(p.name for p in workdir.glob("run-*.json"))[0]).read_text())
    assert summary["succeeded"] and summary["articles"] >= 5 and summary["new_statements"] >= 1
    assert all(o["status"] == "ok" for o in summary["outlets"])
    eml = Path(summary["mails"][0]["where"])
    assert eml.is_file() and str(eml) in out
    mail = BytesParser(policy=policy.default).parsebytes(eml.read_bytes())
    assert "peace treaty" in mail["Subject"]
