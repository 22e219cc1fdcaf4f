"""statements: index of a speaker's treaty positions, for the latest stance

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 15:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # partial: only statements that take a position (a small share), newest last per speaker, so
    # `latest_stance` reads one index entry instead of every statement of the speaker
    op.create_index('ix_statements_speaker_stance', 'statements', ['speaker', 'id'], unique=False,
                    sqlite_where=sa.text('stance IS NOT NULL'), postgresql_where=sa.text('stance IS NOT NULL'))


def downgrade() -> None:
    op.drop_index('ix_statements_speaker_stance', table_name='statements')
