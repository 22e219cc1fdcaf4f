"""lsh_bands.day: each band row carries its article's day, so candidates are ranked by date without reading
the articles

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23 20:40:00
"""
from alembic import op
import sqlalchemy as sa

from treatywatch.dedup import day_number


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

_CHUNK = 20_000


def upgrade() -> None:
    # at a million articles, the dates of the ~200 articles sharing one band with a new one were read from
    # the articles table (one random page each): the band rows read anyway now carry them
    op.add_column('lsh_bands', sa.Column('day', sa.Integer(), nullable=True))
    conn = op.get_bind()
    # the day is computed by the pipeline's own `day_number` (the same for every dialect), written into a
    # side table keyed by article, then copied in one statement (lsh_bands has no index on article_id alone)
    side = op.create_table('_lsh_band_days', sa.Column('article_id', sa.Integer(), primary_key=True),
                           sa.Column('day', sa.Integer(), nullable=True))
    rows = conn.execute(sa.text("SELECT a.id, a.published FROM articles a "
                                "WHERE EXISTS (SELECT 1 FROM lsh_bands b WHERE b.article_id = a.id)"))
    while chunk := rows.fetchmany(_CHUNK):
        dated = [{"article_id": aid, "day": day_number(published)} for aid, published in chunk]
        if dated := [d for d in dated if d["day"] is not None]:
            conn.execute(side.insert(), dated)
    conn.execute(sa.text("UPDATE lsh_bands SET day = (SELECT d.day FROM _lsh_band_days d "
                         "WHERE d.article_id = lsh_bands.article_id)"))
    op.drop_table('_lsh_band_days')


def downgrade() -> None:
    with op.batch_alter_table('lsh_bands') as batch_op:
        batch_op.drop_column('day')
