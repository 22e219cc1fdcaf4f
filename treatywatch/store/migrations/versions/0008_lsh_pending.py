"""lsh_pending: band keys of a run's first appearances, merged into lsh_bands in key order when the run ends

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 08:10:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('lsh_pending',
                    sa.Column('article_id', sa.Integer(), nullable=False),
                    sa.Column('day', sa.Integer(), nullable=True),
                    sa.Column('keys', sa.LargeBinary(), nullable=False),
                    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
                    sa.PrimaryKeyConstraint('article_id'))


def downgrade() -> None:
    # what is waiting goes into the band index first: the older schema reads lsh_bands alone
    from treatywatch.store.lsh import merge_pending

    merge_pending(op.get_bind())
    op.drop_table('lsh_pending')
