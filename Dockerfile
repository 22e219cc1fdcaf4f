# The official Airflow image with treatywatch installed: the DAG, the crawler and the library.
#   docker compose build          (or: docker build -t treatywatch-airflow .)
ARG AIRFLOW_IMAGE=apache/airflow:3.3.2
FROM ${AIRFLOW_IMAGE}

USER airflow
WORKDIR /opt/treatywatch
COPY --chown=airflow:root pyproject.toml README.md scrapy.cfg ./
COPY --chown=airflow:root treatywatch ./treatywatch
COPY --chown=airflow:root crawler ./crawler
COPY --chown=airflow:root deploy ./deploy
# Airflow pinned to the image's own version, so installing the package never up- or downgrades it.
RUN pip install --no-cache-dir "apache-airflow==${AIRFLOW_VERSION}" /opt/treatywatch
COPY --chown=airflow:root dags /opt/airflow/dags
# Mount points of the named volumes, made here so that the volumes belong to the airflow user.
RUN mkdir -p /opt/airflow/treatywatch-data /opt/airflow/auth
WORKDIR /opt/airflow
