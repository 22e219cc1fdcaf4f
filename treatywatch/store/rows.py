"""Row inserts for the pipeline's hot path, through the driver's cursor.

The ingest writes an article row, some fifty band rows and two statement rows per article. Through
SQLAlchemy's `Connection.execute` each insert costs some 60 µs of Python before the driver sees it (cache
key, parameter construction, result object), a tenth of the storing process. These inserters compile the
statement once per connection with SQLAlchemy (so the SQL and every value's conversion — JSON, datetimes,
booleans — are exactly SQLAlchemy's) and then hand rows to the driver directly, on the same connection and
inside the same transaction and savepoints.
"""
from __future__ import annotations

import operator
from collections.abc import Sequence

from sqlalchemy import Table, insert
from sqlalchemy.engine import Connection, Dialect


class RowInserter:
    """INSERT of rows with a fixed set of columns into `table`, compiled for `dialect`; `insert_one` returns the
    new row's id. Rows go through the given SQLAlchemy connection's own driver connection."""

    def __init__(self, dialect: Dialect, table: Table, columns: Sequence[str], returns_id: bool = False):
        self.columns = tuple(columns)
        self.postgresql = dialect.name == "postgresql"
        statement = insert(table)
        if returns_id and self.postgresql:
            statement = statement.returning(table.c.id)
        compiled = statement.compile(dialect=dialect, column_keys=list(self.columns))
        self.sql = str(compiled)
        # the driver's parameter order (qmark) or names (pyformat), with SQLAlchemy's conversion per value
        order = compiled.positiontup if compiled.positional else list(compiled.binds)
        if set(order) != set(self.columns):
            raise ValueError(f"{table.name}: compiled parameters {order} are not the columns {self.columns}")
        self.order = list(order)
        self._values = operator.itemgetter(*self.order) if len(self.order) > 1 else lambda row: (row[self.order[0]],)
        processors = [table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in self.order]
        self._converted = [(i, process) for i, process in enumerate(processors) if process is not None]
        self.positional = compiled.positional

    def _parameters(self, row: dict):
        values = self._values(row)  # a tuple, in the driver's order
        if self._converted:  # most columns need no conversion (integers, text): only the others are touched
            values = list(values)
            for i, process in self._converted:
                values[i] = process(values[i])
        return values if self.positional else dict(zip(self.order, values))

    def insert_one(self, connection: Connection, row: dict) -> int:
        cursor = connection.connection.dbapi_connection.cursor()
        try:
            cursor.execute(self.sql, self._parameters(row))
            return cursor.fetchone()[0] if self.postgresql else cursor.lastrowid
        finally:
            cursor.close()

    def insert_many(self, connection: Connection, rows: list[dict]) -> None:
        if not rows:
            return
        cursor = connection.connection.dbapi_connection.cursor()
        try:
            if self.postgresql:  # one statement with many VALUES rows, as SQLAlchemy's own executemany does
                from psycopg2.extras import execute_values

                head, _, values = self.sql.partition(" VALUES ")
                template = values.strip()
                execute_values(cursor, f"{head} VALUES %s", [self._parameters(r) for r in rows],
                               template=template, page_size=1000)
            else:
                cursor.executemany(self.sql, [self._parameters(r) for r in rows])
        finally:
            cursor.close()

    def insert_values(self, connection: Connection, rows: list[tuple]) -> None:
        """`insert_many` of rows given as tuples in `columns` order. Where the driver takes them as they are
        (positional parameters in that order, no value to convert: the band rows on SQLite), no dictionary is
        made per row nor taken apart again."""
        if not rows:
            return
        if self.positional and not self._converted and self.order == list(self.columns):
            cursor = connection.connection.dbapi_connection.cursor()
            try:
                cursor.executemany(self.sql, rows)
            finally:
                cursor.close()
            return
        self.insert_many(connection, [dict(zip(self.columns, row)) for row in rows])
