"""Whole conversations through the signed SMS webhook, the real Rasa model and the real action server, each
checked by what staff then find in the report. English and Spanish at parity; between them the tips cover
every HTCDS means of control (checked below), the exploitation types, minors, places, corrections, interruptions, the
safety pause, sharing contact details, adding to a filed report, and a workplace problem that is not
trafficking."""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

import pytest

from tests.support import dialogue
from tests.support.system import HOTLINE_PHONE
from webhooks.reports import htcds

pytestmark = pytest.mark.e2e


@dataclass
class Case:
    name: str
    language: str
    opening: str
    answers: dict[str, str]
    expect: dict = field(default_factory=dict)  # report field -> value (sets: must include)
    not_asked: tuple[str, ...] = ()


CASES = [
    Case("en step by step: farm, passports and debt", "en", "hello?", dialogue.plain(
        "en", role="my coworkers", what="the guys at my job live in a trailer behind the farm and the boss keeps"
        " their passports", where="outside of Fresno, California", when="since the summer",
        who="maybe 8 men", control="he says they owe him for the trip and the trailer"),
        {"means_of_control": {"WithholdsDocuments", "DebtBondage"}, "exploitation": {"ForcedLabour"},
         "reporter_role": "other", "privacy_level": "anonymous", "city": "Fresno", "state": "CA",
         "people_count": 8, "contact": None}),
    Case("en all in one message: a minor at a massage place", "en",
         "theres a massage place on 5th st in Tulsa Oklahoma where the girls never leave and a man drives them"
         " everywhere, one looks about 15", dialogue.plain("en", role="2", when="right now, every night"),
         {"means_of_control": {"RestrictsMovement"}, "venue": "massage parlor", "minor": True,
          "city": "Tulsa", "state": "OK", "mandated_reasons": {"minor"}},
         not_asked=("what", "where", "who")),
    Case("en threats, violence and immigration threats", "en", "hi", dialogue.plain(
        "en", role="1", what="my boss at the construction site hits us and says he will call ICE if we complain",
        control="he said he would hurt my family back home", where="Houston TX"),
        {"means_of_control": {"PhysicalAbuse", "ThreatOfLawEnforcement", "Threats"},
         "reporter_role": "self", "city": "Houston", "state": "TX"}),
    Case("en hours, food and a doctor denied", "en", "hi", dialogue.plain(
        "en", what="the cooks at the restaurant work 16 hours a day 7 days a week and sleep upstairs",
        control="they get no food except leftovers and he wont let them see a doctor when they are sick"),
        {"means_of_control": {"ExcessiveWorkingHours", "WithholdsNecessities", "RestrictsMedicalCare"}}),
    Case("en false promises, drugs and sexual abuse", "en", "hey", dialogue.plain(
        "en", what="my friend was promised a job as a waitress but they make her sleep with men for money",
        control="they give her drugs to keep her going and the manager rapes her", where="a bar in Miami"),
        {"means_of_control": {"FalsePromises", "PsychoactiveSubstances", "SexualAbuse"},
         "exploitation": {"SexualExploit"}, "city": "Miami"}),
    Case("en a person shares this number to be contacted", "en", "hi", dialogue.plain(
        "en", role="its about me", privacy="1", contact="this number is ok, after 6pm",
        what="they took my passport when i arrived and i have to clean houses for no pay"),
        {"privacy_level": "share", "reporter_role": "self", "contact": "PHONE (this number is ok, after 6pm)",
         "means_of_control": {"WithholdsDocuments", "TakesEarnings"}}),
    Case("en a correction at the summary", "en", "hi", dialogue.plain(
        "en", what="a woman at the nail salon near me sleeps in the back and never leaves", when="monday",
        confirm="no, it was on tuesday night"),
        {"occurred": "it was on tuesday night"}),
    Case("en questions in the middle are answered and the tip goes on", "en", "hi", dialogue.plain(
        "en", role=["wait, is this the police?", "2"],
        what=["will i get deported if i tell you?", dialogue.PLAIN["en"]["what"]]),
        {"narrative": dialogue.PLAIN["en"]["what"], "reporter_role": "other"}, not_asked=("contact",)),
    Case("en asking for a person mid-tip: queued, and an anonymous person is never asked for contact", "en", "hi",
         dialogue.plain("en", what=["can i talk to a real person", dialogue.PLAIN["en"]["what"]]),
         {"privacy_level": "anonymous", "contact": None}, not_asked=("contact",)),
    Case("es pide una persona a mitad de la denuncia: anónima, nunca se le piden datos", "es", "hola",
         dialogue.plain("es", what=["quiero hablar con una persona de verdad", dialogue.PLAIN["es"]["what"]]),
         {"privacy_level": "anonymous", "contact": None}, not_asked=("contact",)),
    Case("en using children and taking earnings", "en", "hi", dialogue.plain(
        "en", what="a man makes little kids sell candy at the train station all day and takes all the money",
        who="4 kids, maybe 9 or 10 years old", where="Chicago",
        control="he told their mom he will take her kids away if she talks"),
        {"means_of_control": {"UsesChildren", "TakesEarnings"}, "minor": True, "city": "Chicago"}),
    Case("en bank card and phone taken, insults", "en", "hi", dialogue.plain(
        "en", what="the family i work for took my bank card and my phone and they yell and call me stupid every day"),
        {"means_of_control": {"RestrictsFinancialAccess", "PsychologicalAbuse"}}),
    Case("es paso a paso: trabajo doméstico sin pago", "es", "buenas noches", dialogue.plain(
        "es", role="es sobre mi prima", what="a mi prima la trajeron de Guatemala para cuidar niños y la patrona"
        " no le paga y no la deja salir", where="en una casa en Houston", when="desde enero y sigue ahí",
        who="nomás ella, tiene 19"),
        {"means_of_control": {"TakesEarnings", "RestrictsMovement"}, "reporter_role": "other",
         "city": "Houston", "language": "es"}),
    Case("es todo en un mensaje: rancho con menores", "es",
         "en el rancho de las afueras de Salinas California tienen como 20 trabajadores encerrados y les quitaron"
         " los papeles, hay menores", dialogue.plain("es", role="2"),
         {"means_of_control": {"WithholdsDocuments", "RestrictsMovement"}, "minor": True, "city": "Salinas",
          "people_count": 20, "mandated_reasons": {"minor"}}, not_asked=("what", "where", "who")),
    Case("es niños vendiendo y amenazas con la migra", "es", "hola", dialogue.plain(
        "es", what="obligan a unos niños a vender dulces en la calle y el señor les quita todo el dinero",
        control="a las mamás las amenaza con llamar a la migra y con quitarles a sus hijos si dicen algo"),
        {"means_of_control": {"UsesChildren", "TakesEarnings", "ThreatOfLawEnforcement"}, "minor": True}),
    Case("es deuda, golpes y jornadas largas", "es", "hola", dialogue.plain(
        "es", role="1", what="en la fábrica trabajamos 14 horas sin descanso y el patrón dice que le debemos el"
        " viaje", control="cuando alguien se queja le pega"),
        {"means_of_control": {"ExcessiveWorkingHours", "DebtBondage", "PhysicalAbuse"}, "reporter_role": "self"}),
    Case("es tarjeta, humillaciones y sin comida", "es", "hola", dialogue.plain(
        "es", what="la señora de la casa donde trabajo me quitó la tarjeta del banco, me insulta y me humilla",
        control="a veces no me da de comer y no me deja hablar con mi familia"),
        {"means_of_control": {"RestrictsFinancialAccess", "PsychologicalAbuse", "WithholdsNecessities", "Other"}}),
    Case("es promesas falsas, drogas y abuso sexual", "es", "hola", dialogue.plain(
        "es", what="a mi amiga le prometieron trabajo de mesera pero la obligan a prostituirse",
        control="le dan drogas y el encargado abusa de ella", where="en una cantina en Dallas"),
        {"means_of_control": {"FalsePromises", "PsychoactiveSubstances", "SexualAbuse"},
         "exploitation": {"SexualExploit"}, "city": "Dallas"}),
    Case("es una corrección en el resumen", "es", "hola", dialogue.plain(
        "es", what="en un taller de costura tienen a unas muchachas encerradas", when="el lunes",
        confirm="no, fue el martes en la noche"),
        {"occurred": "fue el martes en la noche"}),
    Case("es preguntas en medio y la denuncia sigue", "es", "hola", dialogue.plain(
        "es", role=["¿ustedes son la policía?", "2"],
        what=["¿me pueden deportar si les cuento?", dialogue.PLAIN["es"]["what"]]),
        {"narrative": dialogue.PLAIN["es"]["what"]}),
    Case("es confidencial con un contacto", "es", "hola", dialogue.plain(
        "es", role="soy yo", privacy="2", contact="me llamo Ana, a este otro número 555 0100 en la tarde",
        what="no me dejan salir de la casa y me quitaron el pasaporte", control="no me dan atención médica"),
        {"privacy_level": "confidential", "contact": "me llamo Ana, a este otro número 555 0100 en la tarde",
         "means_of_control": {"RestrictsMovement", "WithholdsDocuments", "RestrictsMedicalCare"}}),
    Case("es amenazas a la familia", "es", "hola", dialogue.plain(
        "es", what="el contratista de la obra amenaza con hacerle daño a nuestras familias si nos vamos"),
        {"means_of_control": {"Threats"}}),
]


