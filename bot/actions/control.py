"""Ending or erasing a conversation asked for in a sentence ("please stop texting me", "borra todo"): the bot
asks once, and tells the gateway, which owns the conversation's records, to act on a yes."""
from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.actions import intake
from bot.actions.handoff import hand_over, read_as_told
from bot.actions.tip import erase_a_part, message_metadata, tell_codes, turn_of
from webhooks.rasa import CONFIRM_PAYLOAD


class ActionConfirmEnd(Action):
    def name(self) -> str:
        return "action_confirm_end"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict]:
        text = tracker.latest_message.get("text") or ""
        language = str(tracker.get_slot("language") or "en")
        if tracker.active_loop.get("name") == "tip_form" and (
                intake.sends_it(text) or intake.is_leaving(text)
                or not intake.wants_to_end(text) and intake.tells_something(text, language)):
            # "i changed my mind, you can send it", "the bus stop on Main and 3rd, Macon GA": the intake reads it (each
            # got "Do you want to end this chat?", and a "yes" closed it, with the tip); "ya me tengo q ir mi mama" is a
            # pause, the tip kept (a "sí" to "end this chat?" had closed it, and she came back to every question again)
            return []
        if intake.asks_what_next(text) and not intake.wants_to_end(text) and (
                tracker.get_slot("reference_code") or tracker.get_slot("draft_code")):
            # "ya fueron o no??" after filing: what happens next, not "do you want to end this chat?" (a "si" to that
            # closed the chat, and the question was never answered)
            dispatcher.utter_message(response="utter_what_happens_next")
            return []
        if (tracker.get_slot("tip_facts") or {}).get("referred") and not intake.wants_to_end(text) and (
                intake.tells_a_work_problem(text)):
            # "no im free to leave, just want my money" after the work-problem referral: the short referral again
            # (the model once read it as wanting to end, and the person was asked "Do you want to end this chat?")
            dispatcher.utter_message(response=intake.work_referral(tracker.get_slot("tip_facts") or {}, text))
            return []
        if message_metadata(tracker).get("watched") and tracker.active_loop.get("name") == "tip_form":
            # "ya no me manden mensajes viene la señora", "para ya porfa, alguien viene": the intake's short pause, then
            # silence until she writes again (it was asked "¿Quieres terminar este chat? Responde SÍ", one more
            # message to answer as the one in control came); the tip so far is kept, and STOP still ends it
            step = intake.paused(turn_of(tracker), tracker.get_slot("tip_facts") or {})
            for response in step.say:
                dispatcher.utter_message(response=response)
            return [SlotSet(name, value) for name, value in step.slots.items()]
        if intake.keeps_going(text):
            # "no wait dont stop i want to keep going": it was asked "Do you want to end this chat?" again
            dispatcher.utter_message(response="utter_carry_on")
            return []
        if intake.rejects_the_bot(text):
            return await hand_over(dispatcher, tracker)  # "i dont want a bot": a person, not "do you want to end?"
        metadata = message_metadata(tracker)
        if metadata.get("self_harm") or metadata.get("danger"):
            # "i dont even know why im texting this… i dont want to be alive anymore. i have his pills here" (read as
            # wanting to end) got the 988 line, then "Do you want to end this chat? Reply YES to end it": the gateway's
            # line and the person joining stand alone
            return []
        dispatcher.utter_message(response="utter_confirm_end", json_message={CONFIRM_PAYLOAD: "end"})
        return []


class ActionAcknowledgeNo(Action):
    """A no with nothing open gets "OK"; but "jsuis pas bien", "im not ok", "no estoy bien" said to open a
    conversation (read as a no by the model) got "OK. We're here when you need us." and nothing more: the line opens."""

    def name(self) -> str:
        return "action_acknowledge_no"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict]:
        text = (tracker.latest_message or {}).get("text") or ""
        first = not any(event.get("event") == "bot" for event in tracker.events)
        if first or intake.says_not_ok(text):
            return [FollowupAction("tip_form")]
        dispatcher.utter_message(response="utter_ok")
        return []


class ActionCarryOn(Action):
    """"no" to "end this chat?" (the gateway's /resume), "no wait, keep going": "OK, let's go on." A message the model
    read as that but that says something else ("is someone going to check on them?" got "OK, let's go on.") is left
    to the intake."""

    def name(self) -> str:
        return "action_carry_on"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict]:
        text = (tracker.latest_message or {}).get("text") or ""
        if message_metadata(tracker).get("opted_in"):
            # START after STOP (someone may have been looking): is it safe to text? Then the question that waited
            return [SlotSet("safe_to_talk", None)]
        if text.startswith("/") or intake.keeps_going(text) or intake.goes_on_alone(text):
            dispatcher.utter_message(response="utter_carry_on")
            return []
        return read_as_told(tracker)


class ActionConfirmDelete(Action):
    def name(self) -> str:
        return "action_confirm_delete"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict]:
        text = tracker.latest_message.get("text") or ""
        if not text.startswith("/") and intake.asks_for_code(text) and intake.is_question(text) and (
                intake.erases_nothing(text)):
            # "c'etait quoi mon code deja? j'ai efface le message": the code (it asked "do you want us to erase this
            # chat? … your report goes too", and a habitual "oui" would have erased the report)
            await tell_codes(dispatcher, tracker)
            return []
        if not text.startswith("/") and not intake.names_erasing(text):
            # the model's "delete" for a message that asks nothing of the kind ("…en un chalet muy grande
            # limpiando…" was asked "do you want us to erase this chat?", and "no no" got the same question): read
            return read_as_told(tracker)
        part = intake.erases_a_part(text)
        if tracker.active_loop.get("name") == "tip_form" and (
                part == "part" or intake.takes_out_of_the_tip(text, tracker.slots)):
            # "also remove Carla from the report", "can u erase the part with Denise": the intake takes it out of
            # the tip (it offered to erase the whole chat, and a "yes" erased it)
            return []
        if part in ("contact", "name") and len(text.split()) > 15 and intake.tells_something(
                text, str(tracker.get_slot("language") or "en")):
            # a whole tip that ends "please don't use my name, he'd know it was me" (only the name was taken out, and
            # the tip was lost): the intake reads it, and keeps no name
            return read_as_told(tracker)
        if part:  # "delete my number", "borra lo que dije de la dirección": not the whole chat
            return await erase_a_part(part, dispatcher, tracker)
        web = message_metadata(tracker).get("channel") == "web"  # (a web chat has no number to erase)
        dispatcher.utter_message(response="utter_confirm_delete_web" if web else "utter_confirm_delete",
                                 json_message={CONFIRM_PAYLOAD: "delete"})
        return []
