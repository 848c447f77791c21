"""The report store on both backends: SQLite (embedded default) and PostgreSQL."""
from sqlalchemy import text

from webhooks.reports.codes import ALPHABET, normalise_reference_code
from webhooks.reports.store import NewTip, ReportStore


def tip(n: int) -> NewTip:
    return NewTip(conversation_key=f"conv{n}", channel="sms", language="en",
                  narrative=f"they keep the workers' passports, case {n} ñ", location="Tulsa, OK", occurred="ayer")


def test_a_filed_report_reads_back_with_its_fields_and_a_readable_code(database, encryptor):
    store = ReportStore(database, encryptor)
    filed = store.file(tip(1))
    code = filed.reference_code
    assert len(code) == 9 and code[4] == "-" and all(c in ALPHABET for c in code.replace("-", ""))
    again = store.by_reference(code)
    assert again.narrative == "they keep the workers' passports, case 1 ñ"
    assert again.location == "Tulsa, OK" and again.occurred == "ayer" and again.status == "new"
    assert normalise_reference_code(code.lower().replace("-", " ")) == code


def test_the_narrative_is_encrypted_at_rest(database, encryptor):
    ReportStore(database, encryptor).file(tip(2))
    with database.engine.connect() as conn:
        stored = conn.execute(text("SELECT narrative_enc FROM reports")).scalar_one()
    assert "passports" not in stored


def test_pages_are_newest_first_and_cover_everything_once(database, encryptor):
    store = ReportStore(database, encryptor)
    codes = [store.file(tip(n)).reference_code for n in range(7)]
    seen, cursor = [], None
    while True:
        page, cursor = store.page(limit=3, before_id=cursor)
        seen += [r.reference_code for r in page]
        if cursor is None:
            break
    assert seen == codes[::-1]