def report_for(system, code: str) -> dict:
    token = system.staff_token("supervisor")
    items = system.http.get("/api/reports", params={"limit": 200},
                            headers={"Authorization": f"Bearer {token}"}).json()["items"]
    found = [r for r in items if r["reference_code"] == code]
    assert len(found) == 1, code
    return found[0]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_a_whole_conversation_files_the_report_staff_need(system, phone, case):
    intake = dialogue.tell(dialogue.by_sms(system, phone), case.opening, dict(case.answers), case.language)
    assert intake.asked[0] == "safe", "the safety check comes first"
    for kind in case.not_asked:
        assert kind not in intake.asked, f"asked {kind} although it was already told: {intake.asked}"
    report = report_for(system, intake.code)
    assert report["channel"] == "sms" and report["language"] == case.language
    for name, wanted in case.expect.items():
        got = report[name]
        if isinstance(wanted, str) and "PHONE" in wanted:  # the number they write from, with the time they gave
            assert got == wanted.replace("PHONE", phone), (name, got)
        elif isinstance(wanted, set):
            assert wanted <= set(got), (name, got)
        else:
            assert got == wanted, (name, got)
    if "PHONE" not in str(case.expect.get("contact")):
        assert phone not in str(report), "the number is stored only when the person chose to share it"


def test_not_safe_pauses_until_the_person_writes_again(system, phone):
    send = dialogue.by_sms(system, phone)
    assert dialogue.question_in(send("hi")) == "safe"
    paused = send("no he is here")
    assert len(paused) == 1 and len(paused[0]) < 60, paused
    assert "trafficking" not in paused[0].lower() and "report" not in paused[0].lower(), "neutral if seen"
    intake = dialogue.tell(send, "ok im alone now", dialogue.plain("en"))
    # staff were called (the controller is there): what is happening comes before the menus
    assert intake.asked[0] == "what" and intake.asked.index("role") < intake.asked.index("privacy"), intake.asked
    assert intake.code


