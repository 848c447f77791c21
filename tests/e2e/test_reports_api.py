"""Staff work on reports through the API: filters, the report with its transcript (audited), corrections and
confirmations, notes, mandated referrals signed off by a supervisor, legal holds, and exports with HTCDS/CTDC
columns where personal data is for supervisors only (both audited)."""
from __future__ import annotations

import csv
import io
import secrets
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from tests.support import dialogue
from webhooks.crypto import Encryptor
from webhooks.db import Database
from webhooks.reports import htcds
from webhooks.reports.export import COLUMNS
from webhooks.reports.store import NewTip, ReportStore
from webhooks.staff.models import AuditEntry

pytestmark = pytest.mark.e2e


@pytest.fixture
def store(system):
    db = Database(system.settings.effective_database_url)
    yield ReportStore(db, Encryptor.from_settings(system.settings))
    db.dispose()


def auth(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def file(store, **facts_and_fields):
    tag = secrets.token_hex(4)
    fields = {k: facts_and_fields.pop(k) for k in list(facts_and_fields) if k in NewTip.__dataclass_fields__}
    tip = NewTip(conversation_key=f"api-{tag}", channel="sms", language=fields.pop("language", "en"),
                 narrative=fields.pop("narrative", f"narrative {tag}"), facts=facts_and_fields, **fields)
    return store.file(tip)


def audited(system, action: str, target: str | None = None) -> int:
    db = Database(system.settings.effective_database_url)
    try:
        with db.session() as s:
            query = select(AuditEntry).where(AuditEntry.action == action)
            rows = list(s.scalars(query))
        return sum(1 for a in rows if target is None or a.target_id == target or target in (a.detail or ""))
    finally:
        db.dispose()


def test_filters_by_type_place_language_and_mandated(system, store):
    token = system.staff_token("agent")
    town = f"Town{secrets.token_hex(3)}"
    labour = file(store, language="es", city=town, state="TX", exploitation=["ForcedLabour"],
                  means_of_control=["DebtBondage"])
    sexual = file(store, city=town, exploitation=["SexualExploit"], ages=[15])
    got = system.http.get("/api/reports", params={"place": town.lower()}, headers=auth(token)).json()
    assert {r["reference_code"] for r in got["items"]} == {labour.reference_code, sexual.reference_code}
    only = system.http.get("/api/reports", params={"place": town, "type": "SexualExploit"}, headers=auth(token))
    assert [r["reference_code"] for r in only.json()["items"]] == [sexual.reference_code]
    spanish = system.http.get("/api/reports", params={"place": town, "language": "es"}, headers=auth(token))
    assert [r["reference_code"] for r in spanish.json()["items"]] == [labour.reference_code]
    assert sexual.reference_code in {r["reference_code"] for r in got["mandated_open"]}, "a minor: on top"
    assert all(r["mandated_reasons"] for r in got["mandated_open"])


def test_reading_a_report_shows_its_transcript_and_is_audited(system, phone):
    intake = dialogue.tell(dialogue.by_sms(system, phone), "hi", dialogue.plain(
        what="they keep the cleaners locked in the motel laundry room at night"))
    token = system.staff_token("agent")
    detail = system.http.get(f"/api/reports/{intake.code}", headers=auth(token)).json()
    texts = [line["text"] for line in detail["transcript"]]
    assert "they keep the cleaners locked in the motel laundry room at night" in texts
    assert any("reference code" in t.lower() for t in texts)
    assert audited(system, "report.view", intake.code) >= 1
    assert system.http.get(f"/api/reports/{intake.code}").status_code == 401, "staff only"


def test_staff_correct_and_confirm_extracted_fields_and_add_notes(system, store):
    report = file(store, city="Dalas", means_of_control=["DebtBondage"])
    token = system.staff_token("agent")
    changed = system.http.patch(f"/api/reports/{report.reference_code}", headers=auth(token), json={
        "status": "triaged", "fields": {"city": "Dallas", "means_of_control": ["DebtBondage", "Threats"]},
        "confirm": ["means_of_control"]})
    assert changed.status_code == 200, changed.text
    body = changed.json()
    assert body["status"] == "triaged" and body["city"] == "Dallas"
    assert body["means_of_control"] == ["DebtBondage", "Threats"] and "IntimidationAndThreats" in body["ilo_indicators"]
    assert {"city", "means_of_control"} <= set(body["confirmed"])
    bad = system.http.patch(f"/api/reports/{report.reference_code}", headers=auth(token),
                            json={"fields": {"means_of_control": ["Witchcraft"]}})
    assert bad.status_code == 422
    noted = system.http.post(f"/api/reports/{report.reference_code}/notes", headers=auth(token),
                             json={"text": "called the shelter, they know the address"})
    assert noted.status_code == 201 and noted.json()["notes"][-1]["text"].startswith("called the shelter")


def test_a_mandated_report_needs_a_supervisor_to_sign_off_the_referral(system, store):
    report = file(store, ages=[14], exploitation=["SexualExploit"])
    assert report.mandated_reasons == ("minor",)
    agent, supervisor = system.staff_token("agent"), system.staff_token("supervisor")
    referral = {"agency": "County Child Protective Services", "reference": "CPS-2211",
                "made_at": datetime.now(UTC).isoformat()}
    refused = system.http.post(f"/api/reports/{report.reference_code}/referral", headers=auth(agent), json=referral)
    assert refused.status_code == 403
    signed = system.http.post(f"/api/reports/{report.reference_code}/referral", headers=auth(supervisor),
                              json=referral)
    assert signed.status_code == 200
    body = signed.json()
    assert body["referral_agency"] == "County Child Protective Services" and body["status"] == "referred"
    assert body["referral_signed_by"] is not None
    page = system.http.get("/api/reports", headers=auth(agent)).json()
    assert report.reference_code not in {r["reference_code"] for r in page["mandated_open"]}


def test_export_uses_htcds_columns_and_round_trips(system, store):
    report = file(store, exploitation=["ForcedLabour"], means_of_control=["WithholdsDocuments", "DebtBondage"],
                  city="Fresno", state="CA", people_count=8, ages=[16], privacy_level="confidential",
                  contact="Ana 555-0100")
    token = system.staff_token("agent")
    resp = system.http.get("/api/reports/export", params={"codes": report.reference_code, "format": "csv"},
                           headers=auth(token))
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(resp.text)))
    assert list(rows[0]) == COLUMNS, "the CTDC column names, in a fixed order"
    row = rows[0]
    assert row["isForcedLabour"] == "True" and row["isSexualExploit"] == "False"
    assert row[htcds.means_column("WithholdsDocuments")] == "True" and row["meansOfControlThreats"] == "False"
    assert row["majorityStatus"] == "Minor" and row["CountryOfExploitation"] == "US" and row["city"] == "Fresno"
    assert "narrative" not in row and "555-0100" not in resp.text
    as_json = system.http.get("/api/reports/export", params={"codes": report.reference_code, "format": "json"},
                              headers=auth(token)).json()
    assert {k: str(v) if v is not None else "" for k, v in as_json[0].items()} == row, "JSON and CSV agree"


