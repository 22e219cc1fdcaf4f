"""article concepts and published index for stories

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 12:05:06.055278
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.add_column(sa.Column('concepts', sa.JSON(), nullable=True))
        batch_op.create_index(batch_op.f('ix_articles_published'), ['published'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_articles_published'))
        batch_op.drop_column('concepts')

