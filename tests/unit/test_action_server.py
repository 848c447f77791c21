"""Every custom action the domain names is one the action server runs: a missing one leaves the person with no
answer at that point of the conversation (Rasa only finds out when it calls it)."""
from __future__ import annotations

import pickle
from pathlib import Path

import yaml
from rasa_sdk.executor import ActionExecutor

DOMAIN = Path(__file__).resolve().parents[2] / "bot" / "domain"


def test_every_custom_action_in_the_domain_is_registered_by_the_action_server():
    named = set()
    for path in DOMAIN.glob("*.yml"):
        named |= {a for a in (yaml.safe_load(path.read_text()) or {}).get("actions", []) if not a.startswith("utter_")}
    executor = ActionExecutor()
    executor.register_package("bot.actions")
    assert named, "the domain names custom actions"
    assert named <= set(executor.actions), sorted(named - set(executor.actions))
    asks = {a for a in executor.actions if a.startswith("action_ask_")}
    assert asks <= named, sorted(asks - named)  # a question Rasa would not know to call
    pickle.dumps(executor)  # the server hands its executor to a worker process: an action it cannot pickle stops it


def test_every_response_the_intake_says_by_name_is_in_the_domain_in_each_language():
    from bot.actions.intake import ANSWERS, ORDER
    responses = {}
    for path in DOMAIN.glob("*.yml"):
        responses.update((yaml.safe_load(path.read_text()) or {}).get("responses") or {})
    from bot.actions.tip import BY_TEXT
    said = set(ANSWERS.values()) | {f"utter_explain_{slot}" for slot in ORDER if slot != "tip_confirmed"}
    said |= set(BY_TEXT.values())
    for name in said:
        assert name in responses, name
        languages = {c["value"] for v in responses[name] for c in v.get("condition") or () if c["name"] == "language"}
        assert languages == {"es", "fr", "pt"} and any(not v.get("condition") for v in responses[name]), name


def test_a_turn_without_the_domain_is_answered():
    """Rasa's endpoint enables the selective domain (webhooks/stack/rasa_endpoints.py): calls come without the
    domain, and with rasa-sdk's own executor every one of them failed, leaving the person without a question."""
    import asyncio

    from bot.action_server import SelectiveDomainExecutor
    from webhooks.stack.rasa_endpoints import rasa_endpoints

    assert rasa_endpoints("redis://127.0.0.1:6379/0", "http://actions/webhook")["action_endpoint"][
        "enable_selective_domain"]
    executor = SelectiveDomainExecutor()
    executor.register_package("bot.actions")
    tracker = {"sender_id": "c1", "slots": {"language": "en"}, "latest_message": {
        "text": "hola", "intent": {"name": "greet"}, "metadata": {"language": "es"}}, "events": [],
        "paused": False, "followup_action": None, "active_loop": {}, "latest_action_name": "action_listen"}
    result = asyncio.run(executor.run({"next_action": "action_set_language", "sender_id": "c1", "tracker": tracker,
                                       "version": "3.6.21"}))
    assert [e for e in result.events if e.get("name") == "language"][0]["value"] == "es"
    pickle.dumps(executor)


def test_is_this_anonymous_by_text_says_the_system_has_the_number_and_the_team_does_not_see_it():
    """Over SMS the number comes with every message: "yes, anonymous" alone would not be the whole truth."""
    import asyncio

    from bot.action_server import SelectiveDomainExecutor

    executor = SelectiveDomainExecutor()
    executor.register_package("bot.actions")

    def answer(channel: str) -> str:
        tracker = {"sender_id": "c1", "slots": {"language": "en"}, "latest_message": {
            "text": "is this anonymous", "intent": {"name": "ask_anonymous"}, "metadata": {"channel": channel}},
            "events": [], "paused": False, "followup_action": None, "active_loop": {"name": "tip_form"},
            "latest_action_name": "action_listen"}
        result = asyncio.run(executor.run({"next_action": "action_anonymity", "sender_id": "c1", "tracker": tracker,
                                           "version": "3.6.21"}))
        return [r["response"] for r in result.responses][0]

    assert answer("sms") == "utter_anonymous_sms"
    assert answer("web") == "utter_anonymous"  # a web chat has no number
    responses = yaml.safe_load((DOMAIN / "questions.yml").read_text())["responses"]
    assert all("number" in v["text"] or "número" in v["text"] or "numéro" in v["text"]
               for v in responses["utter_anonymous_sms"])
    assert not any("number" in v["text"] for v in responses["utter_anonymous"])


def test_a_message_that_came_before_the_last_answer_was_given_is_unread():
    from rasa_sdk import Tracker

    from bot.actions.tip import since_answer

    def tracker(received_at: float | None, events: list[dict]) -> Tracker:
        metadata = {} if received_at is None else {"received_at": received_at}
        latest = {"text": "and my phone", "metadata": metadata}
        return Tracker("c", {}, latest, [*events, {"event": "user", "timestamp": 200.0, **latest}], False, None,
                       None, None)

    answered = [{"event": "user", "timestamp": 99.0}, {"event": "bot", "timestamp": 100.0}]
    assert since_answer(tracker(99.5, answered)) == -0.5  # stored while the message before was being answered
    assert since_answer(tracker(103.0, answered)) == 3.0  # after the answer
    assert since_answer(tracker(None, answered)) is None  # (no time from the gateway)
    assert since_answer(tracker(99.5, [{"event": "user", "timestamp": 99.0}])) is None  # nothing answered it