def test_someone_watched_mid_tip_gets_one_neutral_line_staff_are_alerted_and_the_tip_resumes(system, phone):
    headers = {"Authorization": f"Bearer {system.staff_token('agent')}"}
    send = dialogue.by_sms(system, phone)
    dialogue.tell(send, "hola", dialogue.plain("es"), "es", stop_at="where")
    paused = send("no puedo hablar mucho, el esta cerca")
    assert paused == ["Ok. Escribe cuando quieras."], paused  # no "una persona se va a unir" on a watched phone
    items = system.http.get("/api/escalations", params={"limit": 200}, headers=headers).json()["items"]
    assert any("watched" in e["reasons"] for e in items)
    back = send("ya estoy sola")
    assert dialogue.question_in(back, "es") == "where", back  # the question that was interrupted comes back


def test_a_child_brought_to_a_man_with_him_outside_the_door_is_told_911_and_a_person_not_paused(system):
    send = dialogue.by_web(system)
    got = " ".join(send("hi im in a hotel bathroom rn. my bf brought me here to meet some guy and i dont want to 😭😭"
                        " im 15. hes waiting outside the room"))
    # (it got "OK. Write back whenever you like.", and no person until the man knocked)
    assert "911" in got and "join" in got and "Write back whenever" not in got, got


def test_a_different_tip_after_filing_becomes_a_report_of_its_own(system, phone):
    send = dialogue.by_sms(system, phone)
    first = dialogue.tell(send, "hola", dialogue.plain(
        "es", what="en el rancho de arandanos nos tienen trabajando sin paga y el patron tiene los pasaportes, y hay"
        " una muchacha de 15 años trabajando con nosotros",
        where="rancho Sunny Acres en Valdosta, Georgia", when="desde marzo y sigue"), "es")
    second = dialogue.tell(send, "tengo otro caso diferente, no tiene que ver con el rancho", dialogue.plain(
        "es", what="a mi prima la tienen encerrada en una casa en Atlanta con otras muchachas y llegan hombres en la"
        " noche",
        where="una casa en Buford Hwy, Atlanta", when="desde hace 2 semanas"), "es")
    # (all three messages were added to the farm's report: a girl kept for men, filed inside a farm's report)
    assert "primera denuncia queda como está" in second.replies[0][0], second.replies[0]
    assert second.code and second.code != first.code
    farm, house = report_for(system, first.code), report_for(system, second.code)
    assert "prima" in house["narrative"] and house["city"] == "Atlanta", (second.asked, house)
    assert "prima" not in " ".join(farm["additions"]) and "prima" not in (farm["narrative"] or "")
    # the girl of 15 is the farm's: the cousin's report (adults) is no child's report (it inherited the chat's minor)
    assert farm["minor"] and not house["minor"], (farm, house)
    # the house's urgency is its own (kept in: high), read from its messages, not the farm's
    assert house["urgency_level"] == "high" and "held" in house["urgency_reasons"], house
    # the code of the first one is the farm's (it was the house's), with a passphrase that opens it
    got = " ".join(send("cual era el codigo del primero?"))
    assert first.code in got and second.code not in got, got
    # asked without saying which: both
    got = " ".join(send("me das mi codigo otra vez porfa?"))
    assert first.code in got and second.code in got, got


def test_violence_at_home_asked_about_as_trafficking_is_answered_and_ends_kindly_without_a_report(system, phone):
    send = dialogue.by_sms(system, phone)
    send("hola")
    got = " ".join(send("mi esposo me pega y me grita todos los dias, es trata?"))
    # the question answered, and the line for it (it got the line alone, then the intake's questions)
    assert "no suena a trata" in got and "1-800-799-7233" in got, got
    got = " ".join(send("si"))
    assert "algo más" in got and "qué viste" not in got, got  # not the story asked for again
    got = " ".join(send("no"))
    assert "Aquí estamos" in got and "?" not in got, got
    assert not _reports_about(system, "mi esposo me pega")


def test_a_person_asked_for_in_a_message_that_tells_more_is_asked_for_and_what_it_told_is_kept(system, phone):
    # "eu nao posso ligar 911 ele pegou meu celular, to no tablet da casa. quero falar com uma pessoa" got "no reminders
    # to this number" and "when?": the person asked for was never called
    send = dialogue.by_web(system)
    dialogue.tell(send, "hi", dialogue.plain(what="the agency brought me here for modeling but they make me go out"
                                                   " with men and took my passport", role="1"), stop_at="who")
    got = " ".join(send("i cant call 911 he took my phone, im on the house tablet. i want to talk to a person"))
    assert "asking a person from our team" in got, got


def test_a_workplace_problem_is_pointed_elsewhere_and_no_report_is_filed(system, phone):
    send = dialogue.by_sms(system, phone)
    got = " ".join(send("my boss didnt pay my overtime last month but i can quit any time, what can i do"))
    assert "1-866-487-9243" in got and "reference code" not in got.lower()
    # more about the job: the short version, not the opening again; a sign of trafficking then opens the intake
    more = send("no im free to leave, just want my money")
    assert "1-866-487-9243" in " ".join(more) and dialogue.question_in(more) is None, more
    ok = " ".join(send("ok"))
    assert "here whenever you need us" in ok and "1-866-487-9243" not in ok, ok  # (the whole referral, again)
    intake = dialogue.tell(send, "actually he also has my passport and says i owe him", dialogue.plain("en"))
    assert "safe" not in intake.asked, intake.asked
    # what was told before the referral is in the report with the sign (it started from nothing)
    report = report_for(system, intake.code)
    assert "overtime" in report["narrative"] and "passport" in report["narrative"], report
    got_es = " ".join(dialogue.by_sms(system, phone + "1")(
        "mi jefe no me pagó las horas extra pero me puedo ir cuando quiera, qué hago"))
    assert "1-866-487-9243" in got_es and "Departamento de Trabajo" in got_es


def test_after_filing_more_details_are_added_to_the_same_report(system, phone):
    send = dialogue.by_sms(system, phone)
    intake = dialogue.tell(send, "hi", dialogue.plain("en"))
    added = " ".join(send("i forgot, the van they use is a white ford with texas plates"))
    assert intake.code in added
    assert report_for(system, intake.code)["additions"] == [
        "i forgot, the van they use is a white ford with texas plates"]


