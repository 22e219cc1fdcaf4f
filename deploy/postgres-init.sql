-- The store lives in its own database, next to Airflow's metadata database.
CREATE USER treatywatch WITH PASSWORD 'change-me';
CREATE DATABASE treatywatch OWNER treatywatch;
