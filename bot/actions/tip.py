"""Gathering a tip and filing it as a report."""
from __future__ import annotations

import asyncio
import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.services import report_store
from webhooks.reports.store import NewTip

log = logging.getLogger("tipline.actions.tip")
TIP_SLOTS = ("tip_what", "tip_where", "tip_when")


def message_metadata(tracker: Tracker) -> dict[str, Any]:
    """What the gateway sent with the latest message (channel, language)."""
    metadata = (tracker.latest_message or {}).get("metadata") or {}
    return metadata if isinstance(metadata, dict) else {}


class ActionCaptureTip(Action):
    """A tip told before any question was asked is the answer to "what is happening"."""

    def name(self) -> str:
        return "action_capture_tip"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict]:
        text = (tracker.latest_message or {}).get("text") or ""
        return [SlotSet("tip_what", text)] if text.strip() else []


class ActionResetTip(Action):
    def name(self) -> str:
        return "action_reset_tip"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict]:
        return [SlotSet(slot, None) for slot in TIP_SLOTS]


class ActionFileReport(Action):
    def name(self) -> str:
        return "action_file_report"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict]:
        metadata = message_metadata(tracker)
        tip = NewTip(
            conversation_key=tracker.sender_id,
            channel=str(metadata.get("channel") or "unknown"),
            language=str(tracker.get_slot("language") or metadata.get("language") or "en"),
            narrative=tracker.get_slot("tip_what"),
            location=tracker.get_slot("tip_where"),
            occurred=tracker.get_slot("tip_when"),
        )
        try:
            report = await asyncio.to_thread(report_store().file, tip)
        except Exception:
            log.exception("report not filed", extra={"conversation": tracker.sender_id})
            dispatcher.utter_message(response="utter_tip_not_filed")
            return []
        log.info("report filed", extra={"conversation": tracker.sender_id, "report_id": report.id})
        dispatcher.utter_message(response="utter_tip_filed", reference_code=report.reference_code)
        return [SlotSet("reference_code", report.reference_code), *(SlotSet(s, None) for s in TIP_SLOTS)]
