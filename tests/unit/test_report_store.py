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


def test_htcds_fields_come_from_what_was_said_and_are_marked_as_extracted(database, encryptor):
    store = ReportStore(database, encryptor)
    facts = {"exploitation": ["ForcedLabour"], "means_of_control": ["DebtBondage", "WithholdsDocuments"],
             "city": "Fresno", "state": "CA", "people_count": 8, "ages": [16, 30], "venue": "farm", "ongoing": True,
             "gender": "male"}
    filed = store.file(NewTip(conversation_key="c-htcds", channel="sms", language="es", narrative="n",
                              reporter_role="other", privacy_level="anonymous", contact="555-0100", facts=facts))
    assert filed.exploitation == ("ForcedLabour",)
    assert filed.means_of_control == ("DebtBondage", "WithholdsDocuments")
    assert {"DebtBondage", "RetentionOfIdentityDocuments"} <= set(filed.ilo_indicators)
    assert (filed.city, filed.state, filed.people_count, filed.venue, filed.ongoing) == ("Fresno", "CA", 8, "farm",
                                                                                          True)
    assert filed.minor is True and filed.mandated_reasons == ("minor",), "an age under 18 makes it mandated"
    assert filed.gender == "male" and "gender" in filed.extracted
    assert {"means_of_control", "city", "people_count", "minor"} <= set(filed.extracted)
    assert filed.contact is None, "an anonymous tipster's contact is never stored"


def test_a_child_sold_for_sex_is_not_filed_as_sex_work(database, encryptor):
    # three reports of girls of 14 to 17 were filed with "sex work" as their work
    store = ReportStore(database, encryptor)
    facts = {"exploitation": ["SexualExploit"], "labour_type": "sex work", "ages": [15]}
    filed = store.file(NewTip(conversation_key="c-child-sex-work", channel="web", language="en", narrative="n",
                              reporter_role="self", privacy_level="anonymous", contact=None, facts=facts))
    assert filed.exploitation == ("SexualExploit",) and filed.minor and filed.labour_type is None
    assert "labour_type" not in filed.extracted


def test_contact_details_are_kept_encrypted_only_when_the_person_chose_to_share(database, encryptor):
    store = ReportStore(database, encryptor)
    filed = store.file(NewTip(conversation_key="c-share", channel="web", language="en", narrative="n",
                              privacy_level="confidential", contact="Ana, 555-0100 after 6pm"))
    assert store.by_reference(filed.reference_code).contact == "Ana, 555-0100 after 6pm"
    with database.engine.connect() as conn:
        stored = conn.execute(text("SELECT contact_enc FROM reports WHERE reference_code = :c"),
                              {"c": filed.reference_code}).scalar_one()
    assert "555" not in stored


def test_a_person_who_takes_back_their_contact_details_leaves_an_anonymous_report(database, encryptor):
    store = ReportStore(database, encryptor)
    shared = NewTip(conversation_key="c-back", channel="web", language="en", narrative="n",
                    privacy_level="share", contact="Ana, 555-0100")
    filed = store.file(shared)
    assert store.withdraw_contact(filed.reference_code)
    back = store.by_reference(filed.reference_code)
    assert back.contact is None and back.privacy_level == "anonymous"
    assert not store.withdraw_contact("ZZZZ-ZZZZ")
    named = store.file(NewTip(conversation_key="c-back3", channel="web", language="en", narrative="n",
                              privacy_level="share", contact="Ana, 555-0100 after 6"))
    assert store.withdraw_contact(named.reference_code, name_only=True)
    left = store.by_reference(named.reference_code)
    assert left.contact == "555-0100" and left.privacy_level == "share"  # the name only
    # taken back before the yes: the unconfirmed report, brought up to date, keeps no contact either
    draft = store.file(NewTip(conversation_key="c-back2", channel="web", language="en", narrative="n",
                              privacy_level="share", contact="Ana, 555-0100"), confirmed=False)
    assert draft.contact == "Ana, 555-0100"
    final = store.file(NewTip(conversation_key="c-back2", channel="web", language="en", narrative="n",
                              privacy_level="anonymous", contact="Ana, 555-0100"), draft=draft.reference_code)
    assert final.reference_code == draft.reference_code and final.contact is None

    # their name as told in the tip goes too, from every text staff read
    told = store.file(NewTip(conversation_key="c-back4", channel="web", language="en", privacy_level="share",
                             narrative="My name is Linda Park, I manage the complex", contact="Linda, 555-0100"))
    assert store.withdraw_contact(told.reference_code, scrub=lambda t: t.replace("Linda Park", "(name taken out)"))
    assert store.by_reference(told.reference_code).narrative == "My name is (name taken out), I manage the complex"


