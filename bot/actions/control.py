"""Ending or erasing a conversation asked for in a sentence ("please stop texting me", "borra todo"): the bot
asks once, and tells the gateway, which owns the conversation's records, to act on a yes."""
from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from webhooks.rasa import CONFIRM_PAYLOAD


class ActionConfirmEnd(Action):
    def name(self) -> str:
        return "action_confirm_end"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict]:
        dispatcher.utter_message(response="utter_confirm_end", json_message={CONFIRM_PAYLOAD: "end"})
        return []


class ActionConfirmDelete(Action):
    def name(self) -> str:
        return "action_confirm_delete"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict]:
        dispatcher.utter_message(response="utter_confirm_delete", json_message={CONFIRM_PAYLOAD: "delete"})
        return []
