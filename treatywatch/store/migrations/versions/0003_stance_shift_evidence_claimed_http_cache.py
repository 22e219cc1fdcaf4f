"""stance shift evidence claimed http cache

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 11:51:54.763078
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('http_cache',
    sa.Column('url', sa.Text(), nullable=False),
    sa.Column('etag', sa.Text(), nullable=True),
    sa.Column('last_modified', sa.Text(), nullable=True),
    sa.Column('fetched', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('url')
    )
    with op.batch_alter_table('alerts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('claimed', sa.DateTime(timezone=True), nullable=True))

    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.add_column(sa.Column('raw_path', sa.Text(), nullable=True))

    with op.batch_alter_table('statements', schema=None) as batch_op:
        batch_op.add_column(sa.Column('stance', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('shift', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('evidence', sa.JSON(), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('statements', schema=None) as batch_op:
        batch_op.drop_column('evidence')
        batch_op.drop_column('shift')
        batch_op.drop_column('stance')

    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_column('raw_path')

    with op.batch_alter_table('alerts', schema=None) as batch_op:
        batch_op.drop_column('claimed')

    op.drop_table('http_cache')
