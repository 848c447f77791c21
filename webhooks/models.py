"""Every table, imported in one place so Alembic and `Base.metadata` see them all."""
from webhooks.conversations.models import Conversation, Message
from webhooks.db import Base
from webhooks.escalations.models import Escalation
from webhooks.reports.models import Report
from webhooks.staff.models import AuditEntry, StaffUser

metadata = Base.metadata

__all__ = ["AuditEntry", "Conversation", "Escalation", "Message", "Report", "StaffUser", "metadata"]
