"""PostgreSQL: the band tables' primary key carries `day` (INCLUDE), so a band lookup reads the index alone

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04 20:30:00
"""
from alembic import op


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

TABLES = ('lsh_bands', 'lsh_bands_recent')


def upgrade() -> None:
    # A worker's band lookup wants (article_id, day) of the rows of ~40 keys. SQLite keeps the band rows in
    # their primary key's b-tree (WITHOUT ROWID): day is in the leaf. A PostgreSQL heap is in insertion order,
    # so each of the ~180 rows an article's keys find cost a random heap page for its day; with day in the
    # index an index-only scan answers (pages the visibility map marks all-visible; see store.lsh.vacuum_bands).
    if op.get_bind().dialect.name != 'postgresql':
        return
    for table in TABLES:
        op.execute(f'ALTER TABLE {table} DROP CONSTRAINT {table}_pkey, '
                   f'ADD CONSTRAINT {table}_pkey PRIMARY KEY (key, article_id) INCLUDE (day)')


def downgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    for table in TABLES:
        op.execute(f'ALTER TABLE {table} DROP CONSTRAINT {table}_pkey, '
                   f'ADD CONSTRAINT {table}_pkey PRIMARY KEY (key, article_id)')
