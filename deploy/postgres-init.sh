#!/bin/bash
# The store lives in its own database next to Airflow's metadata database, with the same password.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<SQL
CREATE USER treatywatch WITH PASSWORD '${POSTGRES_PASSWORD}';
CREATE DATABASE treatywatch OWNER treatywatch;
SQL
