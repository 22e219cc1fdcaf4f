"""statements: a speaker's statements in id order, for the novelty index's newest-first load

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 18:30:00
"""
from alembic import op


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # "the speaker's newest 2,000 statements" reads 2,000 index entries backwards instead of every statement of
    # the speaker sorted (a third of a million for one speaker in the million-article benchmark store)
    op.create_index('ix_statements_speaker_id', 'statements', ['speaker', 'id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_statements_speaker_id', table_name='statements')
