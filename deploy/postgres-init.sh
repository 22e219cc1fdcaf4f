#!/bin/bash
# Runs once, when the postgres volume is empty: the store gets a user and a database of its own next to
# Airflow's metadata database (user/database `airflow`, made by the image from POSTGRES_USER/POSTGRES_DB).
# Both users have the password POSTGRES_PASSWORD.
set -euo pipefail
psql -v ON_ERROR_STOP=1 -v pw="${POSTGRES_PASSWORD}" --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<'SQL'
CREATE USER treatywatch WITH PASSWORD :'pw';
CREATE DATABASE treatywatch OWNER treatywatch;
SQL
