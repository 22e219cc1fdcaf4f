"""SELECTs on the ingest's hot path, through the driver's cursor (the read-side counterpart of `rows`).

A worker asks the store twice for every new article (the band rows it shares, then the texts of the chosen
candidates). Through `Connection.execute` each query cost some 300 µs of Python (cache key, expanding the IN
list, the result object) for an answer the store gives in a fraction of that. `DriverSelect` compiles the
query with SQLAlchemy once per dialect and number of IN values (`construct_expanded_state`: SQLAlchemy's own
SQL and parameters) and runs it on the driver's cursor of the same connection, inside its transaction. Only
for queries whose result columns SQLAlchemy leaves as the driver gives them (integers, text).
"""
from __future__ import annotations

from functools import lru_cache

from sqlalchemy import Connection
from sqlalchemy.engine import Dialect
from sqlalchemy.sql import Select


class DriverSelect:
    """`query` with its expanding parameter `expanding` holding `count` values, compiled for `dialect`.
    `scalars`: the query's other parameters, with any value (they are given again to `rows`)."""

    def __init__(self, dialect: Dialect, query: Select, expanding: str, count: int, scalars: dict):
        compiled = query.compile(dialect=dialect)
        expanded = compiled.construct_expanded_state({expanding: list(range(count)), **scalars})
        self.sql = expanded.statement
        self.positional = compiled.positional
        prefix = f"{expanding}_"
        # each parameter: a value's position in the expanding list, or the name of a scalar (ours or a literal's)
        names = expanded.positiontup if self.positional else list(expanded.parameters)
        self.slots = [(int(n[len(prefix):]) - 1, None) if n.startswith(prefix) else (None, n) for n in names]
        self.literals = {n: v for n, v in expanded.parameters.items() if not n.startswith(prefix)}
        self.prefix = prefix

    def rows(self, connection: Connection, values: list, scalars: dict | None = None) -> list[tuple]:
        given = {**self.literals, **(scalars or {})}
        params = [values[i] if name is None else given[name] for i, name in self.slots]
        if not self.positional:
            params = {(f"{self.prefix}{i + 1}" if name is None else name): v for (i, name), v in zip(self.slots, params)}
        cursor = connection.connection.dbapi_connection.cursor()
        try:
            cursor.execute(self.sql, params)
            return cursor.fetchall()
        finally:
            cursor.close()


@lru_cache(maxsize=512)
def driver_select(dialect: Dialect, query: Select, expanding: str, count: int, scalars: tuple = ()) -> DriverSelect:
    """The compiled form of `query` for `count` values, made once (`scalars`: the other parameters' names)."""
    return DriverSelect(dialect, query, expanding, count, dict.fromkeys(scalars, 0))
