"""lsh bands in the store (the near-duplicate index survives between runs)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 11:31:01.625976
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'lsh_bands',
        sa.Column('key', sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column('article_id', sa.Integer(), autoincrement=False, nullable=False),
        sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('key', 'article_id'),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table('articles') as batch_op:  # signatures now live as band keys
        batch_op.drop_column('minhash')


def downgrade() -> None:
    with op.batch_alter_table('articles') as batch_op:
        batch_op.add_column(sa.Column('minhash', sa.LargeBinary(), nullable=True))
    op.drop_table('lsh_bands')
