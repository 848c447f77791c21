"""An escalation's number is never given to another conversation, even after one is erased (on SQLite it was: a
staff member still writing to the old number reached farmworkers with a message meant for a woman in a hotel)."""
from sqlalchemy import delete

from webhooks.conversations.models import Conversation
from webhooks.db import Database
from webhooks.escalations.models import Escalation


def test_an_erased_escalations_number_is_not_given_again(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'ids.db'}")
    try:
        db.migrate()
        with db.session() as s:
            first = Conversation(key="a" * 64, channel="web")
            s.add(first)
            s.flush()
            esc = Escalation(conversation_id=first.id, level="critical", score=90, reasons="held")
            s.add(esc)
            s.flush()
            erased = esc.id
            s.execute(delete(Escalation).where(Escalation.id == erased))
        with db.session() as s:
            second = Conversation(key="b" * 64, channel="web")
            s.add(second)
            s.flush()
            esc = Escalation(conversation_id=second.id, level="high", score=70, reasons="minor")
            s.add(esc)
            s.flush()
            assert esc.id != erased
    finally:
        db.dispose()