def test_details_sent_after_filing_are_added_to_the_report(database, encryptor):
    store = ReportStore(database, encryptor)
    code = store.file(tip(9)).reference_code
    assert store.add_to(code, "the van is white, texas plates")
    assert store.add_to(code, "también hay un niño")
    assert store.by_reference(code).additions == ("the van is white, texas plates", "también hay un niño")
    assert not store.add_to("ZZZZ-ZZZZ", "nothing to add to")
    # a correction is marked as one, for staff to put the field right (it read as one more detail)
    assert store.add_to(code, "its 421 oak st not 412", "en", correction=True)
    assert store.by_reference(code).additions[-1] == "Correction after filing: its 421 oak st not 412"


def test_a_tip_read_back_is_kept_unconfirmed_and_the_yes_confirms_the_same_report(database, encryptor):
    store = ReportStore(database, encryptor)
    draft = store.file(tip(7), confirmed=False)
    assert draft.status == "unconfirmed"  # kept, though the person has not said yes (yet)
    corrected = NewTip(conversation_key="conv7", channel="sms", language="en", narrative="corrected",
                       occurred="tuesday")
    again = store.file(corrected, confirmed=False, draft=draft.reference_code)
    assert again.reference_code == draft.reference_code and again.occurred == "tuesday"
    final = store.file(corrected, draft=draft.reference_code)
    assert final.reference_code == draft.reference_code and final.status == "new"
    reports, _ = store.page(limit=50)
    assert [r.reference_code for r in reports if r.narrative == "corrected"] == [final.reference_code]  # one report
    # a code from another conversation, or one already confirmed, is never overwritten
    other = store.file(NewTip(conversation_key="conv8", channel="sms", language="en", narrative="x"),
                       draft=final.reference_code)
    assert other.reference_code != final.reference_code
    assert store.by_reference(final.reference_code).narrative == "corrected"


def test_an_age_corrected_to_an_adult_at_the_read_back_is_no_mandated_minor_report(database, encryptor):
    # probe, 2026-12-06: "shes 19 not 17" was read back as 19, and the report still went out as a mandated minor report
    # (the triage had flagged "17" when it was first said)
    from bot.actions.intake import merge_facts
    from webhooks.conversations.models import Conversation
    from webhooks.reports.extract import extract
    with database.session() as s:
        for key in ("c-corrected", "c-not-corrected"):
            s.add(Conversation(key=key, channel="sms", language="en", triage_flags="location,minor"))
    told = merge_facts({}, extract("my friend, shes 17, works at a bar in tulsa", "en"))
    corrected = merge_facts(told, extract("shes 19 not 17", "en"), override=True)
    assert corrected["ages"] == [19] and corrected["minor"] is False and corrected["not_minor"] is True
    store = ReportStore(database, encryptor)
    filed = store.file(NewTip(conversation_key="c-corrected", channel="sms", language="en", narrative="n",
                              facts=corrected))
    assert filed.minor is False and filed.mandated_reasons == ()
    # without a correction, what the triage learnt still counts (a minor said once stays a minor)
    later = merge_facts(merge_facts({}, extract("theyre adults", "en")), extract("one of them looks 15", "en"))
    assert later["minor"] is True and "not_minor" not in later
    kept = store.file(NewTip(conversation_key="c-not-corrected", channel="sms", language="en", narrative="n",
                             facts=merge_facts({}, extract("they work at a bar", "en"))))
    assert kept.minor is True and kept.mandated_reasons == ("minor",)