def test_taking_back_a_number_after_filing_leaves_the_report_anonymous_and_the_chat_in_place(system, phone):
    send = dialogue.by_sms(system, phone)
    intake = dialogue.tell(send, "hi", dialogue.plain("en", role="1", privacy="2",
                                                      contact="Ana, this number after 6pm"))
    shared = report_for(system, intake.code)
    assert shared["privacy_level"] == "confidential" and phone in (shared["contact"] or ""), shared
    said = " ".join(send("actually can you delete my number"))
    assert "out of the report" in said and "Reply YES" not in said, said  # not the erasure of the whole chat
    back = report_for(system, intake.code)
    assert back["contact"] is None and back["privacy_level"] == "anonymous" and not back["additions"], back
    assert back["status"] == "new"  # the report itself stays


def _sent_while_the_bot_is_busy(system, phone: str, send, texts: tuple[str, ...]) -> dict[str, list[str]]:
    """Send `texts` one after the other while the conversation's lock is held (as by a slow turn), each stored
    before the next is sent: the later ones arrive before the bot has answered the earlier. Their replies, by text."""
    import redis as redis_lib
    from sqlalchemy import func, select

    from webhooks import redis_state
    from webhooks.conversations.models import Message
    from webhooks.crypto import keyed_hash
    from webhooks.db import Database

    db = Database(system.settings.effective_database_url)
    key = keyed_hash(system.settings.tipline_secret_key, f"sms:{phone}")

    def stored() -> int:
        with db.session() as s:
            return s.scalar(select(func.count()).select_from(Message).where(Message.direction == "in"))

    lock = redis_lib.Redis.from_url(system.settings.redis_url).lock(
        redis_state.key("lock", "conversation", key), timeout=30)
    assert lock.acquire(blocking=False)
    replies: dict[str, list[str]] = {}
    senders = []
    try:
        for text in texts:
            count = stored()
            senders.append(threading.Thread(target=lambda t=text: replies.update({t: send(t)})))
            senders[-1].start()
            for _ in range(100):
                if stored() > count:
                    break
                time.sleep(0.05)
    finally:
        lock.release()
        db.dispose()
    for sender in senders:
        sender.join(timeout=30)
    return replies


def test_a_second_message_sent_before_the_question_was_read_is_kept_with_the_first_and_not_asked_again(
        system, phone):
    """Two messages sent one after the other ("...took my passport", "and my phone"): the second arrives before
    the bot has answered the first. It was filed as the answer to the next question; it belongs to the first."""
    send = dialogue.by_sms(system, phone)
    dialogue.tell(send, "hi", dialogue.plain("en", role="1"), stop_at="what")
    told = "the owner of the nail salon where i work took my passport"
    replies = _sent_while_the_bot_is_busy(system, phone, send, (told, "and my phone"))
    first, second = replies[told], replies["and my phone"]
    asked = dialogue.question_in(first)
    assert asked not in (None, "what"), first
    assert dialogue.question_in(second) is None, second  # the question is not sent twice
    rest = dialogue.tell(send, dialogue.PLAIN["en"][asked], dialogue.plain("en"))
    assert report_for(system, rest.code)["narrative"] == (
        "the owner of the nail salon where i work took my passport and my phone")


def test_a_message_sent_before_the_privacy_menu_was_read_is_kept_and_the_choice_is_still_the_persons(system, phone):
    """"someone else", then at once the story: the story arrived before the privacy menu did. It was taken as the
    choice to stay anonymous (a choice the person never saw), and the menu was skipped."""
    send = dialogue.by_sms(system, phone)
    dialogue.tell(send, "hi", dialogue.plain("en"), stop_at="role")
    story = "my neighbors daughter, shes 15, a man picks her up every night in a van"
    replies = _sent_while_the_bot_is_busy(system, phone, send, ("someone else", story))
    assert dialogue.question_in(replies["someone else"]) == "privacy", replies["someone else"]
    assert dialogue.question_in(replies[story]) is None, replies[story]  # the menu stands, and is not sent twice
    rest = dialogue.tell(send, "2", dialogue.plain("en", contact="you can text me at this number"))
    assert "privacy" not in rest.asked and "what" not in rest.asked, rest.asked  # the story was kept
    report = report_for(system, rest.code)
    assert report["privacy_level"] == "confidential", report  # the person's own choice
    assert report["minor"] is True and "picks her up every night" in report["narrative"], report


def test_the_scripted_tips_cover_every_means_of_control():
    covered = set().union(*(c.expect.get("means_of_control", set()) for c in CASES))
    assert covered == set(htcds.MEANS_OF_CONTROL), set(htcds.MEANS_OF_CONTROL) - covered


def test_a_question_before_the_safety_answer_gets_the_opening_once_and_a_hedged_yes_goes_on(system, phone):
    send = dialogue.by_sms(system, phone)
    first = " ".join(send("hi"))
    assert "911" in first and dialogue.question_in([first]) == "safe"
    again = " ".join(send("who are you?"))
    assert dialogue.question_in([again]) == "safe" and "911" not in again, "the opening is not repeated"
    assert dialogue.question_in(send("kinda")) == "role", "'kinda' answers the safety check"


def test_yes_to_anything_else_invites_more_and_the_next_message_is_filed_with_the_tip(system, phone):
    send = dialogue.by_sms(system, phone)
    intake = dialogue.tell(send, "hi", dialogue.plain("en"), stop_at="more")
    go_ahead = send("yes")
    assert go_ahead == ["Go ahead, I'm reading. Take your time."], go_ahead  # no "anything else?" again
    intake = dialogue.tell(send, "the driver carries a gun in his truck", {"confirm": "yes"})
    report = report_for(system, intake.code)
    assert report["more"] == "the driver carries a gun in his truck", report["more"]


