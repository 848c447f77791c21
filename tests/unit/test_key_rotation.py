"""Rotating the encryption key on both backends: after `rotate_all`, the old key can be dropped."""
import pytest
from sqlalchemy import text

from webhooks.conversations import store
from webhooks.crypto import Encryptor, new_fernet_key
from webhooks.key_rotation import rotate_all
from webhooks.reports.store import NewTip, ReportStore


def test_after_rotation_only_the_new_key_is_needed(database):
    old, new = new_fernet_key(), new_fernet_key()
    before = Encryptor([old])
    with database.session() as s:
        conv = store.get_or_create(s, "k1", "sms", before.encrypt("+15551230000"))
        store.add_inbound(s, conv.id, "twilio:SM1", before.encrypt("they took our passports"))
    filed = ReportStore(database, before).file(NewTip("k1", "sms", "en", "they took our passports", "Reno", "today",
                                                     privacy_level="share", contact="Ana 555-0100"))
    ReportStore(database, before).add_to(filed.reference_code, "the van is white")

    assert rotate_all(database, Encryptor([new, old])) == 3

    after = Encryptor([new])
    with database.engine.connect() as conn:
        address = conn.execute(text("SELECT address_enc FROM conversations")).scalar_one()
        body = conn.execute(text("SELECT body_enc FROM messages")).scalar_one()
    assert after.decrypt(address) == "+15551230000"
    assert after.decrypt(body) == "they took our passports"
    report = ReportStore(database, after).page()[0][0]
    assert report.narrative == "they took our passports"
    assert report.contact == "Ana 555-0100" and report.additions == ("the van is white",)
    with pytest.raises(ValueError):
        Encryptor([old]).decrypt(body)