def test_a_tip_begun_again_in_the_same_chat_brings_its_unconfirmed_report_up_to_date(database, encryptor):
    # "do you want to end the chat?" "sí", then back: the new tip was filed beside the first, unconfirmed and half
    # told, and an analyst had two reports of one case (2026-12-06)
    store = ReportStore(database, encryptor)
    first = store.file(NewTip(conversation_key="c-again", channel="sms", language="es",
                              narrative="mi prima trabaja en un restaurante y no le pagan", location="Pasadena, TX",
                              privacy_level="share", contact="555-0100",
                              facts={"means_of_control": ["TakesEarnings"], "city": "Pasadena", "state": "TX"}),
                       confirmed=False)
    again = store.file(NewTip(conversation_key="c-again", channel="sms", language="es",
                              narrative="mi prima trabaja en un restaurante, el dueño le quitó el pasaporte",
                              occurred="desde marzo", people="mi prima, 17",
                              facts={"means_of_control": ["WithholdsDocuments"], "ages": [17], "minor": True}))
    assert again.reference_code == first.reference_code and again.status == "new"
    page, _ = store.page(limit=50)
    assert [r.reference_code for r in page if r.conversation_key == "c-again"] == [first.reference_code]
    # what was told only the first time is kept; what was told differently is kept for staff, as first told
    assert again.location == "Pasadena, TX" and again.city == "Pasadena" and again.occurred == "desde marzo"
    assert set(again.means_of_control) == {"TakesEarnings", "WithholdsDocuments"} and again.minor
    assert "What: mi prima trabaja en un restaurante y no le pagan" in again.more
    assert again.contact is None  # the latest choice: no contact was given this time
    # another chat's unconfirmed report is never touched
    other = store.file(NewTip(conversation_key="c-other", channel="sms", language="en", narrative="x"))
    assert other.reference_code != first.reference_code


def test_a_person_who_asks_to_be_called_after_filing_leaves_a_report_staff_can_act_on(database, encryptor):
    """"can someone call me? this number but only after 6pm", after an anonymous report was filed: it was only added to
    the report, which stayed anonymous with no number, so nobody could call."""
    from webhooks.conversations import store as conversations

    with database.session() as s:
        conversations.get_or_create(s, "c-later", "sms", encryptor.encrypt("+15551230000"))
    reports = ReportStore(database, encryptor)
    filed = reports.file(NewTip(conversation_key="c-later", channel="sms", language="en", narrative="n",
                                privacy_level="anonymous"))
    assert reports.by_reference(filed.reference_code).contact is None
    assert reports.share_contact(filed.reference_code, "this number: can someone call me? only after 6pm")
    now = reports.by_reference(filed.reference_code)
    assert now.privacy_level == "share" and now.contact == "+15551230000 (can someone call me? only after 6pm)"
    assert not reports.share_contact("ZZZZ-ZZZZ", "555-0100")


def test_what_the_person_told_staff_stays_when_the_bot_files_the_tip_again(database, encryptor):
    # a chat handed back after staff had it: the bot confirms the tip from its own answers, which knew nothing of
    # "we are in Tulsa, there are 4 of us, the youngest is 15" (told to staff)
    store = ReportStore(database, encryptor)
    draft = store.file(NewTip(conversation_key="c-told", channel="sms", language="en", narrative="locked in",
                              facts={"means_of_control": ["RestrictsMovement"]}), confirmed=False).reference_code
    store._append(draft, "additions_enc", {"text": "we are in Tulsa Oklahoma, there are 4 of us, the youngest is 15",
                                           "by": "told staff"})
    filed = store.file(NewTip(conversation_key="c-told", channel="sms", language="en", narrative="locked in",
                              facts={"means_of_control": ["RestrictsMovement"]}), draft=draft)
    assert filed.reference_code == draft and filed.status == "new"
    assert (filed.city, filed.state, filed.people_count, filed.ages, filed.minor) == ("Tulsa", "OK", 4, "15", True)
    assert filed.mandated_reasons == ("minor",) and {"city", "minor"} <= set(filed.extracted)
    assert filed.means_of_control == ("RestrictsMovement",)


def test_a_code_given_from_another_phone_links_both_reports_for_staff(database, encryptor):
    # "i sent a tip from my old phone, code K7M2-9QXZ": the code was lost, and nothing put the two reports together
    store = ReportStore(database, encryptor)
    first = store.file(tip(31)).reference_code
    unknown = "2345-6789" if first != "2345-6789" else "2345-6788"
    later = store.file(NewTip(conversation_key="conv32", channel="sms", language="en", narrative="they moved the girls",
                              facts={"codes_told": [first, unknown]}))
    assert f"Refers to report {first}, whose code was given in this chat." in later.additions
    assert f"A code given in this chat, {unknown}, matches no report." in later.additions
    earlier = store.by_reference(first)
    assert earlier.additions == (f"Report {later.reference_code} was filed from another phone or chat that gave this "
                                 "report's code.",)
    again = store.file(NewTip(conversation_key="conv32", channel="sms", language="en", narrative="they moved the girls",
                              facts={"codes_told": [first]}), confirmed=False)
    store.file(NewTip(conversation_key="conv32", channel="sms", language="en", narrative="they moved the girls",
                      facts={"codes_told": [first]}), draft=again.reference_code)
    assert len(store.by_reference(first).additions) == 2, "each filing names the other once"


