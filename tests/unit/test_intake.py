"""The intake's decisions (bot/actions/intake.py): what a tipster's message fills, what is asked next, and what
makes the form step aside. The same logic runs inside the real action server in the end-to-end tests."""
from __future__ import annotations

import re
from dataclasses import replace

import pytest

from bot.actions.intake import (
    NONE,
    Step,
    Turn,
    acknowledges,
    answer_after_filing,
    asks_for_a_person,
    asks_without_telling,
    erases_a_part,
    keeps_going,
    next_question,
    plan,
    referral_for,
    rejects_the_bot,
    step,
    steps_aside,
    stops_asking,
    wants_to_end,
)
from bot.actions.summary import summary
from webhooks.reports import contact
from webhooks.reports.extract import extract


def turn(text: str, intent: str = "inform", confidence: float = 0.9, language: str = "en") -> Turn:
    return Turn(text=text, intent=intent, confidence=confidence, language=language)


def asked(slot: str, **slots) -> dict:
    return {"requested_slot": slot, **slots}


def test_the_safety_check_comes_first_and_a_no_pauses_with_a_neutral_message():
    assert next_question({}) == "safe_to_talk"
    result = step(turn("no he is here", "deny"), asked("safe_to_talk"))
    assert result.slots["paused"] is True and "safe_to_talk" not in result.slots
    assert result.say == ["utter_safety_pause"]
    back = step(turn("ok i can talk now", "affirm"), asked("safe_to_talk", paused=True))
    assert back.slots["safe_to_talk"] is True and back.slots["paused"] is False


def test_a_thumbs_up_is_a_yes_to_the_safety_check():
    result = step(turn("👍", "nlu_fallback", 0.2), asked("safe_to_talk"))
    assert result.slots.get("safe_to_talk") is True and not result.steps_aside


def test_a_tip_told_instead_of_answering_the_safety_check_is_kept():
    text = "my neighbor makes 3 girls work in his house and took their passports"
    result = step(turn(text, "report_tip"), asked("safe_to_talk"))
    assert result.slots["safe_to_talk"] is True
    assert result.slots["tip_what"] == text
    assert "WithholdsDocuments" in result.slots["tip_facts"]["means_of_control"]


def test_help_asked_to_report_opens_the_tip_and_is_not_a_request_for_services():
    # "hola, necesito ayuda para denunciar algo", read as asking for services, got the list of services and the
    # safety question again
    for text, language in (("hola, necesito ayuda para denunciar algo", "es"), ("can u help me report something",
                                                                            "en"),
                           ("preciso de ajuda pra denunciar uma coisa", "pt")):
        result = step(turn(text, "ask_services", 1.0, language), asked("safe_to_talk"))
        assert result.slots.get("safe_to_talk") is True and "utter_services" not in result.say, (text, result)
    # services asked for, even with the word "report" in it, are still answered
    asked_for = step(turn("can i get help even if i dont report?", "ask_services", 1.0), asked("safe_to_talk"))
    assert asked_for.slots.get("safe_to_talk") is not True


def test_questions_and_requests_make_the_form_step_aside_at_any_point():
    for slot in ("safe_to_talk", "reporter_role", "tip_what", "tip_where", "tip_confirmed"):
        assert step(turn("wait is this the police?", "ask_police"), asked(slot)).steps_aside
        assert step(turn("can i talk to a real person", "request_human"), asked(slot)).steps_aside
        assert step(turn("asdfghjk", "nlu_fallback", 0.2), asked(slot)).steps_aside


def test_a_question_word_inside_a_real_answer_does_not_interrupt():
    text = "they took our passports and said they will call immigration if we leave"
    result = step(turn(text, "ask_immigration", 0.55), asked("tip_what"))
    assert not result.steps_aside and result.slots["tip_what"] == text


def test_role_and_privacy_accept_numbers_and_words():
    assert step(turn("1"), asked("reporter_role")).slots["reporter_role"] == "self"
    assert step(turn("my cousin"), asked("reporter_role")).slots["reporter_role"] == "other"
    assert step(turn("3"), asked("privacy_level")).slots["privacy_level"] == "anonymous"
    assert step(turn("you can contact me"), asked("privacy_level")).slots["privacy_level"] == "share"
    # "keep it between us" is the middle choice (it was taken as not understood, and anonymity given)
    assert step(turn("just keep it between us"), asked("privacy_level")).slots["privacy_level"] == "confidential"
    assert step(turn("que quede entre nosotros", language="es"),
                asked("privacy_level")).slots["privacy_level"] == "confidential"


def test_contact_is_asked_only_when_the_person_chose_to_share():
    base = {"safe_to_talk": True, "reporter_role": "self"}
    assert "contact" not in plan({**base, "privacy_level": "anonymous"})
    assert "contact" in plan({**base, "privacy_level": "share"})
    assert step(turn("this number is fine"), asked("contact")).slots["contact"] == "this number"


def test_what_is_already_known_is_not_asked_again():
    facts = {"city": "Tulsa", "state": "OK", "means_of_control": ["RestrictsMovement"], "people_count": 4,
             "exploitation": ["SexualExploit"]}
    remaining = plan({"tip_facts": facts})
    for skipped in ("tip_where", "tip_who", "exploitation_type"):
        assert skipped not in remaining
    assert "tip_when" in remaining and remaining[-1] == "tip_confirmed"
    assert "tip_control" in remaining, "one sign of control told: the others are still asked about"


def test_i_dont_know_and_no_are_recorded_as_such():
    assert step(turn("no idea"), asked("tip_where")).slots["tip_where"] == "unknown"
    assert step(turn("nope", "deny"), asked("tip_more")).slots["tip_more"] == "none"
    assert step(turn("no", "deny"), asked("tip_control")).slots["tip_control"] == "none"


def test_a_correction_in_the_same_breath_as_no_changes_that_field():
    slots = asked("tip_confirmed", tip_when="monday", tip_where="Dallas")
    result = step(turn("no, it was on tuesday night", "deny"), slots)
    assert result.slots["tip_when"] == "it was on tuesday night"
    assert "tip_confirmed" not in result.slots


def test_a_bare_no_asks_what_to_change_and_the_next_message_is_applied():
    slots = asked("tip_confirmed", tip_where="Dallas")
    first = step(turn("no", "deny"), slots)
    assert first.slots == {"correcting": True}
    second = step(turn("the place is in Fort Worth, Texas"), {**slots, "correcting": True})
    assert second.slots["correcting"] is False and second.slots["tip_where"] == "in Fort Worth, Texas"
    assert second.slots["tip_facts"]["city"] == "Fort Worth"


def test_a_yes_to_the_summary_confirms_it():
    assert step(turn("yes thats right", "affirm"), asked("tip_confirmed")).slots == {"tip_confirmed": True}
    assert step(turn("sí", "affirm", language="es"), asked("tip_confirmed")).slots == {"tip_confirmed": True}


def test_an_ordinary_workplace_problem_is_not_filed_as_trafficking():
    text = "my boss didnt pay my overtime but i can quit whenever"
    result = step(turn(text, "workplace_problem"), asked("tip_what"))
    assert result.slots["not_trafficking"] is True
    assert plan({"not_trafficking": True}) == []


def test_a_workplace_complaint_with_signs_of_control_is_still_a_tip():
    text = "my boss didnt pay my overtime and he keeps my passport so i cant quit"
    result = step(turn(text, "workplace_problem"), asked("tip_what"))
    assert not result.slots.get("not_trafficking")
    assert result.slots["tip_what"] == text


def test_spanish_answers_fill_the_same_fields():
    result = step(turn("en una casa en Houston, son como 6 muchachas y una tiene 15", language="es"),
                  asked("tip_where"))
    facts = result.slots["tip_facts"]
    assert facts["city"] == "Houston" and facts["minor"] is True and 15 in facts["ages"]


def test_a_polite_no_is_an_answer_not_a_goodbye():
    result = step(turn("no nada mas", "goodbye", 0.9, "es"), asked("tip_more"))
    assert not result.steps_aside and result.slots["tip_more"] == "none"
    assert step(turn("bye", "goodbye", 0.95), asked("tip_more")).steps_aside


def test_describing_a_denied_service_is_an_answer_but_asking_for_one_is_not():
    assert not step(turn("no me dan atención médica", "ask_services", 0.97, "es"), asked("tip_control")).steps_aside
    assert not step(turn("this number is ok, after 6pm", "ask_who", 1.0), asked("contact")).steps_aside
    assert step(turn("can you find me a lawyer?", "ask_services", 0.97), asked("tip_control")).steps_aside
    assert step(turn("i need a lawyer", "ask_services", 0.97), asked("tip_where")).steps_aside


def test_ending_or_erasing_needs_words_that_say_so():
    assert not step(turn("no los dejan salir", "end_conversation", 0.8, "es"), asked("tip_control")).steps_aside
    assert step(turn("ya no quiero seguir con esto", "end_conversation", 0.9, "es"), asked("tip_where")).steps_aside
    assert step(turn("please delete what i sent", "delete_data", 0.9), asked("tip_where")).steps_aside


def test_a_short_answer_the_model_reads_as_small_talk_still_answers_the_question():
    """However the model labels it, a message that holds what was asked is an answer, not an interruption."""
    when = step(turn("monday", "out_of_scope", 0.8), asked("tip_when"))
    assert not when.steps_aside and when.slots["tip_when"] == "monday"
    ongoing = step(turn("desde enero y sigue ahí", "resume", 0.7, "es"), asked("tip_when"))
    assert not ongoing.steps_aside and ongoing.slots["tip_when"] == "desde enero y sigue ahí"
    me = step(turn("yo", "greet", 0.9, "es"), asked("reporter_role"))
    assert not me.steps_aside and me.slots["reporter_role"] == "self"
    other = step(turn("it is about my neighbours", "chitchat", 0.8), asked("reporter_role"))
    assert other.slots["reporter_role"] == "other"
    where = step(turn("houston", "out_of_scope", 0.7), asked("tip_where"))
    assert not where.steps_aside and where.slots["tip_where"] == "houston"


def test_small_talk_that_only_mentions_a_day_is_still_small_talk():
    assert step(turn("is target open on sunday?", "out_of_scope", 0.9), asked("tip_when")).steps_aside
    assert step(turn("hello", "greet", 0.95), asked("tip_when")).steps_aside


def test_an_answer_the_model_reads_as_a_request_or_question_is_still_an_answer():
    cousin = step(turn("someone else, my cousin", "request_human", 0.7), asked("reporter_role"))
    assert not cousin.steps_aside and cousin.slots["reporter_role"] == "other"
    for text, language in (("otra persona", "es"), ("another person", "en"), ("es de otra persona", "es")):
        other = step(turn(text, "request_human", 0.9, language), asked("reporter_role"))
        assert not other.steps_aside and other.slots["reporter_role"] == "other", text
    private = step(turn("anonymous", "ask_anonymous", 0.95), asked("privacy_level"))
    assert not private.steps_aside and private.slots["privacy_level"] == "anonymous"
    # but asking for a person, or asking a question, is still that
    assert step(turn("i want to talk to someone else", "request_human", 0.9), asked("reporter_role")).steps_aside
    assert step(turn("is it anonymous?", "ask_anonymous", 0.95), asked("privacy_level")).steps_aside
    assert step(turn("ok go on", "resume", 0.9), asked("tip_when")).steps_aside


def test_a_yes_or_nothing_after_what_should_i_change_files_the_tip_as_read_back():
    summary = asked("tip_confirmed", correcting=True, tip_when="monday", tip_more="none")
    for text, intent in (("si", "affirm"), ("nothing", "deny"), ("no nada", "deny")):
        result = step(turn(text, intent, language="es" if text != "nothing" else "en"), summary)
        assert result.slots == {"correcting": False, "tip_confirmed": True}, text
    fixed = step(turn("no, it was tuesday", "inform"), summary)
    assert fixed.slots["tip_when"] == "it was tuesday" and fixed.slots["correcting"] is False


def test_wages_owed_to_someone_who_says_no_one_forced_them_is_a_work_problem_not_trafficking():
    # twenty-third session probes: each went on with the intake ("I can't answer that", "Noted") and filed forced labour
    what = "mi patron no me pago las ultimas 2 semanas"
    for text, language in (("a mi nadie me obligo, yo me fui cuando quise. a donde voy?", "es"),
                           ("no es trata, es robo de salario nomas", "es"),
                           ("its not like human trafficking, i go home every night", "en")):
        result = step(turn(text, "inform", 0.8, language),
                      asked("tip_where", safe_to_talk=True, reporter_role="self", privacy_level="anonymous",
                            tip_what=what, tip_facts={"means_of_control": ["TakesEarnings"]}))
        assert result.slots.get("not_trafficking") is True, text
    # asking whether it is trafficking is not saying it is not
    asks = step(turn("is this trafficking?", "ask_who", 0.6), asked("tip_where", safe_to_talk=True, tip_what=what,
                                                                     tip_facts={"means_of_control": ["TakesEarnings"]}))
    assert not asks.slots.get("not_trafficking")


def test_unpaid_overtime_from_someone_free_to_quit_is_a_work_problem_not_trafficking():
    for text, language in (("my boss doesnt pay me overtime but i can quit whenever i want", "en"),
                           ("mi patron no me paga las horas extra pero me puedo ir cuando quiera", "es")):
        result = step(turn(text, "workplace_problem", 0.99, language), asked("tip_what"))
        assert result.slots.get("not_trafficking") is True, text
    # unpaid and not free to leave, or a child: a tip
    kept = step(turn("they dont pay us and we cant leave the farm", "workplace_problem", 0.9), asked("tip_what"))
    assert not kept.slots.get("not_trafficking")
    child = step(turn("my boss doesnt pay my 15 year old overtime but she can quit", "workplace_problem", 0.9),
                 asked("tip_what"))
    assert not child.slots.get("not_trafficking")
    # told later, to another question, after a tip of long shifts and no overtime pay (the intake went on)
    facts = {"means_of_control": ["ExcessiveWorkingHours"], "exploitation": ["ForcedLabour"]}
    shifts = {**asked("tip_where"), "tip_facts": facts,
              "tip_what": "my manager at the warehouse makes us work 12 hour shifts and doesnt pay overtime"}
    later = step(turn("no i can quit whenever, i just want my overtime", "deny", 0.8), shifts)
    assert later.slots.get("not_trafficking") is True
    held = {**shifts, "tip_facts": {"means_of_control": ["ExcessiveWorkingHours", "WithholdsDocuments"]}}
    kept = step(turn("i can quit whenever, i just want my overtime", "deny", 0.8), held)
    assert not kept.slots.get("not_trafficking")


def test_a_short_portuguese_answer_is_not_taken_for_small_talk_or_goodbye():
    who = step(turn("só ela, 30 anos", "goodbye", 0.98, "pt"), asked("tip_who"))
    assert not who.steps_aside and who.slots["tip_who"] == "só ela, 30 anos"
    assert who.slots["tip_facts"]["ages"] == [30]
    when = step(turn("desde o ano passado", "chitchat", 0.63, "pt"), asked("tip_who"))
    assert not when.steps_aside
    assert step(turn("buenas noches", "goodbye", 0.95, "es"), asked("tip_where")).steps_aside
    assert step(turn("good morning", "greet", 0.95), asked("tip_who")).steps_aside


def test_an_answer_that_starts_like_a_spanish_question_is_still_an_answer():
    who = step(turn("me and 4 other guys", "ask_who", 0.95), asked("tip_who"))
    assert not who.steps_aside and who.slots["tip_who"] == "me and 4 other guys"
    assert step(turn("me van a deportar?", "ask_immigration", 0.95, "es"), asked("tip_who")).steps_aside


def test_a_place_given_instead_of_the_kind_is_a_place_not_other_exploitation():
    out = step(turn("columbus ohio, on maple ave"), asked("exploitation_type"))
    assert "exploitation_type" not in out.slots and out.say == ["utter_noted"]  # the kind question once more
    assert out.slots["tip_facts"]["city"] == "Columbus"
    assert step(turn("they make him steal from stores"), asked("exploitation_type")).slots[
        "exploitation_type"] == "OtherExploit"


def test_cleaning_for_a_family_is_read_as_work_and_the_kind_is_not_asked():
    tip = ("theres a woman who cleans for the family next door, she never leaves the house and i think they "
           "took her passport")
    out = step(turn(tip, "report_tip"), asked("tip_what"))
    assert out.slots["tip_facts"]["exploitation"] == ["ForcedLabour"]
    assert "exploitation_type" not in plan(out.slots | {"tip_what": tip})


def test_an_age_given_to_the_when_question_answers_who_and_when_is_asked_again():
    out = step(turn("she is 17"), asked("tip_when", tip_what="my cousin works on a farm"))
    assert out.slots.get("tip_who") == "she is 17" and "tip_when" not in out.slots
    assert out.slots["tip_facts"]["minor"] is True
    known = {"tip_what": "x", "safe_to_talk": True, "reporter_role": "other", "privacy_level": "anonymous",
             "exploitation_type": "ForcedLabour", "tip_where": "Fresno"}
    assert next_question({**known, **out.slots}) == "tip_when"
    # the same answer again, with "who" already known: not asked a third time (and not filed as the time)
    again = step(turn("she is 17"), asked("tip_when", tip_what="my cousin works on a farm", **out.slots))
    assert again.slots["tip_when"] == "unknown"
    # a country is where people come from: "they are from guatemala" answers who
    assert step(turn("they are from guatemala"), asked("tip_who")).slots["tip_who"] == "they are from guatemala"


def test_a_corrected_place_drops_the_city_the_person_says_was_wrong():
    slots = {"requested_slot": "tip_confirmed", "correcting": True,
             "tip_facts": {"venue": "farm", "city": "Fresno", "state": "CA"}}
    out = step(turn("actually the farm is in madera not fresno"), slots)
    assert "city" not in out.slots["tip_facts"] and out.slots["tip_facts"]["state"] == "CA"
    # read back without "actually" or the place named as wrong ("Where: the farm is in madera not fresno")
    assert out.slots["tip_where"] == "the farm is in madera"
    kept = step(turn("it was a motel, not a hotel"), {**slots, "tip_facts": {"venue": "hotel", "city": "Reno"}})
    assert kept.slots["tip_facts"]["city"] == "Reno" and kept.slots["tip_facts"]["venue"] == "motel"


def test_a_tip_told_in_one_message_with_since_when_and_a_young_looking_girl_needs_no_when_or_who_question():
    text = ("there's a massage place on 5th ave in tampa, the women live upstairs and never leave, a guy drives "
            "them around. been like this since summer. maybe 4 women, one looks really young")
    result = step(turn(text, "report_tip"), asked("tip_what"))
    facts = result.slots["tip_facts"]
    assert facts["ongoing"] is True and facts["minor"] is True and facts["people_count"] == 4
    assert "RestrictsMovement" in facts["means_of_control"]
    remaining = plan({"safe_to_talk": True, "reporter_role": "other", "privacy_level": "anonymous", **result.slots})
    assert "tip_when" not in remaining and "tip_who" not in remaining and "tip_control" in remaining
    assert "exploitation_type" in remaining  # a massage place: work or sex is asked, not guessed


def test_fear_given_to_the_kind_question_is_a_sign_of_control_not_other_exploitation():
    result = step(turn("they seem scared of him"), asked("exploitation_type"))
    assert result.slots["exploitation_type"] == "unknown"
    assert result.slots["tip_facts"]["means_of_control"] == ["PsychologicalAbuse"]


def test_a_correction_of_an_earlier_answer_changes_it_and_the_question_is_asked_again():
    slots = asked("tip_control", safe_to_talk=True, reporter_role="other", privacy_level="anonymous",
                  tip_what="women kept at a massage place", exploitation_type="unknown", tip_where="Tampa",
                  tip_when="since summer", tip_who="4 women")
    result = step(turn("actually it was since spring not summer"), slots)
    assert result.slots["tip_when"] == "since spring"  # without the season named as wrong
    assert "tip_control" not in result.slots
    assert next_question({**slots, **result.slots, "requested_slot": None}) == "tip_control"
    es = step(turn("perdón, eran 6 muchachas", language="es"), asked("tip_more", tip_who="4"))
    assert es.slots["tip_who"] == "eran 6 muchachas" and "tip_more" not in es.slots


def test_a_place_corrected_while_another_question_is_asked_changes_the_place_even_when_the_town_is_unknown():
    slots = asked("tip_control", tip_where="at a warehouse in columbus ohio",
                  tip_facts={"venue": "warehouse", "city": "Columbus", "state": "OH"})
    known = step(turn("actually it's in dayton not columbus"), slots)
    # only the town changes: the warehouse stays ("dayton" alone was filed)
    assert known.slots["tip_where"] == "at a warehouse in Dayton ohio" and "tip_control" not in known.slots
    assert known.slots["tip_facts"]["city"] == "Dayton"
    unknown = step(turn("actually it's in smallville not columbus"), slots)
    assert unknown.slots["tip_where"] == "smallville" and "tip_control" not in unknown.slots
    assert "city" not in unknown.slots["tip_facts"]


def test_a_town_the_gazetteer_does_not_know_answers_where_when_it_is_named_as_a_place():
    text = "des femmes travaillent dans une maison à Lyon, elles ne peuvent pas sortir"
    result = step(turn(text, "report_tip", language="fr"), asked("tip_what"))
    assert result.slots["tip_facts"]["city"] == "Lyon"
    remaining = plan({"safe_to_talk": True, "reporter_role": "other", "privacy_level": "anonymous", **result.slots})
    assert "tip_where" not in remaining


def test_a_hedged_yes_answers_the_safety_check_but_never_confirms_the_read_back():
    kinda = step(turn("kinda", "ask_who", 0.95), asked("safe_to_talk"))
    assert not kinda.steps_aside and kinda.slots["safe_to_talk"] is True
    mostly = step(turn("mostly", "inform"), asked("tip_confirmed", tip_what="x"))
    assert "tip_confirmed" not in mostly.slots


def test_an_added_sign_of_control_after_wait_is_kept_beside_the_earlier_one():
    result = step(turn("wait, they also took her passport"), asked("tip_more", tip_control="he yells at them"))
    assert "tip_control" not in result.slots and result.slots["tip_more"] == "wait, they also took her passport"
    assert "WithholdsDocuments" in result.slots["tip_facts"]["means_of_control"]


def test_a_sign_of_control_after_actually_is_still_the_answer_to_the_control_question():
    result = step(turn("actually yes, they took her passport"), asked("tip_control", tip_when="monday"))
    assert "passport" in result.slots["tip_control"] and "tip_when" not in result.slots


def test_yes_to_anything_else_invites_more_instead_of_filing_yes():
    result = step(turn("yes", "affirm"), asked("tip_more", tip_control="none"))
    assert result.say == ["utter_tell_more"] and "tip_more" not in result.slots
    told = step(turn("yes, the boss carries a gun", "affirm"), asked("tip_more", tip_control="none"))
    assert told.slots["tip_more"] == "yes, the boss carries a gun"


def test_saying_a_tip_is_coming_is_not_the_tip_and_the_tip_that_follows_is_kept():
    opening = step(turn("hi i need to report something", "report_tip"), {})
    assert "tip_what" not in opening.slots, "the 'what is happening?' question is still asked"
    assert "tip_what" not in step(turn("quiero hacer una denuncia", "report_tip", language="es"), {}).slots
    text = "theres a nail salon on 5th ave in queens where the girls sleep in the back room and never go out alone"
    safe = step(turn(text, "report_tip"), asked("safe_to_talk"))
    assert safe.slots["tip_what"] == text and safe.slots["safe_to_talk"] is True


def test_a_description_given_to_a_choice_question_joins_the_narrative_instead_of_being_dropped():
    first = "my friend works at a restaurant in atlanta and they take her pay"
    text = "the owner yells at them a lot and i saw him grab one by the arm"
    result = step(turn(text, "report_tip"), asked("exploitation_type", tip_what=first))
    assert result.slots["tip_what"] == f"{first} / {text}"
    assert "PsychologicalAbuse" in result.slots["tip_facts"]["means_of_control"]
    privacy = step(turn("they took my passport and i work 15 hours for nothing", "report_tip"),
                   asked("privacy_level", tip_what=first))
    # the story is kept, and the menu comes once more in plain words before the most private choice is taken (taken at
    # once, people who wanted to be called back were told they had chosen to stay anonymous)
    assert "privacy_level" not in privacy.slots and "passport" in privacy.slots["tip_what"]
    assert privacy.say == ["utter_explain_privacy_level"]
    again = step(turn("they took my passport and i work 15 hours for nothing", "report_tip"),
                 asked("privacy_level", tip_what=first, tip_facts=privacy.slots["tip_facts"]))
    assert again.slots["privacy_level"] == "anonymous"


def test_who_it_is_about_is_taken_from_the_tip_or_from_a_reply_to_the_safety_check():
    told = step(turn("ok. my friend works at a restaurant in atlanta, they take her pay for rent", "report_tip"),
                asked("safe_to_talk"))
    assert told.slots["reporter_role"] == "other"
    assert next_question({"safe_to_talk": True, **told.slots}) == "privacy_level"
    mine = step(turn("es sobre mi", "inform", language="es"), asked("safe_to_talk"))
    assert mine.slots == {"safe_to_talk": True, "reporter_role": "self"}


def test_someone_else_at_the_safety_check_is_who_it_is_about_not_a_request_for_a_person():
    result = step(turn("someone else", "request_human", 0.99), asked("safe_to_talk"))
    assert not result.steps_aside and result.slots["reporter_role"] == "other"
    assert step(turn("i want to talk to someone else", "request_human", 0.99), asked("safe_to_talk")).steps_aside


def test_a_privacy_choice_given_to_another_question_is_taken_and_the_question_asked_again():
    result = step(turn("anonimo", "ask_anonymous", 0.8, "es"), asked("tip_who", privacy_level=None))
    assert result.slots == {"privacy_level": "anonymous"}, "'anonimo' is not who is affected"
    assert next_question({**asked("tip_who"), "safe_to_talk": True, "reporter_role": "other", "tip_what": "x",
                          "exploitation_type": "x", "tip_where": "x", "tip_when": "x", **result.slots}) == "tip_who"


def test_no_thats_all_at_the_read_back_changes_nothing_and_asks_what_to_change():
    result = step(turn("no es todo", "deny", language="es"), asked("tip_confirmed", tip_more="nada"))
    assert result.slots == {"correcting": True}, result.slots


def test_changing_the_privacy_choice_later_asks_for_contact_then_goes_back():
    slots = {"safe_to_talk": True, "reporter_role": "other", "privacy_level": "anonymous", "tip_what": "x",
             "exploitation_type": "x", "tip_where": "x", "requested_slot": "tip_when"}
    result = step(turn("actually you can contact me"), slots)
    assert result.slots == {"privacy_level": "share"}
    assert next_question({**slots, **result.slots}) == "contact"
    assert next_question({**slots, **result.slots, "contact": "this number"}) == "tip_when"


def test_yes_to_the_signs_of_control_question_invites_the_details():
    result = step(turn("yes", "affirm"), asked("tip_control"))
    assert result.say == ["utter_tell_more"] and "tip_control" not in result.slots


def test_who_it_is_about_said_at_the_safety_check_is_an_answer_whatever_the_model_calls_it():
    result = step(turn("sou eu", "goodbye", 0.98, "pt"), asked("safe_to_talk"))
    assert not result.steps_aside
    assert result.slots["safe_to_talk"] is True and result.slots["reporter_role"] == "self"
    assert step(turn("bye", "goodbye", 0.98), asked("safe_to_talk")).steps_aside  # a goodbye is still one


def test_who_it_is_about_is_not_yet_what_is_happening():
    result = step(turn("es mi prima, tiene 17", "inform", language="es"), asked("reporter_role"))
    assert result.slots["reporter_role"] == "other" and "tip_what" not in result.slots
    assert next_question({"safe_to_talk": True, "privacy_level": "anonymous", **result.slots}) == "tip_what"


def test_a_tip_told_to_the_contact_question_is_kept_as_the_tip_and_a_number_given_later_as_the_contact():
    slots = asked("contact", safe_to_talk=True, reporter_role="other", privacy_level="confidential")
    tip = ("the hotel housekeepers at the Palms Inn in Orlando work 16 hours a day and the manager keeps their "
           "passports, they live in the basement")
    told = step(turn(tip, "report_tip"), slots)
    assert told.slots["tip_what"] == tip and "contact" not in told.slots
    assert acknowledges("contact", slots, {**slots, **told.slots})  # "thank you for telling me" first
    # the person wants to tell first: the tip's questions, then the contact (it was asked again at once)
    assert next_question({**slots, **told.slots}) == "tip_when"
    remaining = plan({**slots, **told.slots})
    assert remaining.index("contact") == remaining.index("tip_control") + 1
    later = step(turn("you can reach me at 407-555-0199"), asked("tip_when", privacy_level="confidential"))
    assert later.slots == {"contact": "you can reach me at 407-555-0199"}
    # after "anonymous", a number given as theirs is their choice to share now (it was filed as "when" before)
    anonymous = step(turn("you can reach me at 407-555-0199"), asked("tip_when", privacy_level="anonymous"))
    assert anonymous.slots == {"privacy_level": "share", "contact": "you can reach me at 407-555-0199"}
    theirs = step(turn("the guy's number is 407-555-0123"), asked("tip_more", privacy_level="confidential"))
    assert "contact" not in theirs.slots and theirs.slots["tip_more"] == "the guy's number is 407-555-0123"
    es = step(turn("mi numero es 713 555 0101", language="es"), asked("tip_who", privacy_level="share"))
    assert es.slots == {"contact": "mi numero es 713 555 0101"}


def test_a_tip_told_at_the_safety_check_is_thanked_before_the_next_question_but_not_twice():
    slots = asked("safe_to_talk")
    text = "i want to leave but nowhere to go and they have my passport"
    result = step(turn(text, "report_tip"), slots)
    after = {**slots, **result.slots}
    assert after["tip_what"] == text and after["reporter_role"] == "self"
    assert acknowledges("safe_to_talk", slots, after)
    assert not acknowledges("tip_what", slots, after)  # the answer to "what is happening?" needs no extra thanks
    assert not acknowledges("safe_to_talk", {**slots, "tip_what": "earlier"}, after)
    no_role = {**after, "reporter_role": None}
    assert not acknowledges("safe_to_talk", slots, no_role)  # "Thank you. Is this about you...?" comes next


def test_only_a_goodbye_in_so_many_words_asks_to_end_the_chat():
    for text, language in (("thats all", "en"), ("eso es todo", "es"), ("só ela", "pt")):
        result = step(turn(text, "goodbye", 0.95, language), asked("tip_more"))
        assert not result.steps_aside, text
    assert step(turn("thats all", "goodbye", 0.95), asked("tip_more")).slots["tip_more"] == "none"
    for text in ("ok bye thx", "tchau"):
        assert step(turn(text, "goodbye", 0.95), asked("tip_where")).steps_aside, text
    for text in ("gotta go", "tengo que irme"):  # leaving at once: the pause, with nothing to answer
        assert step(turn(text, "goodbye", 0.95), asked("tip_where")).say == ["utter_safety_pause"], text


def test_a_time_in_years_or_months_answers_when_in_every_language():
    for text, language in (("faz dois anos", "pt"), ("2 years", "en"), ("unos meses", "es"), ("trois semaines", "fr")):
        result = step(turn(text, "goodbye", 0.9, language), asked("tip_when"))
        assert result.slots.get("tip_when") == text, (text, result)


def test_never_mind_to_the_kind_question_is_not_another_kind_of_exploitation():
    assert step(turn("nvm", "nlu_fallback", 0.3), asked("exploitation_type")).slots["exploitation_type"] == "unknown"


def test_whom_it_is_about_is_taken_later_when_the_role_question_got_the_tip_instead():
    slots = asked("privacy_level", reporter_role="unspecified", tip_what="3 girls at the motel")
    assert step(turn("its someone else, anonymous"), slots).slots["reporter_role"] == "other"


def test_a_question_the_bot_cannot_place_is_never_filed_as_an_answer():
    for slot in ("safe_to_talk", "privacy_level", "tip_what", "tip_where", "tip_more"):
        result = step(turn("can you mail me a paper form? do i sign something?", "delete_data", 1.0), asked(slot))
        assert result.say == ["utter_cannot_answer"] and slot not in result.slots, slot
        assert not result.steps_aside  # not the erase confirmation the model's intent would lead to
        assert step(turn("is this free? do i have to pay anything?", "delete_data", 1.0), asked(slot)).say == [
            "utter_free"]  # (it got "I can't answer that here")
    told = step(turn("is it trafficking if they keep her passport?", "ask_services", 0.4), asked("tip_what"))
    assert "tip_what" in told.slots  # a question that tells something is kept


def test_ok_now_after_the_safety_pause_is_not_another_no():
    result = step(turn("ok now", "deny", 0.94), asked("safe_to_talk", paused=True))
    assert result.slots["paused"] is False and result.say == []


def test_a_time_given_to_the_signs_of_control_question_is_when_and_the_question_comes_again():
    slots = asked("tip_control", tip_where="in Pasadena", tip_facts={"ongoing": True})
    result = step(turn("been like that since spring", "report_tip", 1.0), slots)
    assert result.slots.get("tip_when") == "been like that since spring" and "tip_control" not in result.slots
    assert result.say == ["utter_noted"]  # "Thanks, I've noted that.", not the same question alone word for word
    again = step(turn("since spring"), {**slots, "tip_when": "since spring"})
    assert again.slots["tip_control"] == "since spring"  # asked once more, then taken as it is


def test_a_time_given_to_the_kind_question_is_when_not_another_kind():
    result = step(turn("it started 2 weeks ago"), asked("exploitation_type"))
    assert result.slots["tip_when"] == "it started 2 weeks ago" and result.say == ["utter_noted"]
    # the kind question comes once more (a report was filed with no kind), then the kind is unknown
    assert "exploitation_type" not in result.slots
    again = step(turn("since june"), asked("exploitation_type", tip_facts=result.slots["tip_facts"]))
    assert again.slots["exploitation_type"] == "unknown"


def test_a_city_given_to_the_kind_question_is_noted_and_the_kind_asked_once_more():
    facts = asked("exploitation_type", tip_what="theres a massage place where the women live inside and never leave")
    result = step(turn("Atlanta"), facts)
    assert result.say == ["utter_noted"] and "exploitation_type" not in result.slots
    assert result.slots["tip_facts"]["city"] == "Atlanta"
    assert step(turn("sex"), {**facts, "tip_facts": result.slots["tip_facts"]}).slots["exploitation_type"] == (
        "SexualExploit")


def test_a_first_message_that_is_a_question_gets_its_answer_as_the_intake_opens():
    result = step(turn("is this anonymous?", "ask_anonymous", 0.98), {})
    assert result.say == ["utter_anonymous"] and not result.steps_aside
    assert "tip_what" not in result.slots


def test_a_first_message_that_tells_a_tip_is_kept_whatever_question_the_model_hears_in_it():
    # read as "is this anonymous?" by the model once; the person got the anonymity answer and the tip was not kept
    text = "a grown man keeps messaging my 13 yo niece on snapchat asking her for pics and to keep it secret"
    result = step(turn(text, "ask_anonymous", 0.9), {})
    assert result.say == [] and result.slots["tip_what"] == text


def test_a_question_asked_with_a_tip_is_answered_and_the_tip_kept():
    text = "they took her passport and make her work at the restaurant for nothing, will she get deported if she talks?"
    for slot in (None, "safe_to_talk", "tip_what"):
        result = step(turn(text, "ask_immigration", 0.8), asked(slot) if slot else {})
        assert not result.steps_aside, slot
        assert result.say == ["utter_immigration"], slot
        assert result.slots["tip_what"] == text, slot
        assert "WithholdsDocuments" in result.slots["tip_facts"]["means_of_control"]


def test_not_understanding_a_question_gets_it_in_other_words_and_fills_nothing():
    for slot in ("safe_to_talk", "reporter_role", "privacy_level", "tip_what", "tip_control", "tip_where"):
        for text, intent, language in (("what does that mean?", "out_of_scope", "en"), ("huh?", "nlu_fallback", "en"),
                                       ("no entiendo", "deny", "es"), ("¿qué significa eso?", "ask_who", "es"),
                                       ("je comprends pas", "deny", "fr"), ("??", "nonsense", "en"),
                                       ("como assim?", "nlu_fallback", "pt"),
                                       ("why do you need to know that?", "ask_who", "en"),
                                       ("para qué quieres saber?", "ask_anonymous", "es"),
                                       ("c'est quoi la différence?", "ask_who", "fr"),
                                       ("ke significa eso", "inform", "es")):
            result = step(turn(text, intent, 0.8, language), asked(slot))
            assert result.say == [f"utter_explain_{slot}"], (slot, text)
            assert not result.steps_aside and not set(result.slots) - {"tip_facts"}, (slot, text)


def test_not_understanding_inside_a_real_answer_is_the_answer():
    text = "i dont understand why they keep her passport locked up"
    result = step(turn(text, "report_tip"), asked("tip_what"))
    assert result.slots["tip_what"] == text and "utter_explain_tip_what" not in result.say
    # "no" to "is it safe?" is a no, not puzzlement, and a "what" inside an answer is an answer
    assert step(turn("no", "deny"), asked("safe_to_talk")).slots["paused"] is True
    assert step(turn("what they do is make them work 16 hours"), asked("tip_what")).slots["tip_what"]


def test_a_first_message_about_work_is_not_trafficking_only_when_nothing_holds_the_person():
    ordinary = step(turn("my boss didnt pay my overtime but i can quit any time, what can i do", "workplace_problem"),
                    {})
    assert ordinary.slots["not_trafficking"] is True
    text = "my boss keeps my passport and didnt pay my overtime, what can i do"
    held = step(turn(text, "workplace_problem"), {})
    assert "not_trafficking" not in held.slots and held.slots["tip_what"] == text
    assert next_question({**held.slots}) == "safe_to_talk"


def test_a_question_inside_a_tip_is_answered_even_when_the_model_reads_only_the_tip():
    text = ("my sister works at a taqueria in Houston, the owner took her passport and pays her nothing. "
            "can she get deported if she talks to you?")
    result = step(turn(text, "report_tip", 0.97), asked("tip_what"))
    assert result.say == ["utter_immigration"] and result.slots["tip_what"] == text
    police = "they keep 6 girls locked in the back of the spa on 5th street. will you call the cops?"
    assert step(turn(police, "report_tip", 0.9), asked("tip_what")).say == ["utter_not_police"]
    anon = "mi patron nos quita el pasaporte a todos en la obra. nadie va a saber que fui yo verdad?"
    assert step(turn(anon, "report_tip", 0.9, "es"), asked("safe_to_talk")).say == ["utter_anonymous"]
    # the same words outside a question are part of the tip, not a question to answer
    told = "the owner says he will call immigration and the police on them if they leave"
    assert step(turn(told, "report_tip", 0.9), asked("tip_what")).say == []


def test_a_tip_the_model_reads_as_a_question_gets_that_answer_only_when_it_names_the_topic():
    migra = "mi patrón me quitó los papeles y dice que si me voy llama a la migra"
    result = step(turn(migra, "ask_immigration", 1.0, "es"), {})
    assert result.say == ["utter_immigration"] and result.slots["tip_what"] == migra
    grooming = "a man online keeps asking my son for nude pics and offering him money to meet"
    result = step(turn(grooming, "ask_anonymous", 1.0), {})
    assert result.say == [] and result.slots["tip_what"] == grooming


def test_a_menu_number_given_to_where_or_when_is_not_filed_as_a_place_or_a_time():
    assert step(turn("3", "inform"), asked("tip_where")).say == ["utter_explain_tip_where"]
    assert "tip_where" not in step(turn("3", "inform"), asked("tip_where")).slots
    assert step(turn("2", "inform"), asked("tip_when")).say == ["utter_explain_tip_when"]
    assert step(turn("3", "inform"), asked("tip_who")).slots["tip_who"] == "3"  # a count is an answer to who


def test_work_or_sex_named_to_the_kind_question_is_the_answer_whatever_the_model_calls_it():
    for text, intent, language, kind in (("trabajo", "chitchat", "es", "ForcedLabour"),
                                         ("work", "thank", "en", "ForcedLabour"),
                                         ("sexo", "greet", "es", "SexualExploit")):
        result = step(turn(text, intent, 0.95, language), asked("exploitation_type"))
        assert not result.steps_aside and result.slots["exploitation_type"] == kind, text


def test_only_a_sure_or_worded_request_for_a_person_steps_aside():
    from bot.actions.intake import asks_for_a_person
    assert asks_for_a_person("can i talk to someone real", 0.55)
    assert asks_for_a_person("quiero hablar con una persona", 0.4)
    assert asks_for_a_person("help me please", 0.95)
    assert not asks_for_a_person("estoy en peligro de reprobar", 0.54)
    assert not asks_for_a_person("estoy en peligro de reprobar", 0.78)  # (another training)
    exam = turn("estoy en peligro de reprobar", "request_human", 0.54, "es")
    assert not step(exam, asked("safe_to_talk")).steps_aside
    assert step(turn("i need to talk to a person", "request_human", 0.6), asked("tip_where")).steps_aside


def test_a_venue_given_to_the_kind_question_does_not_replace_a_city_told_before():
    first = step(turn("tem uma casa em Newark onde moram umas 8 mulheres e o dono fica com o dinheiro delas",
                      "report_tip", 0.9, "pt"), {})
    slots = {**first.slots, "safe_to_talk": True, "reporter_role": "other", "privacy_level": "anonymous"}
    assert next_question(slots) == "exploitation_type"
    result = step(turn("boate", "inform", 0.8, "pt"), asked("exploitation_type", **slots))
    assert "tip_where" not in result.slots and "exploitation_type" not in result.slots
    # a place given there while "where?" is still to come is still taken as the place (from the facts: the
    # read-back says "farm, Fresno, CA", and "where?" is not asked)
    fresh = {"safe_to_talk": True, "reporter_role": "other", "privacy_level": "anonymous", "tip_what": "x"}
    result = step(turn("a farm in fresno"), asked("exploitation_type", **fresh))
    assert result.slots["tip_facts"]["city"] == "Fresno" and "tip_where" not in result.slots
    assert next_question({**fresh, **result.slots}) == "tip_when"


def test_a_whole_tip_given_to_the_kind_question_is_not_filed_as_the_place():
    text = ("theres a truck stop off i-40 near amarillo where a guy in a black escalade drops off young girls at "
            "night, they go truck to truck")
    fresh = {"safe_to_talk": True, "reporter_role": "other", "privacy_level": "anonymous", "tip_what": "3"}
    result = step(turn(text, "report_tip", 0.99), asked("exploitation_type", **fresh))
    assert "tip_where" not in result.slots and result.slots["exploitation_type"] == "SexualExploit"
    # a truck stop is a kind of place, not where: "where?" comes next ("amarillo" in lower case may be "yellow")
    assert next_question({**fresh, **result.slots}) == "tip_where"


def test_a_short_question_is_not_the_tip_and_a_bare_greeting_is_not_a_role():
    result = step(turn("me van a deportar si les cuento?", "ask_immigration", 0.99, "es"), asked("privacy_level"))
    assert result.steps_aside and not result.slots  # answered by the rules; the privacy menu comes again
    assert "reporter_role" not in step(turn("yo", "greet", 0.9), {}).slots
    assert step(turn("tengo miedo", "ask_immigration", 0.95, "es"), {}).say == []
    assert step(turn("i need a lawyer", "ask_services", 0.95), {}).say == ["utter_services"]
    for text in ("3", "mi prima"):
        assert step(turn(text, "inform", 0.9, "es"), asked("tip_what")).say == ["utter_explain_tip_what"], text


def test_an_answer_that_belongs_to_a_question_already_answered_is_not_filed_where_it_came():
    slots = {"safe_to_talk": True, "reporter_role": "other", "privacy_level": "anonymous", "tip_what": "x",
             "exploitation_type": "SexualExploit", "tip_when": "last night",
             "tip_facts": {"city": "Atlanta", "state": "GA", "exploitation": ["SexualExploit"]}}
    result = step(turn("atlanta, at a motel on fulton industrial"), asked("tip_who", **slots))
    assert "tip_who" not in result.slots and result.say == ["utter_explain_tip_who"]
    again = step(turn("atlanta, at a motel on fulton industrial"), asked("tip_who", **{**slots, **result.slots}))
    assert again.slots["tip_who"] == "unknown"  # said twice: not asked a third time, and not filed as who
    slots.pop("tip_when")
    result = step(turn("sex"), asked("tip_when", **slots))
    assert "tip_when" not in result.slots and result.say == ["utter_explain_tip_when"]
    # a real answer is still taken, and one for a question still open goes there
    assert step(turn("just her, shes 20"), asked("tip_who", **slots)).slots["tip_who"] == "just her, shes 20"
    assert step(turn("not sure"), asked("tip_when", **slots)).slots["tip_when"] == "unknown"


def test_what_happens_now_is_recognised_in_each_language_and_a_detail_is_not():
    from bot.actions.intake import asks_what_next
    for text in ("what happens now?", "so what happens next", "and now?", "y ahora qué pasa?", "qué sigue?",
                 "et maintenant ?", "qu'est-ce qui va se passer ?", "e agora?", "o que acontece agora?"):
        assert asks_what_next(text), text
    for text in ("the van is white", "now he moved them to a new house", "ahora están en otra casa"):
        assert not asks_what_next(text), text


def test_more_of_the_tip_told_to_where_joins_the_narrative_and_where_is_asked_again():
    text = ("there are like 10 guys living in a 2 bedroom house, a van picks them up at 5am and brings them back "
            "at 10pm every day")
    slots = {"safe_to_talk": True, "reporter_role": "other", "privacy_level": "anonymous",
             "tip_what": "i think my neighbors are being trafficked", "exploitation_type": "OtherExploit"}
    result = step(turn(text, "report_tip"), asked("tip_where", **slots))
    assert result.slots["tip_what"] == f"i think my neighbors are being trafficked / {text}"
    assert "tip_when" not in result.slots and "tip_who" not in result.slots
    assert next_question({**slots, **result.slots}) == "tip_where"


def test_a_detail_the_model_reads_as_asking_for_the_code_is_a_detail():
    import glob

    import yaml

    from bot.actions.intake import asks_for_code
    for path in glob.glob("intents/*/code.yml"):  # every way the training data asks for the code, in 4 languages
        for item in yaml.safe_load(open(path))["nlu"]:
            for line in item.get("examples", "").splitlines():
                assert asks_for_code(line.strip()[2:]), line
    assert not asks_for_code("i forgot, the van they use is a white ford with texas plates")
    assert not asks_for_code("they changed the number of girls, now theres 5")
    assert not asks_for_code("se me olvido decir que tienen a una niña de 12")
    detail = turn("i forgot, the van they use is a white ford with texas plates", "ask_code", 0.52)
    result = step(detail, asked("tip_more"))
    assert not result.steps_aside and "white ford" in result.slots["tip_more"]
    assert step(turn("i lost my code, can you send it again?", "ask_code", 0.9), asked("tip_more")).steps_aside


def test_a_job_named_without_a_problem_at_work_is_no_reason_to_turn_the_tip_away():
    # labelled workplace_problem by the model: it answers "about you or someone else?" and begins the tip
    result = step(turn("its not me, its the ladies at the nail place by my job", "workplace_problem", 0.7),
                  asked("reporter_role", safe_to_talk=True))
    assert "not_trafficking" not in result.slots
    assert result.slots["reporter_role"] == "other" and "nail place" in result.slots["tip_what"]
    import glob

    import yaml

    from bot.actions.intake import tells_a_work_problem
    for path in glob.glob("intents/*/tip.yml"):  # every workplace problem the model is taught, in 4 languages
        for item in yaml.safe_load(open(path))["nlu"]:
            if item.get("intent") == "workplace_problem":
                for line in item["examples"].splitlines():
                    example = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", line.strip()[2:])
                    assert tells_a_work_problem(example), example
    assert not tells_a_work_problem("creo que es trata de personas en mi trabajo")
    unpaid = step(turn("my boss hasnt paid me overtime in 2 months, i can quit whenever", "workplace_problem"),
                  asked("reporter_role", safe_to_talk=True))
    assert unpaid.slots["not_trafficking"] is True


def test_a_number_given_with_call_me_is_the_contact_not_a_request_for_a_person():
    from bot.actions.intake import asks_for_a_person
    assert not asks_for_a_person("Me pueden llamar al 713 555 0199", 0.8)
    assert asks_for_a_person("me pueden llamar? quiero hablar con alguien", 0.8)
    # anonymity was taken for an answer the menu did not understand ("Prefiero dar mis datos", before this was read)
    slots = asked("tip_control", safe_to_talk=True, reporter_role="other", privacy_level="anonymous", tip_what="x")
    result = step(turn("Me pueden llamar al 713 555 0199", "request_human", 0.8, "es"), slots)
    assert not result.steps_aside
    assert result.slots == {"privacy_level": "share", "contact": "Me pueden llamar al 713 555 0199"}
    assert result.say == ["utter_contact_noted"]  # "Gracias, anoté cómo contactarte", then the same question
    # a number that is not theirs is not their contact
    other = step(turn("the guy's number is 713 555 0199", "inform", 0.8), slots)
    assert "contact" not in other.slots


def test_a_place_named_as_wrong_to_a_later_question_changes_the_place():
    slots = asked("tip_more", tip_where="En Houston, por la calle Bellaire",
                  tip_facts={"city": "Houston", "state": "TX", "venue": "private home"})
    result = step(turn("No, fue en Pasadena no en Houston", "inform", 0.8, "es"), slots)
    # only the town changes, the street stays; not "fue en Pasadena no en…"
    assert result.slots["tip_where"] == "En Pasadena, por la calle Bellaire"
    # Pasadena, Texas: the state told before, not California's Pasadena
    assert result.slots["tip_facts"]["city"] == "Pasadena" and result.slots["tip_facts"]["state"] == "TX"
    assert "tip_more" not in result.slots
    assert summary({**slots, **result.slots}, "es").splitlines()[0] == "Dónde: En Pasadena, TX, por la calle Bellaire"
    # told the other way round: the city first, then the state
    first = step(turn("en Pasadena"), asked("tip_where"))
    assert first.slots["tip_facts"]["state"] == "CA"
    then = step(turn("es en Texas"), {**asked("tip_when"), **first.slots})
    assert then.slots["tip_facts"]["city"] == "Pasadena" and then.slots["tip_facts"]["state"] == "TX"
    # a plain no to "anything else?" changes nothing
    assert step(turn("No", "deny", 0.9, "es"), slots).slots.get("tip_more") is not None


def test_a_correction_that_names_the_wrong_answer_first_changes_it():
    slots = asked("tip_confirmed", tip_what="x", tip_where="en Pasadena, en un bar", tip_when="ahora",
                  tip_who="3 mujeres, una como de 15", tip_facts={"city": "Pasadena", "state": "TX", "venue": "bar"})
    for text in ("no fue en Pasadena, fue en Baytown", "No es en Pasadena es en Baytown",
                 "no, it wasn't Pasadena, it was Baytown", "não foi em Pasadena, foi em Baytown",
                 "c'est pas à Pasadena, c'est à Baytown"):
        result = step(turn(text, "inform", 0.8, "es"), slots)
        # both towns were filed ("fue en Pasadena, fue en Baytown"), and the city stayed Pasadena
        assert result.slots["tip_where"] == "en Baytown, en un bar", text  # the bar stays
        assert result.slots["tip_facts"]["city"] == "Baytown", text
        assert "Dónde: en Baytown, TX, en un bar" in summary({**slots, **result.slots}, "es"), text
    # a number: only the number changes, and the girl of 15 stays
    four = step(turn("no eran 3 mujeres, eran 4", "inform", 0.8, "es"), slots).slots
    assert four.get("tip_who", "").startswith("4 mujeres") and "15" in four["tip_who"], four
    # a bare number changes the one answer that had it, and the count or the age with it
    five = step(turn("no son 3, son 5", "inform", 0.8, "es"), slots).slots
    assert five["tip_who"] == "5 mujeres, una como de 15" and five["tip_facts"]["people_count"] == 5, five
    for text in ("no no es de 15, es de 14", "no, it's not 15, she's 14"):
        fourteen = step(turn(text, "inform", 0.8, "es"), slots).slots
        assert fourteen["tip_who"] == "3 mujeres, una como de 14" and fourteen["tip_facts"]["ages"] == [14], text
    # the place named with its article: "un bar" is the bar told before
    cantina = step(turn("no era un bar, era una cantina", "inform", 0.8, "es"), slots).slots
    assert cantina["tip_where"] == "una cantina" and cantina["tip_facts"]["venue"] == "cantina", cantina
    # said to a later question, it changes the earlier answer too
    later = step(turn("it wasnt pasadena, it was baytown"), {**slots, "requested_slot": "tip_more"})
    assert later.slots["tip_where"] == "en Baytown, en un bar" and "tip_more" not in later.slots
    # "not really" names nothing told before: a note, as written
    assert step(turn("no, not really, it's fine"), slots).slots.get("tip_where") is None


def test_a_description_given_to_the_kind_question_joins_the_narrative_and_a_kind_said_later_is_taken():
    slots = asked("exploitation_type", safe_to_talk=True, reporter_role="other", privacy_level="anonymous",
                  tip_what="i think my neighbor is being trafficked")
    told = step(turn("there's a young girl who lives next door, she never goes to school and she cries a lot",
                     "report_tip", 0.8), slots)
    # it was filed whole as "when" and "who" (and "who?" and "when?" were then never asked)
    assert "tip_when" not in told.slots and "tip_who" not in told.slots
    assert "young girl who lives next door" in told.slots["tip_what"]
    later = {**slots, **told.slots, "requested_slot": "tip_where"}
    assert step(turn("sexual"), later).slots["exploitation_type"] == "SexualExploit"
    # a kind more, said to a later question when the tip read as forced work (it was filed as "when")
    labour = {**later, "requested_slot": "tip_when", "tip_facts": {"exploitation": ["ForcedLabour"]}}
    more = step(turn("sex i think"), labour)
    assert "tip_when" not in more.slots and more.slots["tip_facts"]["exploitation"] == ["ForcedLabour", "SexualExploit"]
    # the same kind again is the question misunderstood: put in plain words
    assert step(turn("work"), labour).say == ["utter_explain_tip_when"]


def test_just_her_answers_who_not_the_signs_question():
    slots = asked("tip_control", tip_what="x", tip_facts={"ages": [14], "minor": True})
    result = step(turn("solo ella", "inform", 0.9, "es"), slots)
    assert result.slots.get("tip_who") == "solo ella" and "tip_control" not in result.slots


def test_a_time_or_place_given_to_the_contact_question_is_not_the_contact():
    slots = asked("contact", safe_to_talk=True, reporter_role="self", privacy_level="confidential",
                  tip_what="he got me a job dancing at a club in vegas but now he keeps all my money")
    when = step(turn("its still going on, like 4 months"), slots)
    assert "contact" not in when.slots and when.slots["tip_when"] == "its still going on, like 4 months"
    assert next_question({**slots, **when.slots}) == "contact"  # asked again, in plain words
    assert when.say == ["utter_explain_contact"]
    # not a third time: it was asked six times in a row when every answer was a place, a time or a question
    third = step(turn("Columbus Ohio"), {**slots, **when.slots})
    assert third.slots["contact"] == "none" and "utter_explain_contact" not in third.say
    assert step(turn("Maria, after 6pm"), slots).slots == {"contact": "Maria, after 6pm"}
    assert step(turn("call me at 702 555 0100 after 5"), slots).slots["contact"].startswith("call me")


def test_a_number_given_after_the_contact_question_was_given_up_is_still_the_contact():
    slots = asked("tip_control", privacy_level="share", contact="none", tip_what="x")
    result = step(turn("Me pueden llamar al 713 555 0199", "inform", 0.8, "es"), slots)
    assert result.slots == {"contact": "Me pueden llamar al 713 555 0199"}  # it was filed as a sign of control
    # a short time given to the contact question is "when", even when the model calls it a tip
    when = step(turn("it's been going on since september", "report_tip", 0.8),
                asked("contact", privacy_level="confidential", tip_what="x"))
    assert when.slots["tip_when"] == "it's been going on since september" and "contact" not in when.slots


def test_a_whole_tip_in_the_first_message_keeps_the_privacy_choice_and_the_kind_it_names():
    text = ("hi, my cousin Ana (17) is being kept at a house in Bakersfield CA by her boyfriend's family, they make "
            "her clean and take care of kids all day, they took her phone and her birth certificate, since june. im "
            "her cousin and i want to stay anonymous")
    result = step(turn(text, "report_tip", 0.9), {})
    assert result.slots["privacy_level"] == "anonymous" and result.slots["reporter_role"] == "other"
    after = {**result.slots, "safe_to_talk": True}
    assert next_question(after) not in ("privacy_level", "exploitation_type")  # the menu and the kind were told
    assert "WithholdsDocuments" in after["tip_facts"]["means_of_control"]


def test_este_numero_with_its_accent_answers_the_contact_question_whatever_the_model_calls_it():
    slots = asked("contact", privacy_level="confidential", tip_what="x")
    result = step(turn("este número", "chitchat", 0.8, "es"), slots)  # it got "Aquí estoy." and the question again
    assert not result.steps_aside and result.slots == {"contact": "this number"}
    given = step(turn("my number is 713 555 0101, after 6"), slots)
    assert given.slots == {"contact": "my number is 713 555 0101, after 6"}  # not "this number"


def test_a_privacy_choice_or_this_number_given_to_another_question_is_taken():
    slots = asked("exploitation_type", safe_to_talk=True, reporter_role="other", privacy_level="anonymous",
                  tip_what="x")
    # "confidencial" (read as "is this anonymous?") got the anonymity answer and the kind question again
    assert step(turn("confidencial", "ask_anonymous", 0.95, "es"), slots).slots == {"privacy_level": "confidential"}
    # it was filed as the kind of exploitation ("other")
    here = step(turn("pueden llamarme a este número después de las 6", "inform", 0.8, "es"), slots)
    # the number they write from, and the safe time they gave with it
    assert here.slots == {"privacy_level": "share",
                          "contact": "this number: pueden llamarme a este número después de las 6"}


def test_an_announcement_that_the_tip_is_coming_is_not_the_tip():
    result = step(turn("i need to tell someone whats going on at my job but im scared", "report_tip", 0.8), {})
    assert "tip_what" not in result.slots


def test_something_told_to_the_contact_question_that_is_no_way_to_reach_anyone_is_not_the_contact():
    slots = asked("contact", safe_to_talk=True, reporter_role="self", privacy_level="confidential",
                  tip_what="me tienen trabajando en un restaurante y no me pagan")
    told = step(turn("comida, en la cocina", language="es"), slots)
    assert "contact" not in told.slots and told.say == ["utter_explain_contact"]  # asked again, in plain words
    assert told.slots["tip_what"].endswith(" / comida, en la cocina")  # kept with what they told
    # a name, a way or a time is an answer
    for answer in ("Rosa", "por whatsapp en la noche", "después de las 6", "pregunten por Lupe en la tienda"):
        assert step(turn(answer, language="es"), slots).slots["contact"] == answer


def test_when_it_happened_told_to_the_contact_question_is_when_and_not_the_contact():
    slots = asked("contact", safe_to_talk=True, reporter_role="other", privacy_level="confidential", tip_what="x")
    result = step(turn("it happened last weekend"), slots)
    assert result.slots.get("tip_when") == "it happened last weekend" and "contact" not in result.slots
    # a safe time to call is the contact
    assert step(turn("after 9 at night"), slots).slots["contact"] == "after 9 at night"


def test_a_sign_of_control_told_to_the_when_question_is_kept_as_the_signs_and_when_asked_again():
    slots = asked("tip_when", safe_to_talk=True, reporter_role="other", privacy_level="anonymous", tip_what="x")
    result = step(turn("he hits her"), slots)
    assert result.slots["tip_control"] == "he hits her" and "tip_when" not in result.slots
    assert result.slots["tip_facts"]["means_of_control"] == ["PhysicalAbuse"]
    assert result.say == ["utter_explain_tip_when"]
    # the third time the question is not asked again
    again = step(turn("he takes her money"), {**slots, **result.slots, "tip_control": None})
    assert again.slots["tip_when"] == "unknown" and again.slots["tip_control"] == "he takes her money"


def test_ok_after_an_answer_to_their_question_is_not_the_answer_to_where():
    slots = asked("tip_where", safe_to_talk=True, reporter_role="other", privacy_level="anonymous", tip_what="x",
                  exploitation_type="ForcedLabour")
    for heard in ("ok", "Ok gracias", "vale", "got it, thanks!"):
        result = step(turn(heard, "affirm", 0.9), slots)
        assert "tip_where" not in result.slots and not result.steps_aside, heard  # "Dónde: ok, Immokalee, FL"
        assert result.say == ["utter_carry_on"]  # then the question again
        assert next_question({**slots, **result.slots}) == "tip_where"


def test_no_and_another_number_to_anything_else_corrects_who():
    slots = asked("tip_more", tip_what="x", tip_facts={"people_count": 30, "gender": "female"})
    result = step(turn("no, son como 40 mujeres", "deny", 0.8, "es"), slots)
    assert result.slots["tip_who"] == "son como 40 mujeres" and result.slots["tip_facts"]["people_count"] == 40
    assert "tip_more" not in result.slots  # "anything else?" comes again
    # a plain no, or a no with something new, is the answer
    assert step(turn("no", "deny", 0.9, "es"), slots).slots["tip_more"] == "none"
    assert step(turn("no, the boss has a gun", "inform", 0.9), slots).slots["tip_more"] == "no, the boss has a gun"


def test_not_knowing_how_to_explain_gets_the_question_in_plain_words():
    for said, language in (("i dont know how to explain", "en"), ("no se como explicar", "es")):
        result = step(turn(said, "inform", 0.8, language), asked("tip_what", safe_to_talk=True))
        assert result.say == ["utter_explain_tip_what"] and "tip_what" not in result.slots, said


def test_just_her_and_an_age_to_who_is_a_minor():
    result = step(turn("just her, maybe 13 or 14"), asked("tip_who", tip_what="x"))
    assert result.slots["tip_facts"]["minor"] is True and result.slots["tip_facts"]["ages"] == [13, 14]


def test_both_to_the_kind_question_is_work_and_sex():
    slots = asked("exploitation_type", safe_to_talk=True, tip_what="she works at a massage place, the boss has her id")
    result = step(turn("both i think, she gives massages but i think men pay for more"), slots)
    assert result.slots["exploitation_type"] == "ForcedLabour,SexualExploit"
    assert result.slots["tip_facts"]["exploitation"] == ["ForcedLabour", "SexualExploit"]


def test_fear_of_being_found_out_is_answered_and_never_filed_as_an_answer():
    slots = asked("tip_when", safe_to_talk=True, tip_what="x", tip_facts={"asked_again": ["tip_when"]})
    for fear, language in (("i'm scared he will find out i told", "en"), ("tengo miedo de que se entere", "es"),
                           ("what if they find out", "en")):
        result = step(turn(fear, "ask_anonymous", 0.7, language), slots)
        assert result.say == ["utter_fear_found_out"] and "tip_when" not in result.slots, fear


def test_asked_twice_a_when_answer_without_time_is_unknown_and_joins_what_they_told():
    slots = asked("tip_when", safe_to_talk=True, tip_what="x", tip_facts={"asked_again": ["tip_when"]})
    result = step(turn("the boss is a big guy with a red truck"), slots)
    assert result.slots["tip_when"] == "unknown"
    assert result.slots["tip_what"] == "x / the boss is a big guy with a red truck"
    assert step(turn("maybe 2 weeks"), slots).slots["tip_when"] == "maybe 2 weeks"


def test_mande_and_a_menu_number_to_the_contact_question_get_the_question_in_plain_words():
    assert step(turn("mande?", "ask_who", 0.6, "es"), asked("safe_to_talk")).say == ["utter_explain_safe_to_talk"]
    contact = asked("contact", safe_to_talk=True, reporter_role="other", privacy_level="confidential")
    result = step(turn("3"), contact)
    assert result.say == ["utter_explain_contact"] and "contact" not in result.slots  # it read back "Contact: 3"


def test_an_answer_to_the_privacy_menu_that_chooses_nothing_gets_the_menu_in_plain_words_once():
    slots = asked("privacy_level", safe_to_talk=True, reporter_role="other")
    first = step(turn("si es seguro", "affirm", 0.9, "es"), slots)
    assert first.say == ["utter_explain_privacy_level"] and "privacy_level" not in first.slots
    again = step(turn("ok", "affirm", 0.9), {**slots, **first.slots})
    assert again.slots["privacy_level"] == "anonymous"  # then the most private choice
    assert step(turn("idk which one"), slots).say == ["utter_explain_privacy_level"]  # the choices, explained
    assert step(turn("idk"), slots).slots["privacy_level"] == "anonymous"


def test_yes_or_no_to_is_it_still_going_on_is_read_back_as_such_not_as_the_time():
    # "When did this happen? Is it still going on?" - "sí" was read back as "Cuándo: si"
    slots = asked("tip_when", tip_what="nos quitaron los pasaportes", tip_where="Salinas")
    yes = step(turn("si", "affirm", language="es"), slots)
    assert "Cuándo: sigue pasando" in summary({**slots, **yes.slots}, "es").splitlines()
    no = step(turn("no", "deny"), slots)
    assert "When: not going on now" in summary({**slots, **no.slots}, "en").splitlines()
    # a yes that says when is kept as said
    assert step(turn("yes since may", "affirm"), slots).slots["tip_when"] == "yes since may"
    unsure = step(turn("i don't know"), slots)  # "I don't know" says nothing of whether it goes on
    assert unsure.slots["tip_when"] == "unknown" and (unsure.slots.get("tip_facts") or {}).get("ongoing") is None


def test_the_contact_question_is_not_asked_four_times_while_the_person_tells_the_tip():
    slots = asked("contact", safe_to_talk=True, reporter_role="other", privacy_level="share")
    asks = 0
    for text in ("she came from guatemala 2 work at a chicken plant in gainesville ga but the guy who got her the job "
                 "takes half her check n says she owes 8k", "like 3 months ago she started, still there",
                 "her n like 5 other ppl all adults i think", "they all live in 1 trailer n he drives them"):
        result = step(turn(text), slots)
        slots = {**slots, **result.slots}
        asks += slots.get("contact") is None  # the contact question comes (again)
    assert asks <= 2, "asked again once in plain words, then no contact is kept"
    assert slots["contact"] == "none" and slots["tip_what"].startswith("she came from guatemala")


def test_an_offer_of_contact_is_not_the_contact_the_person_is_told_to_go_ahead():
    # "i can give my email" was kept as the contact, and no email was ever asked for
    slots = asked("contact", safe_to_talk=True, reporter_role="other", privacy_level="confidential")
    for text, language in (("i can give my email", "en"), ("te paso mi número", "es")):
        result = step(turn(text, language=language), slots)
        assert "contact" not in result.slots and result.say == ["utter_tell_more"], text
    given = step(turn("my email is rosa.m@example.org, anytime"), slots)
    assert given.slots["contact"] == "my email is rosa.m@example.org, anytime"


def test_fear_of_the_boss_finding_out_is_heard_as_fear():
    from bot.actions.intake import fears_being_found_out
    # "what if her boss finds out" after filing was added to the report as a detail
    for text in ("what if her boss finds out", "y si el patrón se entera", "im scared he will find out i told"):
        assert fears_being_found_out(text), text
    # live conversations, 2026-12-06: each got "you don't have to give your name", not what the person feared
    for text in ("will the man know it was me? im the manager", "won't they figure out it was me?",
                 "pls no le digan a mi tia q fui yo", "can they trace this back to me",
                 "ils vont savoir que c'est moi?"):
        assert fears_being_found_out(text), text
    for text in ("what if i find a job", "her boss found out about the visa last year and took her passport",
                 "i know it was me who left the door open", "dile que fui yo"):
        assert not fears_being_found_out(text), text


def test_a_place_told_as_a_bare_answer_and_then_named_as_wrong_is_left_out_of_the_read_back():
    slots = asked("tip_confirmed", tip_what="x", tip_where="Smallville", tip_facts={})
    result = step(turn("actually it was in tampa not smallville"), slots)
    assert summary({**slots, **result.slots}, "en").splitlines()[1] == "Where: Tampa, FL"  # was "in tampa, FL not…"


def test_more_of_what_happens_told_to_where_joins_the_tip_and_where_is_asked_again_in_plain_words():
    # read back as "Where: they look really tired and never talk to anyone, Riverside, CA"
    slots = asked("tip_where", tip_what="so theres this house on my street / like 6 guys live there",
                  tip_facts={"people_count": 6})
    result = step(turn("they look really tired and sad all the time"), slots)
    assert "tip_where" not in result.slots and result.say == ["utter_explain_tip_where"]
    assert result.slots["tip_what"].endswith("they look really tired and sad all the time")
    # with a sign of control in it (never a word with anyone), noted with the tip, and "where?" again
    isolated = step(turn("they look really tired and never talk to anyone"), slots)
    assert "tip_where" not in isolated.slots and isolated.say == ["utter_noted"]
    assert isolated.slots["tip_what"].endswith("never talk to anyone")
    slots = {**slots, **result.slots}
    assert step(turn("in riverside"), slots).slots["tip_where"] == "in riverside"
    # a place however vague, or a wish not to say, is the answer
    assert step(turn("the one by the walmart"), slots).slots["tip_where"] == "the one by the walmart"
    rather_not = "i dont want to say exactly where it is"
    assert step(turn(rather_not), slots).slots["tip_where"] == rather_not


def test_who_told_to_the_when_question_is_noted_and_when_is_asked_again():
    slots = asked("tip_when", tip_what="the contractor took our visas", tip_where="Oxnard")
    result = step(turn("there is like 20 of us, some are 16 17"), slots)
    assert result.slots["tip_who"] == "there is like 20 of us, some are 16 17" and "tip_when" not in result.slots
    assert result.say == ["utter_noted"]  # it came back word for word, as if the answer had not been read
    assert result.slots["tip_facts"]["minor"] is True and result.slots["tip_facts"]["ages"] == [16, 17]


def test_a_workplace_problem_told_to_the_contact_question_is_not_filed_as_trafficking():
    text = "my boss didnt pay me overtime last month and yells a lot, i can quit whenever but i need the money"
    result = step(turn(text, "workplace_problem"), asked("contact", privacy_level="confidential"))
    assert result.slots["not_trafficking"] is True and result.slots["tip_what"] == text


def test_not_giving_ones_details_is_the_anonymous_choice():
    for text, language in (("prefiero no dar mis datos", "es"), ("i'd rather not give my name", "en"),
                           ("no quiero dar mi numero", "es")):
        result = step(turn(text, language=language), asked("privacy_level"))
        assert result.slots["privacy_level"] == "anonymous", text


def test_a_second_bare_yes_after_go_ahead_moves_on():
    slots = asked("tip_control", tip_what="girls living inside a massage place")
    first = step(turn("yes", "affirm"), slots)
    assert first.say == ["utter_tell_more"] and "tip_control" not in first.slots
    second = step(turn("yes", "affirm"), {**slots, **first.slots})
    assert second.say == [] and second.slots["tip_control"] == "yes"  # not "Go ahead, I'm reading." once more
    more = asked("tip_more", tip_what="girls living inside a massage place")
    again = step(turn("ok", "affirm"), {**more, **step(turn("yes", "affirm"), more).slots})
    assert again.slots["tip_more"] == "none"


def test_in_danger_now_only_where_is_asked_then_no_more_questions_and_what_they_write_is_kept():
    text = "help me please he locked me in the room and took my phone im using a friends"
    opened = step(Turn(text=text, intent="request_human", confidence=0.6, language="en", danger=True), {})
    slots = {**opened.slots, "safe_to_talk": None}
    # not "is it safe to text?" (they are writing to say they are not), nor the menus: where, so the team can act
    assert plan(slots)[:2] == ["tip_what", "tip_where"] and next_question(slots) == "tip_where"
    assert not stops_asking(slots)
    answer = step(turn("i dont know the address its a motel off i-10"), {**slots, "requested_slot": "tip_where"})
    after = {**slots, **answer.slots}
    assert after["tip_where"] == "i dont know the address its a motel off i-10"
    assert stops_asking(after)  # no more questions (the read-back is kept for staff, unconfirmed, not shown)
    after["tip_facts"] = {**after["tip_facts"], "no_questions": True}
    waiting = {**after, "requested_slot": next_question(after)}
    again = step(Turn(text="he is banging on the door", intent="inform", confidence=0.9, language="en",
                      danger=True), waiting)
    # (at the door: not to open it, and 911 now)
    assert again.say == ["utter_dont_open"] and "banging on the door" in again.slots["tip_what"]
    assert step(turn("what do i do"), waiting).say == ["utter_danger_what_to_do"]
    assert step(turn("i cant call he will hear me"), waiting).say == ["utter_danger_cant_call"]
    assert step(turn("the police are here, im safe now"), waiting).say == ["utter_safe_now"]
    told = step(turn("there are 2 other girls with me, one is 16"), waiting)
    assert told.say == ["utter_noted_for_the_team"] and "one is 16" in told.slots["tip_what"]
    # "ok you can ask me": the questions come back, those asked while a person is on the way
    back = {**waiting, **step(turn("ok you can ask me now"), waiting).slots}
    assert next_question(back) == "tip_who"
    calm = step(turn(text), {})
    assert next_question({**calm.slots, "safe_to_talk": True}) != "tip_where"  # not in danger: the usual order


def test_with_a_person_on_the_way_what_and_where_come_before_the_menus():
    slots = {"safe_to_talk": True, "tip_what": "my friend is 15 and a man posts her online",
             "tip_facts": {"person_coming": True, "minor": True}}
    assert next_question(slots) == "tip_where"
    assert plan(slots)[-4:] == ["reporter_role", "privacy_level", "tip_more", "tip_confirmed"]


def test_a_yes_to_about_you_or_someone_else_is_asked_again_and_a_late_answer_is_taken():
    first = step(turn("yes", "affirm"), asked("reporter_role", safe_to_talk=True))
    assert "reporter_role" not in first.slots and first.say == ["utter_explain_reporter_role"]
    late = step(turn("someone else"), asked("privacy_level", safe_to_talk=True, reporter_role="unspecified"))
    assert late.slots == {"reporter_role": "other"}  # it was read as no privacy choice, and the menu explained


def test_what_happens_at_night_told_to_when_joins_the_tip():
    slots = asked("tip_when", tip_what="theres a house on 5th street", tip_where="in bakersfield",
                  exploitation_type="unknown")
    text = "lots of men come and go at night and the girls never come out"
    result = step(turn(text, "report_tip"), slots)
    assert "tip_when" not in result.slots  # it was read back as "When: lots of men come and go at night…"
    assert result.slots["tip_what"] == f"theres a house on 5th street / {text}"
    assert result.say == ["utter_noted"]
    assert step(turn("every night since last summer"), slots).slots["tip_when"] == "every night since last summer"


def test_a_question_that_tells_nothing_is_told_apart_from_one_that_tells_something():
    assert asks_without_telling(turn("should i tell her i reported it?", "report_tip"))
    assert not asks_without_telling(turn("is it trafficking if they keep her passport?", "report_tip"))
    assert not asks_without_telling(turn("she also said the boss hits them"))


def test_more_told_to_the_safety_question_after_the_tip_is_noted():
    slots = asked("safe_to_talk", tip_what="ayuda por favor me tienen encerrada y me quieren matar",
                  tip_facts={"danger": True})
    result = step(turn("no se donde estoy, es una casa en las afueras de san antonio", language="es"), slots)
    assert result.slots["safe_to_talk"] is True and result.say == ["utter_noted"]
    assert result.slots["tip_facts"]["city"] == "San Antonio"
    assert stops_asking({**slots, **result.slots})  # in danger now, where was all that was still to ask


def test_what_do_you_need_to_know_gets_the_question_in_plain_words():
    for text in ("what kind of things do you need to know?", "que necesitan saber?"):
        result = step(turn(text, "ask_anonymous", 0.7), asked("tip_what", safe_to_talk=True))
        assert result.say == ["utter_explain_tip_what"] and not result.steps_aside, text


def test_a_corrected_count_is_read_back_without_the_number_named_as_wrong():
    slots = asked("tip_confirmed", tip_what="he recruits girls on instagram", tip_where="Atlanta",
                  tip_when="last month", tip_who="at least 3 girls, maybe 17 18", tip_control="he takes their ids")
    result = step(turn("no, there are 5 girls not 3"), slots)
    assert result.slots["tip_who"] == "at least 5 girls, maybe 17 18"  # (the ages stay: they were lost)
    kept = step(turn("no, she is 17 and not allowed out"), {**slots, "tip_who": "a girl"})
    assert kept.slots.get("tip_who", "she is 17 and not allowed out") == "she is 17 and not allowed out"


def test_the_kind_is_read_from_everything_told_when_no_message_said_enough_alone():
    slots = asked("tip_control", tip_what="there's a guy who makes his wife's sister work at his taco truck in phoenix"
                  " for free and she sleeps in the truck", exploitation_type="unknown", tip_when="2 years")
    result = step(turn("he took her passport when she arrived and says she owes him"), slots)
    assert result.slots["tip_facts"]["exploitation"] == ["ForcedLabour"]
    assert "Kind: forced work" in summary({**slots, **result.slots}, "en")


def test_asking_for_the_police_while_in_danger_gets_911_and_the_person_joining():
    text = "can you send the police to this address? 123 Elm st Dayton Ohio, they are hurting a girl right now"
    slots = asked("tip_what", safe_to_talk=True, reporter_role="other", privacy_level="anonymous")
    result = step(Turn(text=text, intent="ask_police", confidence=0.8, language="en", danger=True, joined=True), slots)
    assert result.say == ["utter_police_now"] and result.slots["tip_what"] == text
    calm = step(turn("is this the police?", "ask_police"), slots)
    assert calm.steps_aside  # the rules answer "No, this is not the police…"


def test_a_patient_told_me_something_announces_the_tip_and_is_not_it():
    result = step(turn("im a nurse, a patient told me something", "report_tip"),
                  asked("reporter_role", safe_to_talk=True))
    assert "tip_what" not in result.slots and result.slots["reporter_role"] == "other"


def test_idk_to_what_is_happening_gets_it_in_plain_words_and_a_correction_to_the_kind_question_joins_the_tip():
    first = step(turn("idk"), asked("tip_what", safe_to_talk=True))
    assert first.say == ["utter_explain_tip_what"] and "tip_what" not in first.slots  # "What: idk" was filed
    again = step(turn("idk"), {**asked("tip_what", safe_to_talk=True), **first.slots})
    assert again.slots["tip_what"] == "unknown"
    slots = asked("exploitation_type", tip_what="5 guys live in his garage and leave at 4am in a van")
    fixed = step(turn("wait no the van leaves at 5am not 4"), slots)
    assert fixed.slots["tip_what"].endswith(" / wait no the van leaves at 5am not 4") and fixed.say == ["utter_noted"]
    assert step(turn("i dont know how to explain it"), slots).slots["exploitation_type"] == "unknown"  # not "other"


def test_puzzled_twice_at_an_open_question_moves_on_instead_of_the_same_explanation_again():
    first = step(turn("i dont know how to explain it"), asked("tip_what", safe_to_talk=True))
    assert first.say == ["utter_explain_tip_what"]
    second = step(turn("i dont know how to explain it"), {**asked("tip_what", safe_to_talk=True), **first.slots})
    assert second.say == [] and second.slots["tip_what"] == "unknown"
    menu = step(turn("what does that mean?"), asked("privacy_level", safe_to_talk=True,
                                                    tip_facts={"asked_again": ["privacy_level"]}))
    assert menu.say == ["utter_explain_privacy_level"]  # a choice is explained again: it cannot be skipped


def test_a_number_given_with_a_change_of_privacy_is_kept_as_the_contact():
    slots = asked("exploitation_type", privacy_level="anonymous", tip_what="the farm boss keeps our pay")
    result = step(turn("actually you can call me at 239-555-0142 after 8pm"), slots)
    assert result.slots["privacy_level"] == "share" and "239-555-0142" in result.slots["contact"]
    assert result.say == ["utter_contact_noted"]


def test_someone_in_danger_is_never_off_topic_and_an_off_topic_first_message_gets_what_the_line_is_for():
    text = "socorro, estou trancada num quarto"
    result = step(Turn(text=text, intent="out_of_scope", confidence=0.8, language="pt", danger=True, joined=True), {})
    assert result.slots["tip_what"] == text and not result.steps_aside and result.say == []
    assert step(turn("whats the weather tomorrow", "out_of_scope"), {}).say == ["utter_out_of_scope"]


def test_a_question_about_a_reward_is_answered_plainly():
    for text, language in (("do i get a reward for reporting?", "en"), ("que me pueden dar si ayudo?", "es")):
        result = step(turn(text, "ask_services", language=language), asked("tip_what", safe_to_talk=True))
        assert result.say == ["utter_no_reward"] and not result.steps_aside, text
    assert step(turn("my boss never paid me, what can i do?", "ask_services"), asked("tip_what")).say != [
        "utter_no_reward"]


def test_a_threat_about_stopping_is_not_a_wish_to_end():
    facts = asked("tip_control", safe_to_talk=True, reporter_role="self", privacy_level="anonymous", tip_what="x",
                  tip_where="fresno", tip_when="since summer")
    threat = step(turn("he says hell post my pics if i stop", "end_conversation", 0.6), facts)
    assert not threat.steps_aside and threat.slots["tip_control"] == "he says hell post my pics if i stop"
    assert step(turn("i want to stop", "end_conversation", 0.6), facts).steps_aside


def test_ya_es_todo_says_there_is_nothing_more():
    facts = asked("tip_more", safe_to_talk=True, reporter_role="other", privacy_level="anonymous", tip_what="x",
                  tip_where="oxnard", tip_when="abril", tip_who="niños", tip_control="no")
    done = step(turn("ya es todo", "goodbye", 1.0, language="es"), facts)
    assert done.slots["tip_more"] == "none" and done.say == []
    assert step(turn("si", "affirm", language="es"), facts).say == ["utter_tell_more"]


def test_a_threat_with_the_police_is_answered_as_a_threat_not_as_a_question():
    facts = asked("tip_who", safe_to_talk=True, reporter_role="self", privacy_level="confidential",
                  tip_what="my uncle brought me here to work", tip_where="el paso", tip_when="2 years")
    told = step(turn("he keeps my id and says the police will arrest me", "ask_police", 1.0), facts)
    assert told.say[0] == "utter_police_threat" and "ThreatOfLawEnforcement" in told.slots["tip_facts"][
        "means_of_control"]


def test_after_a_work_problem_referral_more_about_the_job_gets_the_short_answer_and_a_sign_opens_the_intake():
    referred = {"safe_to_talk": True, "tip_facts": {"referred": True}}
    more = step(turn("no im free to leave, just want my money", "nlu_fallback", 0.5), dict(referred))
    assert more.slots.get("not_trafficking") is True
    sign = step(turn("he also took my passport", "report_tip"), dict(referred))
    assert not sign.slots.get("not_trafficking") and "referred" not in sign.slots["tip_facts"]
    assert "WithholdsDocuments" in sign.slots["tip_facts"]["means_of_control"]
    # yelling is more of the same job: not a sign that reopens the questions ("where?" came after the referral)
    assert step(turn("also he yells at us a lot"), dict(referred)).slots.get("not_trafficking") is True
    for text in ("and he says i cant leave until i pay him back", "he hits the guys sometimes",
                 "there is a 15 year old working there too"):
        assert not step(turn(text), dict(referred)).slots.get("not_trafficking"), text


def test_a_kind_of_workplace_answers_work_sex_or_something_else():
    facts = asked("exploitation_type", safe_to_talk=True, reporter_role="other", privacy_level="anonymous",
                  tip_what="en la granja donde trabajo hay niños de 12 y 13 años trabajando todo el dia")
    assert step(turn("en la granja de fresas cerca de oxnard", language="es"), facts).slots[
        "exploitation_type"] == "ForcedLabour"
    assert "exploitation_type" not in step(turn("columbus ohio"), facts).slots


def test_what_happens_after_reporting_is_answered_during_the_intake():
    result = step(turn("what happens after i report?", "ask_services", 0.8),
                  asked("privacy_level", safe_to_talk=True, reporter_role="other"))
    assert result.say == ["utter_what_happens_after_report"] and not result.steps_aside


def test_how_long_it_has_gone_on_is_not_a_way_to_reach_someone():
    facts = asked("contact", safe_to_talk=True, reporter_role="self", privacy_level="confidential",
                  tip_what="they make me clean a house and never pay me", tip_facts={"asked_again": ["contact"]})
    result = step(turn("almost a year"), facts)
    assert result.slots["tip_when"] == "almost a year" and result.slots["contact"] == "none"
    assert step(turn("Maria, after 5pm"), facts).slots["contact"] == "Maria, after 5pm"


def test_small_talk_twice_to_the_same_question_is_its_answer():
    facts = asked("tip_where", safe_to_talk=True, reporter_role="self", privacy_level="anonymous",
                  tip_what="my boss at the dairy keeps my passport")
    first = step(turn("the old mill", "chitchat", 0.81), facts)
    assert first.steps_aside
    again = step(turn("the old mill", "chitchat", 0.81), {**facts, "tip_facts": first.slots["tip_facts"]})
    assert not again.steps_aside and again.slots["tip_where"] == "the old mill"
    assert "aside" not in again.slots["tip_facts"]


def test_a_town_and_its_state_code_is_a_place_even_when_the_gazetteer_lacks_the_town():
    facts = asked("tip_where", safe_to_talk=True, reporter_role="self", privacy_level="anonymous",
                  tip_what="my boss at the dairy keeps my passport")
    result = step(turn("Tulare, CA", "chitchat", 0.81), facts)
    assert not result.steps_aside and result.slots["tip_where"] == "Tulare, CA"
    assert result.slots["tip_facts"]["state"] == "CA"


def test_a_sign_of_control_told_after_a_question_word_is_an_answer_not_a_request():
    facts = asked("tip_control", safe_to_talk=True, reporter_role="self", privacy_level="anonymous",
                  tip_what="en la fábrica trabajamos 14 horas", tip_where="houston", tip_when="enero", tip_who="20")
    told = step(turn("cuando alguien se queja le pega", "request_human", 1.0, language="es"), facts)
    assert not told.steps_aside and "PhysicalAbuse" in told.slots["tip_facts"]["means_of_control"]
    assert step(turn("quiero hablar con una persona", "request_human", 1.0, language="es"), facts).steps_aside


def test_after_filing_the_anonymity_answer_only_answers_anonymity():
    assert answer_after_filing(turn("should i tell her i reported it?", "ask_anonymous", 1.0)) != "utter_anonymous"
    assert answer_after_filing(turn("is this anonymous?", "ask_anonymous", 1.0)) == "utter_anonymous"


def test_declining_to_say_where_is_an_answer_not_a_wish_to_end():
    # "i dont want to say where" (a 15-year-old, read as end_conversation at 0.84) got "Do you want to end this chat?"
    facts = asked("tip_where", safe_to_talk=True, reporter_role="self", privacy_level="anonymous",
                  tip_what="my bf makes me see guys for money. im 15")
    for text, language in (("i dont want to say where", "en"), ("no quiero decir donde", "es"),
                           ("je veux pas dire où", "fr"), ("não quero dizer onde", "pt")):
        result = step(turn(text, "end_conversation", 0.84, language), facts)
        assert not result.steps_aside, text
        assert result.slots["tip_where"] == "unknown", text
    assert step(turn("i want to stop talking", "end_conversation", 0.84), facts).steps_aside


def test_someone_who_already_quit_over_unpaid_overtime_is_pointed_to_help_with_work():
    # "ya renuncié y busco otro trabajo" went on to "¿trabajo, sexo u otra cosa?"
    for text, language in (
            ("mi jefe no me pago las horas extras del mes pasado, ya renuncie y busco otro trabajo", "es"),
            ("i already quit that job, they never paid me my last 2 weeks", "en")):
        result = step(turn(text, "workplace_problem", 0.99, language), asked("tip_what"))
        assert result.slots.get("not_trafficking") is True, text
    # quitting said as what he threatens is no such thing
    kept = step(turn("they keep my pay and say if i quit i get nothing", "workplace_problem", 0.9), asked("tip_what"))
    assert not kept.slots.get("not_trafficking")


def test_one_person_and_a_rough_age_answers_who():
    facts = asked("tip_who", safe_to_talk=True, reporter_role="other", privacy_level="anonymous", tip_what="x",
                  tip_where="Montréal", tip_when="depuis 2 ans")
    result = step(turn("une femme, environ 40 ans", "inform", 0.99, "fr"), facts)
    assert result.slots["tip_who"] == "une femme, environ 40 ans"
    assert result.slots["tip_facts"]["ages"] == [40]


def test_someone_locked_in_is_not_asked_whether_to_end_the_chat():
    # "me tienen encerrada" (they keep me locked in), read as end_conversation at 0.79 to the safety check: the
    # Portuguese "encerrar" (to end a chat) made it "Do you want to end this chat?"
    text = "no puedo salir de la casa me tienen encerrada"
    result = step(turn(text, "end_conversation", 0.79, "es"), asked("safe_to_talk"))
    assert not result.steps_aside and result.slots["tip_what"] == text
    facts = asked("tip_what", safe_to_talk=True, reporter_role="self", privacy_level="anonymous")
    assert step(turn("quero encerrar a conversa", "end_conversation", 0.9, "pt"), facts).steps_aside


def test_a_time_read_as_a_no_is_still_the_time():
    facts = asked("tip_when", safe_to_talk=True, reporter_role="other", privacy_level="anonymous", tip_what="x",
                  tip_where="Newark")
    assert step(turn("faz um ano", "deny", 0.96, "pt"), facts).slots["tip_when"] == "faz um ano"
    assert step(turn("no", "deny", 0.99), facts).slots["tip_when"] in ("unknown", "none")


def test_a_story_told_in_pieces_is_kept_as_what_happens():
    # seen live: "ok so" was filed as what happened, "lots of young women coming and going at night" as when, and
    # "men show up in cars" got the anonymity answer
    base = asked("tip_what", safe_to_talk=True, reporter_role="other", privacy_level="anonymous")
    for text, language in (("ok so", "en"), ("bueno pues", "es"), ("alors", "fr")):
        start = step(turn(text, "affirm", 1.0, language), base)
        assert start.say == ["utter_tell_more"] and "tip_what" not in start.slots, text
    where = asked("tip_where", safe_to_talk=True, reporter_role="other", privacy_level="anonymous",
                  tip_what="theres this house on my street")
    more = step(turn("lots of young women coming and going at night", "report_tip", 0.67), where)
    assert "tip_where" not in more.slots and "tip_when" not in more.slots
    assert more.slots["tip_what"].endswith("lots of young women coming and going at night")
    told = step(turn("men show up in cars", "ask_anonymous", 0.98), where)
    assert not told.steps_aside and "tip_where" not in told.slots
    assert told.slots["tip_what"].endswith("men show up in cars")
    assert step(turn("in reno on 4th street", "inform", 0.9), where).slots["tip_where"] == "in reno on 4th street"
    assert step(turn("is this anonymous", "ask_anonymous", 0.98), where).steps_aside
    # the fear is answered ("we don't tell the person you report"), not only "you don't have to give your name"
    assert step(turn("will they find out it was me", "ask_anonymous", 0.9), where).say == ["utter_fear_found_out"]
    assert step(turn("at night", "inform", 0.9), asked("tip_when", **{k: v for k, v in where.items()
                                                                     if k != "requested_slot"})).slots["tip_when"] \
        == "at night"


def test_a_correction_of_how_many_changes_who():
    # "perdon, eran 12 no 8" to the signs question moved on, and the summary still said "como 8 hombres"
    facts = asked("tip_control", safe_to_talk=True, reporter_role="other", privacy_level="anonymous", tip_what="x",
                  tip_where="austin texas", tip_when="desde enero", tip_who="como 8 hombres",
                  tip_facts={"people_count": 8})
    fixed = step(turn("perdon, eran 12 no 8", "inform", 1.0, "es"), facts)
    assert fixed.slots["tip_who"] == "como 12 hombres" and fixed.slots["tip_facts"]["people_count"] == 12
    again = step(turn("actually there were 12 not 8", "inform", 1.0), facts)
    assert again.slots["tip_facts"]["people_count"] == 12


def test_fear_said_alone_is_met_with_reassurance_and_the_question_again():
    # "im scared" to "work, sex or something else?" was filed as the kind "other"
    facts = asked("exploitation_type", safe_to_talk=True, reporter_role="self", privacy_level="anonymous",
                  tip_what="i work at a massage place and i cant leave")
    for text, language in (("im scared", "en"), ("tengo miedo", "es"), ("j'ai peur", "fr"), ("estou com medo", "pt")):
        result = step(turn(text, "inform", 0.9, language), facts)
        assert result.say == ["utter_fear_found_out"] and "exploitation_type" not in result.slots, text


def test_what_trafficking_is_gets_an_answer_wherever_it_is_asked():
    # "what counts as trafficking?" as a first message got the opening alone, as if nothing was asked
    questions = (("what counts as trafficking?", "out_of_scope", "en"), ("is this trafficking?", "ask_who", "en"),
                 ("whats human trafficking", "chitchat", "en"),
                 ("would that be considered trafficking?", "inform", "en"),
                 ("que es la trata de personas?", "out_of_scope", "es"), ("esto es trata?", "inform", "es"),
                 ("c'est quoi la traite ?", "out_of_scope", "fr"), ("isso é tráfico?", "inform", "pt"))
    for text, intent, language in questions:
        for slots in ({}, asked("tip_what"), asked("reporter_role")):
            result = step(turn(text, intent, 0.8, language), slots)
            assert result.say == ["utter_what_trafficking_is"] and not result.steps_aside, (text, slots)
            assert not result.slots.get("tip_what"), text
        assert answer_after_filing(turn(text, intent, 0.8, language)) == "utter_what_trafficking_is", text


def test_a_story_that_names_trafficking_is_kept_as_the_tip():
    text = "my neighbor makes two women clean his house all day and took their passports, is that trafficking?"
    result = step(turn(text, "report_tip", 0.9), asked("tip_what"))
    assert result.slots["tip_what"] == text and "utter_what_trafficking_is" not in result.say
    for text in ("i want to report human trafficking", "they are trafficking girls out of a motel on 5th street"):
        assert step(turn(text, "report_tip", 0.9), {}).say != ["utter_what_trafficking_is"], text


def test_a_slip_of_the_finger_gets_the_same_question_again():
    # "sorry wrong button" to "is it safe to text?" paused the chat as if it was not safe
    for text, intent, language in (("sorry wrong button", "deny", "en"), ("oops typo", "nonsense", "en"),
                                   ("perdón, me equivoqué", "deny", "es"), ("je me suis trompée", "deny", "fr"),
                                   ("foi sem querer", "deny", "pt")):
        for slot in ("safe_to_talk", "reporter_role", "tip_where"):
            result = step(turn(text, intent, 0.9, language), asked(slot))
            assert result.say == ["utter_carry_on"] and not result.slots and not result.steps_aside, (text, slot)
    assert step(turn("oops, it was tuesday"), asked("tip_who", tip_where="Houston")).slots["tip_when"] == "tuesday"
    assert step(turn("no sorry i meant yes", "deny"), asked("safe_to_talk")).slots["safe_to_talk"] is True
    assert step(turn("no, quise decir que sí", "deny", 0.9, "es"), asked("safe_to_talk")).slots["safe_to_talk"] is True
    assert step(turn("oops i meant no", "affirm"), asked("safe_to_talk")).say == ["utter_safety_pause"]
    # a story that mentions a mistake is still the story
    text = "i meant the motel on 5th street, the one by the gas station"
    assert step(turn(text), asked("tip_where")).slots.get("tip_where")


def test_the_street_told_after_the_city_is_added_to_the_place():
    # "El Rancho on Bissonnet" after "Houston" was filed as a sign of control, "on bissonnet near the freeway" as who
    told = {"tip_where": "Houston", "tip_what": "they make girls work at a bar and dont let them leave"}
    for text in ("El Rancho on Bissonnet", "on bissonnet near the freeway", "off i-10 by the truck stop"):
        for slot in ("tip_who", "tip_when", "tip_control"):
            result = step(turn(text), asked(slot, **told))
            assert result.slots["tip_where"] == f"Houston / {text}", (text, slot)
            assert slot not in result.slots and result.say == ["utter_noted"], (text, slot)
    # what answers the question asked is still that answer
    assert step(turn("on Monday"), asked("tip_when", **told)).slots == {"tip_when": "on Monday"}
    assert step(turn("about 5 girls"), asked("tip_who", **told)).slots["tip_who"] == "about 5 girls"
    assert step(turn("he watches them on Facebook"), asked("tip_control", **told)).slots["tip_control"]


def test_an_age_in_years_told_to_when_is_who():
    # "elle a 19 ans" to "when?" was filed as when ("Quand: elle a 19 ans"); English "she is 19" was already who
    facts = asked("tip_when", tip_what="elle travaille dans un salon, le patron garde son passeport", tip_where="Laval")
    for text, language in (("elle a 19 ans", "fr"), ("tiene 19 años", "es"), ("ela tem 19 anos", "pt"),
                           ("she is 19 years old", "en")):
        result = step(turn(text, "inform", 0.8, language), facts)
        assert result.slots.get("tip_who") == text and "tip_when" not in result.slots, text
    assert step(turn("depuis 2 ans", "inform", 0.8, "fr"), facts).slots["tip_when"] == "depuis 2 ans"


def test_wanting_to_end_is_said_in_words_that_say_so():
    for text in ("i want to stop", "stop", "no quiero seguir", "bye", "quiero terminar", "je veux arrêter", "para",
                 "ya para!", "para de escribirme", "para com isso"):
        assert wants_to_end(text), text
    # the model has read each of these as wanting to end ("para mí", for me, to "about you or someone else?")
    for text in ("no im free to leave, just want my money", "i dont want to say where", "if i leave he hurts me",
                 "no me dejan salir de la casa", "para mi", "para mí", "es para mi prima"):
        assert not wants_to_end(text), text
    role = step(turn("para mi", "end_conversation", 0.75, "es"), asked("reporter_role", safe_to_talk=True))
    assert role.slots == {"reporter_role": "self"} and not role.steps_aside


def test_a_work_problem_after_the_referral_gets_the_referral_again_not_an_end_of_chat():
    import asyncio

    from rasa_sdk import Tracker
    from rasa_sdk.executor import CollectingDispatcher

    from bot.actions.control import ActionConfirmEnd

    def said(text: str, slots: dict) -> list[str]:
        tracker = Tracker("k", slots, {"text": text, "intent": {"name": "end_conversation"}}, [], False, None, {}, "")
        dispatcher = CollectingDispatcher()
        asyncio.run(ActionConfirmEnd().run(dispatcher, tracker, {}))
        return [m["response"] for m in dispatcher.messages]

    referred = {"tip_facts": {"referred": True}}
    assert said("no im free to leave, just want my money", referred) == ["utter_referred_again"]
    assert said("ok bye", referred) == ["utter_confirm_end"]
    assert said("no im free to leave, just want my money", {}) == ["utter_confirm_end"]
    # in Canada, the province's office (twenty-third session: a Québec worker got the US number)
    assert said("je suis au Canada, je veux juste ma paie", referred) == ["utter_referred_again_canada"]


def test_stop_said_as_the_one_in_control_comes_gets_the_short_pause_not_a_question_to_answer():
    # twenty-eighth session: "ya no me manden mensajes viene la señora" and "para ya porfa, alguien viene" got
    # "¿Quieres terminar este chat? Responde SÍ para terminarlo.", one more message to answer as she came
    import asyncio

    from rasa_sdk import Tracker
    from rasa_sdk.executor import CollectingDispatcher

    from bot.actions.control import ActionConfirmEnd
    from webhooks.triage.assess import is_watched

    def said(text: str, watched: bool) -> tuple[list[str], dict]:
        message = {"text": text, "intent": {"name": "end_conversation"}, "metadata": {"watched": watched}}
        tracker = Tracker("k", {"tip_facts": {"minor": True}}, message, [], False, None, {"name": "tip_form"}, "")
        dispatcher = CollectingDispatcher()
        events = asyncio.run(ActionConfirmEnd().run(dispatcher, tracker, {}))
        return [m["response"] for m in dispatcher.messages], {e["name"]: e["value"] for e in events}

    for text in ("ya no me manden mensajes viene la señora", "para ya porfa, alguien viene"):
        assert is_watched(text), text
        responses, slots = said(text, True)
        assert responses == ["utter_safety_pause"] and slots["paused"] is True
        assert slots["tip_facts"]["minor"], "what was told is kept"
    assert said("please stop texting me", False)[0] == ["utter_confirm_end"]


def test_a_place_read_as_a_yes_is_not_a_yes_to_when_and_a_later_time_replaces_unknown():
    # "OKC" to "when?" (read as a yes by the model) filed "When: still going on"; "2 years" to "who?" was then lost
    tip = "a family in OKC has a nanny who never gets a day off and they keep her passport"
    facts = {"exploitation": ["ForcedLabour"], "city": "Oklahoma City", "state": "OK", "country": "US"}
    assert "tip_when" not in step(turn("OKC", "affirm"), asked("tip_when", tip_what=tip, tip_facts=facts)).slots
    later = step(turn("2 years"), asked("tip_who", tip_what=tip, tip_facts=facts, tip_when="unknown"))
    assert later.slots["tip_when"] == "2 years" and later.say == ["utter_noted"]


def test_a_corrected_city_is_read_back_without_the_wrong_one_as_it_was_written():
    # "actually it was in Tulsa not OKC" read back "Where: in Tulsa, OK not OKC"
    facts = {"exploitation": ["ForcedLabour"], "city": "Oklahoma City", "state": "OK", "country": "US"}
    result = step(turn("actually it was in Tulsa not OKC"), asked("tip_confirmed", tip_what="a nanny", tip_facts=facts))
    assert result.slots["tip_where"] == "Tulsa" and result.slots["tip_facts"]["city"] == "Tulsa"


def test_keyboard_mashing_is_never_an_answer_whatever_the_model_reads():
    # "xkxkxkxk" came out of three trainings of the same data as nonsense, small talk and a yes
    for intent in ("affirm", "chitchat", "deny", "inform"):
        for slot in ("safe_to_talk", "tip_confirmed", "tip_where"):
            result = step(turn("xkxkxkxk", intent, 0.9), asked(slot))
            assert result.steps_aside and not set(result.slots) - {"tip_facts"}, (intent, slot)


def test_a_time_in_text_speak_is_a_time():
    # "like a yr" to "when?" got the same question again, and the report had no when
    for text in ("like a yr", "2 wks", "3 mths"):
        assert step(turn(text), asked("tip_when", tip_what="bf pimps her out")).slots.get("tip_when") == text, text


def test_a_street_or_part_of_town_told_to_the_kind_question_is_the_place_and_the_kind_is_asked_again():
    # "c'est au centre-ville de montréal, rue sainte-catherine" (a city the places list does not know) was filed as
    # "other exploitation", and then thanked for and lost
    slots = asked("exploitation_type", safe_to_talk=True, reporter_role="other", privacy_level="anonymous",
                  tip_what="dans un salon de manucure les filles dorment dans l'arrière-boutique")
    place = "c'est au centre-ville de montréal, rue sainte-catherine"
    result = step(turn(place, "out_of_scope", 0.99, "fr"), slots)
    assert "exploitation_type" not in result.slots and result.slots["tip_where"] == place
    assert result.say == ["utter_noted"] and next_question({**slots, **result.slots}) == "exploitation_type"
    # a place word alone ("in", "at") is not a place
    vague = step(turn("its in there somewhere idk", "inform", 0.9), slots)
    assert "tip_where" not in vague.slots


def test_the_first_options_word_or_a_way_to_reach_them_answers_the_privacy_menu():
    # "share" got the menu explained; then "maria, 555-201-3344, mornings" was filed as anonymous, the number dropped
    menu = asked("privacy_level", safe_to_talk=True, reporter_role="other")
    assert step(turn("share"), menu).slots == {"privacy_level": "share"}
    assert step(turn("compartir", language="es"), menu).slots == {"privacy_level": "share"}
    again = {**menu, "tip_facts": {"asked_again": ["privacy_level"]}}
    given = step(turn("maria, 555-201-3344, mornings"), again)
    assert given.slots == {"privacy_level": "share", "contact": "maria, 555-201-3344, mornings"}
    assert step(turn("3"), again).slots == {"privacy_level": "anonymous"}


# Found in live conversations (2026-12-05): someone in danger now, a worded yes to "what should I change?", "will
# someone call me?", "will I get in trouble?", "not safe" told in the middle, "don't stop".
def danger(text: str, intent: str = "inform", language: str = "en", watched: bool = False) -> Turn:
    return Turn(text=text, intent=intent, confidence=0.9, language=language, danger=True, watched=watched)


def test_someone_in_danger_who_must_hide_is_told_to_call_911_and_the_bot_pauses():
    for text, language in (("ya viene, tiene una pistola, ayúdenme", "es"), ("hes coming back, he has a gun", "en")):
        result = step(danger(text, "request_human", language, watched=True), asked("tip_what"))
        assert result.say == ["utter_danger_pause"] and result.slots["paused"] is True, text
    # with nobody in danger now: the neutral pause alone
    plain = step(Turn("cant talk, he is here", "deny", 0.9, "en", watched=True), asked("tip_where"))
    assert plain.say == ["utter_safety_pause"]


def test_what_do_i_do_while_someone_is_in_danger_gets_911_for_everyone_not_the_out_of_scope_answer():
    slots = asked("tip_where", tip_facts={"danger": True})
    for text, intent, language in (("q hago?", "out_of_scope", "es"),
                                   ("no no puedo llamar al 911 no tengo papeles", "inform", "es"),
                                   ("what should i do", "out_of_scope", "en")):
        result = step(turn(text, intent, language=language), slots)
        assert result.say == ["utter_danger_what_to_do"] and "tip_where" not in result.slots, text
    # with nobody in danger, "what should i do" is not answered with 911
    assert "utter_danger_what_to_do" not in step(turn("what should i do", "out_of_scope"), asked("tip_where")).say


def test_erasing_asked_for_while_the_controller_is_coming_is_not_swallowed_by_the_pause():
    result = step(Turn("oh no he is coming, delete all this pls", "delete_data", 0.95, "en", watched=True),
                  asked("tip_where"))
    assert result.steps_aside and "paused" not in result.slots


def test_not_safe_in_the_middle_of_the_intake_pauses_and_is_never_filed_as_an_answer():
    for text in ("its not safe to text right now", "not safe, gotta go", "ya no es seguro"):
        result = step(turn(text, "deny"), asked("tip_where", tip_what="they work at a farm"))
        assert result.say == ["utter_safety_pause"] and "tip_where" not in result.slots, text
    # a place that is not safe for the workers is an answer
    result = step(turn("the farm is not safe for them, near fresno"), asked("tip_where"))
    assert result.slots.get("tip_where") and not result.say


def test_a_worded_yes_to_what_should_i_change_files_the_read_back():
    summary = asked("tip_confirmed", correcting=True, tip_when="monday", tip_more="none")
    for text, language in (("sorry, it's correct", "en"), ("oui c'est exact", "fr"), ("no, está bien así", "es")):
        result = step(turn(text, "inform", language=language), summary)
        assert result.slots == {"correcting": False, "tip_confirmed": True}, text
    assert step(turn("no it was tuesday"), summary).slots.get("tip_confirmed") is None


def test_will_someone_call_me_is_answered_by_the_privacy_choice():
    anonymous = asked("tip_where", privacy_level="anonymous")
    assert step(turn("will someone call me?", "request_human"), anonymous).say == ["utter_will_we_contact_anonymous"]
    sharing = asked("tip_where", privacy_level="share")
    assert step(turn("alguém vai me ligar?", "request_human", language="pt"), sharing).say == ["utter_will_we_contact"]
    after = answer_after_filing(turn("est-ce que quelqu'un va m'appeler?", "request_human", language="fr"), "anonymous")
    assert after == "utter_will_we_contact_anonymous"


def test_fear_of_getting_in_trouble_is_answered_not_deferred_to_a_person():
    for text, language in (("will i get in trouble?", "en"), ("eu vou ser presa se denunciar?", "pt"),
                           ("me van a arrestar si denuncio?", "es")):
        assert step(turn(text, "ask_police", language=language), asked("tip_what")).say == ["utter_not_in_trouble"]
    assert answer_after_filing(turn("will i get in trouble?", "ask_police")) == "utter_not_in_trouble"


def test_dont_stop_goes_on_and_not_wanting_a_bot_asks_for_a_person():
    assert keeps_going("no wait dont stop i want to keep going") and not keeps_going("please stop texting me")
    assert rejects_the_bot("i dont want a bot") and rejects_the_bot("no quiero hablar con un robot")
    assert asks_for_a_person("i dont want a bot", 0.4) and not rejects_the_bot("i dont want to go back")
    result = step(turn("i dont want a bot", "out_of_scope"), asked("tip_what"))
    assert result.hand_over and "tip_what" not in result.slots


def test_si_puedo_renunciar_told_to_the_signs_question_is_a_yes_and_a_work_problem():
    # "si" without its accent is "yes" here; it was read as "if", and unpaid overtime was filed as forced labour
    slots = asked("tip_control", safe_to_talk=True, reporter_role="self", privacy_level="anonymous",
                  tip_what="trabajo en walmart y no me pagan las horas extra",
                  tip_facts={"means_of_control": ["TakesEarnings"]})
    assert step(turn("no, si puedo renunciar cuando quiera", language="es"), slots).slots.get("not_trafficking")


def test_leaving_with_who_is_coming_or_why_is_leaving_and_pauses():
    from bot.actions.intake import is_leaving
    for text in ("ya me tengo q ir mi mama", "ya me tengo q ir perdon", "i have to go my break is over",
                 "i have to go hes back", "tenho q ir minha mae chegou"):
        assert is_leaving(text), text
        assert step(turn(text, "goodbye", 0.99), asked("tip_where", safe_to_talk=True, tip_what="x")).slots.get(
            "paused"), text
    for text in ("hoje a noite tenho que ir com ele pro trabalho", "i have to go to work at 6",
                 "me tengo que ir a trabajar mañana temprano", "tengo que ir con el patron al rancho"):
        assert not is_leaving(text), text


def test_ringing_dialling_or_phoning_an_emergency_number_is_asking_whether_to_call():
    from bot.actions.intake import asks_whether_to_call_police
    # "should i ring 999 or not" (a caller in Leicester) got "I can't answer that here"
    for text in ("should i ring 999 or not", "do i dial 112?", "can we phone the police"):
        assert asks_whether_to_call_police(text), text


def test_should_i_call_the_police_and_what_do_i_do_are_answered_not_called_out_of_scope():
    summary = asked("tip_confirmed", tip_what="my daughter is 15 and an older guy is grooming her")
    assert step(turn("should i call the police?", "ask_police"), summary).say == ["utter_should_call_police"]
    assert step(turn("what do i do", "out_of_scope"), summary).say == ["utter_what_to_do"]
    assert answer_after_filing(turn("debo llamar a la policia?", "ask_police", language="es")) == (
        "utter_should_call_police")


def test_the_privacy_choice_and_a_number_in_one_message_are_both_taken():
    slots = asked("privacy_level", safe_to_talk=True, reporter_role="other", tip_what="my daughter is 15")
    result = step(turn("share contact, im her mom, Denise 317 555 0142"), slots)
    assert result.slots["privacy_level"] == "share" and "317 555 0142" in result.slots["contact"]
    assert next_question({**slots, **result.slots}) != "contact"


def test_violence_at_home_and_a_housing_problem_get_the_line_that_helps_and_trafficking_still_gets_the_intake():
    home = step(turn("my husband hits me when he drinks, he doesnt make me work", "report_tip"), {})
    assert home.say == ["utter_referral_home_violence"]
    es = step(turn("mi esposo me pega cuando toma, pero no me obliga a trabajar", "report_tip", language="es"),
              asked("tip_what", safe_to_talk=True))
    assert es.say == ["utter_referral_home_violence"]
    said = {"referred_to": ["utter_referral_home_violence"]}
    again = step(turn("mi esposo me pega otra vez", "report_tip", language="es"), asked("tip_where", tip_facts=said))
    assert "utter_referral_home_violence" not in again.say  # once
    housing = step(turn("my landlord wont fix my heater and is threatening to evict me", "out_of_scope"),
                   asked("tip_what", safe_to_talk=True))
    assert housing.say == ["utter_referral_housing"] and "tip_what" not in housing.slots
    pimped = step(turn("my boyfriend beats me and makes me sell sex at motels", "report_tip"),
                  asked("tip_what", safe_to_talk=True))
    assert pimped.say == ["utter_sorry_he_does_that"] and pimped.slots["tip_what"]  # (not the violence-at-home line)


def test_two_corrections_in_one_message_each_change_their_own_field():
    summary = asked("tip_confirmed", tip_where="Plano, TX", tip_who="one woman about 30", tip_when="last week",
                    tip_facts={"ages": [30], "people_count": 1, "city": "Plano", "state": "TX"})
    result = step(turn("the city is Frisco not Plano, and she is about 40 not 30"), summary)
    assert result.slots["tip_where"] == "Frisco, TX" and result.slots["tip_who"] == "one woman about 40"
    assert result.slots["tip_facts"]["city"] == "Frisco" and result.slots["tip_facts"]["ages"] == [40]
    boy = step(turn("no, the boy is 15 not 16", "deny"),
               asked("tip_confirmed", tip_who="one boy he is 16", tip_facts={"ages": [16], "minor": True}))
    assert boy.slots["tip_who"] == "one boy he is 15" and boy.slots["tip_facts"]["ages"] == [15]


def test_only_a_clear_yes_files_the_read_back():
    summary = asked("tip_confirmed", tip_where="Queens, NY", tip_who="3 women", tip_when="since may",
                    tip_facts={"people_count": 3, "city": "New York", "state": "NY"})
    for text in ("wait", "look", "hold on"):  # the model read each as a yes, and the report was filed
        result = step(turn(text, "affirm"), summary)
        assert "tip_confirmed" not in result.slots and result.say == ["utter_take_your_time"], text
    corrected = step(turn("yes but its Brooklyn", "affirm"), summary)
    assert "tip_confirmed" not in corrected.slots and corrected.slots["tip_where"] == "its Brooklyn"
    assert step(turn("yep but", "affirm"), summary).slots == {"correcting": True}
    assert step(turn("yes thats right", "affirm"), summary).slots == {"tip_confirmed": True}


def test_an_unsure_answer_with_a_question_mark_is_an_answer():
    # a 14-year-old's "idk modeling? he wants pics first" was told "I can't answer that here"
    result = step(turn("idk modeling? he wants pics first. like not with clothes", "inform"),
                  asked("exploitation_type", safe_to_talk=True, tip_what="a guy in a game chat talks to my sister"))
    assert "utter_cannot_answer" not in result.say
    assert step(turn("someone else i guess? its an ad", "inform"), asked("reporter_role")).slots.get("reporter_role")


def test_where_they_are_as_they_write_is_no_work_problem_and_a_fear_is_answered_not_filed():
    on_break = step(turn("yes, on my break", "workplace_problem"), asked("safe_to_talk"))
    assert on_break.slots.get("safe_to_talk") is True and not on_break.slots.get("not_trafficking")
    shift = step(turn("I'm on shift right now", "workplace_problem"), asked("safe_to_talk"))
    assert not shift.slots.get("not_trafficking")
    fear = step(turn("si me van a deportar mejor no digo nada", "ask_immigration", language="es"),
                asked("privacy_level", safe_to_talk=True, reporter_role="self"))
    assert fear.say == ["utter_immigration"] and not fear.slots
    assert step(turn("Will the women get in trouble with immigration if they talk to you?", "ask_immigration"),
                asked("tip_what")).say == ["utter_immigration"]


def test_did_it_send_after_filing_confirms_the_report():
    assert answer_after_filing(turn("did it send?", "ask_code")) == "utter_report_saved"
    assert answer_after_filing(turn("ya se envió?", "ask_code", language="es")) == "utter_report_saved"


def test_taking_back_a_name_or_number_is_not_erasing_the_whole_chat():
    # "delete what I said about my name" was offered the erasure of everything (live conversation, 2026-12-05)
    for text in ("can you remove my number", "dont keep my phone number", "no pongas mi numero",
                 "effacez mon numéro s'il vous plaît", "take my email out of it", "remove my name and number"):
        assert erases_a_part(text) == "contact", text
    for text in ("delete what I said about my name", "borra mi nombre porfa", "apaga meu nome"):
        assert erases_a_part(text) == "name", text
    for text in ("delete what I said about the address", "borra lo que dije de la dirección",
                 "effacez ce que j'ai dit sur le patron"):
        assert erases_a_part(text) == "part", text
    for text in ("delete everything", "borra todo", "dont delete my number", "they took my number", "my name is Ana",
                 "he deleted my messages", "he erased my number from his phone"):
        assert erases_a_part(text) is None, text
    # in the intake: the report becomes anonymous and the contact question is not asked
    result = step(turn("actually remove my number", "delete_data"), asked("contact", privacy_level="share"))
    assert result.slots == {"privacy_level": "anonymous", "contact": None}
    assert result.say == ["utter_contact_removed"]
    assert next_question({"safe_to_talk": True, "reporter_role": "other", **result.slots}) == "tip_what"


def test_something_taken_from_the_person_is_not_a_request_to_take_their_contact_out():
    # live conversations, 2026-12-06: each answered "Done: your name and contact details are out of the report"
    # and lost the answer (a locked-in girl of 15: "me quito mi telefono")
    for text in ("es a mi. no me deja salir, cierra con llave cuando se va, y me quito mi telefono",
                 "he kept their keys and phones i think, one girl asked me to borrow my phone then he came",
                 "tiraram meu celular e meus documentos", "le sacaron sus papeles y su telefono"):
        assert erases_a_part(text) is None, text
    for text in ("quitame mi nombre", "mejor quita mi numero", "borra mi numero porfa",
                 # what was asked and still shows: taken out (each was filed as the place or when)
                 "pero todavia sale mi numero ahi abajo en Ademas", "why my name still there?? i said erase"):
        assert erases_a_part(text) in ("name", "contact"), text
    for text in ("my number is still the same", "can i still give my number"):
        assert erases_a_part(text) is None, text


def test_taking_back_the_contact_takes_the_name_and_number_told_in_the_tip_out_too():
    # "My name is Linda Park and I manage…" then "take my name out": "Done", and the name was still in What
    told = asked("tip_confirmed", privacy_level="share", contact="Linda, 555-201-7788",
                 tip_what="My name is Linda Park and I manage the complex on Elm St. 8 women in 2B, Linda is me",
                 tip_more="my number is 555-201-7788, the manager's is 555-201-9000")
    result = step(turn("can you take my name and number out of it?", "delete_data"), told)
    assert result.slots["contact"] is None and result.slots["privacy_level"] == "anonymous"
    assert "Linda" not in result.slots["tip_what"] and "8 women in 2B" in result.slots["tip_what"]
    # their own number goes; the manager's number is part of the tip and stays
    assert "555-201-7788" not in result.slots["tip_more"] and "555-201-9000" in result.slots["tip_more"]
    spanish = step(turn("mejor quita mi numero", "delete_data", language="es"), asked(
        "tip_more", privacy_level="anonymous", tip_what="mi prima limpia casas, mi numero es 210 555 3377"))
    assert spanish.slots["tip_what"] == "mi prima limpia casas, mi numero es (contacto quitado)"
    # one part at the read-back: the address is taken out, the city kept, and the read-back comes again
    part = step(turn("delete what i said about the address", "delete_data"),
                asked("tip_confirmed", tip_where="1234 oak lane, Scottsdale", tip_facts={"city": "Scottsdale"}))
    assert part.say == ["utter_address_taken_out"] and part.slots["tip_where"] == "Scottsdale", part
    other = step(turn("delete what i said about the van", "delete_data"), asked("tip_confirmed",
                                                                              tip_what="a van. they sleep there"))
    assert other.say == ["utter_part_taken_out"] and other.slots["tip_what"] == "they sleep there", other
    # a part the answers do not hold: nothing is taken out, and the person is told what can be done
    other = step(turn("delete what i said about the truck", "delete_data"), asked("tip_confirmed", tip_what="a van"))
    assert other.say == ["utter_cannot_erase_part"] and other.slots == {"correcting": True}


def test_a_message_sent_before_the_next_question_was_read_adds_to_the_last_answer():
    # "they took my passport" / "and my phone", sent one after the other: the second was filed as the answer to
    # "work, sex or something else?" (live conversation, 2026-12-05)
    from dataclasses import replace
    slots = asked("exploitation_type", safe_to_talk=True, reporter_role="self", privacy_level="anonymous",
                  tip_what="my boss took my passport", tip_facts={"last_field": "tip_what"})
    burst = step(replace(turn("and my phone too", "ask_anonymous"), since_answer=-0.2), slots)  # (as the model read it)
    assert burst.slots["tip_what"] == "my boss took my passport and my phone too"
    assert burst.quiet and burst.say == [] and "exploitation_type" not in burst.slots
    # going on in so many words: added too; the question is sent again unless it cannot have been read yet
    later = step(replace(turn("and my phone too", "ask_anonymous"), since_answer=40.0), slots)
    assert later.slots["tip_what"].endswith("and my phone too") and not later.quiet
    assert step(replace(turn("and my phone too", "ask_anonymous"), since_answer=2.5), slots).quiet
    assert step(turn("y mi celular tambien"), slots).slots["tip_what"].endswith("y mi celular tambien")
    # an answer to the question now asked, or nothing to add: the usual reading
    answer = step(turn("and its in houston"), asked("tip_where", **{k: v for k, v in slots.items()
                                                                    if k != "requested_slot"}))
    assert answer.slots.get("tip_where") == "its in houston"  # (the "and" is not read back)
    assert not step(replace(turn("its about work"), since_answer=40.0), slots).quiet
    work = step(replace(turn("its about work"), since_answer=-0.2), slots)
    assert not work.quiet and work.slots.get("exploitation_type")
    for text, intent in (("ok", "affirm"), ("thanks", "thank"), ("is this anonymous?", "ask_anonymous")):
        assert not step(replace(turn(text, intent), since_answer=-0.2), slots).quiet, text
    # a sign of control sent at once after the place is kept, with the place
    where = asked("tip_when", tip_where="the car wash on main st", tip_facts={"last_field": "tip_where"})
    more = step(replace(turn("they sleep there and cant leave"), since_answer=-0.2), where)
    assert more.quiet and more.slots["tip_where"].endswith("they sleep there and cant leave")
    assert "RestrictsMovement" in more.slots["tip_facts"]["means_of_control"]


def test_what_the_spanish_and_portuguese_probes_found_is_read_as_meant():
    # live conversations, 2026-12-05 (fourteenth session)
    assert not keeps_going("ya no quiero seguir") and wants_to_end("ya no quiero seguir")  # it got "Muy bien, sigamos."
    assert not keeps_going("i dont want to keep going") and keeps_going("no wait dont stop")
    # afraid to call the police while someone is beaten: 911 is for everyone (it got "No, this is not the police")
    danger = {"requested_slot": "reporter_role", "safe_to_talk": True, "tip_facts": {"danger": True}}
    for text, language in (("to com medo de ligar pra policia", "pt"), ("tengo miedo de llamar a la policia", "es")):
        assert step(Turn(text, "ask_police", 0.95, language), danger).say == ["utter_danger_what_to_do"], text
    # more of the tip after filing, not a request for a person or an out-of-scope question
    assert not asks_for_a_person("esqueci de falar q o dono se chama Marcos", 0.95)
    assert not asks_for_a_person("se me olvido decir q el contratista se llama Ramiro", 0.95)
    assert asks_for_a_person("quero falar com alguem", 0.6)
    assert answer_after_filing(turn("e tem um carro preto", "out_of_scope", language="pt")) is None


def test_what_the_english_probes_found_is_read_as_meant():
    # live conversations, 2026-12-05 (fourteenth session)
    danger = {"requested_slot": "tip_where", "safe_to_talk": True, "tip_facts": {"danger": True}}
    for text, intent in (("pls help", "ask_services"), ("is someone really coming? im scared", "ask_immigration")):
        assert step(turn(text, intent), danger).say == ["utter_danger_what_to_do"], text
    # "i cant call hell hear me": what to do instead of calling (text 911), not the same 911 line again
    assert step(turn("i cant call hell hear me"), danger).say == ["utter_danger_cant_call"]
    assert step(turn("no puedo llamar me quitaron el cel", language="es"), danger).say[0] == "utter_danger_cant_call"
    # "will someone go check on them?" got the immigration answer
    told = asked("tip_who", safe_to_talk=True, tip_what="x")
    assert step(turn("will someone go check on them?", "ask_immigration"), told).say == [
        "utter_what_happens_after_report"]


def test_a_corrected_number_or_day_changes_only_that_in_the_earlier_answer():
    # "no its 4 women not 3" replaced "3 women, one looked really young maybe a teenager" with "its 4 women": the girl
    # who looked young was lost from the report (live conversation, 2026-12-05)
    summary = asked("tip_confirmed", tip_who="3 women, one looked really young maybe a teenager",
                    tip_when="monday night", tip_facts={"people_count": 3})
    assert step(turn("no its 4 women not 3", "deny"), summary).slots["tip_who"] == (
        "4 women, one looked really young maybe a teenager")
    assert step(turn("no it was tuesday not monday", "deny"), summary).slots["tip_when"] == "tuesday night"
    assert step(turn("no, it was tuesday", "deny"), summary).slots["tip_when"] == "it was tuesday"


def test_taking_back_only_the_name_keeps_the_number():
    # "actually dont put my name just the number" took the number out too, and the report was filed without contact
    # (live conversation, 2026-12-05)
    shared = asked("tip_what", privacy_level="share", contact="Ana, 555-201-8833 after 6pm")
    kept = step(turn("actually dont put my name just the number"), shared)
    assert kept.slots == {"contact": "555-201-8833"} and kept.say == ["utter_name_removed"]
    assert step(turn("no pongas mi nombre, nomas el numero", language="es"), shared).slots["contact"] == "555-201-8833"
    # nothing left to reach them without the name: taken out altogether, and said so
    only_name = step(turn("nao coloca meu nome", language="pt"), asked("tip_what", privacy_level="share",
                                                                        contact="Ana"))
    assert only_name.slots == {"privacy_level": "anonymous", "contact": None}


def test_what_is_told_to_the_kind_question_is_kept_with_the_tip():
    # "he buys her stuff nails phone clothes" was filed only as "other", and the words were lost (2026-12-05)
    base = asked("exploitation_type", safe_to_talk=True, reporter_role="other", privacy_level="anonymous",
                 tip_what="my daughter has an older boyfriend")
    told = step(turn("he buys her stuff nails phone clothes"), base)
    assert told.slots["exploitation_type"] == "OtherExploit"
    assert told.slots["tip_what"].endswith("he buys her stuff nails phone clothes")
    assert "tip_what" not in step(turn("sex i think"), base).slots


def test_at_the_read_back_what_is_added_is_added_and_a_kind_named_is_the_kind():
    # "its sex, shes being sold. and put that her boyfriend posts the ads, hes 22" was read back as "Kind: other" and
    # "Who: put that her boyfriend posts the ads, hes 22": the 16-year-old niece was gone (2026-12-05)
    summary = asked("tip_confirmed", tip_what="my niece is with an older guy", tip_where="Tulsa",
                    tip_who="my niece, 16", exploitation_type="OtherExploit", tip_facts={"ages": [16], "minor": True})
    fixed = step(turn("its sex, shes being sold. and put that her boyfriend posts the ads, hes 22"), summary)
    assert fixed.slots["exploitation_type"] == "SexualExploit"
    assert fixed.slots["tip_who"] == "my niece, 16; her boyfriend posts the ads, hes 22"
    assert fixed.slots["tip_facts"]["minor"] is True
    # the boyfriend's age is kept as told, not as an age of the people affected (the niece is still 16)
    boyfriend = step(turn("agrega que el novio tiene 22", language="es"), summary).slots
    assert "el novio tiene 22" in (boyfriend.get("tip_who") or boyfriend.get("tip_more") or "")
    assert 22 not in (boyfriend.get("tip_facts") or {}).get("ages", ())


def test_what_the_regression_probe_found_is_read_as_meant():
    # "now" to "when? is it still going on?" was filed as unknown, and "long hours and passport taken" to the next
    # question then became "When" (2026-12-05)
    when = step(turn("now", "affirm"), asked("tip_when", safe_to_talk=True, tip_what="x"))
    assert when.slots["tip_when"] == "now" and when.slots["tip_facts"]["ongoing"] is True
    # "e meu telefone" is more of the tip, not a request for a person
    assert not steps_aside(Turn("e meu telefone", "request_human", 0.98, "pt"), "tip_where",
                           extract("e meu telefone", "pt"))
    # "its sex not work" at the read-back corrects the kind (it was noted under "Also")
    fixed = step(turn("its sex not work", "deny"), asked("tip_confirmed", tip_what="x",
                                                          tip_facts={"exploitation": ["ForcedLabour"]}))
    assert fixed.slots["exploitation_type"] == "SexualExploit"


def test_back_after_the_pause_goes_on_with_the_questions():
    # "ok back" after "hes here" got "OK, let's go on." and no question (regression probe, 2026-12-05)
    paused = asked("safe_to_talk", paused=True, reporter_role="other", privacy_level="anonymous", tip_what="x",
                   tip_where="Dallas", tip_facts={"was_paused": True})
    back = step(turn("ok back", "resume"), paused)
    assert not back.steps_aside and back.slots["paused"] is False and back.slots["safe_to_talk"] is True
    assert next_question({**paused, **back.slots}) not in (None, "safe_to_talk")


def test_an_answer_that_opens_with_and_is_read_back_without_it():
    slots = asked("tip_where", safe_to_talk=True, reporter_role="other", privacy_level="anonymous",
                  tip_what="girls working at a massage place, they live there")
    assert step(turn("and its in houston on bellaire"), slots).slots["tip_where"] == "its in houston on bellaire"
    when = step(turn("y empezo hace 2 meses", "inform", 0.9, "es"), {**slots, "requested_slot": "tip_when"})
    assert when.slots["tip_when"] == "empezo hace 2 meses"  # ("Cuándo: y empezo hace 2 meses" was read back)
    assert step(turn("Elm street"), slots).slots["tip_where"] == "Elm street"  # a word that only begins with "e"


def test_a_message_sent_before_a_menu_question_was_read_is_kept_and_the_question_stands():
    from dataclasses import replace
    slots = asked("privacy_level", safe_to_talk=True, reporter_role="other",
                  tip_what="my neighbors daughter, she is 15, a man comes and takes her at night")
    # "its in dallas", sent right after the story and before the privacy menu came: it was taken as the choice to
    # stay anonymous, which the person never made
    burst = step(replace(turn("its in dallas"), since_answer=-0.3), slots)
    assert "privacy_level" not in burst.slots and burst.quiet and burst.say == []
    assert burst.slots["tip_facts"]["city"] == "Dallas"  # and the place is kept
    # a choice said in it is still a choice; read, the same message is an answer as before
    assert step(replace(turn("anonymous pls"), since_answer=-0.3), slots).slots["privacy_level"] == "anonymous"
    read = step(replace(turn("its in dallas"), since_answer=20.0), slots)
    assert read.say == ["utter_explain_privacy_level"] and "privacy_level" not in read.slots
    # the role menu: a story with no role in it waits for the question; one that names the role answers it
    role = asked("reporter_role", safe_to_talk=True)
    story = step(replace(turn("they keep them in a trailer behind the restaurant", "report_tip"), since_answer=-0.2),
                 role)
    assert "reporter_role" not in story.slots and story.quiet and story.slots["tip_what"]
    named = step(replace(turn("its my cousin, they took her passport", "report_tip"), since_answer=-0.2), role)
    assert named.slots["reporter_role"] == "other"


def test_what_to_do_about_unpaid_wages_gets_where_to_get_the_pay_back():
    for text, language in (("meu chefe ta me devendo 3 semanas de salario, o que eu faço?", "pt"),
                           ("my boss owes me 3 weeks of pay, what do i do?", "en"),
                           ("mi jefe me debe 3 semanas de sueldo, que hago?", "es")):
        # it got "telling us is a good first step" and nothing about the pay
        assert step(turn(text, "ask_what_to_do", 0.8, language), asked("safe_to_talk")).say == [
            "utter_referred_again"], text
    assert step(turn("my daughter is missing what do i do", "ask_what_to_do", 0.8),
                asked("safe_to_talk")).say == ["utter_what_to_do"]
    held = step(turn("he took my passport and doesnt pay me what do i do", "ask_what_to_do", 0.8),
                asked("safe_to_talk"))
    assert held.say == [] and held.slots["tip_what"]  # a passport taken is a tip, not a pay problem


def test_an_age_corrected_at_the_read_back_changes_only_the_age_and_makes_a_minor():
    slots = asked("tip_confirmed", tip_what="a girl at the motel, a man brings men to her room", tip_where="tulsa",
                  tip_when="now", tip_who="1 girl around 19",
                  tip_facts={"city": "Tulsa", "state": "OK", "people_count": 1, "ages": [19], "minor": False})
    for text in ("no, she told me she is actually 16", "no she said she's really 16", "no, en realidad tiene 16"):
        result = step(turn(text, "inform", 0.8), slots)
        # it was noted under "Also", and "Who: 1 girl around 19" was filed
        assert result.slots["tip_who"] == "1 girl around 16", text
        assert result.slots["tip_facts"]["ages"] == [16] and result.slots["tip_facts"]["minor"] is True, text
    from webhooks.triage.assess import assess
    assert assess("no, she told me she is actually 16").urgent  # and a person is told at once


def test_taking_out_someone_elses_name_is_one_part_not_the_whole_chat():
    from bot.actions.intake import erases_a_part
    # each offered to erase the whole chat, and "sí" then erased the tip (2026-12-05)
    for text in ("borra el nombre de maria porfa no quiero q salga", "borra lo de maria lopez", "no pongas su nombre",
                 "quita el nombre del patron", "remove her name please", "tira o nome dela"):
        assert erases_a_part(text) == "part", text
    assert erases_a_part("borra mi nombre") == "name" and erases_a_part("borra todo") is None
    slots = asked("tip_confirmed", tip_what="mi amiga maria lopez trabaja en un bar y no la dejan salir",
                  tip_where="houston", tip_when="ahora", tip_who="maria")
    result = step(turn("borra el nombre de maria porfa", "delete_data", 0.9, "es"), slots)
    assert result.say == ["utter_name_taken_out"] and result.slots["correcting"] is False
    assert result.slots["tip_what"] == "mi amiga (nombre quitado) trabaja en un bar y no la dejan salir"
    assert result.slots["tip_who"] == "(nombre quitado)"


def test_a_name_is_taken_out_when_named_and_asked_for_when_not():
    # "dont put her name in it" got "I can't erase just one part…", and the next "yes" filed the report with the name
    story = "my friend maria lopez works for a family as a nanny, they took her passport"
    slots = asked("tip_confirmed", tip_what=story,
                  tip_where="plano tx", tip_when="since 2022", tip_who="just maria, shes 40")
    # one name in the tip: that one, without asking
    only = step(turn("dont put her name in it", "inform"), slots)
    assert only.say == ["utter_name_taken_out"] and "maria" not in only.slots["tip_what"], only
    # two names: which one is asked
    slots["tip_what"] = story + ", the lady is called Denise"
    which = step(turn("dont put her name in it", "inform"), slots)
    assert which.say == ["utter_ask_which_name"] and which.slots["tip_facts"]["taking_out"] == "name"
    assert which.quiet  # the read-back waits for the name (it came right after the question)
    answered = step(turn("maria lopez", "inform"), {**slots, **which.slots})
    assert answered.say == ["utter_name_taken_out"] and "taking_out" not in answered.slots["tip_facts"]
    assert "maria" not in answered.slots["tip_what"] and answered.slots["tip_who"] == "just (name taken out), shes 40"
    missing = step(turn("rosa", "inform"), {**slots, **which.slots})
    assert missing.say == ["utter_name_not_found"] and "tip_what" not in missing.slots
    # named in the request: taken out at once (it offered to erase the whole chat)
    named = step(turn("remove maria lopez from the report", "delete_data"), slots)
    assert named.say == ["utter_name_taken_out"] and "lopez" not in named.slots["tip_what"]
    pt = step(Turn("tira o nome da jessica souza por favor", "delete_data", 0.9, "pt"),
              asked("tip_confirmed", tip_what="minha amiga Jessica Souza trabalha numa boate em danbury"))
    assert pt.slots["tip_what"] == "minha amiga (nome retirado) trabalha numa boate em danbury"
    # the address, with what to put instead
    where = step(Turn("quita lo de la direccion, nomas pon houston", "delete_data", 0.9, "es"),
                 asked("tip_confirmed", tip_where="4500 w airport blvd",
                       tip_what="en 4500 w airport blvd hay muchachas"))
    assert where.slots["tip_where"] == "houston" and "4500" not in where.slots["tip_what"], where


def test_read_back_corrections_keep_what_they_do_not_change():
    slots = asked("tip_confirmed", tip_what="x", tip_where="en un rancho", tip_when="ahora",
                  tip_who="como 4 muchachas, una es menor tiene 15", exploitation_type="ForcedLabour",
                  tip_facts={"people_count": 4, "ages": [15], "minor": True, "exploitation": ["ForcedLabour"]})
    # a count: only the count ("Quiénes: eran 6" was read back, and the girl of 15 was gone)
    six = step(turn("no, eran 6", "inform", 0.8, "es"), slots).slots
    assert six["tip_who"] == "como 6 muchachas, una es menor tiene 15" and six["tip_facts"]["minor"] is True
    # "also": more people, added ("tambien hay un nino como de 12" replaced the muchachas)
    more = step(turn("tambien hay un nino como de 12", "inform", 0.8, "es"), slots).slots
    assert more["tip_who"].startswith("como 4 muchachas, una es menor tiene 15") and "12" in more["tip_who"]
    assert more["tip_facts"]["ages"] == [12, 15]
    men = step(turn("there are also 3 women"), {**slots, "tip_who": "8 men", "tip_facts": {"people_count": 8}}).slots
    assert men["tip_who"] == "8 men; 3 women" and men["tip_facts"]["people_count"] == 11
    # the kind named wrong first is swapped, not added to
    sexual = step(turn("no es de trabajo, es sexual", "inform", 0.8, "es"), slots).slots
    assert sexual["exploitation_type"] == "SexualExploit", sexual


def test_not_knowing_when_it_started_is_not_that_it_stopped():
    slots = asked("tip_when", safe_to_talk=True, reporter_role="other", privacy_level="anonymous",
                  tip_what="no la dejan salir")
    for text, language in (("no se cuando empezo", "es"), ("nao sei quando comecou", "pt")):
        result = step(turn(text, "deny", 0.8, language), slots)
        # "Cuándo: ya no está pasando" was read back
        assert result.slots.get("tip_facts", {}).get("ongoing") is not False, text


def test_not_sure_it_is_safe_gets_why_it_is_asked_then_the_pause():
    first = step(turn("no se si es seguro", "deny", 0.7, "es"), asked("safe_to_talk"))
    assert first.say == ["utter_explain_safe_to_talk"] and "safe_to_talk" not in first.slots  # (it was a yes)
    again = step(turn("nose", "nlu_fallback", 0.5, "es"), {**asked("safe_to_talk"), **first.slots})
    assert again.say == ["utter_safety_pause"] and again.slots["paused"] is True
    assert step(turn("si", "affirm", 0.9, "es"), asked("safe_to_talk")).slots["safe_to_talk"] is True


def test_fears_of_being_found_out_get_the_answer_to_that_fear():
    slots = asked("tip_when", safe_to_talk=True, reporter_role="self", privacy_level="anonymous", tip_what="x")
    for text, language in (("van a saber que fui yo?", "es"), ("ustedes le van a decir a mi patron?", "es"),
                           ("si digo algo el patron se va a enterar?", "es"),
                           ("before i say anything, will my boyfriend find out i texted you?", "en"),
                           ("can he see that i texted this number?", "en")):
        # each got "you don't have to give your name", or "I can't answer that here"
        assert step(turn(text, "ask_anonymous", 0.8, language), slots).say == ["utter_fear_found_out"], text
    # arrested for what was done to them: not the immigration answer; deportation: the immigration answer
    trouble = step(turn("will i get in trouble for prostitution", "ask_immigration", 0.8), slots)
    assert trouble.say[0] == "utter_not_in_trouble"
    assert step(turn("what happens if i tell you, will i get deported", "ask_what_happens", 0.8), slots).say == [
        "utter_immigration"]


def test_an_answer_said_with_a_question_mark_is_an_answer():
    slots = asked("tip_when", safe_to_talk=True, reporter_role="other", privacy_level="anonymous",
                  tip_what="girls at a massage place", tip_where="tulsa")
    # each got "I can't answer that here", and the question four times in a row
    assert step(turn("not sure, a few weeks?"), slots).slots["tip_when"] == "not sure, a few weeks?"
    assert step(turn("3 or 4?"), {**slots, "requested_slot": "tip_who"}).slots["tip_who"] == "3 or 4?"
    assert not step(turn("is this free?", "out_of_scope", 0.8), slots).slots.get("tip_when")


def test_ok_to_the_contact_question_on_the_web_chat_is_not_a_number():
    from dataclasses import replace
    slots = asked("contact", safe_to_talk=True, reporter_role="self", privacy_level="confidential")
    web = step(replace(turn("ok", "affirm", 0.9), channel="web"), slots)
    # read back as "Contact: this number", on a chat that has none
    assert "contact" not in web.slots and web.say == ["utter_explain_contact"]
    assert step(replace(turn("ok", "affirm", 0.9), channel="sms"), slots).slots["contact"]


def test_after_filing_did_anyone_read_it_and_can_i_change_something_get_answers():
    from bot.actions.intake import answer_after_filing
    # each was added to the report as a detail, or got "I can't answer that here"
    for text in ("has someone seen my report yet", "did anyone read this?", "alguien ya leyo mi denuncia?"):
        assert answer_after_filing(turn(text, "inform", 0.6)) == "utter_what_happens_next", text
    for text in ("can i change something", "how do i fix something in my report?", "puedo cambiar algo?"):
        assert answer_after_filing(turn(text, "inform", 0.6)) == "utter_ask_correction", text
    assert answer_after_filing(turn("the van is white", "inform", 0.6)) is None  # a detail, added


def test_after_filing_a_question_read_as_out_of_scope_is_still_answered():
    from bot.actions.intake import answer_after_filing
    # "what happens now?" and "y ahora qué pasa?", read as out of scope by a retrained model, got "I can't answer that
    # here" (the out-of-scope rule answered before the after-filing action could)
    for text, language in (("what happens now?", "en"), ("y ahora qué pasa?", "es"), ("e agora o que acontece?", "pt")):
        assert answer_after_filing(turn(text, "out_of_scope", 0.98, language)) == "utter_what_happens_next", text
    assert answer_after_filing(turn("whats the weather tomorrow", "out_of_scope", 0.98)) == "utter_out_of_scope"


def test_the_kind_said_again_to_another_question_is_not_its_answer():
    slots = asked("tip_where", safe_to_talk=True, reporter_role="other", privacy_level="anonymous",
                  tip_what="at the truck stop theres girls going truck to truck at night",
                  tip_facts={"exploitation": ["SexualExploit"]})
    # read back as "Where: sex i guess" and "When: prostitution i think"
    where = step(turn("sex i guess"), slots)
    assert "tip_where" not in where.slots and where.say == ["utter_explain_tip_where"]
    when = step(turn("prostitution i think"), {**slots, "requested_slot": "tip_when"})
    assert "tip_when" not in when.slots and when.say == ["utter_explain_tip_when"]


def test_second_probe_corrections_and_answers():
    from dataclasses import replace
    base = dict(tip_where="en un bar", tip_what="hay 3 mujeres que trabajan en un bar y no las dejan salir",
                tip_when="ahora", exploitation_type="ForcedLabour",
                tip_facts={"people_count": 3, "exploitation": ["ForcedLabour"]})
    slots = asked("tip_confirmed", **base)
    # the count told only in the story ("Además: 5 not 3" was read back, in English)
    five = step(turn("no son 3, son 5", "inform", 0.8, "es"), slots).slots
    assert five["tip_facts"]["people_count"] == 5 and "tip_more" not in five
    # the kind named wrong first: only the right one ("trabajo forzado, explotación sexual" was read back)
    sexual = step(turn("no es trabajo, es prostitucion", "inform", 0.8, "es"), slots).slots
    assert sexual["exploitation_type"] == "SexualExploit" and sexual["tip_facts"]["exploitation"] == ["SexualExploit"]
    # "wait, actually…" corrects; "wait" alone holds on
    girl = asked("tip_confirmed", tip_what="a girl at the motel", tip_where="tulsa", tip_when="now",
                 tip_who="1 girl about 18", tip_facts={"ages": [18], "people_count": 1})
    fixed = step(turn("wait actually she told me today shes only 15"), girl).slots
    assert fixed["tip_who"] == "1 girl about 15" and "tip_when" not in fixed
    assert step(turn("wait"), girl).say == ["utter_take_your_time"]
    # "also", after "oh and": added
    kids = step(turn("oh and there are also 2 young kids cleaning rooms with them"), girl).slots
    assert kids["tip_who"].startswith("1 girl about 18; 2 young kids")
    # watched while taking the number out: it is taken out, and the short pause is said
    share = asked("tip_where", safe_to_talk=True, reporter_role="self", privacy_level="share", tip_what="x",
                  contact="lisa 312 555 0101 anytime")
    out = step(replace(turn("wait no dont call me, he checks my phone. take my number out"), watched=True), share)
    assert out.slots["contact"] is None and out.slots["paused"] is True and out.say == ["utter_safety_pause"]
    # "the guy tells him to delete all their chats" is a sign, not a wish to erase
    erase = step(turn("the guy tells him to delete all their chats so i wont see", "delete_data", 0.9),
                 asked("tip_more", **base))
    assert not erase.steps_aside
    # "i dont want to go" (to Vegas) does not end the chat; "where can i go" gets shelters and help
    from bot.actions.intake import wants_to_end
    assert not wants_to_end("i dont want to go") and wants_to_end("i want to stop")
    church = step(turn("im at a church now but they cant keep me. where can i go", "inform", 0.8),
                  asked("exploitation_type", **{**base, "tip_facts": {}}))
    assert church.say == ["utter_services"]
    # unsure of safety, as texted
    assert step(turn("nose la vdd", "deny", 0.7, "es"), asked("safe_to_talk")).say == ["utter_explain_safe_to_talk"]
    # in danger again: the 911 line again (it got the signs question)
    again = step(replace(turn("esta tocando la puerta muy fuerte, tengo miedo", "inform", 0.8, "es"), danger=True),
                 asked("tip_control", **{**base, "tip_facts": {"danger": True}}))
    assert again.say[0] == "utter_danger_what_to_do"


def test_a_child_gone_missing_gets_911_first_once():
    slots = asked("exploitation_type", safe_to_talk=True, reporter_role="other", privacy_level="anonymous",
                  tip_what="mi hija de 15 se fue con un novio", tip_facts={"minor": True, "ages": [15]})
    told = step(turn("desde ayer no se nada de ella, no llego a dormir y no contesta", "inform", 0.8, "es"), slots)
    # it got "¿trabajo, sexo u otra cosa?"; then 911 without the missing children's line (2026-12-06)
    assert told.say[0] == "utter_missing_child" and told.slots["tip_facts"]["told_missing"] is True
    again = step(turn("no llego a dormir otra vez", "inform", 0.8, "es"), {**slots, **told.slots})
    assert "utter_missing_child" not in again.say  # once
    from webhooks.reports.extract import extract
    assert "SexualExploit" in extract("un novio que la sube a paginas de internet para vender", "es").exploitation


def test_final_probe_readings():
    from bot.actions.intake import fears_being_found_out, wants_to_end
    from webhooks.language.detect import reads_english_badly
    assert not wants_to_end("no, hes outside the door saying hes going to end me")  # it asked "end this chat?"
    assert fears_being_found_out("im scared my boss will hear about this")
    assert not reads_english_badly("about 12 men, they dont speak english")  # said of others, not the writer
    slots = asked("tip_who", safe_to_talk=True, reporter_role="other", privacy_level="anonymous", tip_what="x",
                  tip_where="y")
    assert step(turn("como 5 señores adultos", "inform", 0.7, "es"), slots).slots["tip_who"] == "como 5 señores adultos"


def test_the_work_told_to_the_when_question_joins_the_tip_and_when_is_asked_again():
    slots = asked("tip_when", safe_to_talk=True, reporter_role="self", privacy_level="anonymous",
                  tip_what="i work for a family in dallas and they took my passport")
    told = step(turn("cleaning and cooking"), slots)
    # read back as "When: cleaning and cooking", and the "since 2021" that came next was lost
    assert "tip_when" not in told.slots and told.say == ["utter_explain_tip_when"]
    assert told.slots["tip_what"].endswith("cleaning and cooking")
    assert step(turn("since 2021"), {**slots, **told.slots}).slots["tip_when"] == "since 2021"
    assert step(turn("2 years cleaning houses"), slots).slots["tip_when"] == "2 years cleaning houses"


def test_a_name_told_to_when_or_where_joins_the_tip_and_the_question_comes_again():
    slots = asked("tip_when", safe_to_talk=True, reporter_role="other", privacy_level="anonymous",
                  tip_what="women forced to work at a nail salon, the boss keeps their passports")
    for text, language in (("the boss is called Carlos Mendez", "en"), ("el patron se llama Rigo", "es"),
                           ("o dono chama Marcos", "pt"), ("il s'appelle Karim", "fr"), ("his name is Daniel", "en")):
        told = step(turn(text, "inform", 0.9, language), slots)
        # read back as "When: the boss is called Carlos Mendez"
        assert "tip_when" not in told.slots and told.say == ["utter_explain_tip_when"], text
        assert told.slots["tip_what"].endswith(text)
    where = step(turn("the manager is named Tony"), {**slots, "requested_slot": "tip_where"})
    assert "tip_where" not in where.slots and where.slots["tip_what"].endswith("Tony")
    # a time, a place, or a place called so, is still the answer
    assert step(turn("since he named her his girlfriend last year"), slots).slots["tip_when"].startswith("since")
    for place in ("a salon called Lucky Nails in Tampa", "the place is called lucky nails"):
        assert "tip_what" not in step(turn(place), {**slots, "requested_slot": "tip_where"}).slots, place


def test_while_a_person_is_coming_what_and_where_are_asked_before_the_menus():
    # "i want to talk to a person" at the role question was asked the role again, then the privacy menu
    waiting = {"safe_to_talk": True, "tip_facts": {"person_coming": True}}
    order = plan(waiting)
    assert next_question(waiting) == "tip_what"
    assert order.index("tip_where") < order.index("reporter_role") < order.index("privacy_level"), order
    assert next_question({"safe_to_talk": True}) == "reporter_role"  # without a person coming, the menus first
    # an urgent message (the gateway called staff) sets it, and it stays for the rest of the intake
    urgent = step(Turn("my neighbors daughter is 14 and they make her work at the bar on main st", "report_tip", 0.9,
                       "en", person_coming=True), asked("reporter_role", safe_to_talk=True))
    assert urgent.slots["tip_facts"]["person_coming"] and not urgent.slots["tip_facts"].get("danger")


def test_a_calm_urgent_tip_is_not_answered_with_the_911_lines_of_danger_this_minute():
    # a minor with a place is critical and staff are called, but nobody said they are in danger this minute: "and
    # they took her passport too" got "If you can, call 911: emergency help is for everyone…"
    calm = asked("tip_control", safe_to_talk=True, tip_what="x", tip_facts={"person_coming": True, "minor": True})
    again = step(Turn("and they took her passport too", "inform", 0.9, "en", person_coming=True), calm)
    assert "utter_danger_what_to_do" not in again.say
    watched = step(Turn("hes here", "inform", 0.9, "en", watched=True, person_coming=True), calm)
    assert watched.say == ["utter_safety_pause"]
    now = step(Turn("hes here", "inform", 0.9, "en", watched=True, danger=True), calm)
    assert now.say == ["utter_danger_pause"]


def test_danger_this_minute_after_a_person_was_called_for_something_else_gets_the_911_line():
    # "help" called a person; "im locked in a room…" then got "Thank you for telling me" and "where?", with no 911
    slots = asked("tip_what", safe_to_talk=True, tip_facts={"person_coming": True})
    text = "im locked in a room he took my phone this is my friends tablet"
    first = step(Turn(text, "report_tip", 0.9, "en", danger=True, person_coming=True), slots)
    assert first.say[0] == "utter_danger_what_to_do" and first.slots["tip_what"] == text
    # the gateway said it with "a person is joining": not twice
    joined = step(Turn(text, "report_tip", 0.9, "en", danger=True, person_coming=True, joined=True), slots)
    assert "utter_danger_what_to_do" not in joined.say


def test_asking_whether_the_person_is_coming_is_answered_while_they_are_on_the_way():
    # "is someone coming?" got the neutral pause and the safety check again; "to esperando ainda" was filed as when
    waiting = asked("tip_when", safe_to_talk=True, tip_what="x", tip_facts={"person_coming": True})
    for text, language in (("is someone coming?", "en"), ("todavia no llega nadie?", "es"),
                           ("to esperando ainda", "pt"), ("hola??? hay alguien", "es")):
        got = step(Turn(text, "ask_who", 0.6, language), waiting)
        assert got.say == ["utter_person_on_the_way"] and "tip_when" not in got.slots, text
    # with nobody called, it is not said
    alone = asked("tip_when", safe_to_talk=True, tip_what="x")
    assert "utter_person_on_the_way" not in step(turn("is someone coming?", "ask_who", 0.6), alone).say


def test_a_menu_number_sent_to_the_what_question_is_the_menu_choice():
    # at the privacy menu "me pueden llamar? quiero hablar con una persona" called a person and asked "what?"; the
    # "1" that followed was thrown away
    slots = asked("tip_what", safe_to_talk=True, reporter_role="self",
                  tip_facts={"person_coming": True, "menu_left": "privacy_level"})
    got = step(Turn("1", "inform", 0.9, "es"), slots)
    assert got.slots["privacy_level"] == "share" and got.say == ["utter_noted"]
    assert next_question({**slots, **got.slots, "requested_slot": None}) == "tip_what"
    # with no menu left on the screen, a number is not a choice
    assert "reporter_role" not in step(Turn("2", "inform", 0.9, "en"), asked("tip_what", safe_to_talk=True)).slots


def test_at_the_read_back_waiting_or_asking_for_a_person_sends_nothing():
    # "ok espero" filed the tip; "quiero hablar con alguien de verdad antes de mandar esto" was added to it
    slots = asked("tip_confirmed", safe_to_talk=True, tip_what="x", tip_facts={"person_coming": True})
    assert step(turn("ok espero", "affirm", 0.9, "es"), slots).say == ["utter_take_your_time"]
    assert step(turn("quiero hablar con alguien de verdad antes de mandar esto", "inform", 0.6, "es"), slots).hand_over
    assert step(turn("ok ill wait", "affirm"), asked("tip_where", tip_what="x", tip_facts={"person_coming": True})
                ).say == ["utter_person_on_the_way"]  # ("OK, let's go on." read as not hearing them)
    for text in ("when will they answer", "r they coming or not", "nadie me contesta?", "ninguem vem?"):
        got = step(turn(text, "ask_who", 0.6), asked("tip_where", tip_what="x", tip_facts={"person_coming": True}))
        assert got.say == ["utter_person_on_the_way"] and "tip_where" not in got.slots, text
    # "i cant call, no phone only this tablet" while a person is coming: what to do instead
    coming = asked("tip_where", tip_what="x", tip_facts={"person_coming": True})
    assert step(turn("i cant call, no phone only this tablet"), coming).say == ["utter_danger_cant_call"]


def test_a_count_corrected_as_its_4_not_3_and_a_business_named_later_go_where_they_belong():
    slots = asked("tip_confirmed", safe_to_talk=True, tip_what="x", tip_where="Dallas", tip_when="now",
                  tip_who="3 women from peru, 30s", tip_more="no", tip_facts={"people_count": 3})
    fixed = step(turn("its 4 not 3"), slots)  # it was kept as "Also: its 4 not 3"
    assert fixed.slots["tip_who"] == "4 women from peru, 30s" and fixed.slots["tip_facts"]["people_count"] == 4
    who = asked("tip_who", safe_to_talk=True, tip_what="girls sleep in the back", tip_where="miami",
                tip_facts={"city": "Miami", "state": "FL"})
    named = step(turn("the place is called lucky nails btw"), who)  # it was filed as who
    assert named.slots["tip_where"] == "miami / the place is called lucky nails btw" and "tip_who" not in named.slots
    signs = asked("tip_control", safe_to_talk=True, tip_what="x", tip_where="restaurant, Dallas, TX",
                  tip_facts={"city": "Dallas", "state": "TX"})
    street = step(turn("la cocina grill on main st in dallas"), signs)  # it was filed as a sign
    assert "la cocina grill" in street.slots["tip_where"] and "tip_control" not in street.slots


def test_a_name_and_the_address_taken_out_in_one_message_and_the_city_is_not_a_name():
    # "no pongas su nombre de ella porfa, y quita lo de la direccion nomas pon Houston" took Houston out as the name
    slots = asked("tip_confirmed", tip_what="mi comadre Yesenia Morales trabaja en un restaurante chino",
                  tip_where="en el Golden Dragon, 4512 Bissonnet St, Houston", tip_who="yesenia y otras 3 muchachas",
                  tip_facts={"city": "Houston", "state": "TX"})
    got = step(Turn("no pongas su nombre de ella porfa, y quita lo de la direccion nomas pon Houston", "inform", 0.9,
                    "es"), slots)
    assert got.say == ["utter_name_taken_out", "utter_address_taken_out"], got
    assert got.slots["tip_where"] == "Houston" and "Yesenia" not in got.slots["tip_what"]
    assert got.slots["tip_who"] == "(nombre quitado) y otras 3 muchachas"


def test_a_tip_taken_back_is_not_filed_and_a_later_message_picks_it_up():
    # "i dont want to send it" was added to the tip ("Also: …") and "Reply YES to send it" came again
    slots = asked("tip_confirmed", safe_to_talk=True, tip_what="my uncle keeps my money", tip_where="newark",
                  tip_when="2 years", tip_who="just me", tip_control="x", tip_more="no")
    for text, language in (("i dont want to send it", "en"), ("actually dont send it, i changed my mind", "en"),
                           ("no la mandes porfa, cambie de opinion", "es"), ("mudei de ideia, nao manda", "pt")):
        got = step(Turn(text, "deny", 0.8, language), slots)
        assert got.say == ["utter_not_sent"] and got.slots["tip_facts"]["held_back"] and got.quiet, text
        # the read-back waits, unsent, for "send it"
        assert "tip_confirmed" in plan({**slots, **got.slots}) and "tip_confirmed" not in got.slots
    midway = step(turn("nvm its fine, im probably overreacting", "deny"), asked("tip_where", tip_what="x"))
    assert midway.say == ["utter_not_sent"]
    assert step(turn("nvm", "nlu_fallback", 0.3), asked("tip_where", tip_what="x")).say != ["utter_not_sent"]


def test_writing_from_someone_elses_phone_is_acknowledged_once():
    # "escribo del cel de mi patrona, ella esta dormida" was not acknowledged, and "where?" came again
    slots = asked("tip_where", safe_to_talk=True, tip_what="x")
    got = step(Turn("escribo del cel de mi patrona, ella esta dormida", "inform", 0.9, "es"), slots)
    assert got.say[0] == "utter_not_own_phone" and got.slots["tip_facts"]["told_phone"]
    again = step(Turn("este cel no es mio", "inform", 0.9, "es"), {**slots, **got.slots})
    assert "utter_not_own_phone" not in again.say


def test_questions_about_the_question_and_menu_choices_said_in_words():
    # each got "I can't answer that here, but someone from our team can"
    for text, slot in (("does it have to be an exact address?", "tip_where"),
                       ("what counts as sex?", "exploitation_type"),
                       ("do you want the whole story or just the short version?", "tip_what"),
                       ("why does it matter when?", "tip_when"), ("tiene que ser la direccion exacta?", "tip_where")):
        got = step(turn(text, "ask_services", 0.6), asked(slot, safe_to_talk=True, tip_what="x"))
        assert got.say == ["utter_any_detail_helps"] and slot not in got.slots, text
    # "the second one" to the menus (an elderly reporter got the menu explained twice, and no choice was kept)
    assert step(turn("The second one"), asked("reporter_role", safe_to_talk=True)).slots["reporter_role"] == "other"
    assert step(turn("Number 2 then"), asked("privacy_level", safe_to_talk=True, reporter_role="other")
                ).slots["privacy_level"] == "confidential"


def test_a_question_about_someone_abroad_gets_what_a_us_line_can_do():
    # "can you even help if shes not in the US?" got the services answer, and "should i call 911?" then got "yes"
    slots = asked("tip_more", safe_to_talk=True, tip_what="my sister works as a maid in Dubai and cant leave the house")
    for text, language in (("can you even help if shes not in the US?", "en"), ("y si esta en otro pais?", "es")):
        got = step(Turn(text, "ask_services", 0.7, language), slots)
        assert got.say == ["utter_abroad"] and "tip_more" not in got.slots, text
    assert answer_after_filing(turn("can u help if shes in another country?", "ask_services")) == "utter_abroad"


def test_what_the_final_regression_round_found_is_read_as_meant():
    # live probes, sixteenth session, third round
    read_back = asked("tip_confirmed", safe_to_talk=True, tip_what="my friend works for the boss Carl Hughes",
                      tip_where="Boise", tip_when="since april", tip_who="my friend, hes 28", tip_more="no")
    # sending after all: "i changed my mind, you can send it" was taken as taking it back
    assert step(turn("i changed my mind, you can send it"), read_back).slots["tip_confirmed"] is True
    back = step(turn("wait dont send it yet"), read_back)
    assert back.say == ["utter_not_sent"] and back.quiet  # the read-back still waits
    later = {**read_back, **back.slots}
    assert step(turn("ok go ahead and send it"), later).slots["tip_confirmed"] is True
    assert step(turn("ok", "affirm"), later).say == ["utter_ok"] and "tip_confirmed" not in step(
        turn("ok", "affirm"), later).slots
    # a name: keep it when told to; the role word is not the name, and the surname goes too
    kept = step(turn("should i remove the boss's name? no actually keep it, thats fine"), read_back)
    assert kept.say == ["utter_names_up_to_you"] and "tip_what" not in kept.slots
    gone = step(turn("remove the boss name"), read_back)
    assert gone.slots["tip_what"] == "my friend works for the boss (name taken out)", gone
    ana = asked("tip_confirmed", tip_what="my coworker Ana Lopez told me her manager keeps her passport")
    assert "Ana" not in step(turn("take Ana's name out"), ana).slots["tip_what"]
    assert "Ana" not in step(turn("can you take her name out"), ana).slots["tip_what"]
    # "nothing, its all good" to "what should I change?" confirms (it was filed as "Also: nothing, its all good")
    correcting = {**read_back, "correcting": True}
    assert step(turn("nothing, its all good"), correcting).slots.get("tip_confirmed") is True
    assert step(turn("no thats it", "deny"), correcting).slots.get("tip_confirmed") is True
    # "ok i called 911" in danger is acknowledged, not filed as who
    danger = asked("tip_who", safe_to_talk=True, tip_what="x", tip_facts={"danger": True, "person_coming": True})
    called = step(turn("ok i called 911"), danger)
    assert called.say == ["utter_called_911"] and "tip_who" not in called.slots
    assert step(Turn("ya llame al 911, ya vienen", "inform", 0.9, "es"), danger).say == ["utter_called_911"]
    # not a request for a person, not an end
    assert not asks_for_a_person("the women look scared and dont talk to customers", 0.5)
    assert not asks_for_a_person("el dueño se llama don Rigo", 0.5)
    assert not wants_to_end("the bus stop on Main and 3rd, Macon GA")
    assert not wants_to_end("pilot travel stop gary indiana")  # (it asked "Do you want to end this chat?")
    assert not wants_to_end("loves travel stop amarillo tx i40 exit 140")
    # "nao manda mensagem depois pra esse numero" asks not to be texted: it does not take the tip back
    got = step(Turn("to usando o celular emprestado de uma amiga, nao manda mensagem depois pra esse numero", "inform",
                    0.9, "pt"), asked("tip_what", safe_to_talk=True))
    assert "utter_not_sent" not in got.say and got.say[0] == "utter_not_own_phone"


def test_a_question_the_model_read_as_going_on_is_answered():
    # "is someone going to check on them?" (read as "resume") got "OK, let's go on."
    from bot.actions.intake import goes_on_alone
    got = step(turn("is someone going to check on them?", "resume", 0.7), asked("tip_where", tip_what="x"))
    assert got.say == ["utter_what_happens_after_report"]
    assert goes_on_alone("no, go on") and goes_on_alone("sigamos") and not goes_on_alone("is someone going to check")


def test_the_reporters_own_age_is_not_filed_as_the_age_of_the_people_affected():
    # "im 45 and i saw…" from someone reporting on others was read back as "Who: age 45"
    for text, language in (("im 45 and i saw 3 young women living in the back of a nail salon", "en"),
                           ("i'm 60 years old, my neighbors have 4 men working in their yard all day", "en"),
                           ("tengo 45 años y vi a unas muchachas en la cantina", "es"),
                           ("tenho 50 anos e vi umas meninas na boate", "pt")):
        result = step(turn(text, "report_tip", 0.9, language),
                      asked("tip_what", safe_to_talk=True, reporter_role="other", privacy_level="anonymous"))
        assert not result.slots["tip_facts"].get("ages"), text
    # the others' ages stay, and a person telling about themselves keeps theirs
    mixed = step(turn("im 50, the girl is 14", "report_tip"),
                 asked("tip_what", safe_to_talk=True, reporter_role="other", privacy_level="anonymous"))
    assert mixed.slots["tip_facts"]["ages"] == [14] and mixed.slots["tip_facts"]["minor"] is True
    own = step(turn("im 17 and my boss keeps my pay", "report_tip"),
               asked("tip_what", safe_to_talk=True, reporter_role="self", privacy_level="anonymous"))
    assert own.slots["tip_facts"]["ages"] == [17] and own.slots["tip_facts"]["minor"] is True


def test_a_name_corrected_with_a_count_changes_both_where_they_were_told():
    # "her name is Ana not Maria, and its 4 girls not 3": only the count changed, and the name went to "Also"
    slots = asked("tip_confirmed", safe_to_talk=True, reporter_role="other", privacy_level="anonymous",
                  tip_what="a woman named Maria and 3 other girls work at the spa on main st and live there",
                  exploitation_type="sexual", tip_where="Houston, TX", tip_when="still going on", tip_who="3 girls",
                  tip_control="they cant leave", tip_more="none")
    slots["tip_facts"] = {"people_count": 3, "exploitation": ["SexualExploit"]}
    for text in ("her name is Ana not Maria, and its 4 girls not 3", "Ana not Maria. 4 not 3"):
        result = step(turn(text, "correct"), slots)
        assert "named Ana and" in result.slots["tip_what"] and "Maria" not in result.slots["tip_what"], text
        assert result.slots["tip_who"] == "4 girls" and result.slots["tip_facts"]["people_count"] == 4, text
        assert "tip_more" not in result.slots, text
    assert "tip_what" not in step(turn("no not really", "deny"), slots).slots  # no word was wrong


def test_someone_asking_whether_to_pay_a_sextortionist_is_told_not_to():
    # a 16-year-old asked "should i just send more so they stop??" and got "Who is affected?"
    what = "someone online has my nudes and says he will send them to my friends unless i pay him 500. im 16"
    slots = asked("tip_where", safe_to_talk=True, reporter_role="self", privacy_level="anonymous", tip_what=what)
    assert extract(what, "en").exploitation == {"SexualExploit"}
    for text in ("online i guess, i live in san antonio. should i just send more so they stop??", "should he pay?"):
        result = step(turn(text), slots)
        assert result.say == ["utter_sextortion"], text
    assert "utter_sextortion" not in step(turn("should i pay my debt to the boss?"), slots).say
    debt = asked("tip_where", safe_to_talk=True, reporter_role="self", privacy_level="anonymous",
                 tip_what="my boss says i owe him 3000")
    assert "utter_sextortion" not in step(turn("should i pay?"), debt).say


def test_leaving_all_at_once_pauses_the_questions():
    # "hes knocking i gotta go" got the read-back; "me tengo que ir" was filed as when
    for text, language in (("gtg", "en"), ("hes knocking i gotta go", "en"), ("me tengo que ir", "es"),
                           ("tenho que ir", "pt")):
        result = step(turn(text, language=language), asked("tip_when", safe_to_talk=True, tip_what="x"))
        assert result.slots.get("paused") is True and result.say == ["utter_safety_pause"], text


def test_dont_call_me_is_not_a_request_for_a_person_and_taking_the_tip_back_is_heard_in_portuguese_and_french():
    from bot.actions.intake import asks_for_a_person
    for text in ("2 je crois mais m appelez pas sur ce tel, mon patron regarde mon tel des fois",
                 "vcs vao ligar pra mim? prefiro q n", "please dont call me"):
        assert not asks_for_a_person(text, 0.8), text
    for text, language in (("deixa pra la, n quero mais denunciar", "pt"),
                           ("laisse tomber, je veux plus signaler", "fr"),
                           ("pensando bem n quero mandar, apaga isso", "pt")):
        result = step(turn(text, "deny", 0.8, language), asked("tip_where", safe_to_talk=True, tip_what="x"))
        assert result.say == ["utter_not_sent"], text


def test_no_more_questions_while_a_person_is_on_the_way():
    # "no quiero seguir contestando preguntas, quiero hablar con alguien" got "I'm asking a person" and at once
    # "who is affected?"; "hola?" then got the same question again
    slots = asked("tip_who", safe_to_talk=True, reporter_role="self", privacy_level="anonymous",
                  tip_what="trabajo en una casa y no me pagan", tip_where="Houston")
    ask = step(turn("no quiero seguir contestando preguntas, quiero hablar con alguien", "request_human", 0.95, "es"),
               slots)
    assert ask.hand_over or ask.steps_aside
    waiting = {**slots, "tip_facts": {"person_coming": True, "no_questions": True}}
    told = step(turn("la señora me quito el pasaporte y no me deja salir", language="es"), waiting)
    assert told.say == ["utter_noted_for_the_team"] and told.quiet
    assert "pasaporte" in told.slots["tip_what"] and "tip_who" not in told.slots
    hello = step(turn("hola?", "greet", 0.9, "es"), waiting)
    assert hello.say == ["utter_person_on_the_way"] and hello.quiet
    again = step(turn("ok puedes preguntar", language="es"), waiting)
    assert "no_questions" not in again.slots["tip_facts"] and not again.quiet
    assert step(turn("stop asking me questions"), slots).hand_over


def test_is_it_my_fault_is_answered_that_it_is_not():
    # "yo acepte venir y firme un papel, es mi culpa? me van a arrestar?" got only "asking for help is not a crime"
    for text, language in (("yo acepte venir y firme un papel, es mi culpa? me van a arrestar?", "es"),
                           ("is it my fault? i agreed to come", "en"), ("a culpa e minha?", "pt")):
        result = step(turn(text, "ask_police", 0.6, language), asked("tip_where", safe_to_talk=True, tip_what="x"))
        assert "utter_not_your_fault" in result.say, text
    assert step(turn("will i get in trouble?", "ask_police", 0.6),
                asked("tip_where", safe_to_talk=True, tip_what="x")).say == ["utter_not_in_trouble"]


def test_are_you_a_robot_is_answered_however_the_model_reads_it():
    # "vc e robo?", read as a greeting, got "Estou aqui."
    for intent in ("greet", "chitchat", "nlu_fallback"):
        result = step(turn("vc e robo?", intent, 0.7, "pt"), asked("tip_where", safe_to_talk=True, tip_what="x"))
        assert result.say == ["utter_who_we_are"], intent


def test_a_town_corrected_in_free_words_changes_only_the_town_and_more_said_is_added():
    # "no the city is round rock not austin" read back "Where: the city is Round Rock" (the street lost); "and she is
    # 45" replaced "1 woman"; "its in Norcross GA actually" lost the spa and the road; "actually its 4 cooks" was a note
    slots = asked("tip_confirmed", tip_what="a woman works at the house and never leaves",
                  tip_where="in Austin, TX, on elm street", tip_who="1 woman", tip_when="still",
                  tip_facts={"city": "Austin", "state": "TX", "people_count": 1})
    assert step(turn("no the city is round rock not austin", "correct"), slots).slots["tip_where"] == (
        "in Round Rock, TX, on elm street")
    assert step(turn("and she is 45", "inform"), slots).slots["tip_who"] == "1 woman; she is 45"
    spa = asked("tip_confirmed", tip_where="golden lotus spa on buford hwy in Atlanta", tip_who="3 cooks",
                tip_facts={"city": "Atlanta", "state": "GA", "venue": "spa", "people_count": 3})
    assert step(turn("its in Norcross GA actually"), spa).slots["tip_where"] == (
        "golden lotus spa on buford hwy in Norcross")
    four = step(turn("actually its 4 cooks"), spa).slots
    assert four["tip_who"] == "4 cooks" and four["tip_facts"]["people_count"] == 4
    french = asked("tip_confirmed", tip_where="Manchester, MA", tip_facts={"city": "Manchester", "state": "MA"})
    moved = step(turn("non c pas le Massachusetts c le New Hampshire, Nashua", "correct", 0.9, "fr"), french).slots
    assert moved["tip_where"] == "Nashua, NH" and moved["tip_facts"]["state"] == "NH"
    older = asked("tip_confirmed", tip_who="1 woman about 30", tip_facts={"people_count": 1})
    assert step(turn("actually shes more like 35 not 30"), older).slots["tip_who"] == "1 woman about 35"


def test_a_correction_that_begins_with_and_is_never_read_as_yes_and_changes_only_what_it_names():
    # "y tiene 55" at the read-back filed the report unchanged ("y" read as "yes")
    slots = asked("tip_confirmed", tip_what="mi tia trabaja en una casa", tip_where="Doral", tip_when="sigue",
                  tip_who="mi tia, 50", tip_facts={"city": "Doral", "state": "FL"})
    older = step(turn("y tiene 55", "affirm", 0.9, "es"), slots).slots
    assert "tip_confirmed" not in older and older["tip_who"] == "mi tia, 55"
    moved = step(turn("y no es doral es Sweetwater", "affirm", 0.9, "es"), slots).slots
    assert "tip_confirmed" not in moved and moved["tip_where"] == "Sweetwater"
    # the youngest is one more age, not a change of the count ("son como 25 en total" became "son como 16 en total")
    crew = asked("tip_confirmed", tip_who="son como 25 en total", tip_facts={"people_count": 25})
    assert step(turn("la mas joven tiene 16", language="es"), crew).slots["tip_who"] == (
        "son como 25 en total; la mas joven tiene 16")
    # "you forgot …" adds to what was told ("When: you forgot they work from 5am to 10pm…" lost "since january")
    hours = asked("tip_confirmed", tip_when="since january, still happening", tip_control="ids taken")
    added = step(turn("you forgot they work from 5am to 10pm every day"), hours).slots
    assert added["tip_control"].startswith("ids taken; ") and added.get("tip_when", "").startswith("since january")


def test_round_two_words_for_fault_fear_leaving_stopping_and_abroad():
    from bot.actions.intake import tells_of_abroad, trouble_answer, wants_no_more_questions, wants_to_end
    # "stop asking me that" is about one question; "enough with the questions" is about all of them
    assert not wants_no_more_questions("stop asking me that, i dont know how old she is")
    assert wants_no_more_questions("enough with the questions, can i just talk to a real human")
    # "will he stop?" is not "end this chat" (a sextorted 14-year-old was asked "Do you want to end this chat?")
    assert not wants_to_end("if i send one more vid will he stop?") and wants_to_end("stop this chat")
    what = "this person i met on snap is threatening to send my nudes to my school if i dont send a video. im 14"
    slots = asked("tip_where", safe_to_talk=True, tip_what=what)
    assert step(turn("if i send one more vid will he stop?", "end_conversation", 0.8), slots).say == [
        "utter_sextortion"]
    for text in ("is it my own fault for staying", "was this because of me, like did i cause this",
                 "c est de ma faute?"):
        assert trouble_answer(text) == "utter_not_your_fault", text
    assert tells_of_abroad("a mi hija se la llevaron a trabajar de mesera al extranjero")
    for text, language in (("oh no i have 2 go bye", "en"), ("ay ya llego, adios", "es")):
        assert step(turn(text, "goodbye", 0.8, language), asked("tip_where", safe_to_talk=True, tip_what="x")).say == [
            "utter_safety_pause"], text
    boat = extract("the captain holds our seaman books and we havent been paid in 3 months", "en")
    assert "WithholdsDocuments" in boat.means_of_control  # (it was sent to the Department of Labor)


def test_violence_at_home_beside_an_ordinary_job_gets_the_domestic_violence_line():
    # the job told beside it was read as forced labour, and "where?" came with no referral
    for text, language in (("my husband hits me when hes drunk but i have my own job and my own money", "en"),
                           ("meu cunhado bate na minha irma mas ela trabalha normal num mercado e recebe certinho",
                            "pt")):
        result = step(turn(text, "report_tip", 0.8, language),
                      asked("tip_what", safe_to_talk=True, reporter_role="self", privacy_level="anonymous"))
        assert "utter_referral_home_violence" in result.say, text


def test_after_filing_adding_something_and_asking_for_a_real_person_are_answered():
    from bot.actions.intake import answer_after_filing
    # "can i add something" got the services answer; "e tem alguem de verdade ai?" too
    assert answer_after_filing(turn("can i add something", "ask_services", 0.6)) == "utter_tell_more"
    for text in ("e tem alguem de verdade ai?", "y a une vraie personne?"):
        assert answer_after_filing(turn(text, "ask_services", 0.6)) == "utter_who_we_are", text
    assert answer_after_filing(turn("i forgot to say she is 15", "inform", 0.6)) is None  # a detail, added


def test_after_danger_safe_now_and_the_police_there_are_heard_and_a_missing_child_needs_no_wait():
    danger = asked("tip_where", safe_to_talk=True, tip_what="ils m'ont enfermee", tip_facts={"danger": True,
                                                                                        "person_coming": True})
    for text, language in (("je suis en securite maintenant, la police est la", "fr"),
                           ("ya llego la policia, ya estoy bien gracias", "es"), ("to em seguranca agora", "pt")):
        assert step(turn(text, "ask_police", 0.7, language), danger).say == ["utter_safe_now"], text
    assert step(turn("cops are on the way my husband called", "ask_police", 0.8), danger).say == ["utter_called_911"]
    assert step(turn("j'ai envoye un sms au 911", "inform", 0.7, "fr"), danger).say == ["utter_called_911"]
    missing = asked("tip_where", safe_to_talk=True, tip_what="mi hija de 14 no llego a dormir")
    assert step(turn("tengo que esperar 24 horas para reportarla a la policia?", "ask_police", 0.8, "es"),
                missing).say == ["utter_no_wait_to_report"]
    # while waiting without questions, "what happens now" is answered (it got "Noted.")
    waiting = {**danger, "tip_facts": {"person_coming": True, "no_questions": True}}
    assert step(turn("what happens now?"), waiting).say == ["utter_what_happens_next"]


def test_work_hours_are_not_an_age():
    # "trabaja de 9 a 9" was read as an age of 9, and a minor was flagged
    found = extract("mi prima trabaja en un salon de uñas, trabaja de 9 a 9 y duerme en el salon", "es")
    assert not found.ages and not found.minor
    assert extract("son niñas de 14 a 16 años", "es").ages == (14, 16)


def test_the_police_there_and_safe_is_safe_now_not_called_911():
    danger = asked("tip_control", safe_to_talk=True, tip_what="he locked me in the room",
                   tip_facts={"danger": True, "person_coming": True})
    assert step(turn("ok the police are here now, im safe"), danger).say == ["utter_safe_now"]


def test_in_danger_asking_the_line_to_call_the_police_or_whether_to_leave_is_answered():
    # "can u call the cops for me", "please call 911 for me im at the motel 6 room 114" got the next question;
    # "should i leave or stay here??" got "I can't answer that here"
    danger = asked("tip_where", safe_to_talk=True, tip_what="hes kicking the door",
                   tip_facts={"danger": True, "person_coming": True})
    for text in ("yes for a min. can u call the cops for me", "please call 911 for me im at the motel 6 room 114"):
        assert step(turn(text, "ask_police", 0.8), danger).say == ["utter_police_now"], text
    assert step(turn("should i leave or stay here??"), danger).say == ["utter_danger_what_to_do"]
    assert step(turn("is someone from u guys coming too??"), danger).say == ["utter_person_on_the_way"]
    # a third party asking what the line does is told that (not "we can't send the police ourselves")
    calm = asked("tip_what")
    assert step(turn("will you call the cops?", "ask_police", 0.9), calm).say != ["utter_police_now"]


def test_in_danger_should_i_questions_get_what_to_do_and_hiding_the_chat_is_explained():
    # each got the next form question, or "I can't answer that here"
    danger = asked("tip_who", safe_to_talk=True, tip_what="they sold me to a man in a truck stop",
                   tip_facts={"danger": True, "person_coming": True})
    for text, language in (("should i run inside? the truck stop has a store", "en"),
                           ("should i try to leave through the window", "en"), ("me corro o me regreso??", "es"),
                           ("debo irme? tengo miedo que me encuentre", "es")):
        assert "utter_danger_what_to_do" in step(turn(text, language=language), danger).say, text
    assert step(turn("i told you i dont have a phone how do i call 911"), danger).say == ["utter_danger_cant_call"]
    assert step(turn("pls call the police"), danger).say == ["utter_police_now"]
    # asked to come: that we cannot go ourselves, and that the person joining can call with them
    assert step(turn("he said hed hurt me if i leave. can someone come get me"), danger).say[0] == "utter_police_now"
    for text, slot in (("not rly. my pimp reads my texts. how do i make sure he doesnt see this", "safe_to_talk"),
                       ("how do i delete this", "tip_where")):
        result = step(turn(text), asked(slot, tip_what="x"))
        assert result.say == ["utter_how_to_hide"] and result.slots["paused"] is True, text


def test_fourth_round_in_danger_every_question_gets_what_to_do_and_hiding_the_chat_in_portuguese_and_french():
    danger = asked("tip_where", safe_to_talk=True, tip_what="ils m ont emmenee dans une maison",
                   tip_facts={"danger": True, "person_coming": True})
    for text, language in (("vous pouvez localiser mon telephone?", "fr"),
                           ("est ce que quelqu un peut venir me chercher?", "fr"), ("alguem vem me buscar?", "pt"),
                           ("22 Oak Street Brockton. vous envoyez quelqu un?", "fr"),
                           ("me fala se eu fujo ou nao", "pt")):
        assert step(turn(text, "inform", 0.6, language), danger).say == ["utter_danger_what_to_do"], text
    for text, language in (("se ela ver essas mensagens to ferrada. como faço?", "pt"),
                           ("mais sur mon telephone les messages restent? comment je fais", "fr")):
        assert step(turn(text, "inform", 0.6, language), asked("tip_where", safe_to_talk=True, tip_what="x")).say == [
            "utter_how_to_hide"], text
    # "il y a 2 ans" is a time, and a boyfriend's age is not the age of the people affected
    assert 2 not in extract("elle est arrivée il y a 2 ans", "fr").ages
    assert extract("tenho 17 e meu namorado tem 24 anos", "pt").ages == (17,)


def test_fifth_round_yes_with_a_question_files_and_asking_about_erasing_is_not_erasing():
    # "si. ahora como borro esto de la tablet?" gave how to delete it, and nothing was filed
    for text, language in (("si. ahora como borro esto de la tablet?", "es"),
                           ("yes. how do i delete these texts after", "en")):
        result = step(turn(text, "affirm", 0.8, language), asked("tip_confirmed", safe_to_talk=True, tip_what="x"))
        assert result.slots.get("tip_confirmed") is True and result.say == ["utter_how_to_hide"], text
    from bot.actions.intake import erases_a_part
    # "vc apagou meu telefone?" took the contact out; "si borro los mensajes de mi cel…?" too
    for text in ("e cade meu contato? vc apagou meu telefone?",
                 "si borro los mensajes de mi cel se pierde lo que les dije?",
                 "borro los mensajes del hombre o los guardo?"):
        assert erases_a_part(text) is None, text
    assert erases_a_part("can you remove my number") == "contact"
    # the whole chat, with a phone named for another reason (only the contact details went)
    assert erases_a_part("can u delete everything i sent, im scared she check my phone") is None
    # watched in French and Portuguese, in more words
    from webhooks.triage.assess import is_watched
    for text in ("attendez le contremaitre arrive il regarde mon ecran", "ele ta do meu lado agora",
                 "ele levantou, tchau"):
        assert is_watched(text), text
    assert extract("c'est quoi la différence entre 2 et 3 ?", "fr").ages == ()


def test_put_is_not_a_word_for_sex():
    # "and you didnt put the guard with the dog at the gate" made a farm tip "sexual exploitation"
    slots = asked("tip_confirmed", safe_to_talk=True, tip_what="farm workers on a farm live in trailers",
                  exploitation_type="ForcedLabour", tip_who="20 men",
                  tip_facts={"exploitation": ["ForcedLabour"], "people_count": 20})
    result = step(turn("closer to 25 men actually. and you didnt put the guard with the dog at the gate", "correct"),
                  slots)
    assert result.slots.get("exploitation_type", "ForcedLabour") == "ForcedLabour"


def test_how_to_hide_the_chat_on_the_web_is_about_the_browser():
    # the web chat was told to "press and hold the conversation" it does not have
    from dataclasses import replace as changed
    web = changed(turn("how do i delete this"), channel="web")
    assert step(web, asked("tip_where", safe_to_talk=True, tip_what="x")).say == ["utter_how_to_hide_web"]
    sms = changed(turn("how do i delete this"), channel="sms")
    assert step(sms, asked("tip_where", safe_to_talk=True, tip_what="x")).say == ["utter_how_to_hide"]


def test_regression_round_a_contract_is_not_a_child_a_shift_is_not_leaving_a_store_is_work():
    for text, language in (("my aunt signed a 2 year contract to work in a factory", "en"),
                           ("on est coinces dans un contrat de 2 ans", "fr")):
        assert extract(text, language).ages == (), text  # ("Who: age 2", and a minor raised)
    shift = step(turn("hoje a noite tenho que ir com ele pro trabalho, e meu turno de sempre", language="pt"),
                 asked("tip_where", safe_to_talk=True, tip_what="x"))
    assert "utter_safety_pause" not in shift.say and not shift.slots.get("paused")
    from bot.actions.intake import _names_a_kind, asks_if_contacted
    assert _names_a_kind("tienda") and _names_a_kind("store")  # to "work, sex or something else?"
    assert not asks_if_contacted("will you call the police on them?")


def test_work_named_in_the_story_is_its_kind_and_the_kind_question_is_not_asked():
    base = asked("tip_what", safe_to_talk=True, reporter_role="other", privacy_level="anonymous")
    for text, language in (("my cousin works on a farm in fresno and they dont pay him", "en"),
                           ("mi tio trabaja en una construccion en dallas y el patron no le paga", "es")):
        result = step(turn(text, "report_tip", language=language), base)
        assert result.slots["tip_facts"]["exploitation"] == ["ForcedLabour"]
        assert "exploitation_type" not in plan({**base, **result.slots})
    # a massage place may be work or sex, and a job only promised says nothing of what is done now: asked
    for text in ("there is a massage place on 4th st with women living there upstairs",
                 "he promised her a job at a restaurant"):
        result = step(turn(text, "report_tip"), base)
        assert next_question({**base, **result.slots}) == "exploitation_type"


def test_a_call_asked_for_later_is_about_being_contacted_not_a_person_now():
    from bot.actions.intake import asks_if_contacted

    for text in ("me pueden llamar mañana?", "can you call me tomorrow after 5", "pueden llamarme en la noche?",
                 "vous pouvez me rappeler demain?", "podem me ligar amanha?"):
        assert asks_if_contacted(text), text
    for text in ("me pueden llamar?", "can you call me", "can you call the police tomorrow"):
        assert not asks_if_contacted(text), text


def test_after_the_988_line_nothing_more_is_asked_and_the_questions_come_back_when_asked_for():
    slots = asked("tip_where", safe_to_talk=True, tip_what="my uncle sells me to his friends im 15",
                  tip_facts={"person_coming": True, "minor": True})
    said = step(Turn(text="i want to kill myself", intent="inform", confidence=0.9, language="en", self_harm=True),
                slots)
    assert said.say == [] and said.slots["tip_facts"]["no_questions"]
    later = {**slots, **said.slots}
    assert step(turn("are you still there?"), later).say == ["utter_person_on_the_way"]


def test_in_danger_no_minutes_to_call_and_he_left_are_understood():
    waiting = asked("tip_confirmed", safe_to_talk=True, tip_what="locked in a van", tip_where="i-40 exit 127",
                    tip_facts={"danger": True, "person_coming": True, "no_questions": True})
    for text in ("i dont have minutes to call only wifi", "no tengo saldo para llamar"):
        assert step(turn(text), waiting).say == ["utter_danger_no_credit"], text  # (a 911 call needs no credit)
    assert step(turn("jpeux pas appeler"), waiting).say == ["utter_danger_cant_call"]
    for text in ("ya se fue, estoy bien", "he left im ok now"):
        assert step(turn(text), waiting).say == ["utter_safe_now"], text


def test_not_me_makes_it_about_someone_else_and_officials_get_their_own_answers():
    from bot.actions.intake import official_question

    slots = asked("tip_who", safe_to_talk=True, reporter_role="self", tip_what="they wont let my cousin call us")
    assert step(turn("its not me its my cousin Marites. shes 24"), slots).slots["reporter_role"] == "other"
    assert step(turn("im just the driver"), slots).slots["reporter_role"] == "other"
    assert official_question("im a teacher, do i have to call CPS too?") == "utter_mandated_reporter"
    assert official_question("soy maestra, tengo que avisar a servicios de proteccion infantil?") == (
        "utter_mandated_reporter")
    assert official_question("this is detective Ruiz with the police, i need the records of a tip") == (
        "utter_for_officials")
    assert official_question("the police came to the farm last year") is None
    said = step(turn("im a teacher, one of my students told me her uncle sells her. do i have to call CPS?",
                     "report_tip"), asked("tip_what", safe_to_talk=True, reporter_role="other"))
    assert said.say == ["utter_mandated_reporter"] and "uncle sells her" in said.slots["tip_what"]


def test_a_privacy_number_with_this_number_and_a_time_is_the_choice_and_the_contact():
    from dataclasses import replace as changed

    said = step(changed(turn("2, me pueden hablar a este numero en la mañana", language="es"), channel="sms"),
                asked("privacy_level", safe_to_talk=True, reporter_role="self"))
    assert said.slots["privacy_level"] == "confidential" and "en la mañana" in said.slots["contact"]
    assert next_question({**asked("privacy_level", safe_to_talk=True, reporter_role="self"), **said.slots}) != "contact"


def test_pics_read_as_a_police_question_is_not_one():
    slots = asked("tip_what", safe_to_talk=True, reporter_role="self", privacy_level="anonymous")
    assert not step(turn("for pics", "ask_police", 0.8), slots).steps_aside
    assert step(turn("is this law enforcement?", "ask_police", 0.8), slots).steps_aside


def test_is_it_trafficking_or_not_is_answered_and_what_is_told_with_it_kept():
    from bot.actions.intake import asks_what_trafficking_is

    for text in ("is it trafficking or not?", "de mi pero me contesta, eso es trata o no?",
                 "is it human trafficking if he takes her money", "isso é trafico ou nao?"):
        assert asks_what_trafficking_is(text), text
    said = step(turn("de mi pero me contesta, eso es trata o no?", "ask_services", 0.5, "es"),
                asked("reporter_role", safe_to_talk=True))
    assert said.say == ["utter_what_trafficking_is"] and said.slots.get("reporter_role") == "self"


def test_changing_ones_mind_about_privacy_is_not_taking_the_tip_back():
    from dataclasses import replace as changed

    base = asked("tip_confirmed", safe_to_talk=True, reporter_role="other", privacy_level="anonymous",
                 tip_what="my cousin is forced to work at a farm", tip_where="fresno", exploitation_type="ForcedLabour")
    said = step(changed(turn("i changed my mind, you can text me at this number"), channel="sms"), base)
    assert said.slots["privacy_level"] == "share" and said.slots["contact"].startswith("this number")
    assert "utter_not_sent" not in said.say  # it was "OK, I won't send it."
    again = step(turn("ya no quiero ser anonima, mejor me pueden llamar, soy Karla", language="es"), base)
    assert again.slots["privacy_level"] == "share"
    assert next_question({**base, **again.slots}) == "contact"


def test_in_danger_questions_get_answers_and_only_asking_for_them_brings_the_questions_back():
    from bot.actions.intake import asks_for_the_questions

    waiting = asked("tip_confirmed", safe_to_talk=True, tip_what="locked in a truck", tip_where="i-35 exit 12",
                    tip_facts={"danger": True, "person_coming": True, "no_questions": True})
    assert step(turn("will the police deport us? most of us have no papers"), waiting).say == ["utter_immigration"]
    assert step(turn("should we bang on the walls?"), waiting).say == ["utter_danger_what_to_do"]
    assert step(turn("can you call 911 for us"), waiting).say == ["utter_police_now"]
    for text in ("ok you can ask me now", "ya puedes preguntarme", "pode perguntar", "seguimos"):
        assert asks_for_the_questions(text), text
    for text in ("el viejo pregunta quien llamo", "ok texted 911. we continue driving", "grita pregunta donde estoy"):
        assert not asks_for_the_questions(text), text
    harmed = {**waiting, "tip_facts": {**waiting["tip_facts"], "self_harm": True}}
    assert step(turn("i took some of them"), harmed).say == ["utter_self_harm_still_here"]


def test_a_danger_read_wrong_is_left_when_the_person_says_so_and_the_questions_come_back():
    waiting = asked("tip_confirmed", tip_what="the guy next door is hitting the punching bag right now",
                    tip_where="austin", tip_facts={"danger": True, "person_coming": True, "no_questions": True})
    for text, language in (("wait what?? nobody needs 911, i said its not an emergency", "en"),
                           ("oi?? eu falei que NAO eh emergencia kkk ninguem ta em perigo agora", "pt"),
                           ("que? no no es emergencia, es un dicho", "es")):
        said = step(turn(text, language=language), waiting)
        assert said.say == ["utter_misread_danger"], text
        after = {**waiting, **said.slots}
        assert not after["tip_facts"].get("danger") and not after["tip_facts"].get("no_questions")
        assert after["tip_facts"]["not_in_danger"] is True  # no mandated report on imminent danger (reports/store.py)
        assert next_question(after) not in (None, "tip_confirmed"), text  # the questions come back
    assert step(turn("he is hitting her again, its an emergency"), waiting).say != ["utter_misread_danger"]


def test_where_the_person_is_as_they_say_it_is_safe_is_not_where_the_tip_happens():
    for text in ("si, estoy en mi casa descansando, hoy entro a las 8", "si tranqui, ya no trabajo ahi"):
        result = step(turn(text, "affirm", 0.8, "es"), asked("safe_to_talk"))
        assert result.slots == {"safe_to_talk": True}, text  # (filed as where and when)
    kept = step(turn("si, estoy en el rancho y nos tienen sin pago", "affirm", 0.8, "es"), asked("safe_to_talk"))
    assert kept.slots["tip_facts"]["venue"] == "farm"  # the place of the tip, told with the yes, is kept


def test_should_i_call_911_about_a_child_is_answered_yes_now():
    # "should i call 911 or what" about a girl of 14 at a truck stop got "if someone is in danger now… otherwise it's
    # your choice"
    child = asked("tip_where", safe_to_talk=True, reporter_role="other", tip_facts={"minor": True, "ages": [14]},
                  tip_what="theres a girl who looks like 14 getting in and out of trucks at the truck stop")
    assert step(turn("should i call 911 or what"), child).say == ["utter_should_call_police_yes"]
    adult = asked("tip_where", safe_to_talk=True, reporter_role="other", tip_what="my boss keeps our pay")
    assert step(turn("should i call the police?"), adult).say == ["utter_should_call_police"]


def test_a_correction_at_the_read_back_loses_nothing_that_was_told():
    # "oh also the boss has their ids" replaced the signs (the quota, the phones and the debt were lost); "el cuando
    # esta mal, es desde abril" replaced When with those very words
    from bot.actions.tip import _with_earlier_answers
    slots = asked("tip_confirmed", safe_to_talk=True, reporter_role="other", privacy_level="anonymous",
                  tip_what="feria", tip_where="en la feria del condado en lubbock", tip_who="22 hombres",
                  tip_when="la proxima semana nos vamos a amarillo", correcting=False,
                  tip_control="el encargado guarda los pasaportes en su traila")
    got = step(turn("el cuando esta mal, es desde abril q llegamos. y la deuda de la visa no la pusiste", "inform", 0.9,
                    "es"), slots)
    assert got.slots["tip_when"] == "desde abril q llegamos"  # (without the "es" that led it)
    assert got.slots["tip_control"].startswith("el encargado guarda los pasaportes en su traila; ")
    assert "DebtBondage" in got.slots["tip_facts"]["means_of_control"]
    told = got.slots["tip_facts"]["told_before"]
    assert told == {"tip_when": "la proxima semana nos vamos a amarillo"}
    assert "When as first told: la proxima semana nos vamos a amarillo" in _with_earlier_answers(None, told)
    assert _with_earlier_answers("none", {}) == "none"


def test_choosing_anonymous_at_the_contact_question_does_not_take_the_tip_back():
    # "actually no i changed my mind i dont want give number, anonymous pls" got "OK, I won't send it"
    slots = asked("contact", safe_to_talk=True, reporter_role="self", privacy_level="share",
                  tip_what="i work at a nail salon in queens")
    got = step(turn("actually no i changed my mind i dont want give number, anonymous pls", "deny", 0.8), slots)
    assert got.slots.get("privacy_level") == "anonymous" and "utter_not_sent" not in got.say
    assert step(turn("i changed my mind, dont send it", "deny", 0.8), slots).say == ["utter_not_sent"]


@pytest.mark.parametrize(("slot", "text", "intent", "language", "answer", "reply"), [
    ("privacy_level", "2 i guess. will they find out it was me??", "ask_anonymous", "en", "confidential",
     "utter_fear_found_out"),
    ("reporter_role", "me. but will i get deported?? i dont have papers", "ask_immigration", "en", "self",
     "utter_immigration"),
    ("safe_to_talk", "si puedo. pero es gratis o no?", "ask_who", "es", True, "utter_free"),
    ("safe_to_talk", "si tengo como media hora. me van a arrestar a mi si cuento esto?", "ask_police", "es", True,
     "utter_not_in_trouble"),
    ("privacy_level", "la 3 xq no tengo papeles y me da miedo", "ask_immigration", "es", "anonymous",
     "utter_immigration"),
    ("privacy_level", "2. can i stay anonymous tho? i dont want to get involved w police", "ask_police", "en",
     "confidential", "utter_anonymous"),  # (it got "No, this is not the police", read as "no, you can't")
    ("privacy_level", "3 idk. does it cost anything", "ask_who", "en", "anonymous", "utter_free"),
])
def test_a_menu_answered_with_a_question_after_it_takes_the_answer_and_answers_the_question(
        slot, text, intent, language, answer, reply):
    # each answer was dropped, the question answered, and the same menu asked again
    slots = asked(slot, safe_to_talk=True, reporter_role="other") if slot == "privacy_level" else (
        asked(slot, safe_to_talk=True) if slot == "reporter_role" else asked(slot))
    got = step(turn(text, intent, 0.8, language), slots)
    assert got.slots[slot] == answer and reply in got.say and not got.steps_aside


def test_a_privacy_choice_with_the_contact_details_after_it_keeps_them():
    # "la 1, me llamo yesenia mi cel es…" got "we can't say when" and the menu again, then the contact question
    got = step(turn("la 1, me llamo yesenia mi cel es 714 555 0192, pueden llamarme despues de las 6", "inform", 0.8,
                    "es"), asked("privacy_level", safe_to_talk=True, reporter_role="other"))
    assert got.slots["privacy_level"] == "share" and "714 555 0192" in got.slots["contact"]
    assert step(turn("no. is this the police?", "ask_police", 0.8), asked("safe_to_talk")).slots.get(
        "safe_to_talk") is not True  # not safe: nothing more
    assert "reporter_role" not in step(turn("wait, is this the police?", "ask_police", 0.9),
                                       asked("reporter_role", safe_to_talk=True)).slots  # "wait" answers nothing


def test_is_it_free_is_answered():
    got = step(turn("wait is this free? i cant pay nothing", "ask_who", 0.6), asked("safe_to_talk"))
    assert got.say == ["utter_free"]


def test_coming_back_after_the_pause_and_saying_one_can_talk_goes_on():
    # "no im here now i can talk" and "sorry had to go he came back. hes asleep now" got "OK. Write back whenever you
    # like." again
    from bot.actions.intake import _SAFE_NOW, normalise
    paused = asked("safe_to_talk", paused=True, reporter_role="self", tip_what="my boyfriend is pimping me out")
    for text in ("no im here now i can talk", "sorry had to go he came back. hes asleep now"):
        got = step(turn(text, "deny", 0.8), paused)
        assert got.slots == {"paused": False, "safe_to_talk": True} and got.say == [], text
    assert step(turn("no i cant talk now", "deny", 0.8), paused).say == ["utter_safety_pause"]
    assert _SAFE_NOW.search(normalise("ela foi embora, to bem agr")) and not _SAFE_NOW.search(normalise("nao to bem"))


def test_after_danger_asking_to_go_on_or_whether_it_was_received_brings_the_questions_back():
    # "liguei… posso contar o resto pra vcs?", "oui on peut continuer", "tem algum numero de protocolo?" each got the
    # 911 line or "Noted", and no question or reference code ever came
    danger = asked("tip_confirmed", safe_to_talk=True, tip_what="ele ta batendo nela agora",
                   tip_where="apartamento em newark", tip_facts={"danger": True, "no_questions": True,
                                                                  "person_coming": True})
    for text, language in (("liguei, falaram q vao mandar alguem. posso contar o resto pra vcs?", "pt"),
                           ("oui on peut continuer", "fr"),
                           ("vous me posez des questions ou pas? c quoi la suite", "fr")):
        got = step(turn(text, "inform", 0.8, language), danger)
        assert "danger" not in got.slots["tip_facts"] and "no_questions" not in got.slots["tip_facts"], text
    got = step(turn("ta mas vcs receberam o q eu mandei? tem algum numero de protocolo?", "inform", 0.8, "pt"), danger)
    assert got.say == ["utter_kept_so_far"] and "no_questions" not in got.slots["tip_facts"]
    still = step(turn("he is still hitting her", "inform", 0.8), danger)
    assert still.slots["tip_facts"].get("danger")  # the danger going on keeps the questions away


def test_a_rude_boss_who_cut_shifts_is_a_work_problem_not_trafficking():
    # it ran the whole intake and filed "forced work, insults or humiliation"
    told = ("hi my boss at the restaurant is so rude, calls me stupid in front of customers and cut my shifts bc i "
            "asked for a day off. can u guys do something")
    assert step(turn(told, "workplace_problem", 0.8), {"requested_slot": None}).slots.get("not_trafficking")
    from bot.actions.intake import free_to_leave
    assert free_to_leave("nobody is forcing me or anything i just hate it there", {"PsychologicalAbuse"})
    assert not free_to_leave("nobody is forcing me", {"PsychologicalAbuse", "WithholdsDocuments"})


@pytest.mark.parametrize(("slot", "text", "language"), [
    ("tip_where", "red roof inn on i-10 in baytown tx, room 214. should i call the cops or will i get fired", "en"),
    ("reporter_role", "hello?? do i call 911 or not. shes a kid", "en"),
    ("tip_who", "je viens de te le dire une fille de 14 ans. c'est urgent la! j'appelle le 911?", "fr"),
    ("tip_control", "le sigue pegando!! que hago", "es"),
])
def test_asking_whether_to_call_911_about_a_child_gets_yes_now_first_at_any_question(slot, text, language):
    # each got the next form question, the role menu, or "telling us is a good first step"
    child = asked(slot, safe_to_talk=True, reporter_role="other", tip_facts={"minor": True},
                  tip_what="a guy took a girl that looks 13 or 14 up to a room")
    got = step(turn(text, "inform", 0.8, language), child)
    assert got.say[0] == "utter_should_call_police_yes" and "utter_what_to_do" not in got.say


def test_a_correction_that_names_its_field_changes_that_field():
    # "pour Qui mettez: Nadege, 24 ans" and "signs also: we work 16 hours a day…" went to "when"; "when i got there she
    # was gone" names no field
    from bot.actions.intake import _named_field
    assert _named_field("pour Qui mettez: Nadege, 24 ans, une seule personne") == (
        "tip_who", "Nadege, 24 ans, une seule personne")
    assert _named_field("signs also: we work 16 hours a day")[0] == "tip_control"
    assert _named_field("no, el Que esta mal. cambia el que: trabajamos en la uva 14 horas") == (
        "tip_what", "trabajamos en la uva 14 horas")
    assert _named_field("when i got there she was gone") is None and _named_field("who knows") is None
    slots = asked("tip_confirmed", safe_to_talk=True, reporter_role="other", privacy_level="anonymous",
                  tip_what="nanny", tip_where="Princeton", tip_when="since march", tip_who="2 women",
                  tip_control="no days off", correcting=False)
    got = step(turn("pour Qui mettez: Nadege, 24 ans, une seule personne", "inform", 0.9, "fr"), slots)
    assert got.slots["tip_who"] == "Nadege, 24 ans, une seule personne" and "tip_when" not in got.slots


def test_a_correction_that_names_two_fields_changes_both():
    # "donde: Fort Worth, quienes: 4 mujeres" was read back as Where "Fort Worth, quienes: 4 mujeres", with Who still 3
    slots = asked("tip_confirmed", safe_to_talk=True, reporter_role="other", privacy_level="anonymous",
                  tip_what="3 women work at a nail salon and the owner keeps their passports",
                  tip_where="Dallas, nail salon on Main", tip_when="since march", tip_who="3 women, around 25",
                  tip_control="passports taken", tip_more="none")
    for text, language, second, said in (
            ("where: Fort Worth, who: 4 women", "en", "tip_who", "4 women"),
            ("Where: Fort Worth\nWho: 4 women", "en", "tip_who", "4 women"),
            ("where is Fort Worth and when is since january", "en", "tip_when", "since january"),
            ("donde: Fort Worth, quienes: 4 mujeres", "es", "tip_who", "4 mujeres"),
            ("el donde esta mal es Fort Worth y el cuando es desde enero", "es", "tip_when", "desde enero"),
            ("où: Fort Worth, quand: depuis janvier", "fr", "tip_when", "depuis janvier")):
        got = step(turn(text, "deny", 0.9, language), slots)
        assert got.slots.get("tip_where") == "Fort Worth" and got.slots.get(second) == said, (text, got.slots)
    # something added, then another field put right: each lands in its own (both became the whole message)
    got = step(turn("pon el nombre del restaurante, se llama La Carreta, y fue el sabado no el viernes", "deny", 0.9,
                    "es"), {**slots, "tip_when": "el viernes"})
    assert "La Carreta" in got.slots["tip_where"] and "Fort" not in got.slots["tip_where"], got.slots
    assert "Dallas" in got.slots["tip_where"] and "sabado" in got.slots["tip_when"], got.slots
    assert "La Carreta" not in got.slots["tip_when"] and "viernes" not in got.slots["tip_when"], got.slots
    # a field's word inside an answer is part of it
    for text in ("where: the motel where is the bus station", "where: a house, the one where the red door is"):
        got = step(turn(text, "deny"), slots)
        assert got.slots["tip_where"] == text.removeprefix("where: ") and "tip_who" not in got.slots, got.slots


def test_the_code_asked_for_after_a_second_tip_is_the_one_named():
    # "cual era el codigo del primero?" after a second tip gave the second report's code
    from bot.actions.intake import which_code
    for text in ("whats the code of the first one", "cual era el codigo del primero?", "le code de l'autre svp",
                 "o código da primeira denúncia"):
        assert which_code(text) == "earlier", text
    assert which_code("can i have both codes") == "all" and which_code("los dos codigos porfa") == "all"
    # which one not said, after two: each (it gave the second's alone to "what is my code for the restaurant report")
    assert which_code("what is my code for the restaurant report") == "unsaid" and which_code("mi codigo?") == "unsaid"
    assert which_code("and the code of this one?") == "latest"
    assert which_code("me das mi codigo otra vez porfa?") == "unsaid"  # again, not the other one


def test_violence_at_home_asked_about_as_trafficking_gets_the_answer_the_line_and_whether_there_is_more():
    # "mi esposo me pega… es trata?" got the line alone; after "sí" (safe to text), "¿qué viste o qué está pasando?"
    # asked again what she had told, and "no" was read as a story untold
    said = step(turn("mi esposo me pega y me grita todos los dias, es trata?", "ask_what_is_trafficking", 0.9, "es"),
                asked("safe_to_talk")).say
    assert said == ["utter_not_trafficking_but_serious", "utter_referral_home_violence"], said
    facts = {"referred_to": ["utter_referral_home_violence"], "means_of_control": ["PhysicalAbuse"]}
    for no in ("no", "no gracias", "não", "non"):
        ended = step(turn(no, "deny"), asked("tip_what", safe_to_talk=True, tip_facts=facts))
        assert ended.slots.get("not_trafficking") and "tip_what" not in ended.slots, (no, ended)
    assert step(turn("yes", "affirm"), asked("tip_what", safe_to_talk=True, tip_facts=facts)).say == ["utter_tell_more"]
    more = step(turn("he also makes me work at his restaurant for free"),
                asked("tip_what", safe_to_talk=True, tip_facts=facts))
    assert "restaurant" in more.slots["tip_what"] and not more.slots.get("not_trafficking")


def test_if_i_leave_is_no_question_of_going_with_him_and_deleting_asked_is_answered():
    # a domestic worker of 24 (the children are her boss's): "si me voy llama a inmigracion" got "Please don't go with
    # him", four times; "se puede borrar esto?" got the pause alone
    slots = asked("tip_control", safe_to_talk=True, reporter_role="self", tip_what="la señora no me deja salir",
                  tip_who="solo yo. tengo 24", tip_facts={"minor": True, "ages": [24]})
    got = step(turn("a veces me grita y me dice que si me voy llama a inmigracion. trabajo desde las 6 de la mañana"
                    " hasta las 11 de la noche todos los dias", "inform", 0.8, "es"), slots)
    assert "utter_dont_go" not in got.say, got
    assert {"ThreatOfLawEnforcement", "ExcessiveWorkingHours"} <= set(got.slots["tip_facts"]["means_of_control"])
    asks = step(turn("si ella salio al super. pero me revisa el telefono cuando regresa, se puede borrar esto?",
                     "affirm", 0.8, "es"), asked("safe_to_talk"))
    assert asks.say == ["utter_how_to_hide"], asks
    # asking still is asking: "me quedo aqui o salgo?", from a girl of 15 in his truck
    young = asked("tip_where", safe_to_talk=True, reporter_role="self", tip_what="estoy en la troca de un señor",
                  tip_facts={"minor": True, "ages": [15]})
    assert "utter_dont_go" in step(turn("q hago me quedo aqui o salgo", "inform", 0.8, "es"), young).say


def test_a_change_of_mind_about_privacy_is_taken_at_any_question():
    # "pensandolo bien mejor no quiero dar mi nombre ni mi numero, quiero que sea anonimo" was filed as when;
    # "finalement vous pouvez m'appeler, 239 555 0163" stayed anonymous, with the number in "also"
    base = dict(safe_to_talk=True, reporter_role="other", tip_what="they work at a spa")
    got = step(turn("oye pensandolo bien mejor no quiero dar mi nombre ni mi numero, quiero que sea anonimo", "inform",
                    0.8, "es"), asked("tip_when", privacy_level="share", contact="me llamo alejandra", **base))
    assert got.slots == {"privacy_level": "anonymous"}
    got = step(turn("ah et finalement vous pouvez m'appeler, 239 555 0163, Jacqueline, le dimanche", "inform", 0.8,
                    "fr"), asked("tip_when", privacy_level="anonymous", **base))
    assert got.slots["privacy_level"] == "share" and "239 555 0163" in got.slots["contact"]


def test_pictures_held_by_a_partner_to_keep_her_do_not_get_the_online_blackmail_advice():
    # "says he'll send pics to my mom if i leave" (a boyfriend who pimps her) got "don't pay… stop replying"
    pimped = asked("tip_control", safe_to_talk=True, reporter_role="self",
                   tip_what="my boyfriend makes me see guys at hotels and keeps all the money")
    said = step(turn("he hits me if i dont make enough n he took my id. says he'll send pics to my mom if i leave"),
                pimped)
    assert "utter_sextortion" not in said.say
    online = step(turn("a guy i met online has my nudes and says hell post them unless i pay 500"),
                  asked("tip_what", safe_to_talk=True, reporter_role="self"))
    assert "utter_sextortion" in online.say


def test_unpaid_overtime_from_someone_already_looking_for_another_job_is_a_work_problem():
    told = "oigan una pregunta, mi patron de la limpieza no me ha pagado las horas extras de dos semanas"
    free = "nomas quiero mi dinero. si me quiero salir me salgo, ya estoy buscando otro trabajo"
    got = step(turn(free, "workplace_problem", 0.8, "es"), asked("tip_where", safe_to_talk=True, reporter_role="self",
                                                                  privacy_level="anonymous", tip_what=told))
    assert got.slots.get("not_trafficking")  # (it was filed as forced work)


def test_send_it_at_the_read_back_files_whatever_the_model_calls_it():
    # "whatever yes send it" got "I can only help with reports about people being forced…" (read as out of scope)
    read_back = asked("tip_confirmed", safe_to_talk=True, reporter_role="self", privacy_level="anonymous",
                      tip_what="we build houses", tip_where="henderson", correcting=False)
    assert step(turn("whatever yes send it", "out_of_scope", 0.7), read_back).slots["tip_confirmed"] is True
    assert step(turn("bon oui c'est correct, envoyez", "out_of_scope", 0.7, "fr"), read_back).slots[
        "tip_confirmed"] is True
    assert "tip_confirmed" not in step(turn("dont send it yet", "out_of_scope", 0.7), read_back).slots


def test_where_is_fine_changes_nothing_and_where_the_person_lives_is_not_the_place():
    # "where is fine" was read back as "Where: fine"; "y yo sigo viviendo en pasadena" became the place
    from bot.actions.intake import _named_field
    assert _named_field("where is fine") is None and _named_field("el donde esta bien") is None
    read_back = asked("tip_confirmed", safe_to_talk=True, reporter_role="other", privacy_level="anonymous",
                      tip_what="mi prima lupita trabaja en una casa", tip_where="la casa esta en Katy, TX",
                      tip_when="desde hace 8 meses", tip_who="ella", tip_control="no le pagan", correcting=False,
                      tip_facts={"city": "Katy", "state": "TX"})
    got = step(turn("dónde esta mal, perdon me confundi: la casa esta en sugar land tx, en katy vive la hermana de la "
                    "señora. y yo sigo viviendo en pasadena", "inform", 0.8, "es"), read_back)
    assert got.slots["tip_facts"]["city"] == "Sugar Land" and "sigo viviendo" not in got.slots["tip_where"]
    assert "sigo viviendo en pasadena" in got.slots["tip_more"]  # kept, as a note


def test_in_danger_saying_help_is_coming_or_asking_whether_to_call_gets_the_right_line():
    # "called. sheriff n ambulance coming" got "If you can, call or text 911 now"; "do i call 911 for this or is it not
    # that serious, hes bleeding" got the hedged line
    danger = asked("tip_confirmed", safe_to_talk=True, tip_what="the crew boss beat a guy", tip_where="farm salinas",
                   tip_facts={"danger": True, "no_questions": True, "person_coming": True})
    assert step(turn("called. sheriff n ambulance coming"), danger).say == ["utter_called_911"]
    assert step(turn("do i call 911 for this or is it not that serious, idk hes bleeding kinda"), danger).say == [
        "utter_should_call_police_yes"]
    assert extract("its not 10 people, its ONE girl about 10 yrs old and one man").people_count != 10


def test_calling_the_number_a_referral_gave_is_not_asking_for_a_person():
    # "posso ligar nesse numero em portugues?" and "nao precisa chamar ninguem" each queued a person
    from bot.actions.intake import asks_for_a_person
    assert not asks_for_a_person("ele tambem grita com a gente. posso ligar nesse numero em portugues?", 0.0)
    assert not asks_for_a_person("nao precisa chamar ninguem, so queria saber", 0.0)
    assert asks_for_a_person("quero falar com uma pessoa", 0.0)


def test_why_it_is_safe_to_write_now_is_not_filed_as_part_of_the_tip():
    # live conversations, 2026-12-06: after a pause, "Yes safe, it is night, all sleeping" was filed as When, and "he
    # went to the store" as the place
    back = asked("safe_to_talk", reporter_role="other", privacy_level="anonymous", tip_facts={"was_paused": True},
                 tip_what="workers at the chicken plant sleep in trailers")
    for text in ("Yes safe, it is night, all sleeping", "ya he left for the night",
                 "yes, he went to the store, i have like 10 min", "si, el patron se fue al pueblo"):
        result = step(turn(text, "affirm"), back)
        assert result.slots["safe_to_talk"] is True and not result.say, text
        assert not {"tip_when", "tip_where", "tip_what"} & set(result.slots), text
        assert "venue" not in (result.slots.get("tip_facts") or {}), text
    told = step(turn("yes. the boss keeps our passports", "affirm"), back)
    assert "passports" in told.slots["tip_what"]  # a sign of control told with it is kept


def test_calling_911_without_papers_is_answered_as_help_for_everyone_and_what_was_sent_is_confirmed():
    # live conversations, 2026-12-06: "si le hablo al 911 me van a pedir papeles?" got "Sí: llama al 911 ahora" (she
    # read it as "yes, they ask for papers"); "did u get what i said before?" was ignored
    held = asked("tip_where", reporter_role="self", privacy_level="anonymous", tip_what="me tiene encerrada",
                 tip_facts={"minor": True})
    for text in ("si le hablo al 911 me van a pedir papeles? no tengo", "no puedo llamar al 911 me van a deportar"):
        result = step(turn(text, "ask_immigration", language="es"), held)
        assert result.say[0] == "utter_call_without_papers" and "utter_immigration" not in result.say, text
    for text in ("did u get what i said before?", "you still have what i said?", "se guarda lo q te dije?",
                 "did it send?"):
        result = step(turn(text, "inform"), held)
        assert result.say == ["utter_kept_so_far"] and not result.slots, text
    assert step(turn("did you get the address? its 45 main st", "inform"), held).slots["tip_where"]


def test_a_scam_gets_where_to_report_it_and_a_scam_job_with_control_is_still_a_tip():
    # live conversation, 2026-12-06: a check-and-gift-card scam was filed as forced labour, with no referral
    opening = asked("tip_what", reporter_role="self", privacy_level="anonymous", safe_to_talk=True)
    for text, language in (("a guy online offered me a job, sent me a check to deposit and buy gift cards, now the "
                            "bank says i owe 2400. is this trafficking?", "en"),
                           ("me estafaron con un trabajo falso, me pidieron 500 dolares", "es")):
        result = step(turn(text, "report_tip", language=language), opening)
        # (the question, when asked, answered first: it does not sound like trafficking)
        assert result.say[-1] == "utter_referral_scam" and "tip_what" not in result.slots, text
        assert result.say[:-1] == (["utter_not_trafficking_short"] if "trafficking?" in text else []), text
    for text in ("they took my passport and make me work, its a scam job",
                 "the job was a scam, they make her sleep with clients"):
        result = step(turn(text, "report_tip"), opening)
        assert "utter_referral_scam" not in result.say and result.slots["tip_what"] == text, text


def test_long_hours_and_money_taken_told_at_the_read_back_are_signs_not_when():
    # live conversations, 2026-12-06: "u forgot the money they take 200 every week and the 14 hrs" made When "the 14
    # hrs"; "they work crazy long hours" made When "they work crazy long hours"
    read_back = asked("tip_confirmed", reporter_role="other", privacy_level="anonymous", safe_to_talk=True,
                      tip_what="15 men pick strawberries", tip_where="a farm near Watsonville", tip_when="since april",
                      tip_who="15 men", tip_control="he keeps their pay",
                      tip_facts={"exploitation": ["ForcedLabour"], "means_of_control": ["TakesEarnings"]})
    for text in ("u forgot the money they take 200 every week and the 14 hrs", "and they work crazy long hours"):
        result = step(turn(text, "inform"), read_back)
        assert "tip_when" not in result.slots, text
        assert result.slots["tip_control"].startswith("he keeps their pay; "), text
        assert "ExcessiveWorkingHours" in result.slots["tip_facts"]["means_of_control"], text
    assert step(turn("no it was friday", "inform"), read_back).slots["tip_when"] == "it was friday"
    assert not extract("the farm is 12 hours from here", "en").means_of_control


def test_pictures_held_over_someone_told_by_a_witness_are_a_sign_not_advice_to_the_witness():
    # live conversation, 2026-12-06: "he says hell send the pics to her mom" got "Please don't pay or send anything
    # more… Stop replying", advice for the one blackmailed, to a witness who was paying nobody
    witness = asked("tip_when", reporter_role="other", privacy_level="anonymous", safe_to_talk=True,
                    tip_what="a 15 yo girl is in escort ads, her older bf posts them")
    result = step(turn("he says hell send the pics to her mom if she stops. also she has bruises", "inform"), witness)
    assert "utter_sextortion" not in result.say and "pics" in result.slots["tip_what"]


def test_an_answer_told_with_taking_the_name_out_is_kept():
    # live conversation, 2026-12-06: "El Mariachi Grill in Salem Oregon. please dont use my name hes family" took the
    # name out and lost the place ("where?" was asked twice more)
    where = asked("tip_where", reporter_role="other", privacy_level="confidential", safe_to_talk=True,
                  contact="Ana 555-201-3344", tip_what="my uncle makes 3 guys work at his restaurant for no pay")
    result = step(turn("El Mariachi Grill in Salem Oregon. please dont use my name hes family", "inform"), where)
    assert result.slots["contact"] == "555-201-3344" and result.say[0] == "utter_name_removed"
    assert result.slots["tip_where"].startswith("El Mariachi Grill in Salem Oregon")
    assert result.slots["tip_facts"]["city"] == "Salem"


def test_questions_asked_in_danger_get_their_own_answers_not_the_911_line_again():
    # live conversations, 2026-12-06: each got "If you can, call 911… a person is joining", again and again
    waiting = asked("tip_where", reporter_role="self", privacy_level="anonymous", tip_what="me tiene encerrada",
                    tip_facts={"danger": True, "no_questions": True})
    kept = ("utter_have_it_all", "utter_kept_so_far")  # (the second when asking brings the questions back)
    for text, language, answers in (("les llego lo que les mande?", "es", kept),
                                    ("did you get what i sent?", "en", kept),
                                    ("ustedes pueden venir por mi?", "es", ("utter_police_now",)),
                                    ("can someone come get me", "en", ("utter_police_now",)),
                                    ("si llamo al 911 me piden papeles?", "es", ("utter_call_without_papers",))):
        said = step(turn(text, "inform", language=language), waiting).say
        assert len(said) == 1 and said[0] in answers, text


def test_saying_it_is_safe_is_a_yes_whatever_the_model_reads():
    # live conversations, 2026-12-06: "to seguro, parado no ponto" and "agora sim, to no banheiro do salao" (read as a
    # no) paused the chat; "im safe now" skipped the when question (read as "not going on any more")
    for text in ("to seguro, parado no ponto", "agora sim, to no banheiro do salao", "im safe now"):
        result = step(turn(text, "deny", language="pt"), asked("safe_to_talk"))
        assert result.slots["safe_to_talk"] is True and not result.say, text
        assert "ongoing" not in (result.slots.get("tip_facts") or {}), text
    for text in ("im not safe", "nao to seguro"):
        assert step(turn(text, "deny", language="pt"), asked("safe_to_talk")).say == ["utter_safety_pause"], text


def test_a_name_told_as_im_keisha_goes_with_the_contact():
    # live conversations, 2026-12-06: "Done: your name is out of the report", and the story still began "im Keisha btw"
    # or "Hi, I'm Mr. Okafor"
    from bot.actions.take_out import without_own_contact
    told = {"tip_what": "im Keisha btw i work at the nail place 2 doors down", "tip_more": "Hi, I'm Mr. Okafor"}
    changed = without_own_contact(told, None, "en")
    assert "Keisha" not in changed["tip_what"] and "nail place" in changed["tip_what"]
    assert "Okafor" not in changed["tip_more"]
    for text in ("Im scared, they took her passport", "This is Sparkle Nails on Main"):
        assert not without_own_contact({"tip_what": text}, None, "en"), text


def test_is_it_trafficking_is_answered_and_after_a_referral_it_does_not_sound_like_it():
    # live conversations, 2026-12-06: "is that trafficking or just a bad job?", "esto es trata o no? solo quiero saber
    # a donde ir" were ignored or filed as answers, four times in a row
    where = asked("tip_where", reporter_role="other", privacy_level="anonymous", safe_to_talk=True,
                  tip_what="my cousin works at a farm")
    for text, language in (("is that trafficking or just a bad job?", "en"),
                           ("pero entonces si es trafico de personas o no?", "es")):
        result = step(turn(text, "ask_services", language=language), where)
        assert result.say == ["utter_what_trafficking_is"] and "tip_where" not in result.slots, text
    referred = asked("tip_where", reporter_role="self", privacy_level="anonymous", safe_to_talk=True,
                     tip_what="my landlord keeps my deposit",
                     tip_facts={"referred_to": ["utter_referral_housing"]})
    assert step(turn("esto es trata o no? solo quiero saber a donde ir", "ask_services", language="es"),
                referred).say == ["utter_probably_not_trafficking"]


def test_a_phone_that_is_checked_gets_how_to_delete_this_once():
    # live conversations, 2026-12-06: "the supervisor checks our phones at night", "she checks my phone sometimes" got
    # no advice; "can he see this after" got the answer about the person reported finding out
    where = asked("tip_where", reporter_role="other", privacy_level="anonymous", safe_to_talk=True,
                  tip_what="my cousin works at a farm")
    checked = step(turn("the supervisor checks our phones at night", "inform"), where)
    assert checked.say[0] == "utter_how_to_hide" and checked.slots["tip_facts"]["told_hide"]
    again = step(turn("he checks my phone", "inform"), {**where, **checked.slots})
    assert "utter_how_to_hide" not in again.say
    assert step(turn("can he see this after", "ask_anonymous"), where).say[0] == "utter_how_to_hide"


def test_asking_which_language_or_what_this_is_is_answered_not_filed():
    # live conversations, 2026-12-06: "hablan español?" was filed as where it happens (or queued a person); "q es esto
    # exactamente?" got "I can't answer that here"
    where = asked("tip_where", reporter_role="other", privacy_level="anonymous", safe_to_talk=True,
                  tip_what="my cousin works at a farm")
    for text, intent, language, answer in (("hablan español?", "request_human", "es", "utter_language_switched"),
                                           ("do you speak spanish", "inform", "en", "utter_language_switched"),
                                           ("q es esto exactamente?", "out_of_scope", "es", "utter_who_we_are"),
                                           ("what is this exactly?", "out_of_scope", "en", "utter_who_we_are")):
        result = step(turn(text, intent, 0.8, language), where)
        assert result.say == [answer] and "tip_where" not in result.slots, text


def test_this_number_is_no_contact_once_the_phone_is_said_to_be_someone_elses():
    # live conversation, 2026-12-06: "la hija me quito mi celular, este es el de la señora. mejor no me llamen aqui"
    # left "Contacto: este numero", and the code went to the employer's phone
    read_back = asked("tip_confirmed", reporter_role="self", privacy_level="share", safe_to_talk=True,
                      contact="this number: solo en la mañana", tip_what="trabajo en una casa y no me dejan salir")
    result = step(turn("ay se me olvido, la hija me quito mi celular, este es el de la señora. mejor no me llamen aqui",
                       "inform", 0.8, "es"), read_back)
    assert "utter_not_own_phone" in result.say
    assert result.slots["contact"] is None and result.slots["privacy_level"] == "anonymous"


def test_a_witness_who_says_it_is_about_them_becomes_the_one_it_happens_to():
    # live conversations, 2026-12-06: "honestly its not my friend its me", "ok the girl is me. im 16", "c'est moi la
    # victime" kept the witness's questions and a report about someone else
    told = asked("tip_when", reporter_role="other", privacy_level="anonymous", safe_to_talk=True,
                 tip_what="my friend works at a massage place")
    for text, language in (("honestly its not my friend its me. im the one there", "en"),
                           ("ok the girl is me. im 16", "en"), ("c'est moi la victime madame", "fr"),
                           ("es a mi, no a mi prima", "es")):
        assert step(turn(text, "inform", 0.8, language), told).slots.get("reporter_role") == "self", text
    for text in ("its me who saw it", "its not me its my cousin"):
        assert step(turn(text, "inform"), told).slots.get("reporter_role") != "self", text


def test_taking_a_name_out_never_takes_an_everyday_word_and_says_done_only_when_done():
    # live conversations, 2026-12-06: "no pongas el nombre de mi prima" after "mi prima, pero…" took "pero" out of the
    # story ("(nombre quitado) tambien…") and said "Listo, quité ese nombre" while "Yesenia" stayed
    from bot.actions.take_out import names_told

    story = {"tip_what": "mi prima, pero ella no puede salir. mi prima Yesenia trabaja ahi"}
    assert names_told(story) == ["yesenia"]
    told = asked("tip_who", reporter_role="other", privacy_level="anonymous", safe_to_talk=True, **story)
    result = step(turn("no pongas el nombre de mi prima porfa", "inform", 0.8, "es"), told)
    assert "Yesenia" not in result.slots.get("tip_what", story["tip_what"])
    assert "pero ella" in result.slots.get("tip_what", story["tip_what"])


def test_its_not_that_before_a_correction_changes_no_word_of_the_tip():
    # live conversation, 2026-12-06: "c pas ca, on est 4 : 2 hommes, 2 filles, une a 16 ans" replaced every "ca" of the
    # report with "ans" ("le 911 ans marche pas ici") and left Who as "2 filles"
    read_back = asked("tip_confirmed", reporter_role="self", privacy_level="anonymous", safe_to_talk=True,
                      tip_what="le 911 ca marche pas ici", tip_when="ca continue oui", tip_who="4 femmes, 16")
    result = step(turn("c pas ca, on est 4 : 2 hommes, 2 filles, une a 16 ans", "inform", 0.8, "fr"), read_back)
    assert "tip_what" not in result.slots and "tip_when" not in result.slots
    assert result.slots["tip_who"] == "on est 4 : 2 hommes, 2 filles, une a 16 ans"
    assert result.slots["tip_facts"]["people_count"] == 4


def test_only_a_message_that_says_erase_is_taken_as_wanting_to_erase():
    # live conversation, 2026-12-06: "…esta de interna en un chalet muy grande limpiando…" was asked "do you want us
    # to erase this chat?" (the model's label), and "no no, no quiero borrar nada" got the same question
    from bot.actions.intake import names_erasing

    assert not names_erasing("Os escribo por mi tia, esta de interna en un chalet muy grande limpiando")
    for text in ("DELETE", "borra todo porfa", "pode apagar tudo?", "clear the chat", "effacez tout"):
        assert names_erasing(text), text


def test_someone_else_writing_from_the_persons_phone_gets_only_the_neutral_line():
    # live conversation, 2026-12-06: the owner's wife took the phone ("who is this. why my worker texting you. what she
    # tell you") and was told "I'm the automated assistant of a free, confidential anti-trafficking hotline"
    told = asked("tip_who", reporter_role="self", privacy_level="anonymous", safe_to_talk=True,
                 tip_what="i work at a nail salon, they keep my passport")
    for text, language in (("who is this. why my worker texting you. what she tell you", "en"),
                           ("que te dijo ella?", "es")):
        result = step(turn(text, "ask_who", 0.8, language), told)
        assert result.say == ["utter_safety_pause"] and result.slots["paused"] is True, text
    # probes, 2026-12-06: "who is this. why is she texting u", "whats this number? my wife keeps texting it", "quem é
    # vc? pq a joana ta mandando msg pra esse numero??", and "who is this" alone in the middle of the questions (the
    # person who wrote first knows who we are; someone who picked up the phone does not)
    for text, language in (("who is this. why is she texting u", "en"), ("whats this number? my wife keeps texting it",
                            "en"), ("quem é vc? pq a joana ta mandando msg pra esse numero??", "pt"),
                           ("who is this?", "en"), ("c'est quoi ce numero", "fr")):
        assert step(turn(text, "ask_who", 0.8, language), told).say == ["utter_safety_pause"], text
    # the person asking who answers: not the pause
    for text in ("who are you?", "is this a real person?", "what is this number for? i got it from a flyer",
                 "my boss keeps texting me at night"):
        assert step(turn(text, "ask_who"), told).say != ["utter_safety_pause"], text


def test_a_place_told_to_the_privacy_menu_is_the_place_not_more_of_the_story():
    # the load benchmark's own script: "where?" came next, twice, and the read-back said "Where: yes"
    first = step(turn("the workers at the car wash on my street sleep there and the owner keeps their passports",
                      "report_tip"), asked("reporter_role", safe_to_talk=True))
    slots = {"safe_to_talk": True, **first.slots}
    result = step(turn("Sparkle Car Wash on Main Street, Springfield"), asked("privacy_level", **slots))
    assert result.slots["tip_where"] == "Sparkle Car Wash on Main Street, Springfield"
    assert "Sparkle" not in result.slots.get("tip_what", "")
    assert next_question({**slots, **result.slots}) != "tip_where"


def test_yes_or_i_already_told_you_to_where_is_never_the_place():
    known = dict(safe_to_talk=True, reporter_role="other", privacy_level="anonymous", tip_when="every day",
                 tip_what="the workers at the car wash sleep there and the owner keeps their passports",
                 tip_facts={"exploitation": ["ForcedLabour"], "means_of_control": ["WithholdsDocuments"]})
    for text, intent, language in (("yes", "affirm", "en"), ("i already told you", "inform", "en"),
                                   ("ya te dije", "inform", "es"), ("je l'ai déjà dit", "inform", "fr")):
        result = step(turn(text, intent, language=language), asked("tip_where", **known))
        assert result.slots.get("tip_where") is None and result.say == ["utter_explain_tip_where"], text
    # the place went into the story earlier: it is taken from there
    told_before = {**known, "tip_what": known["tip_what"] + " / the Sparkle Car Wash on Main Street"}
    result = step(turn("i already told you"), asked("tip_where", **told_before))
    assert result.slots["tip_where"] == "the Sparkle Car Wash on Main Street" and result.say == ["utter_noted"]


def test_after_911_was_called_the_report_goes_on_when_the_person_asks_for_it():
    # probes: "i ALREADY called 911. cops are here now. i want to make a report", then "ready" and "can we do the report
    # now" each got the 911 line again, and no code ever came
    from bot.actions.intake import asks_for_the_questions
    for text in ("ready", "ok ready", "can we do the report now", "i want to make a report",
                 "i ALREADY called 911. cops are here now. i want to make a report",
                 "la police est DEJA la. je veux juste faire un signalement", "quiero hacer la denuncia"):
        assert asks_for_the_questions(text), text
    for text in ("are you ready", "the girl is ready to go", "he made a report to his boss"):
        assert not asks_for_the_questions(text), text


def test_an_address_told_with_i_called_911_is_the_place():
    # "1450 rue saint-denis, montreal, appart 4. j'ai appele le 911 ils arrivent": the place was asked three more times
    slots = asked("tip_where", tip_what="il la frappe", tip_facts={"danger": True, "person_coming": True})
    result = step(turn("1450 rue saint-denis, montreal, appart 4. j'ai appele le 911 ils arrivent", "inform", 0.8,
                       "fr"), slots)
    assert result.say == ["utter_called_911"] and "saint-denis" in result.slots["tip_where"]


def test_a_part_the_person_asks_to_take_out_leaves_the_report_with_the_signs_read_only_from_it():
    # probes: "quita lo de q no tenemos papeles porfa", "e tira essa parte q eu nao tenho documento, nao quero isso
    # escrito", "the van thing. just take it out": each stayed in the report, and the request was added to it
    told = dict(safe_to_talk=True, reporter_role="self", privacy_level="anonymous", tip_when="since march",
                tip_where="Dalton, GA", tip_who="6 of us", tip_control="no nos paga", tip_more="none",
                tip_what="trabajamos en la construccion y el patron no nos paga. no tenemos papeles, me van a deportar"
                         " si denuncio?",
                tip_facts={"exploitation": ["ForcedLabour"], "means_of_control": ["TakesEarnings"]})
    result = step(turn("quita lo de q no tenemos papeles porfa", "delete_data", 0.8, "es"), asked("tip_confirmed",
                                                                                                   **told))
    assert result.say == ["utter_part_taken_out"]
    assert result.slots["tip_what"] == "trabajamos en la construccion y el patron no nos paga."
    # (the fear, "me van a deportar si denuncio?", was once read as a threat; a question of one's own is none now)
    assert result.slots.get("tip_facts", told["tip_facts"])["means_of_control"] == ["TakesEarnings"]
    van = dict(told, tip_what="they work at the farm 12 hours. the forman picks them up in a white van at 5am",
               tip_control="they cant leave / the van has no windows")
    for text in ("the van thing. just take it out", "remove the part about the van"):
        result = step(turn(text, "delete_data", 0.8), asked("tip_confirmed", **van))
        assert result.say == ["utter_part_taken_out"], text
        assert "van" not in result.slots["tip_what"] and result.slots["tip_control"] == "they cant leave", text
    papers = dict(told, tip_what="trabalho na fazenda. eu nao tenho documento")
    result = step(turn("e tira essa parte q eu nao tenho documento, nao quero isso escrito", "delete_data", 0.8, "pt"),
                  asked("tip_confirmed", **papers))
    assert result.slots["tip_what"] == "trabalho na fazenda." and result.say == ["utter_part_taken_out"]


def test_danger_news_the_model_reads_as_a_question_gets_the_danger_line_and_joins_the_story():
    # live, 2026-12-06: "ta bajando la escalera" (he is coming down the stairs), read as "who are you?", got who we are
    # and "where is this happening right now?" again
    from dataclasses import replace
    slots = asked("tip_where", safe_to_talk=True, reporter_role="self", tip_what="me dio una galleta",
                  tip_facts={"person_coming": True, "danger": True})
    news = step(replace(turn("ta bajando la escalera", "ask_who", 0.9996, "es"), danger=True, person_coming=True),
                slots)
    assert not news.steps_aside and news.say == ["utter_danger_what_to_do"]
    assert "tip_where" not in news.slots and news.slots["tip_what"].endswith("ta bajando la escalera")
    place = step(replace(turn("estoy en la calle pine 45, houston", "ask_who", 0.9, "es"), danger=True), slots)
    assert place.slots["tip_where"] == "estoy en la calle pine 45, houston"
    # someone else on the phone, read as "who are you?": the neutral line, not who we are
    other = step(turn("who is this. why is she texting u", "ask_who", 0.99), dict(slots, language="en"))
    assert not other.steps_aside and other.say == ["utter_safety_pause"]


def test_can_you_call_them_for_me_in_danger_is_answered_not_noted():
    # after the 911 line, "can u call them for me" got "Noted. The person from our team will see it."
    from dataclasses import replace
    slots = asked("tip_where", safe_to_talk=True, tip_what="he has my passport i locked myself in",
                  tip_facts={"danger": True, "person_coming": True})
    for text, language in (("can u call them for me", "en"), ("pueden llamarles ustedes?", "es")):
        got = step(replace(turn(text, "inform", 0.7, language), danger=True, person_coming=True), slots)
        assert "utter_police_now" in got.say, (text, got)


def test_a_sign_named_to_be_taken_out_leaves_the_report():
    # "en señales quita amenazas con migracion", "i never said no access to his money, take that out": the sign stayed,
    # and the request was added to the report
    told = dict(safe_to_talk=True, reporter_role="self", privacy_level="anonymous", tip_when="since march",
                tip_where="Dalton, GA", tip_who="6 of us", tip_control="no nos paga", tip_more="none",
                tip_what="trabajamos en la construccion y el patron no nos paga")
    threats = dict(told, tip_facts={"means_of_control": ["TakesEarnings", "Threats", "ThreatOfLawEnforcement"]})
    got = step(turn("en señales quita amenazas con migracion", "delete_data", 0.8, "es"), asked("tip_confirmed",
                                                                                                 **threats))
    assert got.say == ["utter_part_taken_out"]
    assert got.slots["tip_facts"]["means_of_control"] == ["TakesEarnings", "Threats"]
    money = dict(told, tip_facts={"means_of_control": ["RestrictsFinancialAccess", "WithholdsDocuments"]})
    got = step(turn("i never said no access to his money, take that out"), asked("tip_confirmed", **money))
    assert got.slots["tip_facts"]["means_of_control"] == ["WithholdsDocuments"]
    # keeping one is not taking it out
    kept = step(turn("dont remove the threats"), asked("tip_confirmed", **dict(told, tip_facts={
        "means_of_control": ["Threats"]})))
    assert kept.say != ["utter_part_taken_out"] and "tip_control" in kept.slots


def test_a_story_that_says_what_they_take_is_the_story_not_a_request_to_take_something_out():
    # probes: "el dueño les quita el pasaporte… las amenaza" and "a patroa tira o passaporte dela" got "Listo, quité
    # esa parte.", and the whole story was thrown away
    slots = asked("tip_what", safe_to_talk=True, reporter_role="other", privacy_level="anonymous",
                  tip_facts={"means_of_control": ["Threats"]})
    for text, language in (("mi vecina trabaja en un restaurant en juarez, el dueño les quita el pasaporte a las"
                            " muchachas y las amenaza, son como 4 mujeres de honduras", "es"),
                           ("a minha vizinha trabalha numa casa, a patroa tira o passaporte dela e ameaça chamar a"
                            " imigraçao", "pt")):
        got = step(turn(text, "report_tip", 0.9, language), slots)
        assert got.say != ["utter_part_taken_out"] and got.slots["tip_what"] == text, got


def test_taking_out_a_part_never_takes_most_of_the_story_with_it():
    # "quita lo de oaxaca tambien" on a run-on tip left one clause of it, and the signs were gone
    story = ("somos 8 de oaxaca y el patron nos tiene en una bodega en fresno trabajando 14 horas sin pagarnos y nos"
             " quito los papeles y dice q si nos vamos le pasa algo a nuestras familias")
    got = step(turn("quita lo de oaxaca tambien", "delete_data", 0.8, "es"), asked(
        "tip_confirmed", safe_to_talk=True, reporter_role="self", privacy_level="anonymous", tip_what=story,
        tip_facts={"means_of_control": ["WithholdsDocuments", "Threats"]}))
    assert got.slots.get("tip_what", story) == story and got.say != ["utter_part_taken_out"], got


def test_someone_else_on_the_phone_said_in_new_words_gets_only_the_neutral_line():
    # second probe round: each got "I'm the automated assistant of … anti-trafficking hotline", one with the read-back
    told = asked("tip_who", reporter_role="self", privacy_level="anonymous", safe_to_talk=True,
                 tip_what="trabajo en un bar, me quitan el pasaporte")
    for text, language in (("quien es usted? xq la karla le manda mensajes a este numero en horas de trabajo", "es"),
                           ("quien habla? pq mi vieja le esta escribiendo a este numero", "es"),
                           ("y tu quien eres? que es esta pagina, con quien anda chateando la dulce", "es"),
                           ("hey whos on this line? rosa been on this phone all nite talkin to u", "en"),
                           ("trata de personas?? q le andas diciendo a esta gente lupe", "es"),
                           ("911?? what team. who is this", "en")):
        assert step(turn(text, "ask_who", 0.8, language), told).say == ["utter_safety_pause"], text
    for text, language in (("quien eres?", "es"), ("who are you guys exactly?", "en"),
                           ("por que el patron me habla asi", "es")):
        assert step(turn(text, "ask_who", 0.8, language), told).say != ["utter_safety_pause"], text


def test_told_911_already_is_not_told_to_call_911_again_and_is_not_when():
    # probe, 2026-12-06: "ok i told 911. what now" and "i already called them. do u still want the report?" each got
    # "If you can, call 911…" again (three times in all), and the second was filed as when it happens
    danger = asked("tip_when", tip_what="a man is dragging a kid by the arm at indian school and 7th ave",
                   tip_facts={"danger": True, "person_coming": True})
    for text in ("ok i told 911. what now", "i already called them. do u still want the report?",
                 "i called them already", "i did call 911 like 5 min ago"):
        result = step(turn(text), danger)
        assert result.say == ["utter_called_911"] and "tip_when" not in result.slots, text
    # an address told with it is still the place; asking how to call is not having called
    where = asked("tip_where", tip_what="il la frappe", tip_facts={"danger": True, "person_coming": True})
    told_address = step(turn("1450 rue saint-denis, montreal, appart 4. j'ai appele le 911 ils arrivent", "inform", 0.8,
                             "fr"), where)
    assert told_address.say == ["utter_called_911"] and "saint-denis" in told_address.slots["tip_where"]
    assert step(turn("how do i call 911 without him hearing"), danger).say != ["utter_called_911"]


def test_a_street_with_a_known_city_told_to_the_kind_question_is_the_place():
    # "c'est au centre-ville de montréal, rue sainte-catherine": once Montréal was a known city, it was taken as the
    # kind ("unknown") and the street was lost
    slots = asked("exploitation_type", safe_to_talk=True, reporter_role="other", privacy_level="anonymous",
                  tip_what="dans un salon de manucure les filles dorment dans l'arrière-boutique")
    for place, language in (("c'est au centre-ville de montréal, rue sainte-catherine", "fr"),
                            ("its in downtown houston, on westheimer rd", "en")):
        result = step(turn(place, "out_of_scope", 0.99, language), slots)
        assert "exploitation_type" not in result.slots and result.slots["tip_where"] == place, place
        assert result.say == ["utter_noted"]


@pytest.mark.parametrize("text", [
    # probes, 2026-12-06: each got the safety question, the role question or the next form question
    "what counts as trafficking exactly? like my cousin is working at a bar and the owner has her passport",
    "but again does it have to be across the border or no", "is this even a trafficking thing?",
    "idk?? i asked if this is trafficking", "nao sei se isso e trafico ou so patroa ruim",
    "est-ce que c'est de la traite ca?", "c'est-tu de la traite ça?", "pero es mi novio no se si eso cuenta",
    "esto no es de trafico verdad, nomas me pega",
])
def test_whether_it_counts_as_trafficking_is_a_question_the_line_answers(text):
    from bot.actions.intake import asks_what_trafficking_is
    assert asks_what_trafficking_is(text)


@pytest.mark.parametrize("text", [
    "he is trafficking girls at the motel", "i want to report trafficking", "is this the trafficking hotline?",
    "can i report trafficking here?", "my boyfriend counts the money every night", "they crossed the border last year",
    "es una red de trata, las traen de honduras",
])
def test_telling_of_trafficking_or_asking_about_the_line_is_not_asking_what_it_is(text):
    from bot.actions.intake import asks_what_trafficking_is
    assert not asks_what_trafficking_is(text)


def test_a_question_whether_it_counts_during_the_intake_gets_what_trafficking_is_first():
    slots = asked("safe_to_talk")
    result = step(turn("is this even a trafficking thing?", "ask_who", 0.6), slots)
    assert result.say[:1] == ["utter_what_trafficking_is"]


def test_money_kept_by_family_gets_other_help_and_can_i_report_them_is_answered():
    # probe, 2026-12-06: an inheritance kept by a mother and brother ran the whole intake and was filed as trafficking;
    # "so can i report them or not" was never answered
    told = "my mom and my brother took my share of grandmas house money after she died, can i report them here"
    first = step(turn(told, "out_of_scope", 0.8), asked("safe_to_talk"))
    assert first.say == ["utter_referral_family_money"] and "tip_what" not in first.slots
    after = asked("safe_to_talk", tip_facts=first.slots["tip_facts"])
    assert step(turn("so can i report them or not", "ask_police", 0.6), after).say == [
        "utter_probably_not_trafficking"]
    spanish = step(turn("mi hermano se quedo con mi parte de la herencia", "out_of_scope", 0.7, "es"),
                   asked("safe_to_talk"))
    assert spanish.say == ["utter_referral_family_money"]
    # family who take the pay for work are not a family quarrel
    work = step(turn("my uncle takes all the money i make at the restaurant and keeps my passport", "report_tip",
                     0.9), asked("safe_to_talk"))
    assert "utter_referral_family_money" not in work.say


def test_a_quebec_landlord_gets_the_housing_referral():
    # "ou est-ce que j'appelle pour mon depot pis mon proprio qui rentre chez nous?" got "I can't answer that" and the
    # privacy menu three times
    result = step(turn("ou est-ce que j'appelle pour mon depot pis mon proprio qui rentre chez nous?", "out_of_scope",
                       0.8, "fr"), asked("privacy_level", safe_to_talk=True, reporter_role="self"))
    assert result.say == ["utter_referral_housing"]


def test_pictures_asked_of_a_child_are_not_blackmail_advice():
    # probe, 2026-12-06: a mother ("he asked her to send pics and to meet him at the mall this weekend") got "please
    # don't pay or send anything more"
    from bot.actions.intake import threatens_with_images
    from webhooks.triage.assess import normalise
    told = "my daughter is 14 and this 19 yr old guy keeps messaging her, he asked her to send pics and to meet him"
    result = step(turn(told, "report_tip", 0.8), asked("safe_to_talk"))
    assert "utter_sextortion" not in result.say and result.slots["tip_facts"]["minor"] is True
    assert not threatens_with_images(normalise("le pidio fotos y que se vieran en el mall"))
    for text in ("he wants me to send more pics or he will share the ones he has", "hes blackmailing me with pics",
                 "dice que va a mandar mis fotos a mi familia"):
        assert threatens_with_images(normalise(text)), text


def test_where_to_get_help_with_a_partner_or_a_protection_order_gets_the_domestic_violence_line():
    # probe, 2026-12-06: "ok pero a donde llamo para que me ayuden con eso de mi esposo, una orden o algo" got "Anotado"
    slots = asked("tip_when", tip_what="mi esposo me pega", tip_facts={"person_coming": True})
    for text, language in (("ok pero a donde llamo para que me ayuden con eso de mi esposo, una orden o algo", "es"),
                           ("how do i get a restraining order on my ex", "en")):
        result = step(turn(text, "ask_services", 0.6, language), slots)
        assert result.say == ["utter_referral_home_violence"] and "tip_when" not in result.slots, text
    assert step(turn("where do i call about the boss", "ask_services", 0.6), slots).say != [
        "utter_referral_home_violence"]


def test_third_probe_read_back_corrections_change_only_what_they_say():
    # probe, 2026-12-06 (twelve conversations correcting the read-back in their own words)
    base = dict(safe_to_talk=True, reporter_role="other", privacy_level="anonymous", exploitation_type="ForcedLabour",
                tip_more="none")

    def corrected(text, language="en", **told):
        return step(turn(text, "inform", 0.7, language), asked("tip_confirmed", **{**base, **told})).slots

    # pay told as a correction is about the signs, not when ("he does pay them but barely, 100 a week" replaced When)
    pay = corrected("he does pay them but barely, 100 a week", tip_when="since last month",
                    tip_control="they dont pay them", tip_facts={"means_of_control": ["TakesEarnings"]})
    assert "tip_when" not in pay and pay["tip_control"].endswith("he does pay them but barely, 100 a week")
    # how many there are now ("ahorita" is no date): Who and the count change, When stays
    now = corrected("ahorita somos 7 porque 3 se fueron", "es", tip_when="ya tiene como un año ahi y sigue",
                    tip_who="10 mujeres", tip_facts={"people_count": 10})
    assert "tip_when" not in now and now["tip_who"] == "7 mujeres" and now["tip_facts"]["people_count"] == 7
    # the wrong count first, then the right one and more: "no son 5, son como 8. la mayoria de 20 y una de 15"
    more = corrected("no son 5, son como 8. la mayoria de 20 y una de 15", "es", tip_who="5 chavas",
                     tip_when="ayer", tip_facts={"people_count": 5})
    assert more["tip_who"] == "8 chavas; la mayoria de 20 y una de 15"
    assert more["tip_facts"]["people_count"] == 8 and more["tip_facts"]["ages"] == [15, 20]
    # "son 4 no 3, y una esta bien chavita como de 15 años": the four are kept, the girl added
    four = corrected("son 4 no 3, y una esta bien chavita como de 15 años", "es", tip_who="3 muchachas",
                     tip_facts={"people_count": 3})
    assert four["tip_who"] == "4 muchachas; una esta bien chavita como de 15 años"
    assert four["tip_facts"]["people_count"] == 4 and four["tip_facts"]["minor"] is True
    # the youngest's age is an age; "in the who part" is where it goes, not what it says
    youngest = corrected("the youngest is like 14", tip_who="about 20 guys", tip_facts={"people_count": 20})
    assert youngest["tip_who"] == "about 20 guys; the youngest is like 14" and youngest["tip_facts"]["ages"] == [14]
    put = corrected("put the 14 yr old in the who part", tip_who="about 20 guys", tip_facts={"people_count": 20})
    assert put["tip_who"] == "about 20 guys; the 14 yr old" and put["tip_facts"]["people_count"] == 20
    # a sign said not to have happened leaves the read-back; the passports stay
    phones = corrected("he didnt take their phones actually, just the passports",
                       tip_control="they took their phones and passports",
                       tip_facts={"means_of_control": ["Other", "WithholdsDocuments"]})
    assert phones["tip_facts"]["means_of_control"] == ["WithholdsDocuments"]
    # a town named as wrong by its nickname leaves; a street named as wrong is swapped in the place as told
    vernon = corrected("la fabrica esta en vernon no en LA mero", "es", tip_where="la fabrica en LA",
                       tip_facts={"city": "Los Angeles", "state": "CA"})
    assert "city" not in vernon["tip_facts"] and vernon["tip_where"] == "la fabrica esta en vernon no en LA mero"
    street = corrected("its on blackstone ave actually not main, i always mix those up",
                       tip_where="nail salon on main st in Fresno", tip_facts={"city": "Fresno", "venue": "nail salon"})
    assert street["tip_where"] == "nail salon on blackstone ave in Fresno"


@pytest.mark.parametrize("language, text, count", [
    ("es", "ahorita somos 7 porque 3 se fueron", 7), ("es", "eran mas, como 7 u 8", 8),
    ("es", "no son 5, son como 8", 8),  # (it was 13: the wrong number was added to the right one)
    ("en", "we are 6 now", 6), ("en", "3 women and 2 kids", 5),
])
def test_how_many_said_in_a_correction_is_read(language, text, count):
    assert extract(text, language).people_count == count


def test_when_not_to_write_said_with_the_privacy_choice_is_kept_with_the_contact():
    # probe, 2026-12-06: "2 but dont text me in the day he checks our phones sometimes" joined the story only; the
    # contact staff read before writing said nothing of it
    menu = asked("privacy_level", safe_to_talk=True, reporter_role="self")
    told = step(turn("2 but dont text me in the day he checks our phones sometimes"), menu).slots
    assert told["privacy_level"] == "confidential"
    assert told["contact"] == "dont text me in the day he checks our phones sometimes"
    spanish = step(turn("1, pero no me escribas antes de las 9 porque el revisa mi cel", language="es"), menu).slots
    assert spanish["privacy_level"] == "share" and spanish["contact"].startswith("no me escribas antes de las 9")
    assert "contact" not in step(turn("2"), menu).slots


def test_abuse_told_of_oneself_is_met_with_sorry_once():
    # probe, 2026-12-06: "tambien el señor me toca cuando la señora no esta" went straight to the privacy menu
    signs = asked("tip_control", safe_to_talk=True, reporter_role="self", tip_what="trabajo en una casa")
    told = step(turn("me hacen trabajar todo el dia. tambien el señor me toca cuando la señora no esta", "inform", 0.8,
                     "es"), signs)
    assert told.say[:1] == ["utter_sorry_he_does_that"] and told.slots["tip_facts"]["told_sorry"] is True
    assert "utter_sorry_he_does_that" not in step(turn("he hits the girls"), signs).say  # not done to the writer
    again = asked("tip_more", safe_to_talk=True, reporter_role="self", tip_facts={"told_sorry": True})
    assert "utter_sorry_he_does_that" not in step(turn("he hits me when i talk back"), again).say


def test_fourth_probe_read_back_requests():
    # probe, 2026-12-06: "remove drugs" offered to erase the whole chat; "wait it started in march not may. and he
    # dont actually hit them" got "take your time" and changed nothing; "cuando: desde marzo… ya mandalo" was sent
    # uncorrected
    told = asked("tip_confirmed", safe_to_talk=True, reporter_role="other", privacy_level="anonymous",
                 tip_what="they give the girls pills and dont pay them", tip_where="house on 5th st",
                 tip_when="since may", tip_who="3 girls", tip_control="pills, no pay, he hits them",
                 tip_facts={"means_of_control": ["PhysicalAbuse", "PsychoactiveSubstances", "TakesEarnings"]})
    drugs = step(turn("remove drugs", "delete_data", 0.7), told)
    assert drugs.say == ["utter_part_taken_out"] and not drugs.steps_aside
    assert drugs.slots["tip_facts"]["means_of_control"] == ["PhysicalAbuse", "TakesEarnings"]
    assert step(turn("quita lo de las drogas", language="es"), told).slots["tip_facts"]["means_of_control"] == [
        "PhysicalAbuse", "TakesEarnings"]
    two = step(turn("wait it started in march not may. and he dont actually hit them"), told)
    assert two.slots["tip_when"] == "since march" and two.say != ["utter_take_your_time"]
    assert two.slots["tip_facts"]["means_of_control"] == ["PsychoactiveSubstances", "TakesEarnings"]
    assert step(turn("wait"), told).say == ["utter_take_your_time"]
    no_hitting = step(turn("no remove physical violence, theres no hitting"), told)
    assert "PhysicalAbuse" not in no_hitting.slots["tip_facts"]["means_of_control"]
    sent = step(turn("cuando: desde marzo y sigue pasando. ya mandalo", language="es"), told)
    assert sent.slots == {"tip_when": "desde marzo y sigue pasando", **({"tip_facts": sent.slots["tip_facts"]}
                                                                       if "tip_facts" in sent.slots else {})}
    assert step(turn("ok i thought about it, please send it"), told).slots["tip_confirmed"] is True


def test_after_another_lines_help_thanks_ends_the_intake_and_is_it_or_not_is_answered():
    # probe, 2026-12-06: after the domestic violence line, "wait so is it or not? i just need to know where to go" got
    # the privacy menu, and "ok thank you ill call them. thats all i needed" went on to a read-back and a filed report
    referred = {"referred_to": ["utter_referral_home_violence"], "means_of_control": ["PhysicalAbuse", "TakesEarnings"]}
    menu = asked("privacy_level", safe_to_talk=True, reporter_role="self", tip_what="my husband hits me",
                 tip_facts=referred)
    assert step(turn("wait so is it or not? i just need to know where to go", "ask_who", 0.6), menu).say == [
        "utter_probably_not_trafficking"]
    done = step(turn("ok thank you ill call them. thats all i needed", "thank", 0.8), menu)
    assert done.slots["not_trafficking"] is True and done.slots["tip_facts"]["closing"] is True
    # a sign of trafficking told before keeps the intake open
    held = {**referred, "means_of_control": ["PhysicalAbuse", "WithholdsDocuments"]}
    assert "not_trafficking" not in step(turn("ok thanks", "thank", 0.8),
                                         asked("privacy_level", safe_to_talk=True, tip_facts=held)).slots
    assert step(turn("1"), menu).slots == {"privacy_level": "share"}


@pytest.mark.parametrize("language, text", [("en", "its 3 dudes, no women or kids"),
                                            ("es", "son 3 hombres, sin mujeres ni niños")])
def test_no_women_or_kids_is_no_minor(language, text):
    assert not extract(text, language).minor


def test_fourth_probe_readings():
    # probes, 2026-12-06: "a gente pode sair quando quiser" (filed as forced work), "est-ce que ça compte si…" (asked
    # three times), "sir sometimes touch me when madam not here" (no sign)
    from bot.actions.intake import asks_what_trafficking_is, free_to_leave
    assert free_to_leave("a gente pode sair quando quiser, so nao pagam", ["TakesEarnings"])
    assert not free_to_leave("a gente pode sair so com ele", ["TakesEarnings"])
    assert asks_what_trafficking_is("est-ce que ça compte si une famille garde une petite fille d'Haiti qui travaille"
                                    " du matin au soir et va pas a l'ecole?")
    assert asks_what_trafficking_is("does this count?") and not asks_what_trafficking_is("ça compte pas")
    assert "SexualAbuse" in extract("sir sometimes touch me when madam not here", "en").means_of_control


def test_its_fine_in_any_words_at_the_read_back_sends_it():
    # probes, 2026-12-06: "wepa, si esta bien" and "nada, esta bien, mandelo" were added to "Also", and never sent
    summary = asked("tip_confirmed", safe_to_talk=True, reporter_role="other", privacy_level="anonymous",
                    tip_what="un restaurante", tip_where="El Jalisco en Dallas", tip_when="desde mayo",
                    tip_who="3 muchachas")
    for text in ("wepa, si esta bien", "nada, esta bien, mandelo", "its all good"):
        assert step(turn(text, "inform", 0.6, "es"), summary).slots.get("tip_confirmed") is True, text
    assert "tip_confirmed" not in step(turn("no esta bien", "inform", 0.6, "es"), summary).slots


def test_asking_us_to_call_911_is_told_apart_from_asking_for_a_person():
    # probe, 2026-12-06: "pls call 911 for me i cant talk hes in the next room. im locked in a room at a motel 6"
    # (read as a request for a person) got "a person is on the way… if you are in danger, call 911", twice; the
    # handoff action now answers it honestly first (bot/actions/handoff.py)
    from bot.actions.intake import asks_us_to_call_911, cannot_call
    locked = "pls call 911 for me i cant talk hes in the next room. im locked in a room at a motel 6 in el paso"
    assert asks_us_to_call_911(locked) and cannot_call(locked)
    assert asks_us_to_call_911("i cant call he will hear me. can u call them? please")
    assert not asks_us_to_call_911("i want to talk to a real person") and not asks_us_to_call_911(
        "can you call them tomorrow to check")


def test_will_i_go_to_jail_is_answered():
    # probe, 2026-12-06: "i will go to jail if i tell?" was asked four times and never answered
    from bot.actions.intake import fears_trouble
    for text in ("i will go to jail if i tell?", "answer me pls, i go to jail?", "voy a ir a la carcel?"):
        assert fears_trouble(text), text
    assert not fears_trouble("he went to jail last year") and not fears_trouble("my boss says he will go to jail")


def test_a_texted_question_whether_this_is_a_bot_is_a_question():
    # probe, 2026-12-06: "r u a bot or a real person lol" was taken as "yes, safe to text", then as the privacy choice,
    # then as the tip; it now steps aside for the answer, and the same question comes back after it
    from bot.actions.intake import is_question
    assert is_question("r u a bot or a real person lol") and is_question("ru real")
    for slots in (asked("safe_to_talk"), asked("privacy_level", safe_to_talk=True, reporter_role="other")):
        result = step(turn("r u a bot or a real person lol", "ask_who", 0.8), slots)
        assert result.steps_aside and not result.slots
    assert not is_question("ruth is her name") and not is_question("u know the place")


def test_i_just_told_you_is_not_having_called_911():
    # probe, 2026-12-06: "i just told u. w broad st richmond" got "Good, you did the right thing… until help comes"
    from bot.actions.intake import _CALLED_911
    from webhooks.triage.assess import normalise
    assert not _CALLED_911.search(normalise("i just told u. w broad st richmond"))
    assert _CALLED_911.search(normalise("i already called them")) and _CALLED_911.search(normalise("i told 911"))


def test_send_it_in_the_usted_form_sends_and_not_yet_never_does():
    # probe, 2026-12-06: "bueno ya asi mandelo" was added to "Also"; "espera no lo mandelo" would have been sent
    summary = asked("tip_confirmed", safe_to_talk=True, reporter_role="other", privacy_level="anonymous",
                    tip_what="un restaurante", tip_where="El Jalisco en Dallas", tip_when="desde mayo")
    assert step(turn("bueno ya asi mandelo", "inform", 0.6, "es"), summary).slots.get("tip_confirmed") is True
    for text in ("espera no lo mandelo", "no, no lo mandalo todavia"):
        assert not step(turn(text, "inform", 0.6, "es"), summary).slots.get("tip_confirmed"), text


def test_this_same_phone_in_other_words_is_this_number():
    # probe, 2026-12-06: "Karla, a este mismo cel, en las mañanas" kept no number for a person who chose to share
    from bot.actions.intake import gives_this_number
    for text in ("Karla, a este mismo cel, en las mañanas", "me pueden llamar a este", "call me on this one"):
        assert gives_this_number(text), text
    shared = asked("contact", safe_to_talk=True, reporter_role="self", privacy_level="share")
    told = step(turn("Karla, a este mismo cel, en las mañanas", "inform", 0.7, "es"), shared)
    assert told.slots["contact"].startswith("this number")
    assert not gives_this_number("my number is 713 555 0199")


def test_what_if_im_wrong_is_answered_and_not_sending_in_french_holds_the_tip_back():
    # twenty-third session probes: "c'est grave si je me trompe?" got the immigration answer; "finalement j'ose pas
    # l'envoyer" and "laissez faire, je l'envoie pas" were added to the tip as "Aussi : …"
    told = dict(safe_to_talk=True, reporter_role="other", privacy_level="anonymous",
                tip_what="girls live at the massage place", tip_where="Sherbrooke")
    for text, intent in (("c'est grave si je me trompe?", "ask_immigration"), ("what if im wrong?", "ask_police"),
                         ("y si me equivoco?", "chitchat")):
        result = step(turn(text, intent, 0.9), asked("tip_when", **told))
        assert result.say == ["utter_unsure_is_ok"] and not result.steps_aside, (text, result)
    unsure = step(turn("finalement j'ose pas l'envoyer, si je me trompe…?", "deny", 0.6, "fr"),
                  asked("tip_confirmed", **told))
    assert unsure.say == ["utter_unsure_is_ok", "utter_not_sent"] and unsure.slots["tip_facts"]["held_back"]
    left = step(turn("laissez faire, je l'envoie pas", "deny", 0.7, "fr"), asked("tip_confirmed", **told))
    assert left.say == ["utter_not_sent"]
    # a threat is not a worry about being wrong
    assert "utter_unsure_is_ok" not in step(turn("he told me if i'm wrong he hits me", "inform", 0.8),
                                            asked("tip_control", **told)).say


def test_the_labour_referral_in_canada_names_the_provinces_offices_not_the_us_department():
    # twenty-third session probes: a working-holiday worker in Québec got the US Department of Labor's number, and
    # "Je suis au Canada… C'est qui que je dois appeler ici ?" got "write again any time"
    from bot.actions.intake import in_canada
    assert in_canada({"country": "CA"}, "je travaille dans une ferme")
    assert in_canada({}, "Les États-Unis ? Je suis au Canada… C'est qui que je dois appeler ici ?")
    assert not in_canada({"country": "US"}, "my boss owes me 3 weeks of pay")
    result = step(turn("mon patron me doit 3 semaines de paie, je fais quoi?", "ask_services", 0.9, "fr"),
                  asked("tip_where", safe_to_talk=True, tip_what="heures sup pas payées à Laval",
                        tip_facts={"country": "CA"}))
    assert "utter_referred_again_canada" in result.say, result


def test_the_work_problem_referral_at_the_end_of_the_intake_is_for_the_country_of_the_job():
    import asyncio

    from rasa_sdk import Tracker
    from rasa_sdk.executor import CollectingDispatcher

    from bot.actions.tip import ActionFinishTip

    def said(text: str, facts: dict) -> list[str]:
        tracker = Tracker("k", {"not_trafficking": True, "tip_facts": facts}, {"text": text}, [], False, None, {}, "")
        dispatcher = CollectingDispatcher()
        asyncio.run(ActionFinishTip().run(dispatcher, tracker, {}))
        return [m["response"] for m in dispatcher.messages]

    assert said("my boss owes me 2 weeks, i can quit", {}) == ["utter_not_trafficking"]
    assert said("on me doit 2 semaines à Laval", {"country": "CA"}) == ["utter_not_trafficking_canada"]
    assert said("Je suis au Canada… C'est qui que je dois appeler ici ?", {"referred": True}) == [
        "utter_referred_again_canada"]


def test_a_correction_that_says_no_keeps_its_no():
    # twenty-third session probes: "no es trabajo forzado, nadie me obligó, solo no me pagaron" at the read-back was
    # filed as "es trabajo forzado, nadie me obligó…" (the no that opens a correction was taken off a no that negates)
    told = dict(safe_to_talk=True, reporter_role="self", privacy_level="anonymous", tip_what="no me pagaron 3 semanas",
                tip_where="Montreal", tip_when="ya no trabajo ahi", tip_who="solo yo", tip_control="no me pagaron",
                exploitation_type="labour", tip_more="none",
                tip_facts={"exploitation": ["ForcedLabour"], "means_of_control": ["TakesEarnings"]})
    result = step(turn("no es trabajo forzado, nadie me obligó, solo no me pagaron", "deny", 0.8, "es"),
                  asked("tip_confirmed", **told))
    assert all(not str(v).startswith("es trabajo forzado") for v in result.slots.values()), result
    from bot.actions.intake import _without_the_no
    assert _without_the_no("no one forced me", "en") == "no one forced me"
    assert _without_the_no("no, es en Houston", "es") == "es en Houston"
    assert _without_the_no("no son 3, son 5", "es") == "son 3, son 5"
    assert _without_the_no("no it was tuesday", "en") == "it was tuesday"


def test_a_social_media_handle_taken_back_leaves_the_report_wherever_it_was_told():
    # twenty-third session probes: a 16-year-old's "take my snap off it" was added to her report, and after "remove my
    # contact info" ("Done: … out of the report") her handle was still in the story
    from bot.actions.intake import erases_a_part
    from bot.actions.take_out import without_own_contact
    assert erases_a_part("actually can u take my snap off it. he might see if someone adds me") == "contact"
    told = {"tip_what": "he makes me meet guys. snap is jaylaa.x but only after 10pm he checks my phone"}
    scrubbed = without_own_contact(told, "snap is jaylaa.x but only after 10pm", "en")
    assert "jaylaa" not in scrubbed["tip_what"] and "only after 10pm" in scrubbed["tip_what"]
    # the controller's handle is part of the tip and stays
    mixed = without_own_contact({"tip_what": "the guy on snapchat is bigmike23, my snap is jay.x"}, None, "en")
    assert "bigmike23" in mixed["tip_what"] and "jay.x" not in mixed["tip_what"]


def test_will_you_tell_my_mom_gets_the_honest_answer():
    # twenty-third session probes: a 16-year-old's "are u gonna tell my mom??" and "do u tell parents or cops if im
    # under 18" got "Thanks, I've noted that", and the second was filed as who
    told = dict(safe_to_talk=True, reporter_role="self", privacy_level="anonymous",
                tip_what="this older guy makes me meet men")
    for text, intent, language in (("are u gonna tell my mom?? she'll kick me out", "ask_anonymous", "en"),
                                   ("answer me first. do u tell parents or cops if im under 18", "ask_police", "en"),
                                   ("le van a decir a mis papás?", "ask_anonymous", "es"),
                                   ("vão contar pra minha mãe?", "inform", "pt")):
        result = step(turn(text, intent, 0.9, language), asked("tip_where", **told))
        assert result.say == ["utter_family_not_told"] and not result.slots, (text, result)
    assert step(turn("my mom told me to text you", "inform", 0.8), asked("tip_where", **told)).say != [
        "utter_family_not_told"]


def test_send_it_without_my_number_sends_it_without_the_number():
    # twenty-third session probes: "mándalo pero sin mi número, anónimo" was filed with her name and number
    told = dict(safe_to_talk=True, reporter_role="other", privacy_level="confidential", contact="Yomaira, 809 555 2231",
                tip_what="mi vecina la tienen encerrada, llamenme al 809 555 2231", tip_where="Bronx", tip_when="ahora",
                tip_who="1 mujer", tip_control="encerrada", exploitation_type="labour", tip_more="none",
                tip_facts={"means_of_control": ["RestrictsMovement"]})
    result = step(turn("ok ya hablé con ella… mándalo pero sin mi número, anónimo", "affirm", 0.8, "es"),
                  asked("tip_confirmed", **told))
    assert result.slots["tip_confirmed"] is True and result.slots["contact"] is None
    assert result.slots["privacy_level"] == "anonymous" and "809" not in result.slots["tip_what"]
    plain = step(turn("yes send it", "affirm", 0.9), asked("tip_confirmed", **told))
    assert plain.slots == {"tip_confirmed": True, "correcting": False}


def test_the_difference_between_the_privacy_choices_is_explained_before_the_choice():
    # twenty-third session probes: "whats the difference between 2 and 3? i dont want my boss finding out" got the
    # anonymity line or the next question, and the choice was never made
    for text, language in (("whats the difference between 2 and 3? i dont want my boss finding out", "en"),
                           ("c'est quoi la différence entre confidentiel et anonyme?", "fr"),
                           ("cual es la diferencia entre confidencial y anonimo?", "es")):
        result = step(turn(text, "ask_anonymous", 0.9, language),
                      asked("privacy_level", safe_to_talk=True, reporter_role="self"))
        assert result.say == ["utter_explain_privacy_level"] and not result.steps_aside and not result.slots, text


def test_a_count_said_as_a_range_is_read_back_as_said_until_corrected():
    # "3 or 4 girls" was read back as "Who: 4 women" (2026-12-06)
    told = step(turn("3 or 4 girls work at the massage place, they never leave"), asked("tip_what", safe_to_talk=True))
    facts = told.slots["tip_facts"]
    assert "Who: 3–4 women" in summary({"tip_what": "x", "tip_facts": facts}, "en")
    # a correction of one end changes the whole range where it was told ("3 or 5 girls" was read back); "it was 5 not
    # 4" was kept as a note
    for correction in ("no its 5 girls not 4", "it was 5 not 4"):
        read_back = asked("tip_confirmed", tip_what="3 or 4 girls work at the massage place", tip_facts=facts)
        fixed = step(turn(correction, "deny"), read_back).slots
        assert fixed["tip_what"] == "5 girls work at the massage place", correction
        assert "Who: 5 women" in summary({"tip_what": "x", "tip_facts": fixed["tip_facts"]}, "en"), correction


@pytest.mark.parametrize(("text", "language"), [
    ("hey can you take me out of there tonight?", "en"), ("can you get me out of here", "en"),
    ("can someone come get me", "en"), ("can you guys help me leave tonight?", "en"),
    ("pueden sacarme de aqui hoy?", "es"), ("sáquenme de aquí por favor", "es"),
    ("vcs podem me tirar daqui?", "pt"), ("pouvez-vous venir me chercher ce soir?", "fr"),
])
def test_asking_to_be_taken_out_is_answered_with_how_we_can_help(text, language):
    # after filing, "hey can you take me out of there tonight?" got "added to your report" (2026-12-06); in the
    # intake it got "telling us is a good first step" and the next question
    assert answer_after_filing(turn(text, "inform", language=language)) == "utter_help_getting_out"
    during = step(Turn(text, "inform", 0.9, language, person_coming=True),
                  asked("tip_where", safe_to_talk=True, tip_what="my boss keeps my passport"))
    assert during.say == ["utter_help_getting_out_person_coming"]


@pytest.mark.parametrize("text", ["can you take me to the doctor", "can you pick up my kids",
                                  "can you help me understand", "can you come get a statement from her"])
def test_other_requests_are_not_asking_to_be_taken_out(text):
    assert answer_after_filing(turn(text)) != "utter_help_getting_out"


@pytest.mark.parametrize(("text", "language"), [
    ("can i text 911 here?", "en"), ("is texting 911 a thing here", "en"), ("puedo mandar mensaje al 911?", "es"),
    ("da pra mandar sms pro 911?", "pt"), ("je peux envoyer un sms au 911?", "fr"),
])
def test_asking_whether_911_takes_texts_is_answered(text, language):
    # "can i text 911 here?" got "yes: call 911" (in Canada, where it does not take texts), or "I can't answer that"
    assert answer_after_filing(turn(text, "ask_police", language=language)) == "utter_text_911"
    assert step(turn(text, "ask_police", language=language),
                asked("tip_where", safe_to_talk=True, tip_what="x")).say == ["utter_text_911"]
    in_danger = step(Turn(text, "ask_police", 0.9, language, danger=True),
                     asked("tip_where", safe_to_talk=True, tip_what="x", tip_facts={"danger": True}))
    assert in_danger.say == ["utter_text_911"]
    assert answer_after_filing(turn("i texted 911 already")) != "utter_text_911"


def test_a_question_said_to_be_missed_is_answered_and_never_kept_as_part_of_the_tip():
    # "you didnt answer me…" at the read-back was filed as "Also: you didnt answer me…" (2026-12-06)
    read_back = asked("tip_confirmed", tip_what="girls at the spa on main", tip_where="Tulsa", tip_who="3 girls")
    assert step(turn("you didnt answer me, is this anonymous?", "deny"), read_back) == Step(say=["utter_anonymous"])
    assert step(turn("you never answered my question", "deny"), read_back) == Step(say=["utter_sorry_ask_again"])
    assert step(turn("no me contestaste, es anonimo?", "deny", language="es"), read_back).say == ["utter_anonymous"]
    assert answer_after_filing(turn("u didnt answer me")) == "utter_sorry_ask_again"
    # what else the message tells is taken as usual (the live probe lost a contact and an age: the whole message got
    # "Sorry, I didn't catch that")
    contact = step(turn("this number, after 6pm. call me Dee. but u didnt answer me, will someone go there tonight"),
                   asked("contact", safe_to_talk=True, privacy_level="share", tip_what="x"))
    assert "after 6pm" in contact.slots["contact"] and "tonight" not in contact.slots["contact"]
    assert contact.say == ["utter_what_happens_next"]
    age = step(turn("omg 15!!! just me. u didnt answer will u tell my mom"),
               asked("tip_who", safe_to_talk=True, reporter_role="self", tip_what="x"))
    assert age.slots["tip_facts"]["ages"] == [15] and age.say == ["utter_family_not_told"]
    # what others did not answer is part of the tip
    assert step(turn("he never answered his phone"), read_back).slots.get("tip_more") == "he never answered his phone"


def test_a_french_place_corrected_without_apostrophes_reads_back_as_the_place():
    # "c est a magog pas sherbrooke" was read back as "Where: c est a magog"
    read_back = asked("tip_confirmed", tip_what="des filles dans un salon", tip_where="a sherbrooke sur la rue king",
                      tip_when="depuis l ete", tip_facts={"city": "Sherbrooke", "state": "QC", "country": "CA"})
    fixed = step(turn("c est a magog pas sherbrooke", "deny", language="fr"), read_back).slots
    assert fixed["tip_where"] == "magog" and "tip_when" not in fixed


@pytest.mark.parametrize(("asked_for", "text", "language"), [
    ("tip_where", "idk where but she is 16", "en"), ("tip_where", "idk where", "en"),
    ("tip_when", "no se cuando empezo pero ella tiene 15", "es"), ("tip_where", "nao sei onde", "pt"),
])
def test_not_knowing_what_was_asked_answers_it(asked_for, text, language):
    # "idk where but she is 16" kept the age and asked where again, as if unanswered; "idk where" was read back as
    # the place
    got = step(turn(text, language=language),
               asked(asked_for, safe_to_talk=True, tip_what="the boss keeps her passport"))
    assert got.slots[asked_for] == "unknown"
    assert not [r for r in got.say if r.startswith("utter_explain_")]


@pytest.mark.parametrize(("text", "language", "gone"), [
    ("no debt", "en", "DebtBondage"), ("the passport thing is wrong, they have them", "en", "WithholdsDocuments"),
    ("they have their passports", "en", "WithholdsDocuments"), ("lo de la deuda no es cierto", "es", "DebtBondage"),
    ("ellas tienen sus papeles", "es", "WithholdsDocuments"),
])
def test_a_sign_said_to_be_wrong_at_the_read_back_leaves_it(text, language, gone):
    # "no debt" got "What should I change?"; "the passport thing is wrong, they have them" was noted under "Also" and
    # the sign stayed in the report (2026-12-06)
    signs = ["DebtBondage", "ExcessiveWorkingHours", "WithholdsDocuments"]
    read_back = asked("tip_confirmed", tip_what="the boss keeps their passports and they owe him", tip_where="Tulsa",
                      tip_control="passports taken, debt, long hours", tip_facts={"means_of_control": signs})
    kept = step(turn(text, "deny", language=language), read_back).slots["tip_facts"]["means_of_control"]
    assert kept == [s for s in signs if s != gone]


@pytest.mark.parametrize(("text", "language"), [
    ("who is this. why is this number texting her", "en"), ("answer me. what report. what is her name", "en"),
    ("quien eres? porque le escribes a esta muchacha", "es"), ("why are u texting my girl", "en"),
    ("quem é voce? por que ta mandando mensagem pra ele? que denuncia é essa", "pt"),
    ("responde. qual o nome de quem te escreveu", "pt"),
])
def test_the_one_in_control_writing_from_her_phone_learns_nothing(text, language):
    # "who is this. why is this number texting her" got "I'm the automated assistant of a… anti-trafficking hotline"
    # and then "So far I have: pay taken or not paid, documents taken" (2026-12-06)
    got = step(turn(text, language=language), asked("tip_control", safe_to_talk=True, tip_what="x"))
    assert got.say == ["utter_safety_pause"] and got.slots["tip_facts"]["phone_taken"]
    assert answer_after_filing(turn(text, language=language)) == "utter_safety_pause"
    assert answer_after_filing(turn("why is this number texting me so much lol")) != "utter_safety_pause"


@pytest.mark.parametrize(("text", "answer"), [
    ("do i get a number or something for this report", "utter_have_it_all"),
    ("can u just save what i said", "utter_have_it_all"), ("guarden lo que les dije", "utter_have_it_all"),
    ("pode mandar a denuncia ja", "utter_have_it_all"), ("ok manda entao", "utter_have_it_all"),
    ("can u take us out of there tonight", "utter_police_now"),
])
def test_in_danger_asking_for_a_code_or_to_be_taken_out_is_answered(text, answer):
    # after danger, each got the 911 line again, three times (a 16-year-old locked in at night, 2026-12-06)
    waiting = {"safe_to_talk": True, "tip_what": "he locks us in at night",
               "tip_facts": {"danger": True, "no_questions": True, "person_coming": True}}
    assert step(Turn(text, "inform", 0.9, "en", person_coming=True), waiting).say == [answer]


@pytest.mark.parametrize(("text", "sorry"), [
    ("the driver told me he hits the girls and touches them", False), ("he hits me when i ask for my pay", True),
    ("tambien el señor me toca cuando la señora no esta", True), ("la patrona nos pega", True),
])
def test_im_sorry_its_being_done_to_you_is_said_to_the_one_it_is_done_to(text, sorry):
    # a truck driver reporting girls at a truck stop was told "I'm so sorry that's being done to you" (2026-12-06)
    got = step(turn(text, language="es" if " la " in text or "me toca" in text else "en"),
               asked("tip_what", safe_to_talk=True))
    assert ("utter_sorry_he_does_that" in got.say) == sorry


def test_a_sign_taken_out_and_a_place_corrected_in_one_message_both_change():
    # "quite amenazas, no me amenazan. y la casa es en sugar land no en houston": the threat left, and Sugar Land was
    # ignored (2026-12-06)
    read_back = asked("tip_confirmed", tip_what="la señora no me paga hace 5 meses", tip_where="en houston",
                      tip_when="desde enero", tip_facts={"city": "Houston", "state": "TX",
                                                         "means_of_control": ["TakesEarnings", "Threats"]})
    fixed = step(turn("quite amenazas, no me amenazan. y la casa es en sugar land no en houston", "deny",
                      language="es"), read_back).slots
    assert fixed["tip_facts"]["means_of_control"] == ["TakesEarnings"]
    assert fixed["tip_facts"]["city"] == "Sugar Land" and "Sugar Land" in fixed["tip_where"]


@pytest.mark.parametrize(("text", "language", "count", "gender"), [
    ("add that there are also 3 women", "en", 9, "mixed"), ("add that its 7 guys now", "en", 7, "male"),
    ("ok pis ajoute que c est 7 gars maintenant", "fr", 7, "male"), ("agrega que ahora son 7", "es", 7, "male"),
])
def test_people_added_at_the_read_back_are_more_or_the_whole_as_said(text, language, count, gender):
    # "ajoute que c est 7 gars maintenant" overwrote When; "add that its 7 guys now" read 13; "add that there are
    # also 3 women" replaced Who with the request (2026-12-06)
    read_back = asked("tip_confirmed", tip_what="the boss has their passports", tip_when="depuis avril, 7 jours sur 7",
                      tip_who="6 gars du guatemala", tip_facts={"people_count": 6, "gender": "male"})
    fixed = step(turn(text, language=language), read_back).slots
    assert (fixed["tip_facts"]["people_count"], fixed["tip_facts"]["gender"]) == (count, gender)
    assert fixed["tip_who"].startswith("6 gars du guatemala; ") and "tip_when" not in fixed


@pytest.mark.parametrize(("text", "language", "paused"), [
    ("no mucho. el hombre esta afuera", "es", True), ("no. i mean yes its fine", "en", False),
])
def test_not_really_safe_with_more_after_it_pauses(text, language, paused):
    # "no mucho. el hombre esta afuera" to "is it safe?" was taken as a yes: the questions went on, and the answer was
    # filed as When (2026-12-06)
    assert bool(step(turn(text, language=language), asked("safe_to_talk")).slots.get("paused")) == paused


def test_now_in_the_answer_to_is_it_safe_is_not_when_the_tip_happens():
    # "si ahorita si, ella fue al super" was read back as "Cuándo: sigue pasando" (2026-12-06)
    safe = step(turn("si ahorita si, ella fue al super", language="es"), asked("safe_to_talk"))
    assert safe.slots["safe_to_talk"] is True and "ongoing" not in (safe.slots.get("tip_facts") or {})
    told = step(turn("yes. my cousin is still working there, they took her passport"), asked("safe_to_talk"))
    assert told.slots["tip_facts"]["ongoing"] is True


@pytest.mark.parametrize(("asked_for", "text", "extra"), [
    ("privacy_level", "2 but dont text this number its my friends phone. i can come back to this chat", {}),
    ("contact", "dont text this number its my friends phone", {"privacy_level": "confidential"}),
])
def test_a_number_they_say_not_to_text_is_never_their_contact(asked_for, text, extra):
    # "2 but dont text this number its my friends phone" was filed with that phone as the victim's contact (2026-12-06)
    got = step(turn(text), asked(asked_for, safe_to_talk=True, reporter_role="self", tip_what="x", **extra))
    assert not contact.read(got.slots.get("contact") or "x")[0]
    assert "utter_not_own_phone" in got.say


@pytest.mark.parametrize(("text", "language"), [
    ("where do i go to get my money back", "en"), ("vcs podem me ajudar a receber?", "pt"),
    ("como cobro lo que me deben?", "es"),
])
def test_asking_how_to_get_paid_gets_where_to_claim_wages(text, language):
    # "where do i go to get my money back" got nothing; "vcs podem me ajudar a receber?" got a safe place to stay and
    # medical care (2026-12-06)
    assert answer_after_filing(turn(text, language=language)) == "utter_referred_again"
    during = step(turn(text, language=language), asked("tip_where", safe_to_talk=True, tip_what="no me pagan"))
    assert during.say == ["utter_referred_again"]


@pytest.mark.parametrize("text", ["are you a UK thing or american? should i be calling someone here instead",
                                  "hay alguna linea aqui en mexico? o ustedes son de estados unidos?"])
def test_asking_whether_the_line_is_american_gets_the_abroad_answer(text):
    # both got "I can't answer that here" (2026-12-06)
    assert answer_after_filing(turn(text)) == "utter_abroad"


def test_what_happens_next_asked_first_in_a_longer_message_is_answered():
    # "What will happen after I send this? Will someone contact the family?" got whether we would contact the teller
    assert answer_after_filing(turn("What will happen after I send this? Will someone contact the family?")) == (
        "utter_what_happens_next")


@pytest.mark.parametrize(("asked_for", "text", "kept", "answer"), [
    ("tip_who", "just me. im 19. is someone coming??", "just me. im 19.", "utter_what_happens_next"),
    ("tip_where", "the motel on 5th. is this anonymous?", "the motel on 5th.", "utter_anonymous"),
    ("tip_control", "he took my id. do i get a number for this?", "he took my id.", "utter_kept_so_far"),
])
def test_a_question_beside_an_answer_is_answered_and_not_filed(asked_for, text, kept, answer):
    # "Who: just me. im 19. is someone coming??" was filed, and the question went unanswered (2026-12-06)
    got = step(turn(text), asked(asked_for, safe_to_talk=True, reporter_role="self", tip_what="my boyfriend sells me"))
    assert got.slots[asked_for] == kept and got.say[0] == answer


@pytest.mark.parametrize(("text", "language"), [("who do i call?", "en"), ("j appelle qui? la SQ?", "fr"),
                                                ("a quien llamo?", "es"),
                                                ("eu devo ligar pro disque 100? ou pra policia federal?", "pt")])
def test_who_do_i_call_is_asking_whether_to_call(text, language):
    # "j'appelle qui? la SQ?" about a girl of 14 getting into a truck got "I can't answer that" (2026-12-06)
    assert step(turn(text, "ask_police", language=language), asked("safe_to_talk")).say == ["utter_should_call_police"]
    now = "c'est en train d'arriver LA, elle vient de monter dans le truck a cote. j'appelle qui? la SQ?"
    assert step(Turn(now, "ask_police", 0.8, "fr", danger=True, person_coming=True), asked("safe_to_talk")).say == [
        "utter_should_call_police_yes"]


def test_the_story_is_never_replaced_by_a_few_words_at_the_read_back():
    # "el que esta mal es el Que, ahi borro todo lo que le conte" left only those words of a nanny's story (2026-12-06)
    story = ("trabajo de niñera en River Oaks en Houston, los patrones tienen mi pasaporte y no me dan dias libres"
             " desde hace 2 años")
    read_back = asked("tip_confirmed", safe_to_talk=True, tip_what=story, tip_where="River Oaks, Houston")
    fixed = step(turn("el que esta mal es el Que, ahi borro todo lo que le conte", "deny", language="es"), read_back)
    assert fixed.slots.get("tip_what", story).startswith(story)


@pytest.mark.parametrize(("text", "language", "who", "before", "after"), [
    ("on est 6 avec moi, pas 5", "fr", "5 filles", 5, 6), ("nao sao 10… uns 12", "pt", "10 costureiras", 10, 12),
])
def test_a_count_corrected_in_french_and_portuguese_is_changed(text, language, who, before, after):
    # "on est 6 avec moi, pas 5" and "nao sao 10… uns 12" were noted under "Also", and the count stayed (2026-12-06)
    fixed = step(turn(text, "deny", language=language),
                 asked("tip_confirmed", tip_what="x", tip_who=who, tip_facts={"people_count": before})).slots
    assert fixed["tip_facts"]["people_count"] == after


@pytest.mark.parametrize(("text", "language"), [
    ("ya te dije saltar, no quiero q me contacten", "es"), ("dont contact me", "en"), ("nao quero que me liguem", "pt"),
])
def test_not_wanting_to_be_contacted_answers_the_contact_question(text, language):
    # "ya te dije saltar, no quiero q me contacten" was added to the story, and the question came again (2026-12-06)
    got = step(turn(text, language=language), asked("contact", safe_to_talk=True, privacy_level="confidential",
                                                     tip_what="x"))
    assert got.slots == {"contact": "none"}


def test_an_answer_with_a_question_asked_of_nobody_is_kept_and_met_kindly():
    """"since june. why would he do that?": "since june" was lost, and the person got "I can't answer that here"."""
    told = dict(safe_to_talk=True, reporter_role="self", privacy_level="anonymous", tip_type="labor",
                tip_what="my boss takes my pay and wont let me leave", tip_where="houston")
    for text, language in [("since june. why would he do that?", "en"), ("desde junio. por que me hace esto?", "es"),
                           ("depuis juin. pourquoi il me fait ça?", "fr")]:
        result = step(turn(text, "inform", 0.9, language), asked("tip_when", **told))
        assert result.slots["tip_when"].split(".")[0] in text and "?" not in result.slots["tip_when"], text
        assert result.say == ["utter_sorry_he_does_that"], text  # not their fault: never "I can't answer that"
    about_someone = step(turn("since june. why would he do that?"),
                         asked("tip_when", **{**told, "reporter_role": "other"}))
    assert about_someone.slots["tip_when"] == "since june." and about_someone.say == []
    why_ask = step(turn("since june. why are you asking me this?"), asked("tip_when", **told))
    assert why_ask.slots["tip_when"] == "since june." and why_ask.say == ["utter_explain_tip_when"]


def test_this_number_with_a_safe_time_at_the_read_back_is_the_contact_with_its_time():
    """"this number, after 6pm" to the read-back replaced When; to the contact question it lost "after 6pm"."""
    told = dict(safe_to_talk=True, reporter_role="self", privacy_level="share", contact="none", tip_type="labor",
                tip_what="my boss takes my pay and wont let me leave", tip_where="houston", tip_when="since june",
                tip_who="just me", tip_control="pay taken", tip_more="none")
    for text in ("this number, after 6pm", "este numero despues de las 6"):
        for question in ("tip_confirmed", "contact"):
            result = step(turn(text), asked(question, **told))
            assert "tip_when" not in result.slots and "tip_more" not in result.slots, (text, question)
            assert contact.read(result.slots["contact"]) == (True, text), (text, question)
    assert step(turn("yes this number"), asked("contact", **told)).slots["contact"] == contact.THIS_NUMBER
    # the web chat has no number; a named field is a correction
    assert "contact" not in step(turn("when: this number after 6pm"), asked("tip_confirmed", **told)).slots


def test_will_someone_contact_the_family_is_about_the_family_not_about_being_called():
    told = asked("tip_where", safe_to_talk=True, reporter_role="self", privacy_level="share", tip_type="labor",
                 tip_what="my boss takes my pay and wont let me leave")
    assert step(turn("Will someone contact the family?", "inform", 0.6), told).say == ["utter_family_not_told"]
    assert step(turn("will someone call me?", "inform", 0.6), told).say == ["utter_will_we_contact"]


@pytest.mark.parametrize("text", ["why the fuck is my girl texting this number. answer me",
                                  "who is this. why is my daughter on this website",
                                  "por que mi hija esta en esta pagina", "pq minha filha ta nesse site",
                                  "pourquoi ma fille est sur ce site"])
def test_the_one_in_control_asking_why_she_writes_here_gets_the_neutral_pause(text):
    got = step(turn(text, "ask_who", 0.7), asked("tip_who", safe_to_talk=True, tip_what="he keeps my id and money"))
    assert got.say == ["utter_safety_pause"] and got.slots["paused"] is True  # (it got who we are)


def test_a_tip_told_with_the_family_in_it_is_kept_and_read_as_about_the_one_writing():
    """"…si no voy le va a decir a mi mama lo de las fotos" is his threat, not a question to us: the whole first
    message (15, Guadalajara, men who pay) was lost, and "mi novio" made it about someone else."""
    text = ("hola tengo 15 años y mi novio dice q hoy en la noche me va a llevar con unos señores q pagan bien y q si"
            " no voy le va a decir a mi mama lo de las fotos. estoy en guadalajara")
    got = step(turn(text, "report_tip", 0.8, "es"), {})
    assert got.slots["tip_what"] == text and got.slots["reporter_role"] == "self"
    assert "utter_family_not_told" not in got.say
    asked_too = step(turn("are u gonna tell my mom? my uncle makes me work at his store for no pay, im 16",
                          "report_tip", 0.8), {})
    assert asked_too.say == ["utter_family_not_told"] and "my uncle" in asked_too.slots["tip_what"]
    assert asked_too.slots["reporter_role"] == "self"


def test_no_texts_please_with_a_number_is_how_to_reach_them_not_the_tip_taken_back():
    told = asked("contact", safe_to_talk=True, reporter_role="self", privacy_level="share", tip_type="other",
                 tip_what="mi esposo me pega")
    got = step(turn("713 555 0142 solo en la mañana, no mandes mensajes", "inform", 0.8, "es"), told)
    assert "713 555 0142" in got.slots["contact"] and "utter_not_sent" not in got.say
    assert step(turn("no mandes nada, ya me arrepenti", "inform", 0.8, "es"), told).say == ["utter_not_sent"]


def test_a_read_back_correction_with_the_abusers_age_keeps_the_childs_age_and_puts_the_room_right():
    """"no espere, el cuarto es 121 no 112. y el novio es Kevin el Flaco de 24 años, pongalo": Who became "mi hija,
    24", the minor flag was cleared (and the mandated report with it), and the room stayed 112."""
    told = dict(safe_to_talk=True, reporter_role="other", privacy_level="share", contact="this number",
                tip_what="mi hija tiene 14 y se fue con un novio de 24, la anda ofreciendo en internet",
                tip_type="SexualExploit", tip_where="motel 6 en phoenix, cuarto 112", tip_when="desde el sabado",
                tip_who="mi hija, 14", tip_control="none", tip_more="none",
                tip_facts={"ages": [14], "minor": True, "exploitation": ["SexualExploit"], "city": "Phoenix"})
    got = step(turn("no espere, el cuarto es 121 no 112. y el novio es Kevin el Flaco de 24 años, pongalo", "inform",
                    0.8, "es"), asked("tip_confirmed", **told))
    assert got.slots["tip_where"] == "motel 6 en phoenix, cuarto 121"
    assert "Kevin" in got.slots["tip_more"] and "tip_who" not in got.slots and "tip_when" not in got.slots
    assert got.slots["tip_facts"]["minor"] is True and got.slots["tip_facts"]["ages"] == [14]


def test_offering_this_number_at_the_read_back_is_the_contact_and_the_choice_to_share():
    """Three probes: "u can text me at this number but only after 6pm when we're done in the field" replaced Where and
    When, "u can text this number but only after 11pm when hes asleep" and "someone can text me here, after 10pm" became
    When; the person was later told "we can't contact you, because you chose to stay anonymous"."""
    told = dict(safe_to_talk=True, reporter_role="self", privacy_level="anonymous", tip_type="labor",
                tip_what="the farm boss keeps half our pay", tip_where="a farm off 101 near chualar",
                tip_when="since april", tip_who="me and 5 others", tip_control="pay taken", tip_more="none")
    for text in ("u can text me at this number but only after 6pm when were done in the field",
                 "u can text this number but only after 11pm when hes asleep",
                 "actually someone can text me here, after 10pm is best"):
        got = step(turn(text), asked("tip_confirmed", **told))
        assert got.slots["privacy_level"] == "share" and contact.read(got.slots["contact"]) == (True, text), text
        assert "tip_when" not in got.slots and "tip_where" not in got.slots, text
    assert "contact" not in step(turn("he texts me on this phone every night"), asked("tip_confirmed", **told)).slots
    from dataclasses import replace
    web = step(replace(turn("u can text me here after 6"), channel="web"), asked("tip_confirmed", **told))
    assert "contact" not in web.slots  # (a web chat has no number)


def test_putting_the_kind_right_at_the_read_back_also_puts_the_work_right():
    """"not sexual!! its work, washing cars": the read-back said forced work, and the report kept "sex work"."""
    told = dict(safe_to_talk=True, reporter_role="self", privacy_level="anonymous", exploitation_type="SexualExploit",
                tip_what="they make us work and i owe debt", tip_where="Kirkstall Rd, Leeds", tip_who="5 men",
                tip_when="8 months", tip_control="passport", tip_more="none",
                tip_facts={"exploitation": ["SexualExploit"], "labour_type": "sex work"})
    got = step(turn("not sexual!! its work, washing cars"), asked("tip_confirmed", **told))
    assert got.slots["exploitation_type"] == "ForcedLabour" and got.slots["tip_facts"]["labour_type"] == "car wash"


def test_a_whole_tip_in_one_message_with_police_and_a_number_in_it_is_taken_whole():
    """"…you can call me at 937 555 0188 my name is linda, im fine with u sharing my info with police" ended a whole
    tip: it got "law enforcement and the press can contact the office", nothing of it was filed but the story, and
    every question was asked again."""
    text = ("ok so this is about my neighbors not me. theres a house on 4418 elm st in dayton ohio, like 8 or 9 women "
            "live there, i think 2 of them are teenagers maybe 16, a older guy named ray collects money from men who "
            "come by, one girl told me she cant leave cause she owes ray 12000 and he has her passport. its been going "
            "on since at least august. you can call me at 937 555 0188 my name is linda, im fine with u sharing my "
            "info with police")
    got = step(turn(text, "report_tip", 0.9), {})
    assert "utter_for_officials" not in got.say
    facts = got.slots["tip_facts"]
    assert facts["city"] == "Dayton" and facts["minor"] is True and "WithholdsDocuments" in facts["means_of_control"]
    assert got.slots["privacy_level"] == "share" and "937 555 0188" in got.slots["contact"]
    assert next_question({**got.slots, "safe_to_talk": True}) not in ("contact", "tip_where", "tip_when", "tip_who")
    assert step(turn("this is detective ruiz with dallas pd, i need info on a case"), {}).say == ["utter_for_officials"]


def test_locked_in_without_a_phone_asking_us_to_come_or_to_call_is_answered_not_told_to_text_911_again():
    from dataclasses import replace
    told = dict(safe_to_talk=True, tip_what="estoy encerrada en un cuarto el señor cerro con llave y se llevo mi cel",
                tip_facts={"danger": True, "person_coming": True})
    for text in ("no se la direccion, es houston creo. no puedo llamar no tengo telefono!! pueden venir por mi?",
                 "no tengo telefono te dije. es una tablet. pueden llamar ustedes a la policia por mi? me llamo rosa"):
        for facts in (told["tip_facts"], {**told["tip_facts"], "no_questions": True}):
            got = step(replace(turn(text, "inform", 0.8, "es"), person_coming=True),
                       asked("tip_where", **{**told, "tip_facts": facts}))
            assert got.say == ["utter_police_now"], (text, facts)
    sent = step(replace(turn("ok y ahora? ya lo mandaste?", "inform", 0.8, "es"), person_coming=True),
                asked("tip_where", **{**told, "tip_facts": {**told["tip_facts"], "no_questions": True}}))
    assert sent.say == ["utter_have_it_all"]


def test_violence_at_home_with_the_money_kept_and_a_shelter_asked_for_get_the_domestic_violence_line():
    """"my husband hits me when he drinks… he doesnt let me have money" got no line, and "necesito un lugar para ir con
    mis hijos" got what trafficking is, then "noted"."""
    first = step(turn("hi my husband hits me when he drinks, i dont work he doesnt let me have money. is this the "
                      "right place", "report_tip", 0.8), {})
    assert "utter_referral_home_violence" in first.say
    shelter = step(turn("en houston. yo no trabajo, solo es mi esposo. necesito un lugar para ir con mis hijos",
                        "inform", 0.8, "es"), asked("tip_where", safe_to_talk=True, tip_what="my husband hits me"))
    assert "utter_home_violence_shelter" in shelter.say  # the line's way to a shelter tonight
    alone = step(turn("where can i find a safe place to stay?"), asked("tip_where", safe_to_talk=True)).say
    assert "utter_referral_housing" not in alone and "utter_referral_home_violence" not in alone


def test_a_job_offer_asking_for_a_passport_picture_is_not_sextortion():
    text = ("someone on insta offered me a modeling job in dubai, they pay the flight, just need to send a passport "
            "pic and some pics of me. is it legit??")
    got = step(turn(text, "report_tip", 0.8), {})
    assert "utter_sextortion" not in got.say and got.slots["tip_what"] == text
    assert "utter_sextortion" in step(turn("he has my nudes and says hell send them to my mom", "report_tip", 0.8),
                                      {}).say


def test_the_privacy_menu_answered_with_news_first_or_with_a_question_about_it():
    told = dict(safe_to_talk=True, reporter_role="self")
    for text in ("ya se fue. la 2", "ya le dije q ya se fue. escogi la 2"):
        assert step(turn(text, "inform", 0.7, "es"), asked("privacy_level", **told)).slots[
            "privacy_level"] == "confidential", text  # (it was asked again, then taken as anonymous)
    for text in ("y eso para que?", "pero no me contesto, para que quiere mis datos? me pueden buscar a mi?",
                 "why do u need that?"):
        assert step(turn(text, "inform", 0.7), asked("privacy_level", **told)).say == [
            "utter_explain_privacy_level"], text  # (it got "I can't answer that here")
    no_choice = step(turn("de mi y de otros 4 compas", "inform", 0.7, "es"), asked("privacy_level", **told))
    assert "privacy_level" not in no_choice.slots and no_choice.say == ["utter_explain_privacy_level"]


def test_asking_whether_it_is_anonymous_is_not_the_choice_and_a_typo_still_asks_the_difference():
    asked_it = step(turn("hi. i work on a dairy in wisconsin, is this anonymous? can u see my number", "report_tip",
                         0.9), {})
    assert "privacy_level" not in asked_it.slots  # (the menu never came)
    chose = step(turn("im her cousin and i want to stay anonymous. she works at a nail salon and they keep her "
                      "passport", "report_tip", 0.9), {})
    assert chose.slots["privacy_level"] == "anonymous"
    from bot.actions.intake import asks_privacy_difference
    assert asks_privacy_difference("whats the diference between 2 and 3")  # (it got the kind question, twice)


def test_a_way_to_reach_them_offered_after_filing_is_read_as_one():
    from dataclasses import replace

    from bot.actions.intake import contact_offered_after_filing
    offered = contact_offered_after_filing(turn("can someone call me? this number but only after 6pm"))
    assert contact.read(offered)[0] and "after 6pm" in offered
    assert contact_offered_after_filing(turn("u can text me here after 10pm")) is not None
    assert contact_offered_after_filing(turn("call me at 407-555-0199 in the morning")) == (
        "call me at 407-555-0199 in the morning")
    assert contact_offered_after_filing(turn("and the van is white")) is None
    assert contact_offered_after_filing(replace(turn("u can text me here after 10pm"), channel="web")) is None


def test_will_they_get_her_out_today_is_about_what_happens_not_about_deportation():
    told = asked("tip_when", safe_to_talk=True, reporter_role="other", tip_what="mi prima esta en una cantina")
    for intent in ("ask_immigration", "inform"):
        got = step(turn("vos creés q la van a sacar hoy? tengo miedo q le hagan algo", intent, 0.6, "es"), told)
        assert got.say == ["utter_what_happens_after_report"] and "tip_when" not in got.slots, intent


def test_after_the_one_in_control_wrote_only_the_neutral_line_until_the_person_is_back():
    """"i said who is this. answer or im calling the number" got "Welcome back. Is it safe for you to text now?", and
    "safe from what? what is this" got who we are; "quien es este numero? q quieren con mi vieja" got who we are."""
    taken = step(turn("quien es este numero? q quieren con mi vieja", "ask_who", 0.8, "es"),
                 asked("tip_where", safe_to_talk=True, tip_what="el dueño nos obliga a salir con clientes"))
    assert taken.say == ["utter_safety_pause"] and taken.slots["tip_facts"]["phone_taken"]
    paused = asked("safe_to_talk", safe_to_talk=None, paused=True, tip_what="el dueño nos obliga a salir con clientes",
                   tip_facts=taken.slots["tip_facts"])
    for text in ("i said who is this. answer or im calling the number", "safe from what? what is this", "yes",
                 "mandame lo q te escribio o q"):
        got = step(turn(text, "inform", 0.7), paused)
        assert got.say == ["utter_safety_pause"] and got.slots["paused"] is True, text
    back = step(turn("its me again, he left", "inform", 0.7), paused)
    assert back.slots["paused"] is False and "phone_taken" not in back.slots["tip_facts"]


def test_what_if_he_sees_these_messages_gets_how_to_hide_the_chat_and_a_passport_photo_is_no_sextortion():
    told = asked("tip_where", safe_to_talk=True, reporter_role="self", tip_what="el me pega y no me paga")
    for text in ("q pasa si el ve estos mensajes?", "what if he sees this"):
        said = step(turn(text, "inform", 0.6, "es"), told).say
        assert said and said[0].startswith("utter_how_to_hide") and "utter_cannot_answer" not in said, text
    from bot.actions.intake import asks_about_sextortion
    offer = {"tip_what": "they want a photo of my passport and 300 dollars for the visa. is it legit?"}
    assert not asks_about_sextortion("u still didnt tell me if i should send my passport pic", offer)
    assert asks_about_sextortion("should i just send more so they stop??",
                                 {"tip_what": "he has my nudes and says hell post them"})


@pytest.mark.parametrize("text,language", [
    ("qual é o numero de emergencia aqui?", "pt"), ("c quoi le numero d urgence en france", "fr"),
    ("911 c pas en france ca non?", "fr"), ("vc nao entendeu, o numero nao funciona aqui. pra qual numero eu ligo??",
                                            "pt"), ("whats the emergency number here", "en"),
])
def test_the_emergency_number_asked_for_is_answered_with_it(text, language):
    """They got the privacy menu, or the next question (the answer's 911 becomes the number of where the person is:
    webhooks/triage/emergency.py)."""
    got = step(turn(text, "inform", 0.7, language), asked("privacy_level", safe_to_talk=True, reporter_role="other",
                                                          tip_what="minha vizinha"))
    assert got.say and got.say[0].startswith("utter_should_call_police"), got.say


def test_a_read_back_correction_with_the_contact_offered_in_its_last_sentence_does_both():
    told = dict(safe_to_talk=True, reporter_role="other", privacy_level="share", contact="Dana 626-555-0142",
                tip_what="4 women in a house in pasadena", exploitation_type="SexualExploit", tip_where="Pasadena, CA",
                tip_when="since august", tip_who="4 women", tip_control="none", tip_more="none",
                tip_facts={"people_count": 4, "city": "Pasadena", "state": "CA"})
    got = step(turn("theyre girls not women, like 15. and its 2210 elm st. u can text me at this number but only "
                    "after 6pm"), asked("tip_confirmed", **told))
    assert got.slots["contact"] == "this number: u can text me at this number but only after 6pm"
    assert "2210 elm st" in got.slots["tip_where"] and "girls" in got.slots["tip_more"]  # (all of it was the contact)


@pytest.mark.parametrize("text,language", [
    ("i got offered a modeling job in dubai, they pay the flight and visa, i just need to send a passport pic and some "
     "pics of me. is it legit??", "en"),
    ("a lady on facebook says she can get me a job cleaning in canada but i have to pay 2000 for the papers and she "
     "keeps my passport til i pay back. is this real?", "en"),
    ("me ofrecieron trabajo en españa de mesera, me pagan el boleto y luego les pago. es confiable?", "es"),
    ("on m a proposé un boulot de nounou à Paris, ils gardent le passeport au début. c est sérieux?", "fr"),
    ("me ofereceram uma vaga de garçonete em Portugal, pagam a passagem e depois eu pago. é golpe?", "pt"),
])
def test_asking_whether_a_job_offer_is_real_gets_its_warning_signs_and_the_tip_is_kept(text, language):
    """Each got the intake's next question and no word on whether to trust the offer (a live probe)."""
    got = step(turn(text, "report_tip", 0.8, language), asked("tip_what", safe_to_talk=True, reporter_role="self"))
    assert got.say == ["utter_offer_warning_signs"] and got.slots["tip_what"] == text


def test_is_it_legit_on_its_own_is_about_the_offer_told_before_and_nothing_else():
    offer = dict(safe_to_talk=True, reporter_role="self", tip_what="they offered me a job in dubai, paid flight")
    assert step(turn("is it legit?", "ask_anonymous", 0.6), asked("tip_where", **offer)).say == [
        "utter_offer_warning_signs"]
    beaten = dict(offer, tip_what="my boss hits me when i ask for my pay")
    assert "utter_offer_warning_signs" not in step(turn("is it legit?", "ask_anonymous", 0.6),
                                                   asked("tip_where", **beaten)).say
    assert "utter_offer_warning_signs" not in step(turn("my boss took my passport, is it legal?", "report_tip", 0.8),
                                                   asked("tip_what")).say
    assert answer_after_filing(turn("the agency said theyd sponsor my visa if i pay 500 first. is that a scam?",
                                    "ask_services", 0.6)) == "utter_offer_warning_signs"


_READ_BACK_FR = dict(safe_to_talk=True, reporter_role="other", privacy_level="anonymous",
                     tip_what="des filles travaillent dans un salon de massage à Laval, le patron a leurs passeports",
                     exploitation_type="SexualExploit", tip_where="Laval, QC", tip_when="depuis l'été",
                     tip_who="3 filles, 16 ans", tip_control="passeports", tip_more="none",
                     tip_facts={"people_count": 3, "ages": [16], "minor": True, "city": "Laval"})
_READ_BACK_PT = dict(safe_to_talk=True, reporter_role="other", privacy_level="anonymous",
                     tip_what="umas meninas trabalham num salão em Curitiba, o dono fica com os documentos",
                     exploitation_type="LabourExploit", tip_where="Curitiba, PR", tip_when="desde janeiro",
                     tip_who="4 meninas", tip_control="documentos", tip_more="none",
                     tip_facts={"people_count": 4, "city": "Curitiba"})


@pytest.mark.parametrize("text,language,field,value", [
    # the field named, then what was wrong in it, then what is right (it was read back "Qui : pas 16 ans, elles ont…")
    ("non, qui c'est pas 16 ans, elles ont 19 ans", "fr", "tip_who", "3 filles, 19 ans"),
    ("Qui = 3 femmes de 19 ans", "fr", "tip_who", "3 femmes de 19 ans"),
    ("nao, quem nao e 4 meninas, sao 6 mulheres", "pt", "tip_who", "6 mulheres"),
    ("quem não é 4, são 6", "pt", "tip_who", "6 meninas"),
    ("o onde ta errado, e em Londrina", "pt", "tip_where", "em Londrina"),
    ("quando não é janeiro, é março", "pt", "tip_when", "março"),
])
def test_a_read_back_correction_naming_its_field_puts_right_that_field(text, language, field, value):
    state = _READ_BACK_FR if language == "fr" else _READ_BACK_PT
    got = step(turn(text, "inform", 0.7, language), asked("tip_confirmed", **state))
    assert got.slots[field] == value and "tip_more" not in got.slots, got.slots
    if text.startswith("non, qui"):
        assert got.slots["tip_facts"]["ages"] == [19] and not got.slots["tip_facts"]["minor"]


@pytest.mark.parametrize("asked_for,text,value", [
    ("tip_who", "6 of us i said!!", "6 of us"), ("tip_when", "i already told u, since march", "since march"),
    ("tip_who", "ya te dije, somos 6", "somos 6"), ("tip_who", "like i said there are 6 of us", "there are 6 of us"),
    ("tip_control", "i said no to him and he hit me", "i said no to him and he hit me"),
])
def test_an_answer_said_with_a_complaint_is_kept_without_it(asked_for, text, value):
    """ "Who: 6 of us i said!!" was read back and filed so."""
    told = dict(safe_to_talk=True, reporter_role="self", privacy_level="anonymous",
                tip_what="we work at a farm and the boss keeps our passports", tip_where="a farm near Salinas")
    assert step(turn(text, "inform", 0.8), asked(asked_for, **told)).slots[asked_for] == value
    read_back = dict(told, exploitation_type="LabourExploit", tip_when="since march", tip_who="6", tip_control="ids",
                     tip_more="none", tip_facts={"people_count": 6})
    assert step(turn("Who: 6 of us i said!!"), asked("tip_confirmed", **read_back)).slots["tip_who"] == "6 of us"


@pytest.mark.parametrize("text,language", [
    ("vous pouvez m appeler a ce numero quand les enfants dorment, apres 21h", "fr"),
    ("appelez-moi à ce numéro après 21h", "fr"), ("me liga nesse numero depois das 8 da noite", "pt"),
])
def test_a_nannys_contact_at_the_read_back_is_her_contact_and_no_child_joins_her_report(text, language):
    """ "vous pouvez m appeler a ce numero quand les enfants dorment" went to When and Who, and raised a minor."""
    told = dict(safe_to_talk=True, reporter_role="self", privacy_level="share", contact="none",
                tip_what="je suis nounou chez une famille à Lyon, ils ont gardé mon passeport et je ne suis pas payée",
                exploitation_type="LabourExploit", tip_where="Lyon", tip_when="depuis 2 ans", tip_who="moi",
                tip_control="passeport", tip_more="none", tip_facts={"city": "Lyon", "people_count": 1})
    got = step(turn(text, "inform", 0.6, language), asked("tip_confirmed", **told))
    assert got.say == ["utter_contact_noted"] and text in got.slots["contact"], got.slots
    assert "tip_when" not in got.slots and "tip_who" not in got.slots
    assert not (got.slots.get("tip_facts") or {}).get("minor")
    before = ("safe_to_talk", "reporter_role", "privacy_level", "tip_what", "tip_facts")
    answered = step(turn("ce numero, le soir quand les enfants dorment", "inform", 0.6, "fr"),
                    asked("contact", **{k: v for k, v in told.items() if k in before}))
    assert "ce numero" in answered.slots["contact"] and not (answered.slots.get("tip_facts") or {}).get("minor")


@pytest.mark.parametrize("text,language,answers", [
    ("i dont have anything to report i just want to know how to spot it", "en", ["utter_what_trafficking_is"]),
    ("im doing a school project on human trafficking, what are the signs?", "en", ["utter_what_trafficking_is"]),
    ("no report, i just want info", "en", []), ("solo quiero informacion, no tengo nada que reportar", "es", []),
    ("je veux juste me renseigner, rien à signaler", "fr", []),
    ("só queria tirar uma dúvida, não tenho nada pra denunciar", "pt", []),
])
def test_someone_with_nothing_to_report_gets_answers_and_no_questions_of_a_report(text, language, answers):
    """They were asked "Are you the person this is happening to?" and every question after it."""
    for asked_for, told in ((None, {}), ("reporter_role", dict(safe_to_talk=True)),
                            ("tip_what", dict(safe_to_talk=True, reporter_role="other"))):
        got = step(turn(text, "deny", 0.6, language), asked(asked_for, **told))
        assert got.say == [*answers, "utter_information_only"] and got.slots["tip_facts"]["withdrawn"], (asked_for, got)
    scared = step(turn("i dont want to report him, im scared", "deny", 0.6), asked("reporter_role", safe_to_talk=True))
    assert "utter_information_only" not in scared.say
    told = step(turn("no report, i just want info", "deny", 0.6),
                asked("tip_where", safe_to_talk=True, reporter_role="other", tip_what="3 girls at the motel on 5th"))
    assert "utter_information_only" not in told.say  # (the tip is told already)


@pytest.mark.parametrize("text", ["liguei 911 e nao funciona", "o 911 não atende", "liguei pro 911 e nada",
                                  "i called 911 and nobody answers"])
def test_in_danger_the_emergency_number_that_did_not_work_is_answered_with_the_number_to_call(text):
    """ "liguei 911 e nao funciona" in Recife got "you did the right thing calling"; "o 911 não atende" was filed as the
    place (the answer's 911 becomes the number where the person is: webhooks/triage/emergency.py)."""
    locked_in = dict(safe_to_talk=True, reporter_role="self", tip_what="estou presa num apartamento, ele trancou",
                     tip_facts={"danger": True, "person_coming": True, "city": "Recife", "country": "BR"})
    got = step(turn(text, "inform", 0.6, "pt"), asked("tip_where", **locked_in))
    assert got.say == ["utter_emergency_not_through"] and "tip_where" not in got.slots, got
    assert step(turn("liguei pro 190, tão vindo", "inform", 0.6, "pt"), asked("tip_where", **locked_in)).say == [
        "utter_called_911"]


@pytest.mark.parametrize("asked_for", ["tip_where", "tip_more", "tip_confirmed"])
def test_when_not_to_write_is_kept_with_the_contact(asked_for):
    """ "stop texting me after 6 tho my roommate checks my phone" was filed as a sign of control at the read-back, and
    joined the story elsewhere: staff writing to the number would not see it."""
    told = dict(safe_to_talk=True, reporter_role="self", privacy_level="share", contact="this number",
                tip_what="i work at a nail salon and the owner keeps my pay", tip_facts={"city": "Tampa"})
    if asked_for == "tip_confirmed":
        told.update(exploitation_type="LabourExploit", tip_where="nail salon in Tampa", tip_when="since march",
                    tip_who="me and 2 others", tip_control="passport", tip_more="none")
    text = "stop texting me after 6 tho my roommate checks my phone"
    got = step(turn(text, "end_conversation" if asked_for == "tip_more" else "inform", 0.6), asked(asked_for, **told))
    # (and, the phone being checked, how to delete the chat)
    assert got.slots["contact"] == f"this number; {text}" and got.say[-1] == "utter_contact_noted", got
    assert got.say[0].startswith("utter_how_to_hide"), got
    assert not any(text in str(v) for k, v in got.slots.items() if k != "contact")
    assert "contact" not in step(turn("stop texting me", "end_conversation", 0.9), asked("tip_where", **told)).slots


def test_safe_now_the_questions_may_come_again_and_the_tip_is_not_taken_as_over():
    """ "ya im safe" got "I'm so glad you're safe" and no question, again and again (the danger held them back); "he
    left" was filed as "not going on now"."""
    from bot.actions.intake import next_question, stops_asking
    in_danger = dict(safe_to_talk=True, reporter_role="self", tip_what="he locked me in the room at the motel",
                     tip_where="motel 6 on airport blvd", tip_facts={"danger": True, "person_coming": True})
    assert stops_asking(in_danger)
    got = step(turn("ya im safe now, he left", "inform", 0.6), asked("tip_when", **in_danger))
    assert got.say == ["utter_safe_now"]
    facts = got.slots["tip_facts"]
    assert not facts.get("danger") and facts["person_coming"] and "ongoing" not in facts
    assert not stops_asking({**in_danger, **got.slots}) and next_question({**in_danger, **got.slots})


def test_a_gift_card_given_to_a_girl_is_grooming_told_not_a_scam():
    """ "he bought her airpods and a sephora giftcard. he wants her to come visit him in Phoenix" (a girl of 15) got the
    scam referral, and the message was in no field of the report."""
    from bot.actions.intake import referral_for
    text = ("she has this friend Tyler she met on discord who says hes 19 and he bought her airpods and a sephora "
            "giftcard. he wants her to come visit him in Phoenix for spring break")
    assert referral_for(text, extract(text, "en")) is None
    asked_where = asked("tip_where", safe_to_talk=True, reporter_role="other",
                        tip_what="what are the warning signs of grooming, my daughter is 15")
    got = step(turn(text, "report_tip", 0.6), asked_where)
    assert "utter_referral_scam" not in got.say and any(text in str(v) for v in got.slots.values())
    scam = "they sent me a check to deposit and buy gift cards, now i owe 2400"
    assert referral_for(scam, extract(scam, "en")) == "utter_referral_scam"


@pytest.mark.parametrize("text", ["who gave u my number", "que es esto. a quien le estas contando de mi",
                                  "quien te dio mi numero?", "quem te deu meu numero"])
def test_the_one_in_control_asking_how_we_got_the_number_is_someone_else_writing(text):
    """Each, after filing, got who we are."""
    from bot.actions.intake import someone_else_writes
    assert someone_else_writes(text)


def test_a_young_person_asking_whether_to_go_with_him_is_told_not_to():
    """ "me voy con el o no?" from a girl of 16 a man had offered a place to sleep got the next question, and "porfa
    contestame ya viene" the neutral pause; "should i still go tonight??" from a girl of 15 got "I can't answer
    that"."""
    from dataclasses import replace as changed
    runaway = dict(safe_to_talk=True, reporter_role="self",
                   tip_facts={"minor": True, "ages": [16], "person_coming": True},
                   tip_what="tengo 16, estoy en la central de autobuses y un señor me ofrecio donde dormir y dinero")
    got = step(turn("el fue al carro y dice q regresa en 10 min por mi. me voy con el o no?", "inform", 0.6, "es"),
               asked("tip_where", **runaway))
    assert got.say == ["utter_dont_go"]
    coming = step(changed(turn("porfa contestame ya viene", "inform", 0.6, "es"), watched=True),
                  asked("tip_where", **{**runaway, **got.slots}))
    assert coming.say == ["utter_dont_go"]
    driven = dict(safe_to_talk=True, reporter_role="self", tip_facts={"minor": True, "ages": [15, 24]},
                  tip_what="im 15 and my bf is 24, hes driving me to houston tonight to make money with his friends")
    assert step(turn("should i still go tonight??", "ask_services", 0.6), asked("tip_when", **driven)).say == [
        "utter_dont_go"]
    grown = dict(safe_to_talk=True, reporter_role="self", tip_facts={"ages": [30]},
                 tip_what="im 30 and they offered me a job in spain")
    assert "utter_dont_go" not in step(turn("should i go?", "ask_services", 0.6), asked("tip_when", **grown)).say


def test_after_i_want_to_die_im_ok_is_heard_once_and_the_tip_can_be_told():
    """Four messages in a row got the same 988 line word for word; the account and the deadline were never taken."""
    waiting = dict(safe_to_talk=True, reporter_role="self", tip_what="he has pics of me and wants 500",
                   tip_facts={"person_coming": True, "no_questions": True, "self_harm": True, "told_sextortion": True})
    first = step(turn("im not gonna do anything rn i promise. can i still report the account"), asked("tip_where",
                                                                                                      **waiting))
    assert first.say == ["utter_self_harm_ok"] and not first.slots["tip_facts"].get("no_questions")
    waiting = {**waiting, **first.slots}
    assert step(turn("what do i do when 8am comes"), asked("tip_where", **waiting)).say == ["utter_sextortion"]
    told = step(turn("the account is @ashleyy.x0x and he said 8am"), asked("tip_where", **waiting))
    # (the questions are back: what is told is kept with the tip, and the question stands)
    assert told.say in (["utter_noted"], ["utter_noted_for_the_team"]) and any(
        "@ashleyy.x0x" in str(v) for v in told.slots.values())


@pytest.mark.parametrize("text,language", [("vcs vao mandar a policia ou nao?", "pt"),
                                           ("quels secours? j ai appele personne. vous allez envoyer quelqu un?", "fr"),
                                           ("mas vcs podem ligar ou nao?", "pt")])
def test_in_danger_asked_whether_we_send_someone_is_answered_honestly(text, language):
    """Each got the 911 line again, never a yes or a no."""
    locked_in = dict(safe_to_talk=True, reporter_role="self", tip_what="he locked me in", tip_where="Fortaleza",
                     tip_facts={"danger": True, "person_coming": True, "no_questions": True})
    assert step(turn(text, "inform", 0.6, language), asked("tip_when", **locked_in)).say == ["utter_police_now"]


def test_a_who_correction_naming_the_adult_keeps_the_childs_minor_flag():
    """Three reports of girls of 15 and 16 were filed with no minor and no mandated report after "Who" was corrected
    to name the man; "shes 19 not 16" still clears it."""
    told = dict(safe_to_talk=True, reporter_role="other", privacy_level="anonymous", exploitation_type="SexualExploit",
                tip_what="my daughter is 16 and a man posts her in escort ads", tip_where="Dallas",
                tip_when="since june", tip_who="my daughter, 16", tip_control="none", tip_more="none",
                tip_facts={"minor": True, "ages": [16], "city": "Dallas"})
    for text in ("who: my daughter and the man, hes like 30", "Who: the guy is 25 and his friend 30"):
        facts = step(turn(text, "inform", 0.7), asked("tip_confirmed", **told)).slots["tip_facts"]
        assert facts["minor"] and 16 in facts["ages"] and not facts.get("not_minor"), (text, facts)
    facts = step(turn("no shes 19 not 16", "inform", 0.7), asked("tip_confirmed", **told)).slots["tip_facts"]
    assert not facts["minor"] and facts["ages"] == [19]


def test_the_persons_own_fears_and_questions_are_not_signs_or_requests():
    from bot.actions.intake import referral_for, wants_to_end
    for text, language in (("is this gonna get me arrested??", "en"),
                           ("si ustedes van lo van a deportar a mi sobrino?", "es")):
        assert "ThreatOfLawEnforcement" not in extract(text, language).means_of_control, text
    assert "ThreatOfLawEnforcement" in extract("he says the police will arrest me", "en").means_of_control
    asked_about_us = "is this a real thing or a scam? how do i know ur not with ICE"
    assert referral_for(asked_about_us, extract(asked_about_us, "en")) is None
    assert not wants_to_end("i need someone to make him stop") and not wants_to_end("yes make it stop")


def test_a_read_back_field_said_to_be_incomplete_is_added_to_and_my_mistake_is_no_false_promise():
    more = step(turn("o onde ta incompleto, é no bairro messejana", "inform", 0.7, "pt"),
                asked("tip_confirmed", **_READ_BACK_PT))
    assert more.slots["tip_where"] == "Curitiba, PR; no bairro messejana"
    slip = step(turn("o onde esta errado, enganei-me: é na rua de sa da bandeira", "inform", 0.7, "pt"),
                asked("tip_confirmed", **_READ_BACK_PT))
    assert slip.slots["tip_where"] == "na rua de sa da bandeira"
    assert "FalsePromises" not in extract("enganei-me, é na rua de sa da bandeira", "pt").means_of_control


def test_whether_to_leave_with_nowhere_to_go_gets_help_getting_out():
    """ "que hago? me salgo de la casa? no tengo a donde ir" (after he hit the man) was noted as the place."""
    told = dict(safe_to_talk=True, reporter_role="self", tip_what="el patron me tiene en su rancho y no me paga",
                tip_where="rancho cerca de Immokalee", tip_facts={"person_coming": True})
    got = step(turn("que hago? me salgo de la casa? no tengo a donde ir", "inform", 0.6, "es"),
               asked("tip_control", **told))
    assert got.say and got.say[0].startswith("utter_help_getting_out") and "tip_where" not in got.slots, got


def test_read_back_corrections_from_the_spanish_probe_keep_what_was_told():
    """ "quienes: somos 8 no 6…" replaced Who whole (don Ramiro and the white truck were lost); "no fue el lunes fue el
    martes, hace 3 semanas y sigue" made When "desde el sigue"; "…en la calle main" asked for a person ("calle")."""
    told = dict(safe_to_talk=True, reporter_role="self", privacy_level="anonymous", tip_what="trabajamos en un rancho",
                exploitation_type="LabourExploit", tip_where="Pasadena", tip_when="desde el lunes",
                tip_who="6 trabajadores, don Ramiro el encargado, troca blanca", tip_control="no nos paga",
                tip_more="none", tip_facts={"people_count": 6, "city": "Pasadena", "state": "TX"})
    who = step(turn("quienes: somos 8 no 6, se me olvidaron los 2", "inform", 0.7, "es"),
               asked("tip_confirmed", **told))
    assert who.slots["tip_who"].startswith("8 trabajadores, don Ramiro el encargado, troca blanca")
    assert who.slots["tip_facts"]["people_count"] == 8
    when = step(turn("no fue el lunes fue el martes, hace 3 semanas y sigue", "inform", 0.7, "es"),
                asked("tip_confirmed", **told))
    assert when.slots["tip_when"].startswith("desde el martes") and "sigue" in when.slots["tip_when"]
    where = step(turn("no fue en Pasadena, fue en Baytown, en la calle main", "inform", 0.7, "es"),
                 asked("tip_confirmed", **told))
    assert not where.hand_over and where.slots["tip_where"] == "Baytown; en la calle main"


@pytest.mark.parametrize("text,language", [("vous allez appeler la dpj?", "fr"), ("will you call cps on my mom?", "en"),
                                           ("el DIF me va a quitar a mis hijos?", "es")])
def test_asked_whether_we_call_child_protection_the_answer_is_honest(text, language):
    """ "vous allez appeler la dpj?", from a girl of 17, got the immigration answer twice."""
    from bot.actions.intake import official_question
    assert official_question(text) == "utter_child_protection"
    assert answer_after_filing(turn(text, "ask_immigration", 0.7, language)) == "utter_child_protection"
    assert official_question("im a teacher, do i have to call CPS?") == "utter_mandated_reporter"


@pytest.mark.parametrize("text", ["1 pode me ligar, sou a Rosangela", "1, meu numero e esse, sou Marcos",
                                  "1 call me, im Dana"])
def test_sharing_chosen_with_call_me_takes_this_number_as_the_contact(text):
    """Each got the contact question next, as if the way to reach them had not been said."""
    got = step(turn(text, "inform", 0.7, "pt"), asked("privacy_level", safe_to_talk=True, reporter_role="self",
                                                     tip_what="trabalho numa fazenda e o dono ficou com meu documento"))
    assert got.slots["privacy_level"] == "share" and got.slots["contact"].startswith("this number"), got.slots


@pytest.mark.parametrize("text", ["no contesta el 911 ni madres, suena y suena",
                                  "ya llame al 911 y no me contesta nadie",
                                  "le marque al 911 y no contesta, esta sangrando de la cabeza q hago"])
def test_the_emergency_number_not_answering_said_in_other_words_is_one_answer(text):
    """Each got "call 911 now" (the last also "I'm sorry it isn't getting through" after it, one against the other)."""
    from dataclasses import replace as changed
    hurt = dict(safe_to_talk=True, reporter_role="other", tip_what="le pegaron a mi compañero con una pala",
                tip_facts={"danger": True, "person_coming": True})
    got = step(changed(turn(text, "inform", 0.6, "es"), danger=True, joined=True), asked("tip_where", **hurt))
    assert got.say == ["utter_emergency_not_through"], got.say


@pytest.mark.parametrize("text", ["y a pas un sms?", "qual numero entao? tem como mandar msg pra policia?"])
def test_in_danger_a_number_to_text_asked_for_is_answered(text):
    """ "y a pas un sms?" from someone who could not speak got "I can't answer that here" (the answer names the text
    line where the person is: webhooks/triage/emergency.py)."""
    waiting = dict(safe_to_talk=True, reporter_role="other", tip_what="jentends une gamine qui hurle",
                   tip_where="Paris 19e", tip_facts={"danger": True, "person_coming": True, "no_questions": True})
    assert step(turn(text, "inform", 0.6, "fr"), asked("tip_when", **waiting)).say == ["utter_text_911"]
    from bot.actions.intake import asks_about_texting_911
    assert not asks_about_texting_911("theres a text from him?")


def test_will_this_show_up_in_my_history_gets_how_to_hide():
    got = step(turn("will this show up in my history??", "inform", 0.6),
               asked("tip_where", safe_to_talk=True, reporter_role="self", tip_what="my bf sells me"))
    assert got.say and got.say[0].startswith("utter_how_to_hide"), got.say


def test_this_number_offered_to_another_question_after_choosing_to_share_is_the_contact():
    """ "me llamo Beto, a este numero en la noche" to the signs question after "la 2" was filed as a sign; the report
    could not reach him."""
    told = dict(safe_to_talk=True, reporter_role="other", privacy_level="confidential",
                tip_what="mi compadre trabaja en una granja de pollos en Gainesville y no le pagan")
    got = step(turn("me llamo Beto, a este numero en la noche", "inform", 0.7, "es"), asked("tip_control", **told))
    assert got.slots["contact"].startswith("this number") and "tip_control" not in got.slots


@pytest.mark.parametrize("text", ["ok what are the questions", "can i report him now or not",
                                  "entonces ya quedo el reporte o que falta?"])
def test_asking_for_the_report_while_a_person_is_on_the_way_brings_the_questions_back(text):
    """Each got "Noted. The person from our team will see it.", the 911 line, or "I can't answer that here"; no report
    was ever filed."""
    waiting = dict(safe_to_talk=True, reporter_role="other", tip_what="se cayo un compañero del techo",
                   tip_where="Houston", tip_facts={"danger": True, "person_coming": True, "no_questions": True})
    got = step(turn(text, "report_tip", 0.6, "es"), asked("tip_when", **waiting))
    assert not got.quiet and not got.slots["tip_facts"].get("no_questions") and got.say in ([], ["utter_kept_so_far"])


def test_fourth_round_the_call_that_failed_the_call_that_worked_and_change_this_to_that():
    """ "me pusieron en espera y luego se colgo" and "out of their county… that line is busy" got "you did the right
    thing… until help comes"; "ahora si contestaron, va la ambulancia" got "call 911 now"; "in the who part, change 24
    to 23" became Who whole."""
    from dataclasses import replace as changed

    from bot.actions.intake import emergency_failed
    for text in ("marque al 911 y me pusieron en espera y luego se colgo. que hago??",
                 "i called 911 they said its out of their county, that line is busy",
                 "ya marque y no entra la llamada, dice error"):
        assert emergency_failed(text, {}), text
    hurt = dict(safe_to_talk=True, reporter_role="other", tip_what="se cayo del techo", tip_where="Houston",
                tip_facts={"danger": True, "person_coming": True})
    assert step(changed(turn("ahora si contestaron, va la ambulancia", "inform", 0.6, "es")),
                asked("tip_when", **hurt)).say == ["utter_called_911"]
    told = dict(safe_to_talk=True, reporter_role="other", privacy_level="anonymous", tip_what="rosa works at the farm",
                exploitation_type="LabourExploit", tip_where="farm, Salinas", tip_when="since may",
                tip_who="Rosa 24, 25 workers, some 15-16", tip_control="debt", tip_more="none",
                tip_facts={"ages": [15, 16, 24]})
    got = step(turn("in the who part, change 24 to 23", "inform", 0.7), asked("tip_confirmed", **told))
    assert got.slots["tip_who"].startswith("Rosa 23, 25 workers, some 15-16")


def test_why_does_she_write_to_you_is_someone_else_writing():
    """ "quien eres tu? por que te escribe ella" got the 911 line, then "dame el codigo" was told all she sent was
    kept."""
    from bot.actions.intake import someone_else_writes
    assert someone_else_writes("quien eres tu? por que te escribe ella")
    assert someone_else_writes("porque te escribe ella tanto?")


def test_whether_to_call_911_asked_beside_an_answer_is_answered_and_the_rest_read_as_usual():
    # twenty-eighth session: "euh je sais pas. est-ce que je devrais appeler le 911 la? jai peur de perdre ma job" was
    # filed as the signs of control, "jappelle ou pas??" got "I can't answer that", "idk. should i do something, its
    # really hot out" the privacy menu, and "should I have called the police instead?" "No, this is not the police"
    slots = dict(safe_to_talk=True, reporter_role="other", privacy_level="anonymous",
                 tip_what="une fille de 15 ans dans un motel avec des clients", tip_facts={"minor": True})
    got = step(turn("euh je sais pas. est-ce que je devrais appeler le 911 la? jai peur de perdre ma job", "inform",
                    0.8, "fr"), asked("tip_control", **slots))
    assert got.say[0] == "utter_should_call_police_yes" and "911" not in got.slots["tip_control"]
    kind = step(turn("du sexe evidemment. repondez moi, jappelle ou pas??", "inform", 0.8, "fr"),
                asked("exploitation_type", **slots))
    assert kind.say == ["utter_should_call_police_yes"] and kind.slots["exploitation_type"] == "SexualExploit"
    adults = {**slots, "tip_facts": {}}
    heat = step(turn("idk. should i do something, its really hot out"), asked("tip_control", **adults))
    assert heat.say == ["utter_what_to_do"] and "should i" not in str(heat.slots.get("tip_control"))
    before = step(turn("Yes, I'm at my desk after school. Should I have called the police instead?", "ask_police"),
                  asked("safe_to_talk"))
    assert before.slots["safe_to_talk"] is True and before.say == ["utter_should_call_police"]
    # about us, not them: the answer that we are not the police
    assert step(turn("they keep 6 girls locked in the back of the spa on 5th street. will you call the cops?",
                     "report_tip"), asked("tip_what")).say == ["utter_not_police"]


def test_a_young_person_a_man_is_coming_for_is_told_not_to_go_not_paused_as_if_watched():
    # twenty-eighth session, web chat: "tengo 16 años, un señor q conoci en instagram me va a recoger hoy… ya viene en
    # camino, esta bien?" and "hes here. a grey honda. ok bye" got "OK. Write back whenever you like."; "is it bad if i
    # go?" and "i just need to know if i should get in his car" got the next question
    first = "hola tengo 16 años, un señor q conoci en instagram me va a recoger hoy en la tarde. ya viene en camino"
    for extra in ({"watched": True}, {}):
        got = step(replace(turn(first, "report_tip", 0.9, "es"), **extra), asked(None))
        assert got.say == ["utter_dont_go"] and got.slots["tip_facts"]["told_dont_go"], extra
        assert got.slots["tip_what"] == first
    waiting = dict(safe_to_talk=True, tip_what="a guy from discord is picking me up at the greyhound station",
                   tip_facts={"minor": True, "ages": [15]})
    here = step(replace(turn("hes here. a grey honda. ok bye"), watched=True), asked("tip_who", **waiting))
    assert here.say == ["utter_dont_go"]
    for text in ("is it bad if i go?", "i just need to know if i should get in his car"):
        assert step(turn(text), asked("tip_where", **waiting)).say == ["utter_dont_go"], text
    # an adult's boss is someone watching: the pause
    boss = step(replace(turn("my boss is here now"), watched=True), asked("tip_who", safe_to_talk=True, tip_what="x"))
    assert boss.say == ["utter_safety_pause"]


def test_a_plea_alone_in_the_middle_of_the_questions_is_answered_not_filed():
    # twenty-eighth session: "AYUDA" to the signs question was filed as a sign ("Señales: …; AYUDA"), and "when?" came
    for text, language in (("AYUDA", "es"), ("help me please", "en"), ("socorro", "pt")):
        got = step(turn(text, "request_human", 0.6, language), asked("tip_control", safe_to_talk=True, tip_what="x"))
        assert got.say == ["utter_danger_what_to_do"] and "tip_control" not in got.slots, text
        assert got.slots["tip_facts"]["person_coming"]


def test_a_fear_of_being_sent_back_asked_with_911_is_answered_and_the_country_is_not_the_place():
    # twenty-eighth session: "si llamo al 911 me mandan pa cuba? no tengo papeles" to "where?" was filed as the place,
    # with the country Cuba, for a woman locked in a room in Hialeah
    text = "si llamo al 911 me mandan pa cuba? no tengo papeles"
    told = dict(safe_to_talk=True, tip_what="el hombre q me trajo me tiene encerrada en un cuarto")
    danger = step(replace(turn(text, "inform", 0.8, "es"), danger=True),
                  asked("tip_where", **told, tip_facts={"danger": True, "person_coming": True}))
    assert danger.say == ["utter_danger_what_to_do"] and "tip_where" not in danger.slots
    assert "country" not in (danger.slots.get("tip_facts") or {})
    calm = step(turn(text, "inform", 0.8, "es"), asked("tip_where", **told, tip_facts={"person_coming": True}))
    assert calm.say == ["utter_call_without_papers"] and "tip_where" not in calm.slots


def test_i_cant_call_911_he_would_hear_me_is_not_told_to_call_911():
    # twenty-eighth session, web chat: it got "Yes: call 911 now. Police can get there fast."
    text = "i cant call 911 he would hear me"
    watched = step(replace(turn(text), danger=True, watched=True),
                   asked("tip_who", safe_to_talk=True, tip_what="x", tip_facts={"person_coming": True}))
    assert watched.say == ["utter_danger_pause"] and watched.slots["paused"]
    child = step(turn(text), asked("tip_who", safe_to_talk=True, tip_what="x",
                                   tip_facts={"person_coming": True, "minor": True}))
    assert child.say == ["utter_danger_cant_call"]


def test_a_whole_tip_opening_with_please_dont_use_my_name_is_kept_and_anonymous():
    # twenty-eighth session: a long first message ending "I'm fine to text, it's about them not me, and please don't use
    # my name, he'd know it was me" got "Done: your name and contact details are out of the report", and the whole
    # tip was lost (the read-back said "What: Did you not get my first message? It's all there.")
    text = ("My neighbor runs a berry farm outside Watsonville CA and he brought about 12 workers up from Oaxaca on "
            "H2A visas in March. I've seen his son take their passports into the house and they owe 4000 each for the "
            "recruiter fee. This is still going on today. I'm fine to text, it's about them not me, and please don't "
            "use my name, he'd know it was me.")
    got = step(turn(text, "delete_data", 0.7), asked(None))
    assert got.slots["privacy_level"] == "anonymous" and got.say[0] == "utter_anonymous"
    assert got.slots["tip_what"].startswith("My neighbor runs a berry farm") and "my name" not in got.slots["tip_what"]
    assert got.slots["tip_facts"]["city"] == "Watsonville" and "WithholdsDocuments" in got.slots["tip_facts"][
        "means_of_control"]


def test_an_offer_told_with_is_this_normal_gets_the_warning_signs_and_the_tip_is_kept():
    # twenty-eighth session: "…que me vaya y lo pago con trabajo alla y que ellos me dan cuarto y me guardan el
    # pasaporte para lo de la visa. eso es normal?", "es normal o no?", "solo quiero saber si voy o no voy": never
    # answered, and the report filed
    offer = ("si puedo. y otra cosa, hoy la muchacha me volvio a escribir que si no tengo mas dinero no importa, que "
             "me vaya y lo pago con trabajo alla y que ellos me dan cuarto y me guardan el pasaporte para lo de la "
             "visa. eso es normal?")
    got = step(turn(offer, "inform", 0.8, "es"), asked("safe_to_talk", tip_what="un anuncio de trabajo en florida"))
    assert got.say[0] == "utter_offer_warning_signs" and got.slots.get("safe_to_talk") is True
    told = dict(safe_to_talk=True, tip_what="un anuncio de trabajo en hoteles. me guardan el pasaporte para la visa")
    for text, slot in (("tengo 24. pero no me contestaste, es normal o no?", "tip_who"),
                       ("todavia estoy en mi casa en Laredo. solo quiero saber si voy o no voy", "tip_control")):
        assert step(turn(text, "inform", 0.8, "es"), asked(slot, **told)).say[0] == "utter_offer_warning_signs", text
    assert "utter_offer_warning_signs" not in step(turn("is that normal?"), asked(
        "tip_control", safe_to_talk=True, tip_what="the boss yells at us")).say


def test_a_young_person_who_ran_away_gets_the_runaway_line_not_a_trafficking_intake():
    # twenty-eighth session: "im 15… left home… staying at my friend jaydens" got the intake's questions twice, and "is
    # there like a youth shelter", "i ran away from home thats it" got "When did this happen?" and "Thanks, noted"
    for text, slot in (("im 15 and i left home last week, im staying at my friend jaydens", None),
                       ("is there like a youth shelter", "tip_when"), ("i ran away from home thats it", "tip_who"),
                       ("me sali de mi casa hace dos dias y no puedo volver", None)):
        got = step(turn(text), asked(slot, safe_to_talk=True))
        assert got.say == ["utter_referral_runaway"] and not any(k.startswith("tip_") and k != "tip_facts"
                                                                  for k in got.slots), text
    # sex asked for a place to stay is the report
    sold = step(turn("i ran away and now this guy lets me stay at his place but i have to sleep with his friends"),
                asked("tip_what", safe_to_talk=True))
    assert "utter_referral_runaway" not in sold.say and sold.slots["tip_what"].startswith("i ran away")


def test_should_i_go_and_hes_here_in_french_and_portuguese_get_dont_go():
    # twenty-eighth session: "c grave si jy vais? jai 15 ans" got the immigration answer, "il est la… il me dit de
    # descendre vite" the pause, "e mau se eu for?" and "ele ja chegou… vou?" the checklist
    fr = dict(safe_to_talk=True, tip_what="un gars de 24 ans sur snap veut que je vienne avec lui ce soir",
              tip_facts={"minor": True, "ages": [15, 24]})
    pt = dict(safe_to_talk=True, tip_what="um cara de 24 anos quer me levar pra praia hoje",
              tip_facts={"minor": True, "ages": [14, 24]})
    cases = (("c grave si jy vais? jai 15 ans", "fr", fr, False), ("mais vous repondez pas, c grave ou pas??", "fr", fr,
                                                                  False),
             ("il est la… il me dit de descendre vite", "fr", fr, True), ("allo?? je descends ou pas", "fr", fr, False),
             ("e mau se eu for?", "pt", pt, False), ("ele ja chegou… vou?", "pt", pt, True))
    for text, language, told, watched in cases:
        got = step(replace(turn(text, "inform", 0.8, language), watched=watched), asked("tip_where", **told))
        assert got.say == ["utter_dont_go"], text


def test_the_emergency_number_questions_and_calls_of_other_countries_and_the_ambulance_ride():
    # twenty-eighth session: "debo llamar al 112 o no??" got "I can't answer that", "le digo a la policia q se fueron
    # pa la 59?" got "No, this is not the police", "i already called them!! theyre here" the 911 pause, "should i go
    # with her in the ambulance or not" (adults) "Please don't go with him", and "he told me to keep him a secret and
    # delete our chats" the offer to erase this chat
    from bot.actions import intake
    from webhooks.triage.assess import is_watched, normalise
    for text in ("debo llamar al 112 o no??", "llamo yo a la guardia civil?",
                 "le digo a la policia q se fueron pa la 59?", "le vuelvo a marcar al 911 pa decirles o no"):
        assert intake.asks_whether_to_call_police(text), text
    for text in ("i already called them!! theyre here", "911 is already HERE",
                 "llame al 123 y dijeron q mandan ambulancia"):
        assert intake._CALLED_911.search(normalise(text)) and not is_watched(text), text
    assert is_watched("theyre here")
    adults = {"ages": [19, 22], "danger": True}
    assert not intake.asks_whether_to_go_with_him(turn("should i go with her in the ambulance or not"), adults,
                                                  {"tip_what": "he beat her"})
    assert intake._OTHERS_ERASE.search(normalise("signs: he told me to keep him a secret and delete our chats"))


def test_a_day_corrected_with_its_date_changes_both():
    # twenty-eighth session: "ay no, fue el jueves 13 no el viernes" to "fue el viernes 14 en la noche" read back "fue
    # el jueves 14 en la noche"
    told = dict(safe_to_talk=True, reporter_role="other", privacy_level="anonymous", tip_what="3 chavas en una cantina",
                exploitation_type="SexualExploit", tip_where="Cantina Los Arcos, Phoenix",
                tip_when="fue el viernes 14 en la noche", tip_who="3 chavas", tip_control="no las dejan salir",
                tip_more="none")
    got = step(turn("ay no, fue el jueves 13 no el viernes", "inform", 0.8, "es"), asked("tip_confirmed", **told))
    assert got.slots["tip_when"] == "fue el jueves 13 en la noche"
    # a day alone still changes the day alone
    alone = step(turn("no it was thursday not friday"), asked("tip_confirmed", **{**told, "tip_when": "last friday"}))
    assert alone.slots["tip_when"].lower() == "last thursday"


def test_the_street_put_right_at_the_read_back_keeps_the_business_and_the_city():
    # twenty-eighth session: "the street is Grand Blvd near 39th" replaced Where whole ("Lucky Star Nails" and the city
    # were lost); "y la calle es 43rd Ave, no 35th, me confundi" the same
    told = dict(safe_to_talk=True, reporter_role="other", privacy_level="anonymous", tip_what="3 women at a nail salon",
                exploitation_type="ForcedLabour", tip_where="Lucky Star Nails on Grand Ave, Kansas City, MO",
                tip_when="since october", tip_who="3 women", tip_control="none", tip_more="none",
                tip_facts={"city": "Kansas City", "state": "MO", "venue": "nail salon"})
    for text, where in (("the street is Grand Blvd near 39th",
                         "Lucky Star Nails on Grand Blvd near 39th, Kansas City, MO"),
                        ("y la calle es 43rd Ave, no 35th, me confundi",
                         "Lucky Star Nails on 43rd Ave, Kansas City, MO")):
        assert step(turn(text), asked("tip_confirmed", **told)).slots["tip_where"] == where, text
    no_street = {**told, "tip_where": "Cantina Los Arcos, Phoenix"}
    assert step(turn("la calle es 43rd Ave"), asked("tip_confirmed", **no_street)).slots["tip_where"] == (
        "Cantina Los Arcos, Phoenix, 43rd Ave")


def test_names_told_to_the_signs_question_join_the_tip_and_ages_told_to_when_are_who():
    # twenty-eighth session: "her name is Darlene Whitt. the mom is Rosa" was filed as the signs of control, "Kevin is
    # like 50 and the cooks are 18 to 40" as when
    told = dict(safe_to_talk=True, reporter_role="other", privacy_level="anonymous", exploitation_type="ForcedLabour",
                tip_what="the cooks at golden dragon buffet live upstairs", tip_where="Golden Dragon Buffet, Olive St")
    names = step(turn("her name is Darlene Whitt. the mom is Rosa"), asked("tip_control", **told))
    assert "tip_control" not in names.slots and names.slots["tip_what"].endswith("the mom is Rosa")
    ages = step(turn("Kevin is like 50 and the cooks are 18 to 40"), asked("tip_when", **told))
    assert "tip_when" not in ages.slots and ages.slots["tip_who"].startswith("Kevin")


def test_the_police_number_asked_with_da_or_for_the_is_asked_whether_to_call():
    # twenty-eighth session: "qual e o numero da policia em portugal" was filed as "Também", unanswered
    from bot.actions.intake import asks_whether_to_call_police
    for text in ("qual e o numero da policia em portugal", "whats the number for the police here",
                 "cual es el numero de la policia aca"):
        assert asks_whether_to_call_police(text), text


def test_a_teen_home_alone_with_the_man_at_her_door_is_told_not_to_open_it():
    # twenty-eighth session, web chat: "im home alone tho. hes knocking now" got "OK. Write back whenever you like.",
    # and "what do i do" "Telling us is a good first step…"
    told = dict(safe_to_talk=True, tip_what="this guy i met on insta is 23 and wants to meet me tonight",
                tip_facts={"minor": True, "ages": [15, 23], "told_dont_go": True})
    knock = step(replace(turn("you already said that. im home alone tho. hes knocking now"), watched=True),
                 asked("tip_where", **told))
    assert knock.say == ["utter_dont_open"]
    after = {**told, "tip_what": told["tip_what"] + " / im home alone tho. hes knocking now"}
    assert step(turn("what do i do"), asked("tip_where", **after)).say == ["utter_dont_open"]


def test_confidential_by_text_only_keeps_the_number_they_write_from():
    # twenty-eighth session: "2 then but text only dont call" filed the contact "text only dont call", with no number
    got = step(turn("2 then but text only dont call"), asked("privacy_level", safe_to_talk=True, reporter_role="other",
                                                               tip_what="x"))
    assert got.slots["privacy_level"] == "confidential" and got.slots["contact"] == "this number: text only dont call"
    web = step(replace(turn("2 then but text only dont call"), channel="web"),
               asked("privacy_level", safe_to_talk=True, reporter_role="other", tip_what="x"))
    assert web.slots["contact"] == "text only dont call"  # a web chat has no number


def test_taking_the_tip_back_with_borra_todo_and_a_detail_out_of_a_description():
    # twenty-eighth session: "sabes que mejor no, borra todo esto. si la señora se entera le va peor a mi prima" was
    # added to the read-back as "Además", waiting for "yes" to send it; "delete the plate thing, i'm not sure about it"
    # offered to erase the whole chat, and "take out the plate number pls. keep the car" was added to the report
    told = dict(safe_to_talk=True, reporter_role="other", privacy_level="anonymous", tip_what="2 girls in a house",
                exploitation_type="SexualExploit", tip_where="Lakewood", tip_when="since may", tip_who="2 girls",
                tip_control="none", tip_more="white honda civic, plate starts with BXR")
    back = step(turn("sabes que mejor no, borra todo esto. si la señora se entera le va peor a mi prima", "inform", 0.8,
                     "es"), asked("tip_confirmed", **told))
    assert back.say == ["utter_not_sent"] and back.slots["tip_facts"]["held_back"] and "tip_more" not in back.slots
    assert step(turn("sabes que mejor no", "inform", 0.8, "es"), asked("tip_confirmed", **told)).say == [
        "utter_not_sent"]
    for text in ("delete the plate thing, i'm not sure about it", "take out the plate number pls. keep the car"):
        got = step(turn(text), asked("tip_confirmed", **told))
        assert got.say == ["utter_part_taken_out"] and got.slots["tip_more"] == "white honda civic", text


def test_an_offer_asked_about_is_not_a_wage_problem():
    # twenty-eighth session (the end-to-end test): read by the model as a problem at work, "me ofrecieron trabajo de
    # mesera en españa, ellos me pagan el boleto y luego les pago. es confiable?" got the Department of Labor, and the
    # intake ended
    offer = "me ofrecieron trabajo de mesera en españa, ellos me pagan el boleto y luego les pago. es confiable?"
    got = step(turn(offer, "workplace_problem", 0.8, "es"), asked("reporter_role", safe_to_talk=True))
    assert got.say == ["utter_offer_warning_signs"] and not got.slots.get("not_trafficking")


def test_the_safety_check_answered_in_the_first_message_is_not_asked_again():
    # twenty-eighth session: "im fine to text…" in the first message was asked "is it safe for you to text right now?",
    # and "?? i literally said im fine to text" got the next question
    for text, language in (("hi, im fine to text. my neighbor has 4 women working at her nail salon and she keeps "
                            "their passports", "en"),
                           ("hola, estoy bien para escribir. es sobre unas muchachas que trabajan en una cantina",
                            "es")):
        assert step(turn(text, "report_tip", 0.8, language), asked(None)).slots["safe_to_talk"] is True, text
    assert "safe_to_talk" not in step(turn("i cant talk, im not fine to text"), asked(None)).slots


def test_her_own_age_said_with_should_i_go_gets_dont_go_and_no_question_after_it():
    # twenty-eighth session, third round: "im 15 btw. should i go??" got the signs checklist ("im 15" was no age), and
    # "please don't go" was followed by "When did this happen?" each time
    told = dict(safe_to_talk=True,
                tip_what="theres this guy i met on insta, hes 26 and he wants me to come over tonight")
    got = step(turn("im 15 btw. should i go??"), asked("tip_where", **told))
    assert got.say == ["utter_dont_go"] and got.quiet and got.slots["tip_facts"]["minor"]


def test_a_call_already_made_in_portuguese_is_a_call_made():
    # twenty-eighth session: "eu JA liguei", "ja liguei 112… posso partir o vidro?" got "Se puder, ligue para o 112"
    from bot.actions.intake import _CALLED_911
    from webhooks.triage.assess import normalise
    for text in ("eu JA liguei", "liguei 190 tao vindo", "ja liguei 112, posso partir o vidro?", "j'ai deja appele"):
        assert _CALLED_911.search(normalise(text)), text


def test_a_witness_told_help_has_come_is_not_told_im_glad_youre_safe():
    # twenty-eighth session: "ya llego la patrulla pero el carro ya se fue" (a witness; the child was driven away) got
    # "Qué bueno que estás a salvo"
    told = dict(safe_to_talk=True, reporter_role="other", tip_what="una niña en un motel con un señor",
                tip_facts={"danger": True, "person_coming": True, "minor": True})
    got = step(turn("ya llego la patrulla pero el carro ya se fue", "inform", 0.8, "es"), asked("tip_where", **told))
    assert "utter_help_arrived" in got.say and "utter_safe_now" not in got.say
    me = dict(told, reporter_role="self")
    assert "utter_safe_now" in step(turn("ya estoy bien, ya llego la patrulla", "inform", 0.8, "es"),
                                    asked("tip_where", **me)).say


def test_pictures_threatened_to_be_shown_in_french_are_sextortion_and_nobody_hit_is_no_blow():
    # twenty-eighth session, third round: "il va montrer les photos… si je viens pas" (a girl of 16) got "Est-ce que ça
    # vous concerne…", and "personne a frappe personne" was filed as physical violence
    told = dict(safe_to_talk=True, tip_what="un mec de 24 ans sur insta veut que je vienne a paris",
                tip_facts={"minor": True, "ages": [16, 24]})
    got = step(turn("il dit qu'il va montrer les photos a tout le monde si je viens pas", "inform", 0.8, "fr"),
               asked("reporter_role", **told))
    assert got.say[0] == "utter_sextortion"
    assert "PhysicalAbuse" not in extract("personne a frappe personne", "fr").means_of_control
    assert "PhysicalAbuse" in extract("une personne a frappe la fille", "fr").means_of_control


def test_a_street_taken_for_a_town_in_a_correction_keeps_the_known_city():
    # twenty-eighth session, third round: "el motel Sun Valley Inn en Bissonnet" (a street) at the read-back replaced
    # Houston with the city "Bissonnet"
    from bot.actions.intake import merge_facts
    known = {"city": "Houston", "state": "TX", "country": "US"}
    street = extract("el motel Sun Valley Inn en Bissonnet, pon el nombre", "es")
    assert street.city == "Bissonnet"  # (read alone, an unknown town)
    assert merge_facts(known, street, override=True)["city"] == "Houston"
    assert merge_facts(known, extract("its in Tulsa not OKC", "en"), override=True)["city"] == "Tulsa"


@pytest.mark.parametrize("asked_for, text, language, contact_words, told", [
    ("privacy_level", "1 me llamo Rosa, este numero. el señor se llevo a la niña en un carro gris hace 10 min", "es",
     "Rosa", "el señor se llevo a la niña"),
    ("contact", "Rosa, this number. a man took the girl in a grey car 10 min ago", "en", "Rosa", "grey car"),
    ("contact", "Dan 312 555 0199. the boss at the farm on route 9 keeps their passports", "en", "312 555 0199",
     "keeps their passports"),
])
def test_a_way_to_reach_them_and_the_tip_in_one_message_are_both_kept_each_in_its_place(
        asked_for, text, language, contact_words, told):
    slots = {"safe_to_talk": True, "reporter_role": "witness"}
    if asked_for == "contact":
        slots["privacy_level"] = "share"
    result = step(turn(text, "inform", 0.6, language), asked(asked_for, **slots))
    assert contact_words in result.slots["contact"] and told not in result.slots["contact"]
    assert told in result.slots["tip_what"]


def test_when_to_reach_them_said_after_the_number_stays_with_the_contact():
    result = step(turn("me llamo Rosa, este numero. pero solo en la noche, mi esposo revisa el cel", "inform", 0.6,
                       "es"), asked("contact", safe_to_talk=True, reporter_role="witness", privacy_level="share"))
    assert "solo en la noche" in result.slots["contact"] and not result.slots.get("tip_what")


@pytest.mark.parametrize("text", ["its 3 people not 2", "no son 2, son 3 personas", "no its 3 people"])
def test_a_count_of_everyone_at_the_read_back_changes_no_number_inside_what_was_told(text):
    # "its 3 people not 2" made "a woman and her 2 kids" "her 3 kids", in Who and in the story
    slots = dict(safe_to_talk=True, reporter_role="witness", privacy_level="anonymous", contact=None,
                 tip_what="my neighbor keeps a woman and her 2 kids in the basement, he took her passport",
                 exploitation_type="ForcedLabour", tip_where="Dallas TX", tip_when="for months",
                 tip_who="a woman and her 2 kids", tip_control="he took her passport", tip_more="no",
                 tip_facts={"people_count": 2, "minor": True})
    result = step(turn(text, "inform", 0.6, "en"), asked("tip_confirmed", **slots))
    assert result.slots["tip_facts"]["people_count"] == 3
    assert result.slots["tip_who"].startswith("a woman and her 2 kids;") and "3" in result.slots["tip_who"]
    assert "tip_what" not in result.slots


def test_someone_who_said_they_want_to_die_is_not_paused_with_a_flat_ok():
    # "i just want it to stop… hes in the next room" got "OK. Write back whenever you like." after the 988 line
    watched = replace(turn("i cant call anyone hes in the next room. he makes me work at his nail salon and keeps all"
                           " the money. i just want it to stop"), watched=True, person_coming=True)
    result = step(watched, asked("tip_what", safe_to_talk=True, tip_facts={"self_harm": True, "person_coming": True}))
    assert result.say == ["utter_safety_pause_warm"] and result.slots["tip_what"]
    fine = step(watched, asked("tip_what", safe_to_talk=True, tip_facts={"self_harm": True, "self_harm_ok": True}))
    assert fine.say == ["utter_safety_pause"]


@pytest.mark.parametrize("text, language, answer", [
    ("si j'appelle les flics est ce qu'ils vont m'arreter moi? pour la prostitution", "fr", "utter_victims_protected"),
    ("se eu sair daqui sem documento a policia me prende?", "pt", "utter_victims_protected"),
    ("if i call the cops will they arrest me for prostitution?", "en", "utter_victims_protected"),
    ("si llamo a la policia me van a arrestar a mi?", "es", "utter_victims_protected"),
    ("se eu for à polícia eles me mandam de volta pra Angola?", "pt", "utter_immigration"),
    ("est-ce qu'on va les renvoyer au pays si la police vient?", "fr", "utter_immigration"),
    ("is this the police?", "en", "utter_not_police"),
])
def test_a_fear_of_the_police_is_answered_not_told_this_is_not_the_police(text, language, answer):
    # the first five got "No, this is not the police"
    result = step(turn(text, "ask_police", 0.8, language), asked("tip_where", safe_to_talk=True, tip_what="x"))
    assert answer in result.say or result.steps_aside and answer == "utter_not_police", result


@pytest.mark.parametrize("text, language", [("non c'est pas des mineurs, Rosa a 34 ans", "fr"),
                                            ("Não há menores nenhuns, eu disse que NÃO", "pt")])
def test_no_minors_said_at_the_read_back_takes_the_minor_out(text, language):
    # the minor stayed after each, and the mandated report with it
    slots = dict(safe_to_talk=True, reporter_role="witness", privacy_level="anonymous", contact=None,
                 tip_what="Rosa limpia la casa de la madame y cuida a los niños", exploitation_type="ForcedLabour",
                 tip_where="Montreal", tip_when="depuis 2 ans", tip_who="Rosa, peut-être des mineurs",
                 tip_control="passeport", tip_more="non", tip_facts={"minor": True})
    result = step(turn(text, "inform", 0.6, language), asked("tip_confirmed", correcting=True, **slots))
    assert result.slots["tip_facts"]["minor"] is False


@pytest.mark.parametrize("text", ["no es trabajo forzado, ya te dije q no me obliga a trabajar",
                                  "its not forced work tho?? nothing happened its just an offer"])
def test_the_kind_said_to_be_wrong_at_the_read_back_is_taken_out(text):
    # the first was noted as "Además", the second replaced When; the report was filed as forced labour
    slots = dict(safe_to_talk=True, reporter_role="self", privacy_level="anonymous", contact=None,
                 tip_what="mi novio me pega cuando se enoja", exploitation_type="ForcedLabour", tip_where="San Antonio",
                 tip_when="desde hace un año", tip_who="solo yo", tip_control="a veces no me deja salir",
                 tip_more="none", tip_facts={"exploitation": ["ForcedLabour"], "means_of_control": ["PhysicalAbuse"]})
    result = step(turn(text, "inform", 0.6, "es"), asked("tip_confirmed", **slots))
    assert result.slots["exploitation_type"] == "unknown" and result.slots["tip_facts"]["exploitation"] == []
    assert "tip_when" not in result.slots and result.slots["tip_more"] == text


@pytest.mark.parametrize("text", ["3 i guess. wait will u tell my mom??",
                                  "what?? im not an immigrant lol. i asked if u tell my mom"])
def test_will_you_tell_my_mom_is_answered_as_such(text):
    # each got the immigration answer
    result = step(turn(text, "ask_immigration", 0.7), asked("privacy_level", safe_to_talk=True, reporter_role="self",
                                                            tip_facts={"minor": True}))
    assert "utter_family_not_told" in result.say and "utter_immigration" not in result.say


@pytest.mark.parametrize("text, role, line", [
    ("im ok now, they let us out. sorry for scaring u", "self", "utter_safe_now"),
    ("is anyone from ur team actually coming? its been like 10 min", "witness", "utter_person_on_the_way"),
    ("i dont know we cant see out, its dark, we drove like 4 hours", "self", "utter_danger_where_unknown"),
    ("should i knock??", "witness", "utter_dont_confront"),
])
def test_while_a_person_is_on_the_way_in_danger_each_message_gets_its_answer(text, role, line):
    # each got "Noted. The person from our team will see it." (the second got help_arrived)
    facts = {"danger": True, "no_questions": True, "person_coming": True}
    said = replace(turn(text), person_coming=True)
    assert step(said, asked("tip_where", safe_to_talk=True, reporter_role=role, tip_what="x", tip_facts=facts)).say == [
        line]


def test_a_witness_telling_of_a_young_girl_taken_is_not_told_not_to_go():
    # "Please don't go with him" was sent to the adult trucker who saw the girl get into a truck
    slots = dict(safe_to_talk=True, reporter_role="other", privacy_level="anonymous", contact=None,
                 tip_what="a girl like 14 at the truck stop, a guy in a black charger", exploitation_type="unknown",
                 tip_where="truck stop on i-40", tip_when="right now", tip_who="a girl maybe 14", tip_control="none",
                 tip_more="none", tip_facts={"minor": True, "ages": [14]})
    said = replace(turn("the guy was watching her the whole time like hes her pimp. and she got in a blue peterbilt"),
                   watched=True)
    assert "utter_dont_go" not in step(said, asked("tip_confirmed", **slots)).say


@pytest.mark.parametrize("text, language, intent, answer", [
    ("can i get a visa for this?", "en", "ask_services", "utter_t_visa"),
    ("que es la visa T?", "es", "ask_services", "utter_t_visa"),
    ("tengo derecho a q me paguen completo?", "es", "ask_rights", "utter_right_to_be_paid"),
    ("ustedes me pueden regresar mi pasaporte?", "es", "ask_services", "utter_passport_back"),
    ("he took my passport and i owe 5000. can you get my passport back?", "en", "report_tip", "utter_passport_back"),
    # asked to pass it on to the police: "No, this is not the police… only if you ask us to" (they just had)
    ("can u tell the cops but not say my name", "en", "ask_police", "utter_we_tell_police"),
    ("could you guys report this to the police?", "en", "ask_police", "utter_we_tell_police"),
    ("ustedes pueden avisarle a la policia sin decir q fui yo?", "es", "ask_police", "utter_we_tell_police"),
    ("vcs podem avisar a policia?", "pt", "ask_police", "utter_we_tell_police"),
    ("so is someone gonna call the police or do i have to?", "en", "ask_police", "utter_we_tell_police"),
    ("alguien va a llamar a la policia o tengo q hacerlo yo?", "es", "ask_police", "utter_we_tell_police"),
    ("pouvez-vous prevenir la police sans dire mon nom?", "fr", "ask_police", "utter_we_tell_police"),
])
def test_a_visa_the_pay_owed_and_the_passport_back_get_answers_of_their_own(text, language, intent, answer):
    # each got the services answer, "I can't answer that here", or nothing
    result = step(turn(text, intent, 0.8, language), asked("tip_where", safe_to_talk=True, tip_what="x"))
    assert answer in result.say and not result.steps_aside
    assert answer_after_filing(turn(text, intent, 0.8, language)) == answer  # (after filing: added to the report)


@pytest.mark.parametrize("text", ["oui envoie vite il revient bientot", "yes send it hes coming back"])
def test_send_it_said_as_the_controller_comes_back_files_it_without_a_code(text):
    # it got the pause, and the report stayed unconfirmed
    slots = dict(safe_to_talk=True, reporter_role="self", privacy_level="anonymous", contact=None, tip_what="x",
                 exploitation_type="SexualExploit", tip_where="Marseille", tip_when="depuis 2 mois", tip_who="moi",
                 tip_control="passeport", tip_more="none", tip_facts={})
    result = step(replace(turn(text, "affirm", 0.7, "fr"), watched=True), asked("tip_confirmed", **slots))
    assert result.slots["tip_confirmed"] is True and result.slots["tip_facts"]["told_phone"] is True


@pytest.mark.parametrize("text, said", [
    ("ok y ahora q? cuando me escriben?", ["utter_person_on_the_way"]),
    ("ya te dije q no voy a llamar al 911. me voy a ir a la traila. me pueden ayudar a q me pague lo q me debe?",
     ["utter_wont_call_ok", "utter_right_to_be_paid"]),
])
def test_911_refused_and_when_someone_writes_are_answered_not_the_911_paragraph_again(text, said):
    # the same 911 paragraph came three times to a man who was beaten and would not call
    facts = {"danger": True, "no_questions": True, "person_coming": True}
    got = step(replace(turn(text, "inform", 0.6, "es"), person_coming=True),
               asked("tip_where", safe_to_talk=True, reporter_role="self", tip_what="x", tip_facts=facts))
    assert got.say == said


@pytest.mark.parametrize("text, asked_for", [
    ("3 i guess. wait what should i do when he comes today", "privacy_level"),
    ("theres an older guy here keeps saying i can crash at his place if i do stuff for him. idk", "tip_more"),
])
def test_a_young_person_a_man_is_coming_for_is_told_not_to_go_at_once(text, asked_for):
    # the first got "telling us is a good first step" and lost the 3; the second got the read-back
    result = step(turn(text, "inform", 0.8), asked(asked_for, safe_to_talk=True, reporter_role="self",
                                                   tip_what="x", tip_facts={"minor": True, "ages": [15]}))
    assert result.say == ["utter_dont_go"]
    assert asked_for != "privacy_level" or result.slots["privacy_level"] == "anonymous"


@pytest.mark.parametrize("text", ["q hago abro??", "el esta tocando la puerta q salga ya", "should i open the door?"])
def test_in_danger_whether_to_open_the_door_is_answered(text):
    # a girl of 15 in a motel room, a man at the door: "q hago abro??" was never answered
    facts = {"minor": True, "ages": [15], "person_coming": True, "danger": True, "no_questions": True}
    got = step(replace(turn(text, "ask_what_to_do", 0.7, "es"), person_coming=True),
               asked("tip_where", safe_to_talk=True, reporter_role="self", tip_what="x", tip_facts=facts))
    assert got.say == ["utter_dont_open"]


def test_blackmail_with_pictures_asked_again_is_not_read_as_immigration():
    facts = {"minor": True, "ages": [14], "told_sextortion": True}
    said = "mais les photos?? il va les envoyer si je viens pas. j'ai trop honte"
    got = step(turn(said, "ask_immigration", 0.7, "fr"),
               asked("tip_control", safe_to_talk=True, reporter_role="self", tip_what="x", tip_facts=facts))
    assert got.say == ["utter_sextortion"] and not got.steps_aside


def test_the_ages_of_the_one_it_happens_to_and_her_cousin_are_both_kept():
    # "somos 2, mi prima y yo. yo tengo 19 y ella 17": both ages were dropped, and the minor with them
    got = step(turn("somos 2, mi prima y yo. yo tengo 19 y ella 17", "inform", 0.8, "es"),
               asked("tip_who", safe_to_talk=True, reporter_role="self", tip_what="x", tip_facts={}))
    assert got.slots["tip_facts"]["ages"] == [17, 19] and got.slots["tip_facts"]["minor"] is True


@pytest.mark.parametrize("text", [
    "me ligaram dizendo q era da imigracao e q eu tinha q pagar 2 mil dolares em gift card senao vao me deportar",
    "a imigracao pede dinheiro por telefone? é golpe?",
])
def test_a_caller_asking_for_gift_cards_in_immigrations_name_is_a_scam(text):
    # the definition of trafficking, then an intake filed as forced labour
    assert referral_for(text, extract(text, "pt")) == "utter_referral_scam"


@pytest.mark.parametrize("text, language", [
    ("non je veux pas l'envoyer. c'est pas du travail forcé", "fr"), ("annule tout svp", "fr"),
    ("je veux pas faire de plainte contre mon patron", "fr"), ("no quiero poner una denuncia de trata", "es"),
])
def test_not_wanting_the_report_at_the_read_back_holds_it_back(text, language):
    # each was added to the report as "Aussi" / "Además", and the read-back came again
    slots = dict(safe_to_talk=True, reporter_role="self", privacy_level="anonymous", contact=None,
                 tip_what="mon patron paie pas les heures sup", exploitation_type="ForcedLabour", tip_where="Laval",
                 tip_when="depuis 3 mois", tip_who="moi", tip_control="none", tip_more="none", tip_facts={})
    got = step(turn(text, "deny", 0.7, language), asked("tip_confirmed", **slots))
    assert got.say == ["utter_not_sent"] and got.slots["tip_facts"]["held_back"] is True


@pytest.mark.parametrize("text, language", [
    ("est-ce que je dois appeler CPS? Je suis obligée de signaler en tant que prof non?", "fr"),
    ("im a teacher, do i have to report this to cps?", "en"), ("como maestra tengo que reportarlo?", "es"),
])
def test_a_teacher_asking_about_her_duty_to_report_a_child_is_told_it(text, language):
    # it got "call 911 now… otherwise it's your choice"
    waiting = asked("tip_where", safe_to_talk=True, reporter_role="other", tip_what="x", tip_facts={"minor": True})
    got = step(turn(text, "ask_police", 0.7, language), waiting)
    assert got.say == ["utter_mandated_reporter"]


def test_on_the_web_chat_no_signal_to_call_gets_no_texting_advice():
    facts = {"danger": True, "no_questions": True, "person_coming": True}
    said = replace(turn("no puedo llamar aqui no hay señal casi, solo wifi del patron", "inform", 0.6, "es"),
                   person_coming=True, channel="web")
    assert step(said, asked("tip_where", safe_to_talk=True, reporter_role="self", tip_what="x",
                            tip_facts=facts)).say == ["utter_danger_cant_call_web"]


@pytest.mark.parametrize("text", ["van a llamar a mi mama o no? dime la verdad",
                                  "minha mae vai ficar sabendo q eu escrevi aqui?"])
def test_whether_the_family_is_told_is_heard_in_spanish_and_portuguese(text):
    # "Solo puedo ayudar con denuncias…", and a note about who sees the phone number
    assert answer_after_filing(turn(text, "ask_anonymous", 0.6, "es")) == "utter_family_not_told"


def test_a_girl_in_his_truck_asking_whether_to_stay_is_told_not_to_go_with_him():
    # "idk hes coming back out. should i just stay in the truck or what" got the pause, then the form's questions
    said = replace(turn("idk hes coming back out. should i just stay in the truck or what", "ask_what_to_do", 0.7),
                   person_coming=True)
    got = step(said, asked("tip_where", safe_to_talk=True, reporter_role="self", tip_what="im 16 in his truck",
                           tip_facts={"minor": True, "ages": [16], "person_coming": True}))
    assert got.say == ["utter_dont_go"]


def test_another_man_coming_tonight_for_a_girl_of_15_is_answered_and_the_when_kept():
    # "Eso no te lo puedo contestar yo", then the role question again; "3 semanas" and "tonight" were lost
    got = step(turn("como desde hace 3 semanas. hoy en la noche dice q viene otro amigo suyo", "inform", 0.7, "es"),
               asked("tip_when", safe_to_talk=True, reporter_role="self", tip_what="mi novio me lleva con sus amigos",
                     tip_facts={"minor": True, "ages": [15]}))
    assert got.say == ["utter_dont_go"] and "3 semanas" in got.slots["tip_when"]


def test_a_bond_asked_in_bitcoin_by_an_agent_is_a_scam():
    text = "a guy called saying hes a federal agent and i have to pay a bond in bitcoin today. is this real??"
    assert referral_for(text, extract(text, "en")) == "utter_referral_scam"


def test_leaving_before_someone_sees_the_screen_gets_the_short_danger_pause():
    # "ya me tengo q ir, si me ven con la compu me va mal" got "Anotado. La persona de nuestro equipo lo va a ver."
    facts = {"danger": True, "no_questions": True, "person_coming": True}
    said = replace(turn("ya me tengo q ir, si me ven con la compu me va mal", "inform", 0.6, "es"), person_coming=True,
                   channel="web")
    assert step(said, asked("tip_where", safe_to_talk=True, reporter_role="self", tip_what="x",
                            tip_facts=facts)).say == ["utter_danger_pause"]


def test_never_mind_said_as_the_police_arrive_is_not_the_tip_taken_back():
    # "nvm cops just pulled in… im ok. sorry for spamming u" got "OK, I won't send it.", and nothing was kept
    said = replace(turn("nvm cops just pulled in, theyre talking to him. im ok. sorry for spamming u", "deny", 0.6),
                   person_coming=True)
    got = step(said, asked("tip_where", safe_to_talk=True, reporter_role="self", tip_what="im 16 in his truck",
                           tip_facts={"minor": True, "danger": True, "no_questions": True, "person_coming": True}))
    assert got.say == ["utter_safe_now"]


@pytest.mark.parametrize("text", ["apaga Santa Rita de tudo", "delete kevin from everything", "quita a Lupe de todo"])
def test_one_thing_taken_out_of_everything_is_not_erasing_the_chat(text):
    # "apaga Santa Rita de tudo" offered to erase the chat and the number: a "sim" would have lost the report
    assert erases_a_part(text) == "part"
    assert erases_a_part("delete everything") is None and erases_a_part("apaga tudo") is None


@pytest.mark.parametrize("text, language, intent", [("le digo a mi ama?", "es", "ask_immigration"),
                                                    ("should i tell my mom?", "en", "ask_what_to_do")])
def test_whether_to_tell_a_parent_is_answered(text, language, intent):
    # "le digo a mi ama?" got the immigration answer, then "¿Cuándo pasó?"
    got = step(turn(text, intent, 0.7, language), asked("tip_when", safe_to_talk=True, reporter_role="self",
                                                        tip_what="x", tip_facts={"minor": True}))
    assert got.say == ["utter_tell_a_trusted_adult"]


def test_the_menus_answer_a_name_this_number_and_the_tip_in_one_message_each_kept():
    # "confidential" was filed as "share", and the whole message was kept as the contact
    text = ("pode ser o 2. meu nome é Marcia Oliveira, pode me ligar neste numero mesmo. a senhora que trabalha la é"
            " brasileira e a patroa ficou com o passaporte dela")
    got = step(turn(text, "inform", 0.7, "pt"), asked("privacy_level", safe_to_talk=True, reporter_role="other"))
    assert got.slots["privacy_level"] == "confidential"
    assert "Marcia" in got.slots["contact"] and "passaporte" not in got.slots["contact"]
    assert got.slots["tip_what"].startswith("a senhora")


@pytest.mark.parametrize("text", ["liguei no 911 mas caiu a ligação o sinal tá ruim só mensagem passa",
                                  "i called 911 but the call dropped"])
def test_a_dropped_emergency_call_is_not_help_on_the_way(text):
    # it got "Você fez bem… até a ajuda chegar"
    from bot.actions.intake import emergency_failed
    assert emergency_failed(text, {})


@pytest.mark.parametrize("text", ["should I knock on the door or go in", "so do i go in or no?"])
def test_a_witness_asking_whether_to_go_in_is_told_not_to_whatever_the_danger_read(text):
    # 911 and "Where is this happening?", then "Noted."
    got = step(replace(turn(text, "ask_what_to_do", 0.7), person_coming=True),
               asked("tip_where", safe_to_talk=True, reporter_role="other", tip_what="a girl screaming next door",
                     tip_facts={"person_coming": True}))
    assert got.say == ["utter_dont_confront"]


def test_not_any_more_is_not_the_end_of_the_chat():
    # "desde agosto hasta anoche. ya no" got "¿Quieres terminar este chat?"
    assert not wants_to_end("desde agosto hasta anoche. ya no") and wants_to_end("ya no quiero seguir")


def test_a_question_whether_a_viral_video_is_real_gets_what_trafficking_most_often_looks_like():
    # "we can't come get you", then the role and privacy menus, three times
    text = ("oi vcs podem me tirar uma duvida? vi um tiktok de uma mina q diz q sequestraram ela no estacionamento do"
            " walmart com um zip tie no carro, isso é real?? kkk")
    got = step(turn(text, "ask_what_trafficking_is", 0.7, "pt"), {})
    assert got.say == ["utter_viral_story", "utter_information_only"] and got.slots["tip_facts"]["withdrawn"]


@pytest.mark.parametrize("text", [
    # each was added to the first report (a girl of 14 at a truck stop, inside a nail salon's report)
    "theres something else too, different thing. theres a girl i see at the pilot truck stop with older guys",
    "totally different place, theres a girl about 13 from guatemala",
    "um no I said its a different place",
    "i want to report something else",
    # (a cousin of 16 to be married to a man of 41 was added to a fishing boat's report)
    "sorry one more thing different. my cousin Liza is 16 and they are forcing her to marry a man 41 years old",
])
def test_a_different_tip_in_other_words_is_a_tip_of_its_own(text):
    from bot.actions.intake import tells_another_tip
    assert tells_another_tip(text)


@pytest.mark.parametrize("text", ["the girls are in a different room", "a different place every week, he moves them",
                                  "one more thing, the van is white"])
def test_a_detail_about_a_different_place_is_no_second_tip(text):
    from bot.actions.intake import tells_another_tip
    assert not tells_another_tip(text)


def test_theyre_grown_at_the_read_back_takes_the_minor_out():
    # "I just meant young fellas, theyre grown" (after "nice kids") kept the minor: a mandated report for 8 men of 20
    slots = asked("tip_confirmed", safe_to_talk=True, reporter_role="other", tip_what="a crew in a trailer",
                  tip_who="8 men, nice kids", tip_facts={"minor": True})
    got = step(turn("When I said kids I just meant young fellas, theyre grown"), slots)
    assert got.slots["tip_facts"].get("minor") is False and got.slots["tip_facts"].get("not_minor"), got.slots


@pytest.mark.parametrize(("text", "asked"), [
    ("eu nao posso ligar 911 ele pegou meu celular, to no tablet da casa. quero falar com uma pessoa", True),
    ("i want to talk to someone about my cousin", True),
    ("je veux parler à quelqu'un", True),
    ("she wants to talk to someone", False),  # said of someone else
])
def test_a_person_asked_for_in_so_many_words(text, asked):
    from bot.actions.intake import asks_a_person_in_words
    assert asks_a_person_in_words(text) is asked


def test_on_the_web_chat_no_signal_is_told_apart_from_being_heard():
    # "no puedo llamar si me escuchan me quitan el cel" on the web chat got "si te llega señal, llama al 911"
    from bot.actions.intake import normalise, what_to_do_in_danger
    assert what_to_do_in_danger(normalise("no puedo llamar si me escuchan me quitan el cel"), "web") == (
        "utter_danger_cant_call")
    assert what_to_do_in_danger(normalise("no puedo llamar aqui no hay señal, solo wifi del patron"), "web") == (
        "utter_danger_cant_call_web")


def test_a_count_put_right_never_rewrites_the_story_and_an_age_range_is_no_time():
    base = dict(safe_to_talk=True, reporter_role="self", privacy_level="anonymous", exploitation_type="ForcedLabour",
                tip_what="je suis travailleur a la ferme. moi et les 3 autres gars on dort dans la roulotte",
                tip_where="ferme Gagnon", tip_when="depuis mai", tip_who="moi et les autres", tip_control="passeport",
                tip_more="none", tip_facts={"people_count": 3})
    # "on est 4 pas 3" made the story "les 4 autres gars" (five people)
    got = step(turn("non c pas ça. on est 4 pas 3.", "deny", 0.8, "fr"), asked("tip_confirmed", **base))
    assert "tip_what" not in got.slots and got.slots["tip_facts"]["people_count"] == 4, got.slots
    # "une seule fille, environ 14-15 ans" was put in When too ("depuis 2 mois" became "14 mois")
    seen = dict(base, tip_when="ça dure depuis au moins 2 mois", tip_who="âges 14, 15",
                tip_facts={"ages": [14, 15], "minor": True, "people_count": 2})
    got = step(turn("une seule fille, environ 14-15 ans", "inform", 0.8, "fr"), asked("tip_confirmed", **seen))
    assert "tip_when" not in got.slots and "seule fille" in got.slots["tip_who"], got.slots


def test_a_partner_who_keeps_her_from_working_and_takes_the_money_gets_the_line_for_violence_at_home():
    # "mi esposo no me deja trabajar, me quita el dinero y no me deja ver a mi familia. ¿esto es trata?" got what
    # trafficking is, and a forced-labour report; "y a une maison pour femmes a Laval?" then got "is it about you?"
    said = step(turn("Mi esposo no me deja trabajar, me quita el dinero y no me deja ver a mi familia. ¿Esto es trata?",
                     "ask_what_is_trafficking", 0.8, "es"), asked("safe_to_talk"))
    assert said.say == ["utter_not_trafficking_but_serious", "utter_referral_home_violence"], said
    facts = said.slots["tip_facts"]
    for text in ("y a une maison pour femmes a Laval?", "ok mais ou je peux aller avec mes enfants ce soir?"):
        assert step(turn(text, "inform", 0.8, "fr"), asked("tip_what", safe_to_talk=True, tip_facts=facts)).say == [
            "utter_home_violence_shelter"], text
    # a partner who makes her work, or sells her, is no violence at home only
    for text in ("my boyfriend makes me work at his restaurant and takes all my money",
                 "my boyfriend makes me see men and takes the money"):
        assert "utter_referral_home_violence" not in step(turn(text), asked("safe_to_talk")).say, text


def test_a_girl_asking_what_to_do_when_he_comes_for_her_is_told_not_to_go_with_him():
    # after filing, from a girl of 16 sold by her boyfriend: "jdois faire quoi vendredi si il vient me chercher?" got
    # "OK. Write whenever you like."; "vendredi il va venir me chercher apres lecole" went to the report unanswered
    from bot.actions.intake import asks_whether_to_go_with_him, tells_he_comes_for_her
    facts, told = {"minor": True, "ages": [16]}, {"tip_what": "mon chum me fait voir des hommes"}
    for text, language in (("jdois faire quoi vendredi si il vient me chercher?", "fr"),
                           ("what do i do friday if he comes to get me?", "en"),
                           ("que hago el viernes si viene por mi?", "es")):
        assert asks_whether_to_go_with_him(turn(text, "inform", 0.6, language), facts, told), text
    assert tells_he_comes_for_her(turn("vendredi il va venir me chercher apres lecole", language="fr"), facts)
    # a girl of 14 he waits for outside school (the signs of control were asked)
    assert asks_whether_to_go_with_him(turn("ya voy a salir en 10 minutos que hago? no quiero ir", "inform", 0.6,
                                            "es"), facts, told)
    assert not tells_he_comes_for_her(turn("vendredi il va venir me chercher apres lecole", language="fr"),
                                      {"ages": [34]})


@pytest.mark.parametrize(("text", "language", "answer"), [
    # each was "I can't answer that", or nothing
    ("nos pagan lo que nos debe?", "es", "utter_right_to_be_paid"),
    ("nos pueden ayudar a sacar los pasaportes?", "es", "utter_passport_back"),
    ("me podem mandar pra angola presa?", "pt", "utter_immigration"),
])
def test_questions_from_the_second_round_of_probes_get_their_answers(text, language, answer):
    from bot.actions.intake import answer_to_a_question, own_answer
    assert own_answer(text) == answer or answer_to_a_question(turn(text, "inform", 0.5, language)) == answer


def test_a_question_said_unanswered_without_a_question_mark_is_answered():
    # "si. pero no me contesto si es la policia" (the opening had not said; nor did the next reply)
    got = step(turn("si. pero no me contesto si es la policia", "affirm", 0.8, "es"), asked("safe_to_talk"))
    assert got.slots.get("safe_to_talk") is True and got.say == ["utter_not_police"], got


def test_signs_added_and_taken_out_in_one_read_back_correction():
    base = dict(safe_to_talk=True, reporter_role="other", privacy_level="anonymous", exploitation_type="ForcedLabour",
                tip_what="6 women, the man yells at them, he has their passports, she might be drugged",
                tip_where="apartment in Phoenix", tip_when="since last year", tip_who="6 women",
                tip_control="insults, fear, passports", tip_more="none",
                tip_facts={"people_count": 6, "means_of_control": [
                    "PsychologicalAbuse", "Threats", "WithholdsDocuments", "PsychoactiveSubstances"]})

    def signs(text):
        got = step(turn(text, "deny"), asked("tip_confirmed", **base))
        return set(got.slots["tip_facts"]["means_of_control"])
    # "you forgot the long hours. and take out fear" put the long hours in When, and took them out again
    assert signs("you forgot the long hours. and take out fear") == {
        "ExcessiveWorkingHours", "PsychoactiveSubstances", "Threats", "WithholdsDocuments"}
    # "i dont know for sure shes drugged, take that out" kept the sign, and added the words to it
    assert "PsychoactiveSubstances" not in signs("i dont know for sure shes drugged, take that out")


def test_violence_at_home_with_where_to_go_tonight_gets_a_shelter_and_no_questions_before_anything_more():
    # "mi esposo me pego anoche… donde puedo ir esta noche con mis hijos?" got the services answer twice, then "where
    # is this happening?"; "oui ca va il est pas la. Mon chum prend toute ma paye…" was asked if it was safe again, then
    # "is it about you?" and the privacy menu
    from bot.actions.intake import next_question
    got = step(turn("si puedo. mi esposo me pego anoche y tengo miedo de volver a la casa. donde puedo ir esta noche"
                    " con mis hijos? estoy en bayamon", "inform", 0.8, "es"), asked("safe_to_talk"))
    assert got.say == ["utter_home_violence_shelter"] and "tip_what" not in got.slots, got
    told = step(turn("oui ca va il est pas la. Mon chum prend toute ma paye et il veut pas que je travaille. On est a "
                     "Montreal. C'est tu de la traite ca?", "ask_what_is_trafficking", 0.8, "fr"),
                asked("safe_to_talk"))
    assert told.slots["safe_to_talk"] is True and next_question(told.slots) == "tip_what", told
    shelter = step(turn("Est-ce qu'il y a une maison d'hebergement a Montreal?", "ask_services", 0.9, "fr"),
                   asked("tip_what", **told.slots))
    assert shelter.say == ["utter_home_violence_shelter"] and not shelter.steps_aside


def test_unpaid_wages_asked_about_or_free_to_go_home_is_a_problem_at_work():
    # "mi patron no me ha pagado 3 semanas, esto es para eso?" went through the intake and was filed as forced labour;
    # "no nada de eso, nomas no paga. nos deja ir a la casa y todo. que puedo hacer?" got "telling us is a good first
    # step"
    first = step(turn("hola una pregunta, mi patron no me ha pagado 3 semanas, esto es para eso?",
                      "ask_what_is_trafficking", 0.8, "es"), asked("safe_to_talk"))
    assert first.slots.get("not_trafficking"), first
    base = dict(safe_to_talk=True, reporter_role="self", privacy_level="anonymous", tip_what="no nos pagan",
                exploitation_type="ForcedLabour", tip_who="somos 5",
                tip_facts={"means_of_control": ["TakesEarnings"], "labour_type": "construction"})
    later = step(turn("no nada de eso, nomas no paga. nos deja ir a la casa y todo. que puedo hacer?", "deny", 0.8,
                      "es"), asked("tip_control", **base))
    assert later.slots.get("not_trafficking") and "utter_what_to_do" not in later.say, later
    # the passport kept is no problem at work only
    held = step(turn("my boss doesnt pay me and keeps my passport, is this trafficking?", "ask_what_is_trafficking"),
                asked("safe_to_talk"))
    assert not held.slots.get("not_trafficking")


def test_afraid_that_we_call_the_police_is_answered_and_not_told_to_call():
    # a girl of 16: "mais si vous appelez la police il va savoir que cest moi" got "Yes: call 911 now", and "je veux pas
    # que vous appeliez la police svp" was filed as When
    base = dict(safe_to_talk=True, reporter_role="self", privacy_level="anonymous", tip_what="mon chum me vend, jai 16",
                tip_facts={"minor": True, "ages": [16], "person_coming": True})
    got = step(Turn("a montreal, sur jean-talon. mais si vous appelez la police il va savoir que cest moi", "inform",
                    0.8, "fr", person_coming=True), asked("tip_where", **base))
    # (a girl of 16: what the law may require of the team, not a promise that it never calls without her)
    assert got.say == ["utter_police_not_without_you_minor"] and "jean-talon" in got.slots["tip_where"], got
    alone = step(turn("je veux pas que vous appeliez la police svp", "inform", 0.8, "fr"), asked("tip_when", **base))
    assert alone.say == ["utter_police_not_without_you_minor"] and "tip_when" not in alone.slots, alone
    assert answer_after_filing(turn("please dont call the cops")) == "utter_police_not_without_you"
    assert step(turn("should i call the police?"), asked("tip_when", **base)).say != ["utter_police_not_without_you"]


def test_asking_for_the_code_after_deleting_the_text_is_no_wish_to_erase():
    # "c'etait quoi mon code deja? j'ai efface le message" got "do you want us to erase this chat? your report too"
    from bot.actions.intake import erases_nothing
    text = "c'etait quoi mon code deja? j'ai efface le message"
    assert erases_nothing(text) and not erases_nothing("borra todo porfa")
    assert step(turn(text, "delete_data", 0.9, "fr"), asked("tip_when", safe_to_talk=True)).steps_aside


def test_a_count_put_right_after_wait_actually_changes_who():
    # "attendez en fait ils sont 4 pas 3, j'avais oublie le plus jeune" was kept as a note, and Who stayed 3
    base = dict(safe_to_talk=True, reporter_role="other", privacy_level="anonymous", exploitation_type="ForcedLabour",
                tip_what="3 travailleurs, le patron garde les passeports", tip_where="ferme a Saint-Remi",
                tip_when="depuis le printemps", tip_who="3 travailleurs", tip_control="passeports", tip_more="none",
                tip_facts={"people_count": 3, "means_of_control": ["WithholdsDocuments"]})
    got = step(turn("attendez en fait ils sont 4 pas 3, j'avais oublie le plus jeune", "deny", 0.8, "fr"),
               asked("tip_confirmed", **base))
    assert got.slots["tip_who"] == "4 travailleurs" and got.slots["tip_facts"]["people_count"] == 4, got.slots


def test_asked_not_to_tell_an_aunt_or_a_mother_gets_the_family_answer():
    # "le van a decir a mi tia??", "no le digan a mi tia" (a girl of 15) got "we don't tell the person you report"
    for text, language in (("le van a decir a mi tia??", "es"), ("no le digan a mi tia porfa", "es"),
                           ("dont tell my mom", "en"), ("nao contem pra minha mae", "pt")):
        got = step(turn(text, "inform", 0.8, language),
                   asked("tip_when", safe_to_talk=True, tip_what="mi novio me vende"))
        assert "utter_family_not_told" in got.say, (text, got)


def test_afraid_to_call_911_for_not_being_sure_is_told_to_call_with_what_they_know():
    # a witness of a girl of 16 sold now: "…i dont know the apt number. im scared to call what if hes not there" got
    # "is it mostly about work, about sex, or something else?"
    slots = asked("tip_control", safe_to_talk=True, reporter_role="other",
                  tip_what="a guy is selling my friend, shes 16", tip_facts={"minor": True, "ages": [16]})
    got = step(turn("idk she said he hit her once. i dont know the apt number. im scared to call what if hes not "
                    "there"), slots)
    assert got.say == ["utter_call_even_if_unsure"] and "PhysicalAbuse" in got.slots["tip_facts"]["means_of_control"]


def test_no_contact_said_in_other_words_is_no_contact():
    # "i said skip" and "Contact: none" were kept as the contact, read back and filed so
    for text in ("skip", "i said skip", "Contact: none", "nothing i dont want contact"):
        got = step(turn(text), asked("contact", safe_to_talk=True, reporter_role="self", privacy_level="confidential"))
        assert got.slots == {"contact": "none"}, (text, got)
        fixed = step(turn(text, "deny"), asked("tip_confirmed", safe_to_talk=True, reporter_role="self",
                                               privacy_level="confidential", contact="i said skip", tip_what="x"))
        assert fixed.slots.get("contact") == "none", (text, fixed)
    # "passer. pas ce numero il va voir" was kept as "this number", on a phone her husband reads
    got = step(turn("passer. pas ce numero il va voir", language="fr"),
               asked("contact", safe_to_talk=True, reporter_role="self", privacy_level="confidential"))
    assert got.slots == {"contact": "none"}, got


def test_anonymous_asked_for_later_is_anonymous_with_no_contact():
    # "el numero tampoco. anonimo completamente. no me llamen", then "NO este numero, quiero anonimo": read back
    # "Contacto: este numero", and filed "share" with the number
    base = dict(safe_to_talk=True, reporter_role="self", privacy_level="share", contact="este numero, me llamo Juan",
                tip_what="el patron tiene mi pasaporte", tip_where="Houston", tip_when="desde enero", tip_who="yo",
                tip_control="pasaporte", tip_more="none")
    for text in ("el numero tampoco. anonimo completamente. no me llamen", "NO este numero, quiero anonimo",
                 "espere, mejor no. mejor anonimo, borre mi nombre"):
        got = step(turn(text, "deny", 0.8, "es"), asked("tip_confirmed", **base))
        assert got.slots["privacy_level"] == "anonymous" and got.slots["contact"] == "none", (text, got)
        assert text not in str(got.slots.get("tip_more") or ""), got


def test_safe_now_with_a_fear_of_deportation_gets_that_answered():
    # "police came and got us out. will i get deported? i dont have papers" got "I'm so glad you're safe… whenever
    # you're ready", and the question went unanswered
    facts = {"danger": True, "no_questions": True, "person_coming": True}
    got = step(Turn("police came and got us out. will i get deported? i dont have papers", "ask_immigration", 0.8, "en",
                    person_coming=True), asked("tip_where", safe_to_talk=True, reporter_role="self",
                                               tip_what="locked in", tip_facts=facts))
    assert set(got.say) == {"utter_victims_protected", "utter_safe_now"}, got


def test_asking_us_to_call_the_police_with_the_tip_keeps_what_the_tip_tells():
    # "can you call the police for us? … he locks it from outside at night": the signs question then began "So far I
    # have: very long hours" (the lock was kept in the story only)
    text = ("hi um can you call the police for us? my neighbor has like 5 women living in his garage and they never "
            "leave, he locks it from outside at night")
    result = step(replace(turn(text, "ask_police", 0.8), danger=True, person_coming=True, joined=True), {})
    assert "utter_police_now" in result.say
    assert "RestrictsMovement" in result.slots["tip_facts"]["means_of_control"]
    assert result.slots["tip_facts"]["people_count"] == 5


def test_not_saying_my_name_with_the_privacy_choice_is_no_way_to_reach_them():
    # "2 i guess. can u tell the cops but not say my name??" was kept as the contact ("Thank you, I've noted how to
    # reach you"), and the question went unanswered
    said = turn("2 i guess. can u tell the cops but not say my name?? he knows me, hes my landlord", "ask_police", 0.8)
    result = step(said, asked("privacy_level", safe_to_talk=True, reporter_role="other", tip_what="x"))
    assert result.slots == {"privacy_level": "confidential"} and result.say == ["utter_we_tell_police"]


@pytest.mark.parametrize("text, language, where", [
    ("the address is on 4th st 1120 something, u left it out. otherwise yes", "en", "on 4th st 1120 something"),
    ("es en la calle Morelos 5, se te olvido. lo demas esta bien", "es", "en la calle Morelos 5"),
])
def test_a_read_back_correction_leaves_out_what_is_said_beside_it(text, language, where):
    # read back as "Where: on 4th st 1120 something, u left it out" and "Also: otherwise yes"
    slots = dict(safe_to_talk=True, reporter_role="other", privacy_level="anonymous", contact=None, tip_what="x",
                 exploitation_type="ForcedLabour", tip_where="Dayton", tip_when="every day", tip_who="6 women",
                 tip_control="locked in", tip_more="none", tip_facts={})
    result = step(turn(text, "inform", 0.8, language), asked("tip_confirmed", **slots))
    assert where in result.slots["tip_where"] and "left" not in result.slots["tip_where"]
    assert "olvido" not in result.slots["tip_where"] and "tip_more" not in result.slots


@pytest.mark.parametrize("text, language", [("i hear knocking is that them? he went out", "en"),
                                            ("tocan la puerta, es la policia?", "es")])
def test_knocking_asked_about_as_the_police_called_is_not_told_not_to_open_to_anyone(text, language):
    # after staff wrote "police are on the way", "i hear knocking is that them?" got "Don't open the door… tell them
    # someone is trying to get in"
    slots = dict(safe_to_talk=True, reporter_role="self", tip_what="he makes me see men",
                 tip_facts={"danger": True, "no_questions": True})
    assert step(turn(text, "inform", 0.8, language), asked("tip_where", **slots)).say == ["utter_is_it_the_police"]


@pytest.mark.parametrize("text, language", [("jtai dit ouais. wsh", "fr"), ("i already said yes", "en")])
def test_yes_said_again_as_a_complaint_answers_is_it_safe(text, language):
    # "jtai dit ouais. wsh", read as small talk, got "Je suis là." and "is it safe to text?" a third time
    result = step(turn(text, "chitchat", 0.8, language), asked("safe_to_talk", tip_what="on me force a vendre"))
    assert result.slots.get("safe_to_talk") is True and not result.steps_aside


def test_a_child_asking_if_what_an_adult_asks_is_normal_is_asked_about():
    # "he buys me stuff… now he wants me to come to a party… and be nice to his friends… is that normal?" (a girl of
    # 14 got no answer, twice); the same words from an adult about work are not this question
    from bot.actions.intake import asks_if_normal_for_a_child
    said = turn("he buys me stuff n says he loves me but now he wants me to be nice to his friends. is that normal?")
    assert asks_if_normal_for_a_child(said, {"ages": [14, 23], "minor": True})
    assert asks_if_normal_for_a_child(turn("c'est normal?", language="fr"), {"ages": [15]})
    assert not asks_if_normal_for_a_child(turn("my boss keeps my passport, is that normal?"), {"ages": [34]})


@pytest.mark.parametrize("text, language", [
    ("its not sex. its like selling weed n pills n carrying bags for them, i dont get paid", "en"),
    ("idk?? its not work. hes my bf. he sent me pics before and asked for mine", "en"),
    ("no es trabajo, es mi novio, me pide fotos", "es"),
])
def test_a_kind_said_not_to_be_it_is_not_filed(text, language):
    # "its not sex. its like selling weed" was filed as sexual exploitation; "its not work. hes my bf" as forced work
    slots = dict(safe_to_talk=True, reporter_role="self", privacy_level="anonymous", contact=None,
                 tip_what="these guys make me do stuff for them")
    assert step(turn(text, "inform", 0.8, language), asked("exploitation_type", **slots)).slots[
        "exploitation_type"] == "OtherExploit"


def test_in_danger_now_the_street_told_with_it_is_where():
    # "…she not waking up we r at motel 6 on airport blvd": "Where is this happening right now?" four times
    text = ("pls help my cousin is bleeding bad the man hit her w a bottle she not waking up we r at motel 6 on airport"
            " blvd")
    got = step(replace(turn(text, "request_help", 0.8), danger=True, person_coming=True, joined=True), {})
    assert got.slots["tip_where"] == "motel 6 on airport blvd"
    later = step(replace(turn("i said motel 6 airport blvd room 112!! can YOU call them for us", "inform", 0.8),
                         danger=True), asked("tip_where", tip_what=text, tip_facts={"danger": True}))
    assert later.slots["tip_where"] == "motel 6 airport blvd room 112"


def test_afraid_of_jail_for_calling_911_is_told_it_is_no_crime_not_yes():
    # "si llamo al 911 me van a meter presa?" from a girl of 14 got "Sí: llama al 911 ahora", and "mejor no hago nada"
    slots = dict(safe_to_talk=True, reporter_role="self", tip_what="un señor de 40 se metio a mi cama y me toco",
                 tip_facts={"ages": [14, 40], "minor": True, "danger": True})
    said = replace(turn("si llamo al 911 me van a meter presa?", "inform", 0.8, "es"), danger=True)
    assert step(said, asked("tip_where", **slots)).say == ["utter_call_not_a_crime"]
    calm = {**slots, "tip_facts": {"ages": [14, 40], "minor": True}}
    assert "utter_should_call_police_yes" not in step(turn(said.text, "ask_police", 0.8, "es"),
                                                      asked("privacy_level", **calm)).say


@pytest.mark.parametrize("text, slot, said", [
    ("where should just say golden lotus spa 1420 n 4th st", "tip_where", "golden lotus spa 1420 n 4th st"),
    ("Where should be Maple Grove Rd", "tip_where", "Maple Grove Rd"),
    ("who should say one of them might be a minor, 16 or 17", "tip_who", "one of them might be a minor, 16 or 17"),
])
def test_a_field_that_should_say_something_says_it(text, slot, said):
    # read back as "Where: where should just say golden lotus spa…", filed as "Where should be Maple Grove Rd"
    from bot.actions.intake import _named_field
    assert _named_field(text) == (slot, said)


@pytest.mark.parametrize("text, language", [
    ("es q un wey q conoci en free fire me pidio fotos y yo se las mande y ahora dice q si no le mando mas fotos sin "
     "ropa o le deposito 2 mil varos las sube a insta y se las manda a mis compas de la secu. tengo 13", "es"),
    ("theres this guy on discord he said he was 15. i sent him pics n now he wants 500 in gift cards or hes gonna send"
     " them to my whole school n my mom. im 14 wtf do i do", "en"),
])
def test_a_child_blackmailed_with_pictures_gets_the_sextortion_answer_not_the_scam_line(text, language):
    # Spanish: the next question (and passports, debts, long hours); English: "A scam can be reported to the FTC"
    got = step(replace(turn(text, "report_tip", 0.8, language), person_coming=True), {})
    assert got.say[:1] == ["utter_sextortion"]


def test_afraid_of_trouble_for_sending_the_pictures_is_told_no():
    # "pero me va a meter en problemas la policia x mandar fotos??" got "No, no somos la policía"
    said = turn("como q donde?? yo vivo en guadalajara. pero me va a meter en problemas la policia x mandar fotos??",
                "ask_police", 0.8, "es")
    got = step(said, asked("tip_where", safe_to_talk=True, tip_what="x", tip_facts={"ages": [13], "minor": True}))
    assert got.say[0] == "utter_not_in_trouble"


def test_dont_call_my_caseworker_is_not_about_immigration():
    # "pls dont call my caseworker they'll send me back" got "we are not immigration (ICE)", twice
    text = ("i already live there tho?? where am i supposed to go. hes at work till 7 so ya i can text. pls dont call "
            "my caseworker they'll send me back")
    got = step(turn(text, "ask_immigration", 0.8), asked("safe_to_talk", tip_what="im 15", tip_facts={"minor": True}))
    assert got.say == ["utter_family_not_told"]


def test_where_the_person_is_safe_now_is_not_where_it_happens():
    # "si estoy bien, en mi depa" to "is it safe?": the report's place was "private home", and the read-back "Dónde: si
    # estoy bien, en mi depa, Houston"
    got = step(turn("si estoy bien, en mi depa", "affirm", 0.8, "es"), asked(
        "safe_to_talk", tip_what="en un spa en houston hay 3 o 4 mujeres asiaticas", tip_facts={"city": "Houston"}))
    assert got.slots == {"safe_to_talk": True}


def test_someone_hurt_now_is_told_911_will_say_what_to_do():
    # "shes breathing weird now what do i do" got "If you can't call, stay somewhere safe"
    slots = dict(tip_what="my cousin is bleeding bad", tip_where="motel 6 on airport blvd",
                 tip_facts={"danger": True, "person_coming": True, "no_questions": True})
    got = step(replace(turn("shes breathing weird now what do i do", "inform", 0.8), danger=True),
               asked("tip_when", **slots))
    assert got.say == ["utter_medical_what_to_do"]


def test_pills_taken_get_911_or_poison_control_and_not_to_sleep():
    # "its too late i already took a bunch of my moms pills… i just feel sleepy" got "I have a few short questions", and
    # "should i just sleep" the same lines again
    text = "its too late i already took a bunch of my moms pills like 20 min ago. i just feel sleepy"
    got = step(replace(turn(text, "inform", 0.8), danger=True, person_coming=True), asked(
        "safe_to_talk", tip_what="i just want to die", tip_facts={"self_harm": True, "person_coming": True}))
    assert got.say[0] == "utter_overdose_what_to_do" and "tip_where" not in got.slots  # (no street in "just")
    later = step(turn("should i just sleep", "inform", 0.8), asked(
        "tip_where", safe_to_talk=True, tip_what=text, tip_facts={**got.slots["tip_facts"]}))
    assert later.say == ["utter_overdose_what_to_do"] and "tip_where" not in later.slots


@pytest.mark.parametrize("text", ["911 wont work in dubai tho??", "does 911 work in mexico?",
                                  "what number does she call over there", "911 isnt a thing in the philippines right?"])
def test_asking_which_number_works_where_a_relative_is_gets_the_answer_at_once(text):
    # "911 wont work in dubai tho??" got "No, this is not the police"; the number was given only when asked again
    from webhooks.triage.emergency import localise, with_country
    slots = asked("tip_when", safe_to_talk=True, reporter_role="other", privacy_level="confidential",
                  tip_what="my sister works as a maid in Dubai, her boss took her passport and locks her in the house")
    got = step(turn(text, "ask_police"), slots)
    assert got.say == ["utter_should_call_police"] and "tip_when" not in got.slots, got
    if "dubai" in text:
        assert "999" in localise("yes: call 911.", with_country(set(), text))


def test_a_code_from_another_phone_is_kept_and_answered_once_it_is_safe_to_talk():
    # "i sent a tip last week from my old phone. my code is K7M2-9QXZ…" got "There is no report from this chat yet"
    from webhooks.reports.codes import codes_in
    assert codes_in("code k7m2 9qxz pls") == ["K7M2-9QXZ"] and codes_in("MY CODE: ABCD-EFGH") == ["ABCD-EFGH"]
    assert not codes_in("it was saturday, from 2025 2026, a well-done job, call 713 555 0142, passphrase "
                        "7KQM-22XZ-9PRT")
    first = step(turn("hi i sent a tip last week from my old phone. my code is K7M2-9QXZ. they moved the girls to a "
                      "house on Elm st", "report_tip"), {})
    facts = first.slots["tip_facts"]
    assert facts["codes_told"] == ["K7M2-9QXZ"] and "utter_code_from_elsewhere" not in first.say, "safety first"
    safe = step(turn("yes its safe", "affirm"), asked("safe_to_talk", **{**first.slots, "tip_facts": facts}))
    assert safe.say[0] == "utter_code_from_elsewhere" and safe.slots["tip_facts"]["codes_told"] == ["K7M2-9QXZ"]
    again = step(turn("about someone else", "inform"), asked("reporter_role", safe_to_talk=True,
                                                             tip_facts=safe.slots["tip_facts"]))
    assert "utter_code_from_elsewhere" not in again.say, "said once"
    own = step(turn("my code is K7M2-9QXZ", "inform"),
               asked("tip_more", safe_to_talk=True, reference_code="K7M2-9QXZ"))
    assert "utter_code_from_elsewhere" not in own.say and not (own.slots.get("tip_facts") or {}).get("codes_told")
    danger = step(replace(turn("code K7M2-9QXZ. hes back and he has a gun", "report_tip"), danger=True),
                  asked("tip_what", safe_to_talk=True))
    assert "utter_code_from_elsewhere" not in danger.say
    asks = step(turn("whats my code?", "ask_code"), asked("reporter_role", safe_to_talk=True,
                                                         tip_facts=safe.slots["tip_facts"]))
    assert asks.steps_aside and not asks.slots, "the rules tell where that report is (a turn that sets a slot ends)"


READ_BACK = dict(safe_to_talk=True, reporter_role="other", privacy_level="anonymous",
                 tip_what="my neighbor has like 6 guys living in his garage, they go out in a van at 5am",
                 tip_where="Elm st, Tulsa OK", tip_when="since march", tip_who="6 men, also a boy maybe 15",
                 tip_control="they never leave alone", tip_more="the van is white")


@pytest.mark.parametrize("text,language", [("thats wrong", "en"), ("no thats not right", "en"),
                                           ("nope still wrong", "en"), ("you got it wrong again", "en"),
                                           ("ainda ta errado", "pt"), ("sigue mal", "es"),
                                           ("c toujours faux", "fr")])
@pytest.mark.parametrize("correcting", [False, True])
def test_a_read_back_said_to_be_wrong_with_no_part_named_asks_which_part(text, language, correcting):
    # "its still wrong" to "What should I change?" filed the report as it was; "ainda ta errado" became When
    got = step(turn(text, "deny", language=language), asked("tip_confirmed", **READ_BACK, correcting=correcting))
    assert got.say == ["utter_which_part_wrong"] and got.quiet, got
    assert got.slots == {"correcting": True}, "nothing filed, nothing changed"


@pytest.mark.parametrize("text,field,value", [("Dónde: 2210 Elm St", "tip_where", "2210 Elm St"),
                                              ("Quiénes: 3 mujeres, no 2", "tip_who", "3 mujeres, no 2")])
def test_a_correction_with_the_read_backs_accented_label_goes_to_that_field(text, field, value):
    got = step(turn(text, "inform", language="es"), asked("tip_confirmed", **READ_BACK, correcting=True))
    assert got.slots[field] == value, got.slots


@pytest.mark.parametrize("text,language,field", [("take out the also line", "en", "tip_more"),
                                                 ("remove the Also part", "en", "tip_more"),
                                                 ("quita la parte de Además", "es", "tip_more"),
                                                 ("enlève la ligne Aussi", "fr", "tip_more"),
                                                 ("tira a linha do também", "pt", "tip_more"),
                                                 ("delete the when part", "en", "tip_when")])
def test_a_read_back_line_named_by_its_label_is_taken_out_and_not_asked_again(text, language, field):
    # "take out the also line" was added to Also
    got = step(turn(text, "deny", language=language), asked("tip_confirmed", **READ_BACK))
    assert got.say == ["utter_part_taken_out"] and got.slots[field] == NONE, got
    assert next_question({**READ_BACK, **got.slots, "exploitation_type": "labour"}) == "tip_confirmed"


def test_taking_out_one_more_person_keeps_the_others():
    # "remove the part about the boy" took "6 men" with it, and "Who is affected?" came again
    got = step(turn("remove the part about the boy", "deny"), asked("tip_confirmed", **READ_BACK))
    assert got.say == ["utter_part_taken_out"] and got.slots["tip_who"] == "6 men", got
    van = step(turn("take out the van part", "deny"), asked("tip_confirmed", **READ_BACK))
    assert van.slots["tip_more"] == NONE and next_question({**READ_BACK, **van.slots, "exploitation_type": "labour"}) \
        == "tip_confirmed"


def test_not_wanting_it_known_who_told_keeps_the_tip_about_someone_else():
    # "2 i guess. i dont want the salon finding out it was me" made the salon's women her own tip ("Is it just you?
    # How old are you?")
    slots = asked("privacy_level", safe_to_talk=True, reporter_role="other",
                  tip_what="its these women at Lucky Star Nails on Elm st in Dayton")
    got = step(turn("2 i guess. i dont want the salon finding out it was me", "inform"), slots)
    assert got.slots.get("reporter_role") is None and got.slots["privacy_level"] == "confidential", got.slots
    mine = step(turn("actually it was me, its happening to me", "inform"), asked("tip_who", **slots))
    assert mine.slots["reporter_role"] == "self"


def test_what_a_field_is_missing_named_before_it_is_not_read_back():
    # "the where is missing the name, its Lucky Star Nails on Elm Ave" was read back "Where: the name, its Lucky…"
    missing = {"the where is missing the name, its Lucky Star Nails on Elm Ave": "Lucky Star Nails on Elm Ave",
               "the where is missing the street, 2210 Elm Ave": "2210 Elm Ave"}
    for text, where in missing.items():
        got = step(turn(text, "inform"), asked("tip_confirmed", **{**READ_BACK, "tip_where": None}))
        assert got.slots["tip_where"] == where, got.slots


@pytest.mark.parametrize("text,intent", [
    ("yes right now its ok", "affirm"),
    ("si ahorita si, el mayordomo no esta. pero primero una pregunta ustedes son de la migra?? xq no quiero q me "
     "deporten", "ask_immigration")])
def test_now_in_a_yes_to_the_safety_check_is_not_when_it_happens(text, intent):
    # "si ahorita si…" was read back "Cuándo: si ahorita si"; "yes right now its ok" was filed as When
    got = step(turn(text, intent), asked("safe_to_talk", tip_what="es aqui donde se puede reportar algo de un trabajo"))
    assert got.slots.get("safe_to_talk") is True and "tip_when" not in got.slots, got.slots
    since = step(turn("yes, its been going on since may", "affirm"), asked("safe_to_talk", tip_what="a farm"))
    assert since.slots["tip_when"]


def test_a_chat_paused_at_the_read_back_comes_back_to_whether_it_is_safe_now():
    # paused in danger while the read-back stood, then after staff handed the chat back: "ok. what else do u need" got
    # "OK, let's go on." and nothing, and "hello?? what do i do now" an answer and silence
    slots = asked("tip_confirmed", paused=True, reporter_role="self", tip_where="a house on Calloway st",
                  tip_what="pls help im locked in a room", tip_facts={"was_paused": True, "minor": True})
    back = step(turn("ok. what else do u need", "resume"), slots)
    assert back.slots["safe_to_talk"] is True and back.slots["paused"] is False
    asks = step(turn("hello?? what do i do now", "greet"), slots)
    assert asks.say == ["utter_what_to_do"] and asks.slots["paused"] is False, "then: is it safe to write now?"
    still = step(turn("no hes still here", "deny"), slots)
    assert still.say == ["utter_safety_pause"] and still.slots["paused"] is True


SEXTORTION = ("idk if this is the place but some guy on insta got pics of me and now hes saying hell send them to my "
              "whole school unless i send more or pay him 200. im 14. please dont tell my mom")


@pytest.mark.parametrize("intent", ["report_tip", "ask_family", "inform"])
def test_a_child_sextorted_is_told_not_to_pay_at_once_whatever_the_model_reads(intent):
    # the first message got only "we don't tell your family"; "should i just pay him??" (to the safety check), "u didnt
    # answer should i pay" (to where) and "what do i say to him" (to the signs) each got the next question
    first = step(replace(turn(SEXTORTION, intent), person_coming=True, channel="web"), {})
    assert "utter_sextortion" in first.say, first.say
    told = {**first.slots, "tip_what": SEXTORTION}
    for text, intent_, slot in [("yes im in my room. should i just pay him?? i have like 80 dollars", "affirm",
                                 "safe_to_talk"),
                                ("its online?? on instagram dms. i live in tacoma. u didnt answer should i pay",
                                 "inform", "tip_where"),
                                ("no?? none of that. its just the pics. hes messaging me again rn what do i say to him",
                                 "deny", "tip_control")]:
        got = step(turn(text, intent_), asked(slot, **{**told, **({} if slot == "safe_to_talk" else {
            "safe_to_talk": True, "reporter_role": "self"})}))
        assert got.say[:1] == ["utter_sextortion"] and not got.steps_aside, (text, got)
    boyfriend = step(turn("my boyfriend says hell send my pics to my mom if i leave him", "report_tip"), {})
    assert "utter_sextortion" not in boyfriend.say, "kept by the images: 'stop replying' is wrong for her"


ALMOST_DONE = dict(safe_to_talk=True, reporter_role="other", privacy_level="anonymous",
                   tip_what="ma voisine travaille chez une famille", tip_where="Montreal", tip_when="depuis 2 ans",
                   tip_who="une femme, 30 ans", tip_control="none", exploitation_type="labour",
                   tip_facts={"minor": True, "ages": [30]})


@pytest.mark.parametrize("text,language,more", [("no but the boss has a gun", "en", "the boss has a gun"),
                                                ("non, mais il a son passeport", "fr", "il a son passeport")])
def test_a_no_then_more_to_anything_else_keeps_the_more(text, language, more):
    # each was filed as "nothing else", and the gun and the passport were lost
    got = step(turn(text, "deny", language=language), asked("tip_more", **ALMOST_DONE))
    assert got.slots["tip_more"] == more
    done = step(turn("nope, nothing else thanks", "deny"), asked("tip_more", **ALMOST_DONE))
    assert done.slots["tip_more"] == NONE


@pytest.mark.parametrize("text,language", [("non pas de mineurs, les enfants cest ceux de la famille", "fr"),
                                           ("no minors there, the kids are the familys", "en"),
                                           ("no, no hay menores, los niños son de la señora", "es")])
def test_no_minors_said_to_anything_else_takes_the_minor_back(text, language):
    # the minor, and the mandated report with it, stayed after each
    got = step(turn(text, "deny", language=language), asked("tip_more", **ALMOST_DONE))
    assert got.slots["tip_facts"]["minor"] is False and got.slots["tip_facts"]["not_minor"] is True
    assert got.slots["tip_more"] != NONE, "said, for staff to read"


@pytest.mark.parametrize("text", ["i picked up the same 2 girls like 5 times from that house, they look 18 or 19",
                                  "there r 3 other girls, 2 are chinese", "asdfjkl sorry kid grabbed my phone lol",
                                  "theres no kid involved its my 3 yr old son",
                                  "elle sort jamais sauf pour amener les enfants a lecole"])
def test_counts_times_and_the_writers_own_child_are_no_minor(text):
    # each raised a minor (ages 5, 2, 3), a mandated report and a critical escalation
    from webhooks.reports.extract import extract
    from webhooks.triage.assess import assess
    assert not extract(text, "en").minor and "minor" not in assess(text).flags


def test_a_way_to_reach_them_read_as_asking_for_a_person_is_the_contact():
    # "this number, after 6pm is best. call me jess" (read as a request for a person) called one, and the contact
    # question came again: "i just told u, this number after 6, jess"
    slots = asked("contact", safe_to_talk=True, reporter_role="other", privacy_level="confidential", tip_what="x")
    got = step(turn("this number, after 6pm is best. call me jess", "request_human", 0.95), slots)
    assert got.slots["contact"] and not got.steps_aside and not got.hand_over
    person = step(turn("i want to talk to a real person", "request_human", 0.95), slots)
    assert person.steps_aside and "contact" not in person.slots


@pytest.mark.parametrize("text,language", [("es cierto q en el hospital me reportan? me duele mucho", "es"),
                                           ("will the hospital report me to ice?", "en")])
def test_whether_the_hospital_reports_them_is_answered_whatever_question_stood(text, language):
    # a worker who fell from a roof, his arm swollen, got the services answer and the privacy menu
    slots = asked("privacy_level", safe_to_talk=True,
                  tip_what="me cai de un techo ayer y el patron no me quiere llevar al hospital")
    got = step(turn(text, "ask_immigration", language=language), slots)
    assert got.say[:1] == ["utter_hospital_no_papers"] and not got.steps_aside, got
    assert step(turn("i need to go to the hospital", "inform"), slots).say != ["utter_hospital_no_papers"]


def test_a_partner_who_hits_takes_the_pay_and_holds_the_children_gets_the_domestic_violence_line():
    # "my husband hits me… takes my paycheck, he says ill never see my kids if i leave. is that trafficking or no" got
    # what trafficking is, and "where is this happening?"
    text = ("my husband hits me and takes my whole paycheck, he says ill never see my kids if i leave. is that "
            "trafficking or no")
    got = step(turn(text, "ask_services"), asked("reporter_role", safe_to_talk=True))
    assert got.say == ["utter_not_trafficking_but_serious", "utter_referral_home_violence"], got.say


@pytest.mark.parametrize("text,intent", [("am i talking to a bot", "ask_who"), ("is this automated", "inform"),
                                         ("estoy hablando con un robot?", "inform")])
def test_whether_a_machine_answers_is_answered_not_filed(text, intent):
    # "is this automated" was filed as the place; "am i talking to a bot" joined the story
    got = step(turn(text, intent, 0.8), asked("tip_where", safe_to_talk=True, tip_what="x"))
    assert got.steps_aside or got.say == ["utter_who_we_are"], got
    assert "tip_where" not in got.slots and "tip_what" not in got.slots


def test_second_round_the_place_said_wrong_a_machine_and_a_person_care_and_not_a_minor():
    slots = asked("tip_confirmed", **READ_BACK)
    place = step(turn("no, the place is wrong", "deny"), slots)  # (read back as "Where: wrong")
    assert place.say == ["utter_ask_correction"] and place.slots == {"correcting": True}
    both = step(turn("is this a bot?? i need a real person", "request_human", 0.95), asked("tip_control", **READ_BACK))
    assert both.say[:1] == ["utter_who_we_are"] and both.hand_over, "answered, then the person (it was never answered)"
    for text, language in [("preciso de medico por favor", "pt"), ("tem algum lugar q atende de graca?", "pt")]:
        care = step(turn(text, "ask_services", 0.8, language), asked("tip_who", **READ_BACK))
        assert care.say[:1] == ["utter_hospital_no_papers"], (text, care)  # (he got the next questions three times)
    adult = step(turn("its me 23 not under 18", "inform"), asked("tip_confirmed", **{
        **READ_BACK, "tip_facts": {"minor": True}}))
    assert adult.slots["tip_facts"]["minor"] is False and adult.slots["tip_facts"]["not_minor"] is True


def test_a_passphrase_typed_into_a_message_is_never_read_back_or_filed():
    # "mon code cest 8XCH-V66N mot de passe NFH4-82AY-DZ8T…" was read back and kept in the report's story
    from webhooks.reports.codes import without_passphrases
    text = "mon code cest 8XCH-V66N mot de passe NFH4-82AY-DZ8T. la ferme est a Hemmingford pas Sherbrooke"
    got = step(turn(text, "inform", language="fr"), asked("tip_what", safe_to_talk=True))
    assert "NFH4" not in str(got.slots) and "8XCH-V66N" in str(got.slots.get("tip_facts"))
    assert without_passphrases("passphrase d624 6fdn vfp2") == "passphrase [passphrase removed]"
    assert without_passphrases("call 713 555 0142, 1420 elm st apt 3") == "call 713 555 0142, 1420 elm st apt 3"


def test_a_kind_said_wrong_with_the_right_one_leaves_only_the_right_one():
    # "kind is wrong. its sex trafficking i think not forced work" filed both kinds
    base = dict(READ_BACK, exploitation_type="ForcedLabour", tip_facts={"exploitation": ["ForcedLabour"]})
    got = step(turn("kind is wrong. its sex trafficking i think not forced work", "inform"), asked("tip_confirmed",
                                                                                                  **base))
    assert got.slots["tip_facts"]["exploitation"] == ["SexualExploit"]
    assert got.slots["exploitation_type"] == "SexualExploit"


@pytest.mark.parametrize("text", [
    "oh wait one more thing, totally diff thing… i saw a girl maybe 14 15 going truck to truck",
    "ok now i want to report the nail salon thing separately. new report please"])
def test_a_second_tip_said_in_other_words_is_a_tip_of_its_own(text):
    # each was added to the first report ("Thank you, I added that to your report…")
    from bot.actions.intake import tells_another_tip
    assert tells_another_tip(text)
    assert not tells_another_tip("its a different story with the boss, he yells")


def test_not_in_danger_of_life_said_of_someone_locked_in_is_noted_not_welcomed():
    # "eu nao to em perigo", of a woman locked in a house, got "Que bom que ninguém está em perigo"
    held = asked("tip_who", safe_to_talk=True, tip_what="x", tip_facts={"danger": True,
                                                                          "means_of_control": ["RestrictsMovement"]})
    got = step(turn("eu nao to em perigo. ela nao tem celular", "inform", 0.8, "pt"), held)
    assert got.say == ["utter_noted"] and got.slots["tip_facts"]["not_in_danger"] is True
    plain = step(turn("nobody is in danger right now", "inform"), asked("tip_who", safe_to_talk=True, tip_what="x",
                                                                        tip_facts={"danger": True}))
    assert plain.say == ["utter_misread_danger"]


def test_pictures_sent_and_threatened_with_a_deadline_get_the_answer_when_asked():
    # "i sent her pics of me and now she says pay 500 in steam cards by 12 tonight or she sends them to everyone i
    # follow… im 16", then "should i just pay?" got the signs question, and "block or pay. just tell me" got "Noted"
    from webhooks.triage.assess import assess
    told = ("some girl on insta i sent her pics of me and now she says pay 500 in steam cards by 12 tonight or she "
            "sends them to everyone i follow and my school. i think its not a girl. im 16")
    assert assess(told, frozenset()).level == "critical"
    slots = asked("tip_control", safe_to_talk=True, reporter_role="self", tip_what=told)
    for text in ("should i just pay? i have like 200 saved", "ok but block or pay. just tell me"):
        assert step(turn(text, "inform"), slots).say[:1] == ["utter_sextortion"], text


@pytest.mark.parametrize("text,language", [("si llamo al 911 viene policia tambien?", "es"),
                                           ("if i call 911 will cops come too?", "en")])
def test_whether_police_come_with_911_is_told_help_is_for_everyone(text, language):
    # a worker locked in, burned and afraid of the police got "Sí: llama al 911 ahora. La policía puede llegar rápido."
    got = step(replace(turn(text, "ask_police", 0.8, language), danger=True),
               asked("tip_who", safe_to_talk=True, tip_what="x", tip_facts={"danger": True}))
    assert "utter_call_without_papers" in got.say and "utter_should_call_police_yes" not in got.say, got.say


@pytest.mark.parametrize("text", ["no the kids are the neighbors kids, its just 4 women working there",
                                  "who is wrong, its 4 women, the 2 kids are the owners kids they dont work",
                                  "no, the kids arent part of it, they're the manager's children",
                                  "no los niños son de la dueña, no trabajan, son 4 mujeres"])
def test_children_said_at_the_read_back_to_be_someone_elses_are_no_minor_of_the_tip(text):
    # "4 women and 2 kids" put right as the owner's children kept a minor, and with it a mandated report
    read_back = asked("tip_confirmed", **{**READ_BACK, "tip_who": "4 women and 2 kids",
                                           "tip_facts": {"people_count": 4, "minor": True}})
    facts = step(turn(text, "deny"), read_back).slots["tip_facts"]
    assert facts["minor"] is False and facts["people_count"] == 4


def test_children_of_the_tip_named_beside_the_owners_stay_minors():
    read_back = asked("tip_confirmed", **{**READ_BACK, "tip_who": "4 women",
                                           "tip_facts": {"people_count": 4}})
    facts = step(turn("no its 4 women and 2 girls about 14 working, not the owners kids", "deny"), read_back)
    assert facts.slots["tip_facts"]["minor"] is True


@pytest.mark.parametrize("text,expected", [
    ("the when is wrong its since january, and its 8 men not 6", {"tip_when": "since january", "people_count": 8}),
    ("it was tuesday and its on pine st not elm", {"tip_when": "it was tuesday", "street": "pine st"}),
    ("no, se mudaron a Dallas y son 8 hombres", {"city": "Dallas", "people_count": 8}),
])
def test_two_corrections_of_two_fields_in_one_message_change_each_field(text, expected):
    # the first became When whole (and Who stayed 6 men); the second changed Where and the day was lost
    got = step(turn(text, "deny"), asked("tip_confirmed", **READ_BACK)).slots
    if "tip_when" in expected:
        assert got["tip_when"] == expected["tip_when"]
    if "people_count" in expected:
        assert got["tip_facts"]["people_count"] == expected["people_count"] and "8" in got["tip_who"]
    if "street" in expected:
        assert expected["street"] in got["tip_where"] and "Elm" not in got["tip_where"]
    if "city" in expected:
        assert "Dallas" in got["tip_where"] and "tip_when" not in got


@pytest.mark.parametrize("text,language", [("its 7 men not 6 and the boy is 14", "en"),
                                           ("son 7 no 6 y el chavo tiene 14", "es")])
def test_a_count_and_an_age_put_right_together_read_back_who_once(text, language):
    # Who was read back as "7 men, also a boy maybe 15; 7 men, also a boy maybe 14"
    got = step(turn(text, "deny", language=language), asked("tip_confirmed", **READ_BACK)).slots
    assert got["tip_who"] == "7 men, also a boy maybe 14"
    assert got["tip_facts"]["people_count"] == 7 and got["tip_facts"]["ages"] == [14]


def test_a_day_named_at_the_start_of_a_long_answer_to_when_is_the_answer():
    # "foi ontem a noite. a mae dela ja ligou a policia…" was noted, and "when?" asked again
    got = step(turn("foi ontem a noite. a mae dela ja ligou a policia mas eles disseram que ela pode ter fugido",
                    "report_tip", 1.0, "pt"),
               asked("tip_when", safe_to_talk=True, reporter_role="other", tip_what="minha sobrinha 15 anos",
                     tip_where="Newark", tip_control="presentes"))
    assert got.slots["tip_when"].startswith("foi ontem a noite") and "utter_noted" not in got.say


def test_a_code_given_is_not_asked_for_and_only_a_lost_or_asked_passphrase_is_renewed():
    from bot.actions.intake import asks_for_code, wants_a_new_passphrase
    # given with news and a question: a new passphrase locked the person out
    assert not asks_for_code("mi codigo es kc36 vq7z. ya fue alguien al rancho? el patron se llama Ramiro Soto")
    assert asks_for_code("whats my code") and not wants_a_new_passphrase("whats my code")
    assert wants_a_new_passphrase("i lost my code, can you send it again")
    assert wants_a_new_passphrase("i also need the password thing")


def test_a_child_asking_us_not_to_call_the_police_is_told_what_the_law_may_require_not_promised():
    # "pls dont call the cops on him", from a girl of 15: "We don't call the police without talking it through with
    # you first", and her report carried a mandated report
    base = dict(safe_to_talk=True, reporter_role="self", tip_what="he makes me go in the room w guys",
                tip_facts={"minor": True, "ages": [15]})
    got = step(turn("pls dont call the cops on him"), asked("tip_when", **base))
    assert got.say[:1] == ["utter_police_not_without_you_minor"], got
    adult = step(turn("pls dont call the cops on him"), asked("tip_when", **{**base, "tip_facts": {"ages": [30]}}))
    assert adult.say[:1] == ["utter_police_not_without_you"], adult


@pytest.mark.parametrize("text,answer", [
    ("do i need to call the cops too", "utter_should_call_police"),  # (a hotel clerk, twice: "this is not the police")
    ("can u tell me if the police went there", "utter_what_happens_next"),
    ("did anyone go there yet? did the cops come", "utter_what_happens_next"),
    ("ya fue alguien o no??", "utter_what_happens_next"),  # ("Perdona, no te entendí bien")
])
def test_whether_to_call_and_whether_anyone_went_are_answered_after_filing(text, answer):
    assert answer_after_filing(turn(text, "ask_police")) == answer


def test_a_detail_told_beside_a_question_after_filing_is_kept():
    from bot.actions.intake import detail_beside_a_question
    # the name was lost, and the question answered twice
    assert detail_beside_a_question("oh the owners name is Mr Chen, Kevin Chen. also is someone gonna check on them?",
                                    "en")
    assert detail_beside_a_question("mi codigo es kc36 vq7z. ya fue alguien al rancho? el patron se llama Ramiro Soto",
                                    "es")
    assert not detail_beside_a_question("ya fue alguien o no??", "es")
    assert not detail_beside_a_question("ok thank you so much for your help. is this anonymous?", "en")


def test_a_privacy_choice_with_keep_my_name_out_is_that_choice_and_a_choice_put_right_later_is_taken():
    # an ER nurse: "2. i could get in trouble w HIPAA so pls keep my name out of it" was made anonymous ("our team
    # won't contact you"); "wait i picked 2, the hotline CAN contact me… anyway probably sex. young woman came in…"
    # got the kind question again, stayed anonymous, and the story was lost
    base = dict(safe_to_talk=True, reporter_role="other", tip_what="Im an ER nurse at St Marys in Tucson")
    chosen = step(turn("2. i could get in trouble w HIPAA so pls keep my name out of it"),
                  asked("privacy_level", **base))
    assert chosen.slots == {"privacy_level": "confidential"} and "utter_contact_removed" not in chosen.say, chosen
    later = step(turn("wait i picked 2, the hotline CAN contact me just dont give my name to anyone else. anyway"
                      " probably sex. young woman came in around 2am tonight w a broken wrist and bruises on her back"),
                 asked("exploitation_type", **base, privacy_level="anonymous"))
    assert later.slots["privacy_level"] == "confidential" and later.slots["exploitation_type"] == "SexualExploit"
    assert "broken wrist" in later.slots["tip_what"], later


def test_in_an_hour_is_no_complaint_about_work_hours():
    from bot.actions.intake import tells_a_work_problem
    # an ER nurse: "theyre about to discharge her in like an hour. what happens now?" got the labour referral
    assert not tells_a_work_problem("shes still here in bay 6, theyre about to discharge her in like an hour")
    assert tells_a_work_problem("they make us work 16 hours a day")


@pytest.mark.parametrize("text,intent,language", [("sorry he was looking", "out_of_scope", "en"),
                                                  ("sorry he was here. ok hes gone", "nlu_fallback", "en"),
                                                  ("perdon estaba el patron", "inform", "es")])
def test_back_after_someone_was_near_is_told_we_are_still_here_and_nothing_is_filed(text, intent, language):
    # after STOP and START, "sorry he was looking" got "I can only help with reports about people being forced…"
    got = step(turn(text, intent, 0.9, language), asked("tip_where", safe_to_talk=True, reporter_role="self",
                                                          tip_what="he has my ID"))
    assert got.say == ["utter_back_still_here"] and "tip_where" not in got.slots and not got.steps_aside, got
    assert step(turn("he was looking at the girls"), asked("tip_where", safe_to_talk=True, reporter_role="other",
                                                            tip_what="a spa")).say != ["utter_back_still_here"]


def test_is_this_la_migra_is_the_immigration_question_not_who_we_are():
    # "q es esto es la migra?" got only "Soy el asistente automático…"
    got = step(turn("q es esto es la migra?", "ask_immigration", 1.0, "es"), {})
    assert got.say == ["utter_immigration"], got
    assert step(turn("q es esto?", "ask_who", 1.0, "es"), {}).say == ["utter_who_we_are"]


def test_a_child_trading_sex_for_a_place_to_stay_is_told_plainly_it_is_trafficking():
    # a girl of 16: "he says i gotta pay rent but i dont have money so its like.. with sex. is that even like.
    # trafficking" got the runaway line, then "it doesn't sound like trafficking"
    text = ("i left home like 2 months ago im 16 and im staying w this guy Ray. he says i gotta pay rent but i dont"
            " have money so its like.. with sex. is that even like. trafficking or whatever")
    first = step(turn(text, "ask_what_is_trafficking"), {})
    assert first.say[:1] == ["utter_yes_trafficking_minor"] and "SexualExploit" in first.slots["tip_facts"][
        "exploitation"], first
    later = step(turn("bro. is it trafficking yes or no", "ask_what_is_trafficking"), asked(
        "tip_what", safe_to_talk=True, tip_facts={"minor": True, "ages": [16], "exploitation": ["SexualExploit"],
                                                  "referred_to": ["utter_referral_runaway"]}))
    assert later.say == ["utter_yes_trafficking_minor"], later


def test_i_think_so_to_is_it_safe_is_a_guarded_yes_and_strangling_told_in_spanish_is_met_with_sorry_first():
    # the model reads "i think so" as a no: the safety pause came three chats out of three
    for text in ("i think so", "think so", "creo que si"):
        assert step(turn(text, "deny"), asked("safe_to_talk")).slots == {"safe_to_talk": True}, text
    assert step(turn("i dont think so", "deny"), asked("safe_to_talk")).slots["paused"] is True
    # "anoche me ahorco y dijo q la proxima me mata", from a girl of 17, got only "¿Hay algo más…?"
    base = dict(safe_to_talk=True, reporter_role="self", tip_what="el señor no me deja salir", tip_where="tulsa",
                tip_when="desde abril", tip_who="solo yo tengo 17", tip_control="no me deja salir",
                tip_facts={"minor": True, "ages": [17]})
    got = step(turn("anoche me ahorco y dijo q la proxima me mata", "inform", 0.9, "es"), asked("tip_more", **base))
    assert got.say[:1] == ["utter_sorry_he_does_that"], got


@pytest.mark.parametrize("text,asks", [("hello?? sam? did u leave", True), ("is chris gone?", True),
                                       ("sigue lucia ahi?", True), ("claire? vous etes encore la?", True),
                                       ("did he leave the house", False), ("she left yesterday", False),
                                       ("se fue a la tienda", False)])
def test_the_person_from_the_team_asked_for_after_they_left_is_asking_for_a_person(text, asks):
    # after a release, "hello?? sam? did u leave" and "sigue lucia ahi?" asked no one for again
    from bot.actions.intake import asks_if_a_person_is_coming
    assert asks_if_a_person_is_coming(text) is asks


@pytest.mark.parametrize("text,language,answer", [
    ("yes. what happens now?", "en", "utter_what_happens_next"),
    ("yes thats right. will someone call me?", "en", "utter_will_we_contact_anonymous"),
    ("sí. ¿y ahora qué pasa?", "es", "utter_what_happens_next")])
def test_yes_to_the_read_back_with_a_question_sends_it_and_answers(text, language, answer):
    # "yes. what happens now" was answered, and the read-back stood unsent (the whole of it came again)
    got = step(turn(text, "affirm", 0.9, language), asked("tip_confirmed", **READ_BACK))
    assert got.slots.get("tip_confirmed") is True and got.say == [answer], got


@pytest.mark.parametrize("text,language", [("cambia el que: nos quitaron los pasaportes y nos cobran la renta", "es"),
                                           ("change the what: they took our passports", "en")])
def test_change_the_what_at_the_read_back_changes_what_is_happening(text, language):
    # "cambia el que: nos quitaron los pasaportes…" came back with the same read-back twice (added to the signs)
    read_back = asked("tip_confirmed", **{**READ_BACK, "tip_what": "si ahorita estoy en la troca solo"})
    got = step(turn(text, "deny", 0.9, language), read_back).slots
    assert "pasaportes" in got.get("tip_what", "") or "passports" in got.get("tip_what", ""), got
    assert "tip_control" not in got


def test_its_not_about_me_with_the_safety_answer_is_who_the_tip_is_about():
    # "ya im fine its not about me" was asked "Is this about you, or about someone else?" next
    got = step(turn("ya im fine its not about me", "affirm"), asked("safe_to_talk"))
    assert got.slots == {"safe_to_talk": True, "reporter_role": "other"}, got


def test_dont_go_with_him_is_said_only_to_the_young_one_writing():
    # thirty-fourth session: a trucker whose girl of 15 "got in the tahoe", and a man locked in with nine others and a
    # child of 12 who wrote "ya llego el señor", were each told "Please don't go with him"
    trucker = dict(safe_to_talk=True, tip_what="trucker here. theres a girl going truck to truck knocking on doors,"
                   " looks like 15 maybe. a guy in a black tahoe is watching her from the lot rn",
                   tip_facts={"minor": True, "ages": [15]})
    got = step(replace(turn("ok called them. she got in the tahoe, they just pulled out heading west. guy is white 40s"
                            " heavy beard, she called him daddy"), watched=True), asked("tip_control", **trucker))
    assert "utter_dont_go" not in got.say
    locked = dict(safe_to_talk=True, tip_what="nos tienen encerrados en una casa en phoenix, somos 9 y hay un niño de"
                  " 12, el señor tiene pistola", tip_facts={"minor": True, "ages": [12]})
    got = step(replace(turn("ya llego el señor, esta gritando q quien tiene telefono", language="es"), watched=True),
               asked("tip_when", **locked))
    assert got.say == ["utter_safety_pause"]
    # the girl herself, told of a man picking her up, still is
    girl = dict(safe_to_talk=True, tip_what="tengo 16, un señor q conoci en instagram me va a recoger hoy",
                tip_facts={"minor": True, "ages": [16]})
    got = step(replace(turn("ya llego. me voy con el o no?", language="es"), watched=True), asked("tip_when", **girl))
    assert got.say == ["utter_dont_go"]


def test_a_plea_to_come_and_get_her_is_not_a_man_coming_for_her():
    # "can someone come get me", from a girl of 16 held in a motel, got "Please don't go with him"
    held = dict(safe_to_talk=True, tip_what="im 16 and hes keeping me in a motel room, i cant leave",
                tip_facts={"minor": True, "ages": [16]})
    got = step(turn("can someone come get me", "request_human"), asked("tip_where", **held))
    assert "utter_dont_go" not in got.say and got.say


def test_a_long_story_of_a_child_or_of_papers_kept_is_never_sent_to_the_labor_department():
    # a bystander's 1,400 characters (a girl "maybe 15 or 16" grabbed by the arm, a van at 5am) and "hes got my ID
    # card in the safe" each got "this sounds like a problem at work rather than trafficking"
    story = ("i work nights at a laundromat and theres this building across the street where a white van picks up 8 or"
             " 9 women at 5am and brings them back at 11pm. one of the girls looked maybe 15 or 16 honestly, the driver"
             " grabbed her arm. the flyer says trabajo en el campo, pago diario")
    got = step(turn(story, "workplace_problem"), {})
    assert not got.slots.get("not_trafficking")
    referred = dict(safe_to_talk=True, tip_facts={"means_of_control": ["TakesEarnings"], "referred": True})
    got = step(turn("its a restaurant. he says he pays at end of year but its been 2 years. hes got my ID card in the"
                    " safe", "workplace_problem"), asked("tip_what", **referred))
    assert not got.slots.get("not_trafficking")
    assert "WithholdsDocuments" in got.slots["tip_facts"]["means_of_control"]
    assert step(turn("my boss didnt pay my overtime but i can quit whenever", "workplace_problem"), {}).slots.get(
        "not_trafficking")


def test_a_street_said_right_then_wrong_replaces_the_wrong_one_in_the_place_told_with_the_story():
    # "the place is wrong. its 5th st not main st" was filed as "5th st not main st", and Lucky Nails was lost
    told = dict(safe_to_talk=True, reporter_role="other", privacy_level="anonymous", tip_when="every day",
                tip_what="its Lucky Nails on main st in dayton", tip_who="4 girls", tip_control="passport",
                tip_more="no",
                tip_facts={"city": "Dayton", "state": "OH", "venue": "nail salon"})
    for text in ("the place is wrong. its 5th st not main st", "its 5th st not main st", "where: 5th st not main st"):
        assert step(turn(text), asked("tip_confirmed", **told)).slots["tip_where"] == "Lucky Nails on 5th st", text


def test_the_business_before_its_street_is_part_of_where():
    from bot.actions.intake import where_in
    assert where_in("ya im fine its not me. its Lucky Nails on main st in dayton") == "Lucky Nails on main st"
    assert where_in("Jade Spa on Route 9") == "Jade Spa on Route 9"
    assert where_in("they work at Golden Lotus Spa 77 Elm St Suite 4") == "Golden Lotus Spa 77 Elm St Suite 4"
    assert where_in("motel 6 on airport blvd room 214") == "motel 6 on airport blvd room 214"
    assert where_in("i saw it on main st") == "main st"


def test_whether_to_send_what_a_job_offer_asks_for_gets_its_warning_signs():
    # a mother whose daughter was asked for $400 and a passport scan for a "modeling job in dubai" got "I can't answer
    # that here" three times
    offer = "she got an instagram dm offering a modeling job in dubai. they want her to pay 400 for the visa"
    assert step(turn(offer + " and send a scan of her passport. is this a scam", "ask_services"), {}).say == [
        "utter_offer_warning_signs"]
    for text in ("should she send it or no??", "just pls tell me if she should send the passport"):
        got = step(turn(text, "out_of_scope"), asked("tip_where", safe_to_talk=True, tip_what=offer))
        assert got.say[0] == "utter_offer_warning_signs", text
    police = step(turn("should i go to the police?", "ask_police"), asked("tip_where", safe_to_talk=True,
                                                                          tip_what=offer))
    assert police.say == ["utter_should_call_police"]


def test_not_wanting_the_police_to_come_is_not_having_called_them():
    # "i dont want cops coming to the house he'll lose it" got "Good, you did the right thing… until help comes"
    from bot.actions.intake import _CALLED_911
    from webhooks.triage.assess import normalise
    assert not _CALLED_911.search(normalise("wait r u making a report on him?? i dont want cops coming to the house"))
    assert _CALLED_911.search(normalise("called. sheriff n ambulance coming"))


def test_not_safe_said_with_the_story_keeps_the_story_and_pauses():
    # "no its not safe really. i work at a restaurant and they keep my money…" went on to "is this about you?"
    got = step(turn("no its not safe really. i work at a restaurant and they keep my money and i cant leave"),
               asked("safe_to_talk"))
    assert got.slots["paused"] is True and got.slots["tip_what"].startswith("no its not safe really")
    assert got.say == ["utter_how_to_hide"]
    told = step(turn("its not safe for the girls there, they keep their passports"), asked("safe_to_talk"))
    assert told.slots["safe_to_talk"] is True and not told.slots.get("paused")


@pytest.mark.parametrize("text,correcting", [
    ("wait its 421 oak st not 412 my bad. dont delete anything just fix the address", True),
    ("no it was tuesday not monday", True), ("son 10 no 8", True), ("no es lunes es martes", True),
    ("also the van plate is HXR 4471", False), ("one of them is only 16", False), ("no its fine", False),
    ("no not really", False)])
def test_a_correction_after_filing_is_told_apart_from_a_new_detail(text, correcting):
    # thirty-fourth session: "wait its 421 oak st not 412…" got "Thank you, I added that to your report", and the
    # address stayed wrong with nothing to tell staff it was put right
    from bot.actions.intake import corrects_after_filing
    assert corrects_after_filing(text) is correcting


def test_afraid_the_police_will_take_her_if_she_calls_is_told_911_is_for_everyone():
    # "no puedo llamar al 911 si llega la policia me llevan a mi" got "if you can't call, text 911"
    got = step(replace(turn("no puedo llamar al 911 si llega la policia me llevan a mi", "ask_immigration",
                            language="es"), danger=True),
               asked("tip_where", safe_to_talk=True, tip_what="mi patron me pega", tip_facts={"danger": True}))
    assert got.say == ["utter_danger_what_to_do"]


def test_did_they_go_yet_after_filing_is_a_question_about_what_happens_next():
    # "ya fueron o no??" got "¿Quieres terminar este chat?", and a "si" closed it
    from bot.actions.intake import asks_what_next, wants_to_end
    assert asks_what_next("ya fueron o no??") and not wants_to_end("ya fueron o no??")
    assert not asks_what_next("ya fue, gracias")


def test_not_to_be_called_stays_with_the_contact():
    # "podem mandar mensagem para este número, chamo-me Rui. ligar não que ele anda sempre ao pé de nós": the contact
    # kept "text this number" and the story got "don't call, he is always beside us"
    got = step(turn("podem mandar mensagem para este número, chamo-me Rui. ligar não que ele anda sempre ao pé de nós",
                    language="pt"), asked("contact", safe_to_talk=True, privacy_level="share", tip_what="x"))
    assert "ligar não" in got.slots["contact"] and "tip_what" not in got.slots


def test_their_own_address_told_as_the_place_is_put_right_and_their_contact_stays():
    # "please take out 14 oak ridge thats MY address. theirs is 16 Oak Ridge Ct Plano TX" took out the reporter's
    # contact ("Done: your name and contact details are out"), made the report anonymous, and kept the wrong house
    told = dict(safe_to_talk=True, reporter_role="other", privacy_level="share", contact="this number, evenings",
                tip_what="my neighbors the Hendersons at 14 Oak Ridge Ct have two women living in their garage",
                tip_where="14 Oak Ridge Ct Plano TX", tip_when="ongoing", tip_who="2 women", tip_control="no",
                tip_more="no", tip_facts={"city": "Plano", "state": "TX"})
    got = step(turn("please take out 14 oak ridge thats MY address. theirs is 16 Oak Ridge Ct Plano TX"),
               asked("tip_confirmed", **told))
    assert got.slots["tip_where"] == "16 Oak Ridge Ct Plano TX" and "contact" not in got.slots
    assert "14 oak ridge" not in got.slots["tip_what"].lower()


def test_their_contact_asked_back_is_kept_again():
    # "put my contact back, this number after 7pm" was filed as When; "pon mi numero otra vez porfa", after filing,
    # was told "I added that", and the report stayed anonymous
    from bot.actions.intake import contact_offered_after_filing
    told = dict(safe_to_talk=True, reporter_role="other", privacy_level="anonymous", contact=None, tip_what="x",
                tip_where="16 Oak Ridge Ct Plano TX", tip_when="ongoing", tip_who="2 women", tip_control="no",
                tip_more="no")
    got = step(replace(turn("put my contact back, this number after 7pm"), channel="sms"),
               asked("tip_confirmed", **told))
    assert got.slots["privacy_level"] == "confidential" and got.slots["contact"].startswith("this number")
    assert "tip_when" not in got.slots and got.say == ["utter_contact_noted"]
    later = replace(turn("ay no espera, mejor si q me llamen, pon mi numero otra vez porfa", language="es"),
                    channel="sms")
    assert contact_offered_after_filing(later).startswith("this number")
    assert contact_offered_after_filing(replace(later, channel="web")) is None


def test_a_man_near_the_person_a_professional_tells_of_does_not_pause_the_professional():
    # thirty-fourth session: "ER nurse at Mercy General. pt is a 16yo girl… hes in the waiting room right now. is this
    # something I report to you or to police first?" got only "OK. Write back whenever you like."
    text = ("ER nurse at Mercy General. pt is a 16yo girl brought in by a 25 yo boyfriend, hes in the waiting room"
            " right now. is this something I report to you or to police first?")
    got = step(replace(turn(text, "report_tip"), watched=True, person_coming=True), {})
    assert "utter_safety_pause" not in got.say and got.say[0] == "utter_should_call_police_yes", got.say
    assert got.slots["tip_what"] == text
    # the one writing, watched, still gets the pause
    mine = step(replace(turn("hes here, cant talk"), watched=True),
                asked("tip_where", safe_to_talk=True, tip_what="my boss keeps my passport"))
    assert mine.say == ["utter_safety_pause"]


def test_asking_whether_the_team_is_coming_is_not_someone_coming():
    from webhooks.triage.assess import is_watched
    assert not is_watched("no. just tell me if someone is coming.") and is_watched("someone is coming")


def test_a_mandated_reporter_in_spanish_is_not_the_press():
    # "Soy reportera obligada en Texas?" got "La policía y la prensa pueden comunicarse con la oficina"
    got = step(turn("Soy reportera obligada en Texas?", "ask_police", language="es"),
               asked("tip_where", safe_to_talk=True, reporter_role="other", tip_what="una paciente de 15 años"))
    assert got.say[0] == "utter_mandated_reporter"


@pytest.mark.parametrize("text,language", [
    ("el patron tiene mi pasaporte desde q llegue. es normal eso?", "es"),
    ("is it legal for my boss to keep my passport?", "en"), ("my boss has my passport, is that normal?", "en")])
def test_papers_kept_asked_whether_that_is_normal_is_told_it_is_not(text, language):
    # thirty-fourth session: a worker whose boss kept her passport since she arrived got a job offer's warning signs,
    # twice ("Mejor no mandes dinero, documentos ni fotos")
    got = step(turn(text, language=language), asked("tip_control", safe_to_talk=True,
                                                     tip_what="vine con visa de trabajo a un rancho"))
    assert got.say[0] == "utter_papers_not_normal" and "utter_offer_warning_signs" not in got.say


def test_a_time_is_never_taken_for_a_piece_of_the_place():
    # (second read: "by friday" to "when?" and "near the end of the month" would have been added to where)
    told = dict(safe_to_talk=True, tip_what="i cant leave. he has my passport", tip_where="motel on route 9",
                tip_who="me and 2 other girls", tip_facts={"means_of_control": ["RestrictsMovement"]})
    assert "tip_where" not in step(turn("by friday"), asked("tip_when", **told)).slots
    assert "tip_where" not in step(turn("near the end of the month"), asked("tip_control", **told)).slots
    assert step(turn("near the greyhound"), asked("tip_control", **told)).slots["tip_where"].endswith("greyhound")
