"""lsh_bands_recent: the band rows of the latest articles, merged into lsh_bands in key order now and then

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 18:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # written straight into lsh_bands, each new band row lands in a random leaf of that index (a band key is a
    # hash): at a million articles a run of 10,000 rewrote most of its pages, commit after commit
    op.create_table(
        'lsh_bands_recent',
        sa.Column('key', sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column('article_id', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('day', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('key', 'article_id'),
        sqlite_with_rowid=False,
    )


def downgrade() -> None:
    conn = op.get_bind()
    conn.execute(sa.text("INSERT INTO lsh_bands (key, article_id, day) "
                         "SELECT key, article_id, day FROM lsh_bands_recent"))
    op.drop_table('lsh_bands_recent')
