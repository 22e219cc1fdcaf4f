# The official Airflow image with treatywatch installed (DAGs, crawler and library).
FROM apache/airflow:3.3.2-python3.11
USER airflow
COPY --chown=airflow:root pyproject.toml README.md scrapy.cfg /opt/treatywatch/
COPY --chown=airflow:root treatywatch /opt/treatywatch/treatywatch
COPY --chown=airflow:root crawler /opt/treatywatch/crawler
COPY --chown=airflow:root dags /opt/airflow/dags
RUN pip install --no-cache-dir -e /opt/treatywatch "celery[redis]<5.7"
