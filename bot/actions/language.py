"""The `language` slot follows the conversation's language, which the gateway decides (it sees every
message, keeps the language sticky and sends it as metadata). Run on every user turn by Rasa's
action_extract_slots through the slot's custom mapping."""
from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.tip import message_metadata

BOT_LANGUAGES = ("en", "es", "fr", "pt")


class ActionSetLanguage(Action):
    def name(self) -> str:
        return "action_set_language"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict]:
        language = message_metadata(tracker).get("language")
        if language in BOT_LANGUAGES and language != tracker.get_slot("language"):
            return [SlotSet("language", language)]
        return []
