#!/usr/bin/env bash
# One-shot start of the compose stack (service airflow-init): Airflow's metadata schema, the store's schema
# (Alembic; idempotent, so it is also the upgrade step after a new image), and the admin's password file
# that SimpleAuthManager reads (user `admin`, password AIRFLOW_ADMIN_PASSWORD from .env).
set -euo pipefail

airflow db migrate
treatywatch db upgrade

umask 077
python - <<'PY'
import json, os
path = os.environ["AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE"]
with open(path, "w") as fh:
    json.dump({"admin": os.environ["AIRFLOW_ADMIN_PASSWORD"]}, fh)
print(f"admin password file written: {path}")
PY
