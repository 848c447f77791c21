"""Handing the conversation to a person: the bot's own way to raise an escalation (when someone asks
for a human), through the same escalation service the gateway uses."""
from __future__ import annotations

import asyncio
import logging
import re

from rasa_sdk import Action, Tracker
from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.actions import intake
from bot.actions.services import escalation_service
from webhooks.conversations import store
from webhooks.conversations.texts import text as gateway_text
from webhooks.settings import get_settings
from webhooks.triage.assess import HIGH, Assessment, normalise

log = logging.getLogger("tipline.actions.handoff")
ASKED = Assessment(HIGH, 65, ("asked_for_person",))
MINOR = Assessment(HIGH, 70, ("minor",))  # someone under 18, learnt in the intake ("just her, maybe 13 or 14")
# "can I call instead?", "hay un número al que pueda llamar?": they want the hotline's phone, not only a person here
_WANTS_TO_CALL = re.compile(
    r"\b(can|could|may) (i|we) (just )?(call|phone|ring)\b|\b(number|phone) (i|we) (can|could) call\b"
    r"|\bnumber to call\b|\bcall (you|someone|somebody|the hotline) instead\b"
    r"|\bpuedo (llamar|marcar)\b|\bpodemos llamar\b"
    r"|\b(hay|tienen|tienes) (algun |un )?(numero|telefono)\b|\bnumero (para|al que|donde) (pueda |puedo )?llamar\b"
    r"|\b(a que|a cual|cual es el) numero\b|\bje (peux|pourrais) (vous )?(appeler|telephoner)\b"
    r"|\bnumero (a|pour) appeler\b|\bposso (ligar|telefonar)\b|\bnumero (para|pra) ligar\b")


def queue_for_a_person(conversation_key: str, why: Assessment = ASKED) -> bool:
    service = escalation_service()
    with service.db.session() as s:
        conv = store.find_by_key(s, conversation_key)
        if conv is None:
            return False
        raised = service.raise_for(s, conv, why)
    service.announce(raised)
    return True


def a_person_is_coming(conversation_key: str) -> bool:
    """An escalation of this conversation is open: the bot must not offer a person again (the gateway may have
    raised it for an urgent message the bot never saw as such)."""
    try:
        service = escalation_service()
        with service.db.session() as s:
            conv = store.find_by_key(s, conversation_key)
            return conv is not None and service.is_open(s, conv.id)
    except Exception:
        log.exception("escalation state unknown", extra={"conversation": conversation_key})
        return False


def read_as_told(tracker: Tracker) -> list[dict]:
    """A message a rule sent to the wrong action (a tip the model labelled as a request or a question) is read as
    what it is: by the intake, or after filing as a detail of the report. During the intake the rule runs the form
    next, which reads it."""
    if tracker.active_loop.get("name"):
        return []
    return [FollowupAction("action_after_filing" if tracker.get_slot("stage") == "filed" else "tip_form")]


class ActionHandoff(Action):
    def name(self) -> str:
        return "action_handoff"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict]:
        latest = tracker.latest_message or {}
        if intake.asks_if_contacted(latest.get("text") or ""):
            # "will someone call me?" asks how the team gets back to them; it does not ask for a person now
            dispatcher.utter_message(response=intake.will_we_contact(tracker.get_slot("privacy_level")))
            return []
        text = latest.get("text") or ""
        if intake.asks_us_to_call_911(text):
            # "pls call 911 for me i cant talk hes in the next room. im locked in a room" (read as a request for a
            # person, it got "a person is on the way… if you are in danger, call 911", twice): the honest answer first,
            # and a way that may work when they cannot speak
            joined = ((tracker.latest_message or {}).get("metadata") or {}).get("joined")  # (911 just said)
            dispatcher.utter_message(response="utter_danger_cant_call" if intake.cannot_call(text) else
                                     "utter_police_now_joined" if joined else "utter_police_now")
            if not await asyncio.to_thread(a_person_is_coming, tracker.sender_id):
                await asyncio.to_thread(queue_for_a_person, tracker.sender_id)
            return [*waiting_for_a_person(tracker), *read_as_told(tracker)]
        if not intake.asks_for_a_person(text, (latest.get("intent") or {}).get("confidence") or 0):
            return read_as_told(tracker)  # not a request the model is sure of, and no person named
        return await hand_over(dispatcher, tracker)


def waiting_for_a_person(tracker: Tracker) -> list[dict]:
    """The intake learns that staff are on the way: it asks what and where before its menus (and remembers the menu
    left on the screen, whose number may still come)."""
    facts = {**(tracker.get_slot("tip_facts") or {}), "person_coming": True}
    if intake.wants_no_more_questions((tracker.latest_message or {}).get("text") or ""):
        facts["no_questions"] = True  # what they write is kept for the team, and nothing more is asked
    if tracker.get_slot("requested_slot") in intake.MENUS:
        facts["menu_left"] = tracker.get_slot("requested_slot")
    return [SlotSet("tip_facts", facts)]


async def hand_over(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[dict]:
    """Queue the conversation for a person and say so (with the hotline's phone to someone who wants to call)."""
    latest = tracker.latest_message or {}
    if await asyncio.to_thread(a_person_is_coming, tracker.sender_id):
        # asked again, or "im waiting for the person right?": on the way already (it said "I'm asking a person" again)
        dispatcher.utter_message(response="utter_person_on_the_way")
        _no_more_questions(dispatcher, latest)
        return waiting_for_a_person(tracker)
    try:
        queued = await asyncio.to_thread(queue_for_a_person, tracker.sender_id)
    except Exception:
        log.exception("handoff failed", extra={"conversation": tracker.sender_id})
        queued = False
    dispatcher.utter_message(response="utter_handoff" if queued else "utter_handoff_failed")
    if queued:
        _no_more_questions(dispatcher, latest)
    phone = get_settings().tipline_hotline_phone
    if phone and _WANTS_TO_CALL.search(normalise(latest.get("text") or "")):
        dispatcher.utter_message(text=gateway_text("call_us", tracker.get_slot("language") or "en",
                                                   phone=phone).strip())
    return waiting_for_a_person(tracker) if queued else []


def _no_more_questions(dispatcher: CollectingDispatcher, latest: dict) -> None:
    """ "no quiero seguir contestando preguntas, quiero hablar con alguien": said so, and then nothing is asked."""
    if intake.wants_no_more_questions(latest.get("text") or ""):
        dispatcher.utter_message(response="utter_no_more_questions")
