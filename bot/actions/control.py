"""Ending or erasing a conversation asked for in a sentence ("please stop texting me", "borra todo"): the bot
asks once, and tells the gateway, which owns the conversation's records, to act on a yes."""
from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

# The custom payload the gateway reads (webhooks/conversations/pipeline.py): what a "yes" would confirm.
CONFIRM_KEY = "tipline_confirm"


class ActionConfirmEnd(Action):
    def name(self) -> str:
        return "action_confirm_end"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict]:
        dispatcher.utter_message(response="utter_confirm_end", json_message={CONFIRM_KEY: "end"})
        return []


class ActionConfirmDelete(Action):
    def name(self) -> str:
        return "action_confirm_delete"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict]:
        dispatcher.utter_message(response="utter_confirm_delete", json_message={CONFIRM_KEY: "delete"})
        return []
