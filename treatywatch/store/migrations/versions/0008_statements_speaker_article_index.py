"""statements: a speaker's statements by article, for the novelty index's window load

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 15:20:00
"""
from alembic import op


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # "the speaker's statements in the days around this one" reads the speaker's entries over the id range of
    # those days' articles, instead of walking every statement of the speaker newest first (at a million
    # articles, 33,000 rows read for 600 kept, per speaker and window)
    op.create_index('ix_statements_speaker_article', 'statements', ['speaker', 'article_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_statements_speaker_article', table_name='statements')