def test_a_teenager_selling_sex_is_escalated_at_once_and_filed_as_sexual_exploitation(system, phone):
    headers = {"Authorization": f"Bearer {system.staff_token('agent')}"}

    def escalations() -> list[dict]:
        return system.http.get("/api/escalations", params={"limit": 200}, headers=headers).json()["items"]

    before = {e["id"] for e in escalations()}
    send = dialogue.by_sms(system, phone)
    send("hi")
    send("yes")
    got = " ".join(send("my boyfriend makes me meet guys for money and keeps all of it. im 16"))
    assert "to join this chat" in got, got
    new = [e for e in escalations() if e["id"] not in before]
    assert len(new) == 1 and "minor" in new[0]["reasons"], new


def test_saying_a_tip_is_coming_then_telling_it_files_the_tip_and_someone_else_is_not_a_request_for_a_person(
        system, phone):
    send = dialogue.by_sms(system, phone)
    first = send("hi i need to report something")
    assert dialogue.question_in(first) == "safe", first
    tip = "my friend works at a nail salon in Queens, they keep her passport and she sleeps in the back room"
    intake = dialogue.tell(send, tip, dialogue.plain("en"))
    assert "role" not in intake.asked and "what" not in intake.asked, intake.asked
    report = report_for(system, intake.code)
    assert report["narrative"] == tip and report["reporter_role"] == "other"
    assert "WithholdsDocuments" in report["means_of_control"]

    other = dialogue.by_sms(system, phone + "2")
    other("hola")
    got = other("otra persona")
    assert "se una a este chat" not in " ".join(got) and dialogue.question_in(got, "es") == "privacy", got


def test_after_an_urgent_message_the_bot_never_offers_a_person_again(system, phone):
    send = dialogue.by_sms(system, phone)
    urgent = " ".join(send("help me!"))
    assert "to join this chat" in urgent, urgent
    got = " ".join(send("where can i find a safe place to stay?"))
    assert "safe place to stay" in got and "The person joining this chat can help" in got, got
    assert "PERSON" not in got, got
    # ("who is this?" alone in the middle of a conversation now gets only the neutral line: it is what someone who
    # picked up the person's phone writes; the person asking who answers says "who are you?")
    who = " ".join(send("who are you?"))
    assert "free, confidential anti-trafficking hotline" in who and "PERSON" not in who, who


def test_yes_to_the_signs_of_control_question_invites_the_details_and_they_are_filed(system, phone):
    send = dialogue.by_sms(system, phone)
    dialogue.tell(send, "hi", dialogue.plain("en"), stop_at="control")
    assert send("yes") == ["Go ahead, I'm reading. Take your time."]
    intake = dialogue.tell(send, "the boss keeps their passports in his truck", dialogue.plain("en"))
    report = report_for(system, intake.code)
    assert report["control"] == "the boss keeps their passports in his truck", report["control"]
    assert "WithholdsDocuments" in report["means_of_control"]


def test_a_tip_written_after_a_goodbye_instead_of_yes_is_filed_and_yes_still_ends(system, phone):
    send = dialogue.by_sms(system, phone)
    dialogue.tell(send, "hi", dialogue.plain("en"), stop_at="role")
    assert "end this chat" in " ".join(send("bye"))
    tip = "there are girls at the motel on main st in tulsa, a man brings men to their rooms every night"
    got = send(tip)
    assert "didn't quite get" not in " ".join(got), got  # the tip is not lost to the fallback
    intake = dialogue.tell(send, "2", dialogue.plain("en"))
    assert "what" not in intake.asked and "where" not in intake.asked, intake.asked
    assert report_for(system, intake.code)["narrative"] == tip

    other = dialogue.by_sms(system, phone + "3")
    dialogue.tell(other, "hi", dialogue.plain("en"), stop_at="role")
    assert "end this chat" in " ".join(other("bye"))
    ended = " ".join(other("yes"))
    assert "chat is closed" in ended and dialogue.question_in([ended]) is None, ended
    assert dialogue.question_in(other("hi")) == "safe", "a new message starts over"


def test_a_tip_given_to_the_contact_question_is_thanked_kept_and_the_contact_asked_after_the_tip(system, phone):
    send = dialogue.by_sms(system, phone)
    dialogue.tell(send, "hello", dialogue.plain("en", role="someone else", privacy="confidential"),
                  stop_at="contact")
    tip = ("the hotel housekeepers at the Palms Inn in Orlando work 16 hours a day and the manager keeps their "
           "passports, they live in the basement")
    got = send(tip)
    # the person wants to tell first: the tip's questions come next, the contact after them (it was asked again at
    # once, then explained, while the person went on telling the tip)
    assert got[0].startswith("Thank you for telling me") and dialogue.question_in(got) not in (None, "contact"), got
    answers = dialogue.plain("en", contact="text me at this number after 8pm")
    intake = dialogue.tell(send, answers[dialogue.question_in(got)], answers)
    assert "what" not in intake.asked and intake.asked.count("contact") == 1, intake.asked
    assert intake.asked.index("contact") > intake.asked.index("who"), intake.asked
    report = report_for(system, intake.code)
    assert report["narrative"] == tip and report["city"] == "Orlando"
    # "this number", which they chose to share, and when
    assert report["contact"] == f"{phone} (text me at this number after 8pm)"


def test_a_tip_as_the_first_message_is_kept_and_not_answered_as_a_question(system, phone):
    tip = ("a grown man keeps messaging my 13 yo niece on snapchat asking her for pics and telling her to keep it "
           "secret from her mom")
    send = dialogue.by_sms(system, phone)
    first = send(tip)
    assert "anything about yourself" not in " ".join(first), first  # not the answer to "is this anonymous?"
    intake = dialogue.tell(send, "yes", dialogue.plain("en", kind="sex", where="i dont know",
                                                       who="just her, she is 13", control="no"))
    assert "what" not in intake.asked, intake.asked
    assert report_for(system, intake.code)["narrative"] == tip