def test_the_contact_question_on_the_web_chat_does_not_offer_this_number():
    import yaml
    from rasa_sdk import Tracker

    from bot.actions.tip import ActionAskContact

    def tracker(channel: str) -> Tracker:
        latest = {"text": "2", "metadata": {"channel": channel}}
        return Tracker("c", {}, latest, [{"event": "user", **latest}], False, None, None, None)

    asked = ActionAskContact()
    assert asked.question(tracker("sms")) == "utter_ask_contact"
    web = asked.question(tracker("web"))
    texts = yaml.safe_load(open("bot/domain/tip.yml"))["responses"][web]
    # a web chat has no number: 'You can also say "this number"' was offered, and "ok" filed "Contact: this number"
    assert web == "utter_ask_contact_web" and len(texts) == 4
    assert not any("number\"" in t["text"] or "número\"" in t["text"] or "numéro »" in t["text"] for t in texts)


def test_a_tip_from_abroad_is_asked_which_country():
    import sys

    from rasa_sdk import Tracker

    from bot.actions.tip import ActionAskTipWhere

    sys.path.insert(0, "tests/unit")
    from test_intake import asked, step, turn

    def tracker(facts: dict) -> Tracker:
        return Tracker("c", {"tip_facts": facts}, {"text": "x"}, [], False, None, None, None)

    where = ActionAskTipWhere()
    slots = asked("tip_what", safe_to_talk=True, reporter_role="other", privacy_level="anonymous")
    for text, language in (("my sister went to work overseas as a maid and her boss took her passport", "en"),
                           ("mi hermana se fue a trabajar a otro pais y le quitaron el pasaporte", "es"),
                           ("minha irmã foi trabalhar fora do país e tomaram o passaporte dela", "pt")):
        facts = step(turn(text, "report_tip", 0.9, language), slots).slots["tip_facts"]
        # "Where? A city, a business or an address" to someone whose sister is abroad: which country, first
        assert where.question(tracker(facts)) == "utter_ask_tip_where_abroad", text
    home = step(turn("3 women live at the nail salon and cant leave"), slots).slots["tip_facts"]
    assert where.question(tracker(home)) == "utter_ask_tip_where"
    named = step(turn("my sister went to work abroad in Mexico and they took her passport"), slots).slots["tip_facts"]
    assert where.question(tracker(named)) == "utter_ask_tip_where"  # the country is known already


def test_the_person_it_happens_to_is_asked_about_themselves():
    from rasa_sdk import Tracker

    from bot.actions.tip import ActionAskTipWho

    def tracker(role: str) -> Tracker:
        return Tracker("c", {"reporter_role": role}, {"text": "x"}, [], False, None, None, None)

    # "Who is affected? How many people…?" was asked of a 16-year-old who had said it was about her
    assert ActionAskTipWho().question(tracker("self")) == "utter_ask_tip_who_self"
    assert ActionAskTipWho().question(tracker("other")) == "utter_ask_tip_who"


def test_a_phone_said_not_to_be_theirs_anywhere_in_the_chat_gets_no_code():
    # "no me escriban a este numero x favor", said while a person was on the way, was not noted by the intake: the
    # reference code and passphrase went to the phone the owner had taken (2026-12-06)
    from rasa_sdk import Tracker

    from bot.actions.tip import said_not_own_phone
    said = [{"event": "user", "text": "hola"}, {"event": "user", "text": "no me escriban a este numero x favor"}]
    assert said_not_own_phone(Tracker("c", {}, {"text": "si"}, said, False, None, None, None))
    calm = [{"event": "user", "text": "hola"}, {"event": "user", "text": "mi numero es 555 0100"}]
    assert not said_not_own_phone(Tracker("c", {}, {"text": "si"}, calm, False, None, None, None))


def test_the_police_line_just_after_the_gateways_911_line_does_not_say_911_again():
    import asyncio

    from rasa_sdk import Tracker

    from bot.actions.tip import without_a_second_offer

    def tracker(metadata: dict) -> Tracker:
        return Tracker("k", {}, {"text": "can you call the police for us?", "metadata": metadata}, [], False, None,
                       {}, "")

    assert asyncio.run(without_a_second_offer("utter_police_now", tracker({"joined": True}))) == \
        "utter_police_now_joined"
    assert asyncio.run(without_a_second_offer("utter_police_now", tracker({}))) == "utter_police_now"
    responses = {}
    for path in DOMAIN.glob("*.yml"):
        responses.update((yaml.safe_load(path.read_text()) or {}).get("responses") or {})
    assert "911" not in str(responses["utter_police_now_joined"]) and "911" in str(responses["utter_police_now"])


def test_the_anything_else_question_gives_as_examples_signs_not_told_yet():
    # "Hasta ahora tengo: sin libertad para salir. ¿…que no les paguen o que no los dejen salir?" (of one woman, and
    # about what it had just listed)
    from bot.actions.tip import signs_not_told
    assert signs_not_told(["RestrictsMovement"], "es") == "amenazas o golpes, pago retenido o papeles retenidos"
    assert "not being let out" not in signs_not_told(["RestrictsMovement", "Threats"], "en")
    assert signs_not_told(["DebtBondage"], "en") == "threats or violence, pay kept, or not being let out"
    responses = {}
    for path in DOMAIN.glob("*.yml"):
        responses.update((yaml.safe_load(path.read_text()) or {}).get("responses") or {})
    for name in ("utter_ask_tip_control_besides", "utter_ask_tip_control_besides_self"):
        assert all("{others}" in v["text"] and "{signs}" in v["text"] for v in responses[name]), name
