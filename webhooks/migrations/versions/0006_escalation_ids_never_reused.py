"""escalation ids never reused

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07

An erased conversation's escalation is deleted with it; on SQLite, without AUTOINCREMENT, the next escalation took
its number, and a staff member still writing to the old number reached another person (a message meant for a woman in
a hotel, "a car will be at the Red Roof lobby", reached farmworkers). PostgreSQL's sequences never reuse a number.
"""
from alembic import op


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    with op.batch_alter_table('escalations', recreate='always', table_kwargs={'sqlite_autoincrement': True}):
        pass


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    with op.batch_alter_table('escalations', recreate='always', table_kwargs={'sqlite_autoincrement': False}):
        pass