def test_a_first_question_is_answered_then_the_opening_and_safety_check_follow(system, phone):
    got = dialogue.by_sms(system, phone)("is this anonymous?")
    text = " ".join(got)
    assert "anything about yourself" in text and "911" in text and dialogue.question_in(got) == "safe", got


def test_a_question_asked_along_with_the_tip_is_answered_and_the_tip_filed(system, phone):
    send = dialogue.by_sms(system, phone)
    dialogue.tell(send, "hi", dialogue.plain("en"), stop_at="what")
    tip = ("my sister works at a taqueria in Houston, the owner took her passport and pays her nothing. "
           "can she get deported if she talks to you?")
    got = send(tip)
    assert any("we are not immigration" in r for r in got), got
    intake = dialogue.tell(send, dialogue.PLAIN["en"][dialogue.question_in(got)], dialogue.plain("en"))
    assert "what" not in intake.asked, intake.asked
    report = report_for(system, intake.code)
    assert report["narrative"] == tip and report["city"] == "Houston"


def test_not_understanding_a_question_gets_it_in_plain_words_once_then_the_answer_counts(system, phone):
    send = dialogue.by_sms(system, phone)
    dialogue.tell(send, "hi", dialogue.plain("en"), stop_at="privacy")
    got = send("what does that mean?")
    assert len(got) == 1 and "who may get back to you" in got[0] and "1, 2 or 3" in got[0], got
    assert dialogue.question_in(send("3")) == "what", "the answer after the explanation is taken"


def test_no_entiendo_gets_the_question_in_plain_spanish_then_the_tip_is_filed(system, phone):
    send = dialogue.by_sms(system, phone)
    dialogue.tell(send, "hola", dialogue.plain("es"), language="es", stop_at="what")
    got = send("no entiendo")
    assert len(got) == 1 and got[0].startswith("Cuéntame qué está pasando"), got
    intake = dialogue.tell(send, dialogue.PLAIN["es"]["what"], dialogue.plain("es"), language="es")
    assert report_for(system, intake.code)["narrative"] == dialogue.PLAIN["es"]["what"]


def test_a_first_message_about_work_with_papers_held_goes_on_with_the_intake(system, phone):
    tip = "my boss at the dairy keeps my passport and doesnt pay my overtime, what can i do"
    send = dialogue.by_sms(system, phone)
    first = " ".join(send(tip))
    assert "1-866-487-9243" not in first and dialogue.question_in([first]) == "safe", first
    intake = dialogue.tell(send, "yes", dialogue.plain("en", role="me", where="Tulare, CA"))
    report = report_for(system, intake.code)
    assert report["narrative"] == tip and "WithholdsDocuments" in report["means_of_control"]


def test_a_short_question_at_the_privacy_menu_is_answered_and_the_choice_left_to_the_person(system, phone):
    send = dialogue.by_sms(system, phone)
    dialogue.tell(send, "hola", dialogue.plain("es", role="yo"), language="es", stop_at="privacy")
    got = send("me van a deportar si les cuento?")
    assert any("no somos la migra ni ICE" in r for r in got) and dialogue.question_in(got, "es") == "privacy", got
    intake = dialogue.tell(send, "2", dialogue.plain("es", role="yo"), language="es")
    report = report_for(system, intake.code)
    assert report["narrative"] == dialogue.PLAIN["es"]["what"] and report["privacy_level"] == "confidential"


def test_what_happens_now_after_filing_is_answered_and_not_added_to_the_report(system, phone):
    send = dialogue.by_sms(system, phone)
    intake = dialogue.tell(send, "hi", dialogue.plain("en"))
    got = " ".join(send("what happens now?"))
    assert "Our team reads every report" in got and "911" in got, got
    assert report_for(system, intake.code)["additions"] == []
    send_es = dialogue.by_sms(system, phone + "7")
    intake_es = dialogue.tell(send_es, "hola", dialogue.plain("es"), language="es")
    got_es = " ".join(send_es("y ahora qué pasa?"))  # read as a greeting by one training of the model
    assert "Nuestro equipo lee cada denuncia" in got_es, got_es
    assert report_for(system, intake_es.code)["additions"] == []
    # a fear after filing is heard, and a question the bot cannot answer points to a person (neither is a detail)
    fear = " ".join(send("what if her boss finds out"))
    assert "That fear makes sense" in fear, fear
    other = " ".join(send("should i tell her i reported it?"))
    assert "PERSON" in other and "tell me about it" not in other, other
    assert report_for(system, intake.code)["additions"] == []


def test_between_us_a_contact_that_is_not_one_and_a_place_corrected_to_pasadena_texas(system, phone):
    send = dialogue.by_sms(system, phone)
    dialogue.tell(send, "hola", dialogue.plain("es", role="2", privacy="que quede entre nosotros"), language="es",
                  stop_at="contact")  # "between us" is the confidential choice: the contact question follows
    again = " ".join(send("comida, en la cocina"))
    assert "Elegiste que te podamos contactar" in again, again  # not kept as the way to reach them
    intake = dialogue.tell(send, "a este número", dialogue.plain(
        "es", what="a unas muchachas las tienen trabajando en una cocina sin pagarles",
        where="En Houston, TX, por la calle Bellaire", confirm="No, fue en Pasadena no en Houston"), language="es")
    # only the town changes (the street stays); not "fue en Pasadena no en Houston"
    assert "Dónde: En Pasadena, TX, por la calle Bellaire" in intake.transcript, intake.transcript
    report = report_for(system, intake.code)
    assert (report["city"], report["state"]) == ("Pasadena", "TX")  # Pasadena, Texas; not California's
    assert report["privacy_level"] == "confidential" and report["contact"] == phone  # "a este número"
    assert "comida, en la cocina" in report["narrative"], report["narrative"]