def test_personal_data_is_exported_by_supervisors_only_and_both_attempts_are_audited(system, store):
    report = file(store, privacy_level="share", contact="call Ana at 555-0199", narrative="they took my papers")
    params = {"codes": report.reference_code, "format": "json", "personal": "true"}
    agent = system.http.get("/api/reports/export", params=params, headers=auth(system.staff_token("agent")))
    assert agent.status_code == 403
    supervisor = system.http.get("/api/reports/export", params=params,
                                 headers=auth(system.staff_token("supervisor")))
    assert supervisor.status_code == 200
    row = supervisor.json()[0]
    assert row["contact"] == "call Ana at 555-0199" and row["narrative"] == "they took my papers"
    assert audited(system, "reports.export_refused", report.reference_code) == 1
    assert audited(system, "reports.export_personal", report.reference_code) == 1


def test_a_legal_hold_keeps_the_report_through_delete_and_the_person_is_told(system, phone):
    send = dialogue.by_sms(system, phone)
    intake = dialogue.tell(send, "hi", dialogue.plain(what="a man keeps 3 women in the apartment above the bakery"))
    supervisor = system.staff_token("supervisor")
    held = system.http.post(f"/api/reports/{intake.code}/hold", headers=auth(supervisor), json={"on": True})
    assert held.status_code == 200 and held.json()["legal_hold"] is True
    send("DELETE")
    told = " ".join(send("yes"))
    assert "legal hold" in told
    kept = system.http.get(f"/api/reports/{intake.code}", headers=auth(supervisor)).json()
    assert kept["narrative"] == "a man keeps 3 women in the apartment above the bakery"
    assert kept["transcript"] == [], "the conversation itself is erased"
