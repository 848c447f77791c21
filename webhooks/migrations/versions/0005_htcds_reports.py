"""reports in the shape of HTCDS

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

TEXT = ('people_enc', 'control_enc', 'more_enc', 'additions_enc', 'contact_enc', 'notes_enc', 'followup_enc')


def upgrade() -> None:
    with op.batch_alter_table('reports', schema=None) as batch_op:
        for name in TEXT:
            batch_op.add_column(sa.Column(name, sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('reporter_role', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('privacy_level', sa.String(length=16), nullable=False,
                                      server_default='anonymous'))
        for name in ('is_forced_labour', 'is_sexual_exploit', 'is_other_exploit', 'minor', 'legal_hold'):
            batch_op.add_column(sa.Column(name, sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('labour_type', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('means_of_control', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('ilo_indicators', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('venue', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('city', sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column('state', sa.String(length=8), nullable=True))
        batch_op.add_column(sa.Column('country', sa.String(length=4), nullable=True))
        batch_op.add_column(sa.Column('ongoing', sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column('people_count', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('ages', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('extracted', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('urgency_level', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('urgency_score', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('gender', sa.String(length=8), nullable=True))
        batch_op.add_column(sa.Column('urgency_reasons', sa.String(length=200), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('mandated_reasons', sa.String(length=64), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('confirmed', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('assignee_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('referral_agency', sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column('referral_reference', sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column('referral_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('referral_signed_by', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('passphrase_hash', sa.String(length=200), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_reports_assignee_id_staff_users'), 'staff_users',
                                    ['assignee_id'], ['id'])
        batch_op.create_foreign_key(batch_op.f('fk_reports_referral_signed_by_staff_users'), 'staff_users',
                                    ['referral_signed_by'], ['id'])
        batch_op.create_index(batch_op.f('ix_reports_city'), ['city'], unique=False)
        batch_op.create_index(batch_op.f('ix_reports_state'), ['state'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('reports', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reports_state'))
        batch_op.drop_index(batch_op.f('ix_reports_city'))
        batch_op.drop_constraint(batch_op.f('fk_reports_referral_signed_by_staff_users'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_reports_assignee_id_staff_users'), type_='foreignkey')
        for name in ('urgency_score', 'gender', 'confirmed', 'assignee_id', 'referral_agency', 'referral_reference', 'referral_at',
                     'referral_signed_by', 'passphrase_hash'):
            batch_op.drop_column(name)
        for name in ('mandated_reasons', 'urgency_reasons', 'urgency_level', 'extracted', 'ages', 'people_count',
                     'ongoing', 'country', 'state', 'city', 'venue', 'ilo_indicators', 'means_of_control',
                     'labour_type', 'minor', 'is_other_exploit', 'is_sexual_exploit', 'is_forced_labour',
                     'privacy_level', 'reporter_role', 'legal_hold', *TEXT):
            batch_op.drop_column(name)