def test_asking_to_call_gets_the_hotline_number_and_a_person(system, phone):
    send = dialogue.by_sms(system, phone)
    dialogue.tell(send, "hi", dialogue.plain("en"), stop_at="what")
    got = " ".join(send("can I call instead?"))
    assert "join this chat" in got and f"Call us at {HOTLINE_PHONE}" in got, got
    es = dialogue.by_sms(system, phone + "1")
    dialogue.tell(es, "hola", dialogue.plain("es"), language="es", stop_at="what")
    got = " ".join(es("hay un número al que pueda llamar?"))
    assert f"Llámanos al {HOTLINE_PHONE}" in got, got


def test_a_child_learnt_from_the_who_answer_brings_a_person_at_once_and_is_filed_as_a_minor(system, phone):
    headers = {"Authorization": f"Bearer {system.staff_token('agent')}"}
    before = {e["id"] for e in system.http.get("/api/escalations", params={"limit": 200}, headers=headers).json()[
        "items"]}
    send = dialogue.by_sms(system, phone)
    what = ("a family on my street has a girl who cleans for them all day, she doesnt go to school and i never see "
            "her outside")
    dialogue.tell(send, "hi", dialogue.plain("en", what=what, kind="work", where="Phoenix", when="a few months"),
                  stop_at="who")
    got = " ".join(send("just her, maybe 13 or 14"))
    assert "someone under 18 may be involved" in got, got  # told; the triage alone read no age there
    new = [e for e in system.http.get("/api/escalations", params={"limit": 200}, headers=headers).json()["items"]
           if e["id"] not in before]
    assert len(new) == 1 and "minor" in new[0]["reasons"], new
    intake = dialogue.tell(send, "no", dialogue.plain("en", control="no"))
    report = report_for(system, intake.code)
    assert report["minor"] is True and "minor" in report["mandated_reasons"], report


def test_fear_of_being_found_out_is_met_with_what_we_do_and_the_question_again(system, phone):
    send = dialogue.by_sms(system, phone)
    dialogue.tell(send, "hi", dialogue.plain("en"), stop_at="where")
    got = send("i'm scared he will find out i told")
    assert "We don't tell the person you're reporting" in " ".join(got), got
    assert dialogue.question_in(got) == "where", got  # and nothing was filed as the place
    intake = dialogue.tell(send, "Dallas", dialogue.plain("en"))
    assert report_for(system, intake.code)["location"] == "Dallas"


def _reports_about(system, narrative: str) -> list[dict]:
    token = system.staff_token("supervisor")
    items = system.http.get("/api/reports", params={"limit": 200},
                            headers={"Authorization": f"Bearer {token}"}).json()["items"]
    return [r for r in items if r["narrative"] == narrative]


def test_a_tip_left_at_the_read_back_is_kept_unconfirmed_and_the_yes_confirms_that_report(system, phone):

    what = "the cook at the taqueria on 8th st sleeps in the storeroom and the owner has his papers"
    send = dialogue.by_sms(system, phone)
    dialogue.tell(send, "hi", dialogue.plain("en", what=what), stop_at="confirm")
    left = _reports_about(system, what)
    assert [r["status"] for r in left] == ["unconfirmed"], left  # the person may never say yes
    intake = dialogue.tell(send, "no, it was tuesday", dialogue.plain("en"))
    assert intake.code == left[0]["reference_code"]  # the yes confirms the same report
    kept = _reports_about(system, what)
    assert len(kept) == 1 and kept[0]["status"] == "new" and kept[0]["occurred"] == "it was tuesday", kept


def test_a_person_who_has_to_go_before_the_read_back_still_leaves_a_report(system, phone):
    # "no. ya me tengo que ir" at "anything else?" paused the chat and kept no report: if she never wrote again, her
    # tip never reached an analyst
    what = "en la lavanderia de la calle 5 tienen a dos muchachas que duermen ahi y el dueño les quito los papeles"
    send = dialogue.by_sms(system, phone)
    dialogue.tell(send, "hola", dialogue.plain("es", what=what), language="es", stop_at="more")
    got = " ".join(send("no. ya me tengo que ir"))
    assert "?" not in got and "papeles" not in got, got  # a neutral pause: nothing of the tip on her screen
    left = _reports_about(system, what)
    assert [(r["status"], r["location"]) for r in left] == [("unconfirmed", "en Dallas")], left
    # back later: the read-back, and her yes confirms that same report
    intake = dialogue.tell(send, "ya puedo", dialogue.plain("es"), language="es")
    assert intake.code == left[0]["reference_code"]
    assert [r["status"] for r in _reports_about(system, what)] == ["new"]


def test_leaving_because_someone_comes_pauses_and_keeps_the_tip_instead_of_offering_to_end(system, phone):
    # a 15-year-old's "ya me tengo q ir mi mama" got "¿Quieres terminar este chat?": her "si" closed it, nothing kept
    what = "un señor q conoci en insta me pide fotos y dice q le debo dinero, tengo 15"
    send = dialogue.by_sms(system, phone)
    dialogue.tell(send, "hola", dialogue.plain("es", what=what, role="1"), language="es", stop_at="where")
    got = " ".join(send("ya me tengo q ir mi mama"))
    assert "terminar" not in got and "?" not in got, got
    # back: each answer is kept in that report at once (it kept the first two messages until she said yes)
    send("ya volvi")
    send("en mi casa en Pasadena, por instagram")
    assert [(r["status"], r["city"]) for r in _reports_about(system, what)] == [("unconfirmed", "Pasadena")], (
        _reports_about(system, what))
    assert [r["status"] for r in _reports_about(system, what)] == ["unconfirmed"]


