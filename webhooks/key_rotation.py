"""Re-encrypting everything encrypted at rest under the newest key of TIPLINE_ENCRYPTION_KEYS.

Rotation: put the new key first (keep the old ones after it), restart every process, run
`tipline rotate-keys`, then drop the old keys and restart again."""
from __future__ import annotations

from sqlalchemy import select

from webhooks.conversations.models import Conversation, Message
from webhooks.crypto import Encryptor
from webhooks.db import Database
from webhooks.reports.models import Report

ENCRYPTED_COLUMNS = {
    Conversation: ("address_enc",),
    Message: ("body_enc", "media_enc"),
    Report: ("narrative_enc", "people_enc", "control_enc", "more_enc", "additions_enc", "contact_enc", "notes_enc",
             "followup_enc"),
}


def rotate_all(db: Database, encryptor: Encryptor, batch: int = 500) -> int:
    """Rewrites every encrypted value; returns how many rows were rewritten."""
    rewritten = 0
    for model, columns in ENCRYPTED_COLUMNS.items():
        last_id = 0
        while True:
            with db.session() as s:
                rows = list(s.scalars(select(model).where(model.id > last_id).order_by(model.id).limit(batch)))
                for row in rows:
                    for column in columns:
                        setattr(row, column, encryptor.rotate(getattr(row, column)))
                rewritten += len(rows)
            if len(rows) < batch:
                break
            last_id = rows[-1].id
    return rewritten
