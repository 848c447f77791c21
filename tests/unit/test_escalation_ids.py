"""An escalation's number is never given to another conversation, even after one is erased (on SQLite it was: a
staff member still writing to the old number reached farmworkers with a message meant for a woman in a hotel)."""
from sqlalchemy import delete

from webhooks.conversations.models import Conversation
from webhooks.db import Database
from webhooks.escalations.models import Escalation


def _escalate(s, key: str) -> Escalation:
    conv = Conversation(key=key * 64, channel="web")
    s.add(conv)
    s.flush()
    esc = Escalation(conversation_id=conv.id, level="critical", score=90, reasons="held")
    s.add(esc)
    s.flush()
    return esc


def test_an_erased_escalations_number_is_not_given_again(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'ids.db'}")
    try:
        db.migrate()
        with db.session() as s:
            erased = _escalate(s, "a").id
            s.execute(delete(Escalation).where(Escalation.id == erased))
        with db.session() as s:
            assert _escalate(s, "b").id != erased
    finally:
        db.dispose()