def test_in_danger_now_only_where_is_asked_then_what_they_write_is_kept_for_the_team(system, phone):
    token = system.staff_token("supervisor")
    send = dialogue.by_sms(system, phone)
    text = "help me please he locked me in the room and took my phone im using a friends"
    got = " ".join(send(text))
    # 911 and a person; then where, right now (not "is it safe to text?", the menus, or the signs of control)
    assert "to join this chat" in got and "Where is this happening right now" in got, got
    got = " ".join(send("i dont know the address its a motel off i-10"))
    assert "Noted" in got and "?" not in got, got  # no more questions while staff are on the way
    got = " ".join(send("he has a gun and he is banging on the door"))
    assert "911" in got and "?" not in got, got
    got = " ".join(send("i cant call he will hear me"))
    assert "text" in got.lower() and "911" in got, got
    # the report staff need is there already, unconfirmed, with what was told after the question
    items = system.http.get("/api/reports", params={"limit": 200},
                            headers={"Authorization": f"Bearer {token}"}).json()["items"]
    mine = [r for r in items if (r["narrative"] or "").startswith(text)]
    assert len(mine) == 1 and mine[0]["status"] == "unconfirmed", mine
    report = mine[0]
    assert report["location"] == "i dont know the address its a motel off i-10" and report["venue"] == "motel", report
    assert "banging on the door" in report["narrative"] and "RestrictsMovement" in report["means_of_control"], report


def test_someone_waiting_for_a_person_is_asked_what_is_happening_before_the_menus(system, phone):
    send = dialogue.by_sms(system, phone)
    send("hi")
    assert dialogue.question_in(send("yes")) == "role"
    got = send("i want to talk to a real person")
    # it was asked "about you or someone else?" again, then the privacy menu, while a person was on the way
    assert "asking a person from our team" in " ".join(got) and dialogue.question_in(got) == "what", got
    intake = dialogue.tell(send, dialogue.PLAIN["en"]["what"], dialogue.plain("en"))
    assert intake.asked.index("where") < intake.asked.index("role") < intake.asked.index("privacy"), intake.asked


def test_a_calm_tip_that_brings_a_person_is_not_told_the_911_lines_of_danger_this_minute(system, phone):
    send = dialogue.by_sms(system, phone)
    send("hi")
    send("yes")
    got = " ".join(send("my neighbors 14 year old works at the bar on main st in dallas and they took her passport"))
    assert "to join this chat" in got and "call 911 now" not in got, got
    got = " ".join(send("what should i do?"))
    # "If you can, call 911: emergency help is for everyone…" is for someone in danger this minute
    assert "good first step" in got and "emergency help is for everyone" not in got, got


def test_written_from_the_bosss_phone_the_report_is_filed_without_a_code_on_it(system, phone):
    token = system.staff_token("supervisor")
    send = dialogue.by_sms(system, phone)
    what = "la patrona no me paga y tiene mi pasaporte, este cel es de la patrona"
    dialogue.tell(send, "hola", dialogue.plain("es", what=what, privacy="3"), language="es", stop_at="confirm")
    filed = " ".join(send("sí"))
    # her boss must find nothing here: no code, no passphrase (they were sent to her phone)
    assert "no te mando" in filed and not dialogue.CODE.search(filed), filed
    items = system.http.get("/api/reports", params={"limit": 200},
                            headers={"Authorization": f"Bearer {token}"}).json()["items"]
    assert [r["status"] for r in items if r["narrative"] == what] == ["new"]


def test_someone_with_nothing_to_report_is_answered_and_not_taken_through_a_report(system, phone):
    send = dialogue.by_sms(system, phone)
    send("hi")
    send("yes")
    got = " ".join(send("i dont have anything to report i just want to know how to spot it"))
    # what trafficking is, and no question of a report (they were asked whom it is about, and all the rest)
    assert "Trafficking is when" in got and "don't have to report" in got, got
    assert dialogue.question_in([got]) is None, got
    # a tip later opens the intake again
    later = send("ok actually my neighbor's nanny never leaves the house and they took her passport")
    assert dialogue.question_in(later) is not None, later


def test_a_job_offer_asked_about_gets_its_warning_signs_and_the_intake_goes_on(system, phone):
    send = dialogue.by_sms(system, phone)
    send("hola")
    send("si")
    got = send("me ofrecieron trabajo de mesera en españa, ellos me pagan el boleto y luego les pago. es confiable?")
    said = " ".join(got)
    assert "señales de alerta" in said and "pasaporte" in said, said
    assert dialogue.question_in(got, "es") is not None, got


def test_told_that_someone_reads_the_phone_the_report_is_filed_without_a_code_on_it(system, phone):
    send = dialogue.by_sms(system, phone)
    what = "the owner of the nail salon keeps my passport and my pay. my roommate checks my phone so be careful"
    dialogue.tell(send, "hi", dialogue.plain("en", what=what, privacy="3"), stop_at="confirm")
    filed = " ".join(send("yes"))
    # the roommate must find no code or passphrase here; the person can ask for it when it is safe
    assert "someone checks this phone" in filed and not dialogue.CODE.search(filed), filed
    assert [r["status"] for r in _reports_about(system, what)] == ["new"]
    # whoever reads the phone later learns nothing: not the code ("hello" got "Anything you send here is added to your
    # report ABCD-EFGH"), not who we are, not a new passphrase
    for text in ("hello", "what is this number? who r u", "send me the code again"):
        got = " ".join(send(text))
        assert not dialogue.CODE.search(got) and "trafficking" not in got.lower() and "report" not in got.lower(), got
    assert "trafficking" not in " ".join(send("what is this")).lower()


def test_a_tip_taken_back_at_the_read_back_leaves_no_unconfirmed_report(system, phone):
    # the unconfirmed report stayed after "Nenhuma denúncia é registrada se você não quiser"
    what = "the dishwasher at the diner on 3rd sleeps in the back and the owner keeps his id"
    send = dialogue.by_sms(system, phone)
    dialogue.tell(send, "hi", dialogue.plain("en", what=what), stop_at="confirm")
    assert [r["status"] for r in _reports_about(system, what)] == ["unconfirmed"]
    got = " ".join(send("i changed my mind, dont send it"))
    assert "won't send" in got or "not filed" in got.lower() or "No report" in got, got
    assert _reports_about(system, what) == []
