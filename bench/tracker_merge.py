"""What a save of a conversation costs Rasa's Redis tracker store, by conversation length: Rasa 3.6's own merge of the
stored tracker with the one in memory, against the one bot/plugins/rasa_plus puts in its place, for a conversation
whose first message carried metadata (the gateway's always does); and reading the stored tracker back (each turn
reads it, each save reads it again), with Rasa's search for each event's class and with rasa_plus remembering it.
Runs in Rasa's own environment.

    .venv/bin/python -m bench.tracker_merge
"""
from __future__ import annotations

import subprocess

from webhooks.stack.model import rasa_bin, rasa_env

SCRIPT = """
import time
import rasa.plugin
from rasa.core.tracker_store import RedisTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker, get_trackers_for_conversation_sessions

from rasa.shared.core.events import Event

rasas = RedisTrackerStore._merge_trackers
rasas_resolve = Event.resolve_by_type
rasa.plugin.plugin_manager()  # Rasa's start: rasa_plus's init_hooks
ours = RedisTrackerStore._merge_trackers
ours_resolve = Event.resolve_by_type
assert ours is not rasas, "bot/plugins is not on Rasa's path"
domain = Domain.from_dict({"slots": {"language": {"type": "any", "mappings": []}}})


def stored(turns):
    # as the gateway's conversations are stored: the metadata slot, the session start, then turns of a user message,
    # the slots the form sets, the bot's answer and action_listen (about nine events a turn, as this bot's)
    tracker = DialogueStateTracker("bench", domain.slots)
    tracker.update(SlotSet("session_started_metadata", {"channel": "sms", "language": "en"}))
    for event in (ActionExecuted("action_session_start"), SessionStarted(), ActionExecuted("action_listen")):
        tracker.update(event)
    for n in range(turns):
        tracker.update(UserUttered(f"message {n}", {"name": "inform"}, metadata={"channel": "sms"}))
        for _ in range(6):
            tracker.update(SlotSet("language", "en"))
        tracker.update(BotUttered(f"answer {n}"))
        tracker.update(ActionExecuted("action_listen"))
    return tracker


print(f"{'turns':>6} {'events':>7} {'Rasa 3.6 merge':>15} {'rasa_plus merge':>16} {'Rasa 3.6 read':>14}"
      f" {'rasa_plus read':>15}")
for turns in (5, 10, 20, 40):
    prior = stored(turns)
    last = get_trackers_for_conversation_sessions(prior)[-1]  # what the next turn reads
    tracker = DialogueStateTracker.from_dict("bench", [e.as_dict() for e in last.events], domain.slots)
    time.sleep(0.01)
    for event in (UserUttered("new", {"name": "inform"}), BotUttered("answer"), ActionExecuted("action_listen")):
        tracker.update(event)
    timings = []
    for merge in (rasas, ours):
        best = float("inf")
        for _ in range(3):
            started = time.perf_counter()
            merged = merge(prior, tracker)
            best = min(best, time.perf_counter() - started)
        timings.append(best * 1000)
        assert len(merged.events) == len(prior.events) + 3
    stored_events = [e.as_dict() for e in prior.events]
    for resolve in (rasas_resolve, ours_resolve):
        Event.resolve_by_type = resolve
        best = float("inf")
        for _ in range(3):
            started = time.perf_counter()
            DialogueStateTracker.from_dict("bench", stored_events, domain.slots)
            best = min(best, time.perf_counter() - started)
        timings.append(best * 1000)
    print(f"{turns:>6} {len(prior.events):>7} {timings[0]:>12.2f} ms {timings[1]:>13.2f} ms {timings[2]:>11.2f} ms"
          f" {timings[3]:>12.2f} ms")
"""


def main() -> None:
    python = rasa_bin().parent / "python"
    out = subprocess.run([str(python), "-c", SCRIPT], env=rasa_env(), capture_output=True, text=True, check=True)
    print(out.stdout, end="")


if __name__ == "__main__":
    main()