def test_a_chat_whose_escalation_is_at_the_triages_normal_level_still_files(database, encryptor):
    # a Creole chat queued for an interpreter (level "normal") raised ValueError at filing: "I'm sorry, I couldn't save
    # your report just now" answered each yes, and the tip was lost
    from webhooks.conversations.models import Conversation
    from webhooks.escalations.models import Escalation
    with database.session() as s:
        conv = Conversation(key="c-normal-esc", channel="sms", language="ht")
        s.add(conv)
        s.flush()
        s.add(Escalation(conversation_id=conv.id, level="critical", score=86, reasons="held", state="closed"))
        s.flush()  # (the critical one first, then the chat queued again at "normal" after staff released it)
        s.add(Escalation(conversation_id=conv.id, level="normal", score=40, reasons="interpreter_needed"))
    filed = ReportStore(database, encryptor).file(NewTip(conversation_key="c-normal-esc", channel="sms",
                                                         language="ht", narrative="2 years no pay, passport taken"))
    assert filed.reference_code and filed.urgency_level == "critical"


def test_a_report_kept_when_staff_end_a_chat_holds_all_the_person_wrote(database, encryptor):
    # the unconfirmed report kept at a release held only what was told to staff: a worker's place, passports and the
    # ages told to the bot before were missing, and she never came back
    from datetime import timedelta

    from webhooks.conversations.models import Conversation, Message
    from webhooks.db import utcnow
    from webhooks.escalations.models import Escalation
    now = utcnow()
    with database.session() as s:
        conv = Conversation(key="c-all-told", channel="sms", language="es")
        s.add(conv)
        s.flush()
        for minutes, text in ((10, "mi patron tiene mi pasaporte y el de mi prima y no nos deja salir, en houston por "
                                   "la richmond"), (8, "yo 34 mi prima tiene 19"), (2, "ya se fue, estoy en el baño")):
            s.add(Message(conversation_id=conv.id, direction="in", author="person", body_enc=encryptor.encrypt(text),
                          created_at=now - timedelta(minutes=minutes)))
        esc = Escalation(conversation_id=conv.id, level="critical", score=90, reasons="held",
                         claimed_at=now - timedelta(minutes=5), ended_at=now)
        s.add(esc)
        s.flush()
        esc_id = esc.id
    store = ReportStore(database, encryptor)
    code = store.add_told_staff(esc_id)
    report = store.by_reference(code)
    assert "pasaporte" in report.narrative and "ya se fue" in report.narrative
    assert report.city == "Houston" and "WithholdsDocuments" in report.means_of_control
    assert report.additions == ("ya se fue, estoy en el baño",), "only what staff were told is marked so"


def test_an_escalation_names_every_report_its_chat_filed(database, encryptor):
    # a teacher's second tip (a woman at a nail salon) left the escalation raised for the first (a boy of 13 working
    # nights) naming only the salon's report
    from webhooks.conversations.models import Conversation
    from webhooks.escalations.models import Escalation
    from webhooks.escalations.routes import _out
    store = ReportStore(database, encryptor)
    boy = store.file(NewTip(conversation_key="c-two-tips", channel="sms", language="en", narrative="a boy of 13"))
    salon = store.file(NewTip(conversation_key="c-two-tips", channel="sms", language="en", narrative="nail salon"))
    with database.session() as s:
        conv = Conversation(key="c-two-tips", channel="sms", language="en")
        s.add(conv)
        s.flush()
        esc = Escalation(conversation_id=conv.id, level="critical", score=85, reasons="minor")
        s.add(esc)
        s.flush()
        out = _out(s, esc)
    assert out.report_references == [boy.reference_code, salon.reference_code]
    assert out.report_reference == salon.reference_code


def test_a_minor_and_a_sign_told_after_filing_reach_the_reports_fields(database, encryptor):
    # "marcus moved her and 2 other girls tonight… one of them is only 16": the report stayed a 19-year-old's, with no
    # minor and no mandated report
    store = ReportStore(database, encryptor)
    code = store.file(NewTip(conversation_key="c-later-minor", channel="web", language="en", narrative="a girl, 19",
                             facts={"ages": [19]})).reference_code
    assert store.add_to(code, "he moved her and 2 other girls tonight, maybe vegas. one of them is only 16")
    assert store.add_to(code, "he hit kayla last week")
    got = store.by_reference(code)
    assert got.minor and "minor" in got.mandated_reasons and 16 in [int(a) for a in got.ages.split(",")]
    assert "PhysicalAbuse" in got.means_of_control and "minor" in got.extracted
