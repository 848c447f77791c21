"""The tip intake in Rasa: the form's validation (every message read for every field, see intake.py), the
questions that depend on what is known, the read-back, and filing the report."""
from __future__ import annotations

import asyncio
import logging
from abc import ABC, abstractmethod
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import ActiveLoop, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.actions import intake, take_out, told_staff
from bot.actions.handoff import MINOR, a_person_is_coming, hand_over, queue_for_a_person, read_as_told
from bot.actions.services import database, followup, followup_url, report_store
from bot.actions.summary import summary
from webhooks.reports import htcds
from webhooks.reports.store import NewTip
from webhooks.triage.assess import HIGH, Assessment, not_own_phone, phone_checked

log = logging.getLogger("tipline.actions.tip")
# what a person told before "this sounds like a problem at work" stays, should a sign of trafficking follow
KEPT_AFTER_A_REFERRAL = ("reporter_role", "privacy_level", "contact", "tip_what", "exploitation_type", "tip_where",
                         "tip_when", "tip_who", "tip_control")
TIP_SLOTS = (*intake.ORDER, "tip_facts", "paused", "correcting", "not_trafficking", "fallbacks", "draft_code")


def said_not_own_phone(tracker: Tracker) -> bool:
    """Any message of this chat said the phone is not theirs, or not to write to it."""
    return any(event.get("event") == "user" and not_own_phone(str(event.get("text") or ""))
               for event in tracker.events)


def phone_guarded(tracker: Tracker) -> bool:
    """Someone else holds or reads this phone: its owner, the one who checks it, or the one in control who wrote
    from it."""
    facts = tracker.get_slot("tip_facts") or {}
    return bool(facts.get("told_phone") or facts.get("phone_taken")) or said_not_own_phone(tracker) or (
        said_phone_checked(tracker))


def said_phone_checked(tracker: Tracker) -> bool:
    """Any message of this chat said someone reads this phone."""
    return any(event.get("event") == "user" and phone_checked(str(event.get("text") or ""))
               for event in tracker.events)


def message_metadata(tracker: Tracker) -> dict[str, Any]:
    """What the gateway sent with the latest message (channel, language)."""
    metadata = (tracker.latest_message or {}).get("metadata") or {}
    return metadata if isinstance(metadata, dict) else {}


def language_of(tracker: Tracker) -> str:
    return str(tracker.get_slot("language") or message_metadata(tracker).get("language") or "en")


def turn_of(tracker: Tracker) -> intake.Turn:
    latest = tracker.latest_message or {}
    intent = latest.get("intent") or {}
    return intake.Turn(text=str(latest.get("text") or ""), intent=str(intent.get("name") or ""),
                       confidence=float(intent.get("confidence") or 0.0), language=language_of(tracker),
                       entities=tuple(latest.get("entities") or ()),
                       watched=bool(message_metadata(tracker).get("watched")),
                       danger=bool(message_metadata(tracker).get("danger")),
                       person_coming=bool(message_metadata(tracker).get("person_coming")),
                       joined=bool(message_metadata(tracker).get("joined")),
                       self_harm=bool(message_metadata(tracker).get("self_harm")),
                       since_answer=since_answer(tracker),
                       channel=message_metadata(tracker).get("channel"))


def since_answer(tracker: Tracker) -> float | None:
    """Seconds from the bot's answer to the message before to the latest message's arrival; negative when it came
    while that one was being answered (or while the bot was down), so that the person had not seen the question it
    would be taken to answer. `received_at` is when the gateway stored the message (its metadata); the answer is
    the newest bot event before the message. None when there is no such answer or no time."""
    received = message_metadata(tracker).get("received_at")
    if not isinstance(received, (int, float)):
        return None
    seen_user = False
    for event in reversed(tracker.events):
        kind = event.get("event")
        if kind == "user":
            if seen_user:
                return None  # the message before it got no answer
            seen_user = True
        elif kind == "bot" and seen_user:
            answered_at = event.get("timestamp")
            return received - answered_at if isinstance(answered_at, (int, float)) else None
    return None


def latest_user_at(tracker: Tracker) -> float | None:
    """When Rasa took the latest message: marks what was decided for that message alone."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return event.get("timestamp")
    return None


# what says a person from the team is joining this chat (bot/domain)
PROMISES_A_PERSON = frozenset({
    "utter_person_on_the_way", "utter_police_now", "utter_police_now_joined", "utter_emergency_not_through",
    "utter_who_we_are_person_coming", "utter_services_person_coming", "utter_help_getting_out_person_coming",
    "utter_danger_cant_call_web", "utter_danger_what_to_do", "utter_danger_no_credit", "utter_danger_cant_call",
    "utter_medical_what_to_do", "utter_overdose_what_to_do",
    "utter_called_911", "utter_cannot_answer_person_coming", "utter_default_person_coming"})
PROMISED = Assessment(HIGH, 75, ("person_promised",))


class ValidateTipForm(FormValidationAction):
    """Runs on every message while the intake is open (and when it opens)."""

    def name(self) -> str:
        return "validate_tip_form"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict]:
        slots = dict(tracker.slots)
        facts = slots.get("tip_facts") or {}
        if facts.get("new_tip_at") is not None:
            # "tengo otro caso diferente, no tiene que ver con el rancho" opened a second tip: that message only says
            # one comes (read as its story, its farm was the new tip's place); the question comes next
            facts = {k: v for k, v in facts.items() if k != "new_tip_at"}
            if slots["tip_facts"]["new_tip_at"] == latest_user_at(tracker):
                return [SlotSet("tip_facts", facts), SlotSet("requested_slot", intake.next_question(
                    {**slots, "tip_facts": facts}))]
            slots["tip_facts"] = facts
        stale = await _no_longer_coming(tracker, slots.get("tip_facts") or {})
        taken: dict[str, Any] = {}
        if stale is not None:
            slots["tip_facts"] = stale
            taken = await _what_staff_were_told(tracker, slots)
            slots.update(taken)
            stale = slots["tip_facts"]
        result = intake.step(turn_of(tracker), slots)
        if stale is not None and "tip_facts" not in result.slots:
            result.slots["tip_facts"] = stale
        for name, value in taken.items():
            result.slots.setdefault(name, value)
        if (result.slots.get("tip_facts") or {}).get("held_back") and not (slots.get("tip_facts") or {}).get(
                "held_back"):
            await discard_draft(tracker)  # "OK, I won't send it": nothing kept unconfirmed either
            result.slots["draft_code"] = None
        turn = turn_of(tracker)
        if stale is not None and not (result.hand_over or turn.watched) and intake.asks_if_a_person_is_coming(
                turn.text):
            # "hello?? is anyone coming or not" after staff handed the chat back: asked for again (it got what happens
            # after a report)
            result.hand_over, result.say = True, []
            result.slots = {k: v for k, v in result.slots.items() if k not in intake.ORDER}
        # (also when the request steps aside while staff just handed the chat back: the facts without "a person is
        # coming" are set, so the form goes on to its next question and the rules never see the request; "quiero hablar
        # con alguien que hable español" got the opening greeting, and nobody was asked for)
        if not (result.hand_over or result.steps_aside and stale is None or turn.watched) and (
                intake.asks_a_person_in_words(turn.text) or stale is not None and turn.intent == "request_human"
                and intake.asks_for_a_person(turn.text, turn.confidence)):
            # "eu nao posso ligar 911 ele pegou meu celular, to no tablet da casa. quero falar com uma pessoa": what it
            # tells is kept, and the person is asked for (it got "no reminders to this number", then "when?")
            result.hand_over, result.steps_aside = True, False
            if not intake.describes(turn, intake.extract(turn.text, turn.language)):
                # (the request alone answers nothing: "je veux parler a quelqu un svp" was filed as when)
                result.slots = {k: v for k, v in result.slots.items() if k not in intake.ORDER}
        if not turn.watched and not set(result.say) & {"utter_dont_go", "utter_not_normal"} and (
                intake.asks_if_normal_for_a_child(turn, {**slots, **result.slots}.get("tip_facts") or {})):
            result.say.insert(0, "utter_not_normal")  # then what was asked, or the next question
        if not result.hand_over and set(result.say) & PROMISES_A_PERSON and not await asyncio.to_thread(
                a_person_is_coming, tracker.sender_id):
            # a person promised ("…a person from our team is joining this chat") after staff handed the chat back: the
            # promise is kept ("T texted me to come out tonight at 10", from a boy of 15 threatened with a gun, got it,
            # and nobody was asked)
            await asyncio.to_thread(queue_for_a_person, tracker.sender_id, PROMISED)
        if result.hand_over:
            # then the next question, while the person is on the way (what and where before the menus)
            for response in result.say:
                dispatcher.utter_message(response=await without_a_second_offer(to_whom(response, slots), tracker),
                                         **filled_in(response))
            slots.update(result.slots)
            waiting = await hand_over(dispatcher, tracker)
            told = [SlotSet(name, value) for name, value in result.slots.items() if name != "tip_facts"]
            for event in waiting:
                if event["name"] == "tip_facts":  # (what this message told, with "a person is on the way")
                    event["value"] = {**(result.slots.get("tip_facts") or {}), **(event["value"] or {})}
            slots.update({e["name"]: e["value"] for e in waiting})
            return [*told, *waiting, SlotSet("fallbacks", 0), SlotSet("requested_slot", intake.next_question(slots))]
        if result.steps_aside:
            # Nothing filled: Rasa lets the rules answer, then the form asks again. The question asked again is
            # the intake's next one (Rasa's own choice, the first empty slot, would ask an anonymous person for
            # contact details after an interruption).
            asked = intake.next_question({**slots, **result.slots})  # (a menu answered before a question: the next)
            kept = [SlotSet(name, value) for name, value in result.slots.items()]  # (what was set aside, once)
            return [*kept, SlotSet("requested_slot", asked)] if asked else kept
        asked, facts = slots.get("requested_slot"), result.slots.get("tip_facts", slots.get("tip_facts")) or {}
        after = {**slots, **result.slots}
        if intake.stops_asking(after):
            # in danger now, what and where are told: no more questions while staff are on the way; an answer to
            # "where, right now?" is acknowledged (it got silence)
            facts = result.slots["tip_facts"] = {**facts, "no_questions": True}
            after = {**slots, **result.slots}
            if asked in ("tip_what", "tip_where") and not result.say:
                result.say.append("utter_noted_for_the_team")
        # a question the person has not read yet still stands, even when a person now on the way puts it later
        # (a story sent before the privacy menu could be read moved on to "where?", and the "2" that came next
        # would have been read as the place)
        stands = asked if result.quiet and asked in intake.plan(after) and after.get(asked) is None else None
        if stands:
            # the question still stands (the message continued the last answer): not sent again (ActionAsk)
            result.slots["tip_facts"] = {**facts, "quiet_turn": latest_user_at(tracker)}
        else:
            # what a message sent at once may add to: the field this one answered, or the tip it told instead (a
            # tip told before the menus: "y mi telefono" then was filed as where)
            told = [name for name in intake.CONTINUED
                    if result.slots.get(name) not in (None, intake.NONE, intake.UNKNOWN)]
            if asked in told or not told and asked in intake.ORDER and result.slots.get(asked) is not None:
                last = asked
            else:
                last = told[0] if told else None
            if last:
                result.slots["tip_facts"] = {**facts, "last_field": last}
        before = dict(slots)
        slots.update(result.slots)
        if intake.acknowledges(before.get("requested_slot"), before, slots) and not (
                "utter_danger_what_to_do" in result.say or message_metadata(tracker).get("danger")):
            # (911 first, from the gateway or here: "I have a few short questions" can wait)
            dispatcher.utter_message(response="utter_thanks_for_telling")
        told_minor = (slots.get("tip_facts") or {}).get("minor") and not (before.get("tip_facts") or {}).get("minor")
        # "Thank you for telling me. Because someone under 18…" says it was read: not after "Thanks, I've noted that."
        said_minor = bool(told_minor) and await _a_person_for_a_minor(dispatcher, tracker)
        if said_minor:
            result.slots["tip_facts"] = slots["tip_facts"] = {**slots["tip_facts"], "person_coming": True}
        for response in result.say:
            if not (said_minor and response == "utter_noted"):
                dispatcher.utter_message(response=await without_a_second_offer(to_whom(response, slots), tracker),
                                         **filled_in(response))
        events = [SlotSet(name, value) for name, value in result.slots.items()]
        stopped = (slots.get("tip_facts") or {}).get("no_questions") and not (before.get("tip_facts") or {}).get(
            "no_questions")
        # a tip kept unconfirmed already is kept up to date with each answer (it held the first two messages for five
        # minutes while a domestic worker told where, her passport, her pay and her age, and could have left)
        kept_already = before.get("draft_code") and any(name in intake.ORDER or name == "tip_facts"
                                                        for name in result.slots)
        if (slots.get("paused") and not before.get("paused") or stopped or kept_already) and slots.get("tip_what"):
            # "no. ya me tengo que ir", "he's back": the person may never write again, and their phone may be taken;
            # what they told is kept now as an unconfirmed report (the read-back brings it up to date if they return).
            # So too when the questions stop for a person on the way to someone in danger (no report was kept: what
            # and where lived only in the transcript)
            code = await keep_unconfirmed(tracker, slots)
            if code:
                events.append(SlotSet("draft_code", code))
        if result.say or any(name in intake.ORDER for name in result.slots):
            # an answer was taken (Rasa rejects a form turn that sets nothing but requested_slot, and would drop
            # what was said: "yes" to "anything else?" got "Sorry, I didn't get that")
            events.append(SlotSet("fallbacks", 0))
        # the question just put in other words is the one answered next, whatever a person on the way puts first
        # ("It's about who may get back to you… Which one: 1, 2 or 3?", then "2. this number but only text" was read
        # as when, and filed as a sign: the report was anonymous, with no way to reach her)
        explained = asked if asked and slots.get(asked) is None and any(
            (r or "").startswith(f"utter_explain_{asked}") for r in result.say) else None
        return [*events, SlotSet("requested_slot", stands or explained or intake.next_question(slots))]


def filled_in(response: str) -> dict[str, str]:
    """What a response of the intake names besides the slots (the follow-up page's address)."""
    return {"followup_url": followup_url()} if response == "utter_code_from_elsewhere" else {}


# what a person on the way puts on hold: the danger lines, and the questions
_WHILE_A_PERSON_COMES = ("person_coming", "no_questions", "danger")


async def _what_staff_were_told(tracker: Tracker, slots: dict[str, Any]) -> dict[str, Any]:
    """The slots what the person wrote to staff fills, once staff handed the chat back (bot/actions/told_staff.py)."""
    facts = slots.get("tip_facts") or {}
    try:
        got = await asyncio.to_thread(told_staff.told_since, database(), report_store().enc, tracker.sender_id,
                                      facts.get("staff_told"))
    except Exception:
        log.exception("what was told to staff not read", extra={"conversation": tracker.sender_id})
        return {}
    if got is None:
        return {}
    escalation_id, texts = got
    taken = told_staff.absorbed(slots, texts, language_of(tracker))
    taken["tip_facts"] = {**taken.get("tip_facts", facts), "staff_told": escalation_id}
    return taken


async def _no_longer_coming(tracker: Tracker, facts: dict[str, Any]) -> dict[str, Any] | None:
    """The facts without "a person is on the way" once staff handed the chat back or closed it ("hello? are you still
    there sam?" after a release got "Someone from our team has been asked and will join this chat"), nor the danger
    that person came for: the intake goes on ("vous voulez savoir quoi d'autre?" after a release got "A person from
    our team is joining", and the questions never came back; new danger is the gateway's to raise again). None when
    nothing changes."""
    if not facts.get("person_coming") or await asyncio.to_thread(a_person_is_coming, tracker.sender_id):
        return None
    return {k: v for k, v in facts.items() if k not in _WHILE_A_PERSON_COMES}


async def keep_unconfirmed(tracker: Tracker, slots: dict | None = None) -> str | None:
    """What the person has told so far, kept as an unconfirmed report (or that report brought up to date); its code,
    or None when nothing may be kept (the tip was taken back) or it could not be."""
    slots = dict(tracker.slots) if slots is None else slots
    if (slots.get("tip_facts") or {}).get("held_back"):
        return None  # (taken back: "OK, I won't send it"; nothing is kept until they say to send it)
    try:
        draft = await asyncio.to_thread(report_store().file, new_tip(tracker, slots), confirmed=False,
                                        draft=slots.get("draft_code"))
    except Exception:
        log.exception("unconfirmed report not kept", extra={"conversation": tracker.sender_id})
        return None
    return draft.reference_code


async def discard_draft(tracker: Tracker) -> None:
    """The unconfirmed report of a tip the person took back ("i changed my mind, dont send it", "nao quero enviar") is
    deleted, as they are told (it stayed, unconfirmed, with all they wrote); a "send it" later files it anew."""
    draft = tracker.get_slot("draft_code")
    if not draft:
        return
    try:
        await asyncio.to_thread(report_store().discard_draft, draft)
    except Exception:
        log.exception("unconfirmed report not discarded", extra={"conversation": tracker.sender_id})


async def _a_person_for_a_minor(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """Someone under 18, learnt from an answer the gateway's triage could not read as such ("just her, maybe 13 or
    14" to "who is affected?"): staff are asked at once, as for an urgent message, and the person is told."""
    try:
        if await asyncio.to_thread(a_person_is_coming, tracker.sender_id):
            return False  # the triage raised it already ("she is 15")
        if await asyncio.to_thread(queue_for_a_person, tracker.sender_id, MINOR):
            dispatcher.utter_message(response="utter_minor_person_joining")
            return True
    except Exception:
        log.exception("escalation for a minor failed", extra={"conversation": tracker.sender_id})
    return False


class ActionAsk(Action, ABC):
    """The form's question for one slot. Kept back while "do you want to end (erase) this chat?" waits for its
    answer: the form is back at once, so whatever the person writes instead of yes is read as the intake's answer
    (a tip told then was lost to the fallback)."""

    @property
    @abstractmethod
    def slot(self) -> str: ...

    def name(self) -> str:
        return f"action_ask_{self.slot}"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict]:
        facts = tracker.get_slot("tip_facts") or {}
        quiet = facts.get("quiet_turn")
        if facts.get("no_questions"):
            return []  # "no more questions" while a person is on the way
        if not held_back(responses_since(tracker, ("user",))) and not (quiet and quiet == latest_user_at(tracker)):
            self.ask(dispatcher, tracker)
        return []

    def ask(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
        dispatcher.utter_message(response=self.question(tracker))

    def question(self, tracker: Tracker) -> str:
        return f"utter_ask_{self.slot}"


CONFIRMATIONS = frozenset({"utter_confirm_end", "utter_confirm_delete", "utter_confirm_delete_web"})


def held_back(said: list[str]) -> bool:
    """The question waits for a yes to "do you want to end (erase)?", or was just put in other words (the
    explanation for "what does that mean?" ends with the question)."""
    return any(response in CONFIRMATIONS or (response or "").startswith("utter_explain_") for response in said)


class ActionAskSafeToTalk(ActionAsk):
    """The opening and safety check; silent while the person said it is not safe."""
    slot = "safe_to_talk"

    def ask(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
        if tracker.get_slot("paused"):
            return
        facts = tracker.get_slot("tip_facts") or {}
        if facts.get("was_paused"):
            dispatcher.utter_message(response="utter_ask_safe_again")
        elif opening_said(tracker) or len(responses_since(tracker, ("session_started",))) > len(
                responses_since(tracker, ("user",))):
            # after a question: the opening once is enough; nor after the bot and staff already spoke (it greeted five
            # women locked in on a farm anew after staff handed the chat back)
            dispatcher.utter_message(response="utter_ask_safe_short")
        elif tracker.get_slot("tip_what"):
            dispatcher.utter_message(response="utter_ask_safe_after_tip")
        else:
            dispatcher.utter_message(response="utter_ask_safe_to_talk")


def opening_said(tracker: Tracker) -> bool:
    """The opening (who we are, 911, STOP and DELETE) was given since the conversation last started."""
    said = responses_since(tracker, ("restart", "session_started"))
    return "utter_ask_safe_to_talk" in said or "utter_ask_safe_after_tip" in said


def responses_since(tracker: Tracker, back_to: tuple[str, ...]) -> list[str]:
    """The responses the bot gave, newest first, back to the latest event of a kind in `back_to`."""
    said = []
    for event in reversed(tracker.events):
        if event.get("event") in back_to:
            break
        if event.get("event") == "bot":
            said.append((event.get("metadata") or {}).get("utter_action"))
    return said


# The questions that are their response and nothing more (named classes: rasa_sdk pickles its actions).
class ActionAskReporterRole(ActionAsk):
    slot = "reporter_role"


class ActionAskPrivacyLevel(ActionAsk):
    slot = "privacy_level"


class ActionAskTipWhat(ActionAsk):
    slot = "tip_what"

    def question(self, tracker: Tracker) -> str:
        if (tracker.get_slot("tip_facts") or {}).get("referred_to"):
            # after another line's help ("my husband hits me"), "what is happening?" asks again what was told:
            # whether there is more to it
            return "utter_ask_tip_what_after_referral"
        return "utter_ask_tip_what_self" if tracker.get_slot("reporter_role") == "self" else super().question(tracker)


class ActionAskExploitationType(ActionAsk):
    slot = "exploitation_type"


class ActionAskTipWhere(ActionAsk):
    """"Where?", or "which country?" for a tip from abroad ("my sister went to work overseas…")."""
    slot = "tip_where"

    def question(self, tracker: Tracker) -> str:
        facts = tracker.get_slot("tip_facts") or {}
        known = facts.get("country") or facts.get("city") or facts.get("state")
        if facts.get("danger"):
            return "utter_ask_tip_where_danger"  # right now, and an address or a cross street
        return "utter_ask_tip_where_abroad" if facts.get("abroad") and not known else super().question(tracker)


class ActionAskTipWhen(ActionAsk):
    slot = "tip_when"


class ActionAskTipWho(ActionAsk):
    """"Who is affected?", or to the person it happens to, "is it just you?" and their age."""
    slot = "tip_who"

    def question(self, tracker: Tracker) -> str:
        return "utter_ask_tip_who_self" if tracker.get_slot("reporter_role") == "self" else super().question(tracker)


class ActionAskUnlessToldToGoAhead(ActionAsk, ABC):
    """A question not put again right after "Go ahead, I'm reading." (the person is about to answer it)."""

    def ask(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
        if responses_since(tracker, ("user",))[:1] != ["utter_tell_more"]:
            super().ask(dispatcher, tracker)


class ActionAskTipMore(ActionAskUnlessToldToGoAhead):
    """"Anything else?", unless the person just said yes to it and was told to go ahead."""
    slot = "tip_more"


class ActionAskContact(ActionAskUnlessToldToGoAhead):
    """"How can we reach you safely?", unless the person just offered it ("i can give my email") and was told to go
    ahead."""
    slot = "contact"

    def question(self, tracker: Tracker) -> str:
        # the web chat has no number: not 'You can also say "this number"'
        return "utter_ask_contact_web" if message_metadata(tracker).get("channel") == "web" else "utter_ask_contact"


class ActionAskTipControl(ActionAskUnlessToldToGoAhead):
    """"Have you noticed anything like this...?", unless the person just said yes and was told to go ahead;
    "besides what you told me..." when some were told already (asking about passports just described sounds
    like nobody read it)."""
    slot = "tip_control"

    def question(self, tracker: Tracker) -> str:
        told = self.told(tracker)
        # to the person it happens to: "has anything like this happened to you" (a victim was asked "what you saw")
        if tracker.get_slot("reporter_role") == "self":
            return "utter_ask_tip_control_besides_self" if told else "utter_ask_tip_control_self"
        return "utter_ask_tip_control_besides" if told else "utter_ask_tip_control"

    @staticmethod
    def told(tracker: Tracker) -> list[str]:
        return [m for m in (tracker.get_slot("tip_facts") or {}).get("means_of_control") or () if m != "Other"]

    def ask(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
        """The signs already told are named in the question ("So far I have: documents taken, a debt."): the list
        read out again after the passports were described sounded as if nobody had read it."""
        if responses_since(tracker, ("user",))[:1] == ["utter_tell_more"]:
            return
        told = self.told(tracker)
        if not told:
            dispatcher.utter_message(response=self.question(tracker))
            return
        language = language_of(tracker)
        dispatcher.utter_message(response=self.question(tracker),
                                 signs=", ".join(htcds.label(m, language) for m in told),
                                 others=signs_not_told(told, language))


# the signs the "anything else?" question gives as examples, each with the signs that already say it; named as things,
# not as what "they" do to "them" (a woman alone was asked in Spanish about "que no les paguen o que no los dejen
# salir", and about "not being let out" right after "So far I have: not free to leave")
_EXAMPLES = (
    (("Threats", "PhysicalAbuse"), {"en": "threats or violence", "es": "amenazas o golpes",
                                    "fr": "des menaces ou des violences", "pt": "ameaças ou violência"}),
    (("TakesEarnings", "RestrictsFinancialAccess"), {"en": "pay kept", "es": "pago retenido",
                                                     "fr": "un salaire retenu", "pt": "pagamento retido"}),
    (("RestrictsMovement",), {"en": "not being let out", "es": "no poder salir", "fr": "l'interdiction de sortir",
                              "pt": "não poder sair"}),
    (("WithholdsDocuments",), {"en": "papers taken", "es": "papeles retenidos", "fr": "des papiers confisqués",
                               "pt": "documentos retidos"}),
    (("DebtBondage",), {"en": "a debt", "es": "una deuda", "fr": "une dette", "pt": "uma dívida"}),
    (("ExcessiveWorkingHours",), {"en": "very long hours", "es": "horarios muy largos", "fr": "des horaires très longs",
                                  "pt": "jornadas muito longas"}),
)
_OR = {"en": "or", "es": "o", "fr": "ou", "pt": "ou"}


def signs_not_told(told: list[str], language: str) -> str:
    """Three signs not told yet, as examples: "threats or violence, pay kept, or not being let out"."""
    lang = language if language in _OR else "en"
    names = [words[lang] for signs, words in _EXAMPLES if not set(signs) & set(told)][:3] or [
        words[lang] for _, words in _EXAMPLES[:3]]  # (all of them told: the first three, as the question always had)
    if len(names) < 2:
        return names[0] if names else ""
    return f"{', '.join(names[:-1])}{',' if lang == 'en' else ''} {_OR[lang]} {names[-1]}"


class ActionAskTipConfirmed(ActionAsk):
    """The read-back, or "what should I change?" while a correction is awaited."""
    slot = "tip_confirmed"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict]:
        await super().run(dispatcher, tracker, domain)
        if tracker.get_slot("correcting"):
            return []
        # What the person sees is kept at once, as "unconfirmed": a person who leaves at the read-back (or whose
        # phone is taken) still leaves a report; their yes confirms this same report, a correction updates it.
        code = await keep_unconfirmed(tracker)
        return [SlotSet("draft_code", code)] if code else []

    def ask(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
        if tracker.get_slot("correcting"):
            dispatcher.utter_message(response="utter_ask_correction")
        else:
            dispatcher.utter_message(response="utter_tip_summary",
                                     summary=summary(dict(tracker.slots), language_of(tracker)))


def new_tip(tracker: Tracker, slots: dict | None = None) -> NewTip:
    """The tip as the tracker has it, or as `slots` (the tracker's, with what this turn just set)."""
    slots = dict(tracker.slots) if slots is None else slots
    facts = slots.get("tip_facts") or {}
    return NewTip(
        conversation_key=tracker.sender_id,
        channel=str(message_metadata(tracker).get("channel") or "unknown"),
        language=language_of(tracker),
        narrative=slots.get("tip_what"),
        location=slots.get("tip_where") or intake.place_in_story(slots),
        occurred=slots.get("tip_when"),
        people=slots.get("tip_who"),
        control=slots.get("tip_control"),
        more=_with_earlier_answers(slots.get("tip_more"), facts.get("told_before")),
        reporter_role=slots.get("reporter_role"),
        privacy_level=slots.get("privacy_level") or "anonymous",
        contact=slots.get("contact"),
        exploitation_answer=slots.get("exploitation_type"),
        facts=facts,
    )


_EARLIER = {"tip_what": "What", "tip_where": "Where", "tip_when": "When", "tip_who": "Who", "tip_control": "Signs"}


def _with_earlier_answers(more: str | None, told_before: dict[str, str] | None) -> str | None:
    """The report's "anything else", with each answer a correction replaced, as first written: staff read all that was
    told (the read-back shows the corrected answer)."""
    if not told_before:
        return more
    earlier = "; ".join(f"{_EARLIER.get(name, name)} as first told: {text}" for name, text in told_before.items())
    return earlier if more in (None, "", intake.NONE, intake.UNKNOWN) else f"{more}\n{earlier}"


class ActionFinishTip(Action):
    """The form is done: file the confirmed tip, or point a workplace problem to the right help."""

    def name(self) -> str:
        return "action_finish_tip"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict]:
        if tracker.get_slot("not_trafficking"):
            facts = tracker.get_slot("tip_facts") or {}
            again = bool(facts.get("referred"))
            dispatcher.utter_message(response="utter_ok" if facts.get("closing") else intake.work_referral(
                facts, tracker.latest_message.get("text"), again=again))
            # a new intake can start (a sign of trafficking told next is taken), without the safety check again, and
            # with what was told kept (it started from nothing: the warehouse, the 50-hour weeks and the place were
            # lost, and "where?" came again)
            kept = KEPT_AFTER_A_REFERRAL
            facts = {k: v for k, v in facts.items() if k not in ("closing", "quiet_turn", "aside")}
            return [*(SlotSet(s, None) for s in TIP_SLOTS if s not in (*kept, "safe_to_talk", "tip_facts")),
                    SlotSet("fallbacks", 0), SlotSet("safe_to_talk", True),
                    SlotSet("tip_facts", {**facts, "referred": True})]
        facts = tracker.get_slot("tip_facts") or {}
        if facts.get("withdrawn"):
            # taken back: nothing filed, and an unconfirmed report kept while a person was on the way is deleted (it
            # stayed, after "Nenhuma denúncia é registrada se você não quiser"); a later message opens the intake again
            await discard_draft(tracker)
            return [SlotSet("tip_facts", {k: v for k, v in facts.items() if k != "withdrawn"}),
                    SlotSet("draft_code", None)]
        if not tracker.get_slot("tip_confirmed"):
            return []
        try:
            report = await asyncio.to_thread(report_store().file, new_tip(tracker),
                                             draft=tracker.get_slot("draft_code"))
            passphrase = await asyncio.to_thread(followup().issue, report.reference_code)
        except Exception:
            log.exception("report not filed", extra={"conversation": tracker.sender_id})
            dispatcher.utter_message(response="utter_tip_not_filed")
            return [SlotSet("tip_confirmed", None), ActiveLoop(None)]
        log.info("report filed", extra={"conversation": tracker.sender_id, "report_id": report.id})
        if facts.get("told_phone") or said_not_own_phone(tracker):
            # written from the boss's phone ("este cel es del patron"): no code or passphrase for them to find; also
            # when it was said where the intake did not note it ("no me escriban a este numero x favor" while a
            # person was on the way: the code and passphrase were sent to the phone the owner had taken)
            dispatcher.utter_message(response="utter_tip_filed_not_own_phone")
        elif said_phone_checked(tracker):
            # "my roommate checks my phone", "mi esposo revisa mi cel": the code and passphrase are not left for them
            # (they went out at filing); the person can ask for the code here when it is safe
            dispatcher.utter_message(response="utter_tip_filed_phone_checked")
        else:
            dispatcher.utter_message(response="utter_tip_filed", reference_code=report.reference_code,
                                     passphrase=passphrase, followup_url=followup_url())
        return [SlotSet("reference_code", report.reference_code), SlotSet("stage", "filed"),
                SlotSet("draft_code", None)]


# answers that offer a person ("say PERSON"), and what they say instead once a person has been asked for
OFFERING_A_PERSON = {"utter_services": "utter_services_person_coming",
                     "utter_offer_human": "utter_default_person_coming",
                     "utter_cannot_answer": "utter_cannot_answer_person_coming",
                     "utter_who_we_are": "utter_who_we_are_person_coming",
                     "utter_help_getting_out": "utter_help_getting_out_person_coming"}


# questions put in other words that have a variant for the person it happens to ("what you saw" asked a victim)
SAID_TO_THE_PERSON = {
    "utter_explain_tip_what": "utter_explain_tip_what_self",
    "utter_explain_exploitation_type": "utter_explain_exploitation_type_self",
    "utter_explain_tip_when": "utter_explain_tip_when_self",
    "utter_explain_tip_who": "utter_explain_tip_who_self",
    "utter_explain_tip_control": "utter_explain_tip_control_self",
}


def to_whom(response: str, slots: dict) -> str:
    """The response as worded to the person it happens to, where it has such a variant."""
    return SAID_TO_THE_PERSON.get(response, response) if slots.get("reporter_role") == "self" else response


# Answers worded for a text message where they differ: "is this anonymous?" by SMS says the system has the number
BY_TEXT = {"utter_anonymous": "utter_anonymous_sms"}


def for_the_channel(response: str, tracker: Tracker) -> str:
    """The response as worded for the channel the person writes on."""
    return BY_TEXT.get(response, response) if message_metadata(tracker).get("channel") == "sms" else response


async def without_a_second_offer(response: str, tracker: Tracker, person_coming: bool = False) -> str:
    """The response, or its variant without "say PERSON" when a person is already on the way (`person_coming`: the
    gateway called staff for this very message); worded for the channel."""
    response = for_the_channel(response, tracker)
    if response == "utter_police_now" and message_metadata(tracker).get("joined"):
        # the gateway has just said "call 911 now… a person is joining": not the 911 line a second time
        return "utter_police_now_joined"
    if response in OFFERING_A_PERSON and (person_coming or await asyncio.to_thread(a_person_is_coming,
                                                                                  tracker.sender_id)):
        return OFFERING_A_PERSON[response]
    return response


class ActionServices(Action):
    """An answer that ends with "say PERSON": without that offer once a person is on the way."""
    response = "utter_services"

    def name(self) -> str:
        return "action_services"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict]:
        dispatcher.utter_message(response=await without_a_second_offer(self.response, tracker))
        return []


class ActionAnonymity(ActionServices):
    """"is this anonymous?": by text, the answer also says the system has the number (and who does not see it)."""
    response = "utter_anonymous"

    def name(self) -> str:
        return "action_anonymity"


class ActionWhoWeAre(ActionServices):
    response = "utter_who_we_are"

    def name(self) -> str:
        return "action_who_we_are"


class ActionAfterFiling(Action):
    """After filing, a real question gets its answer and a greeting a reminder; anything else the person sends
    is most likely a detail, and is added to the same report."""

    def name(self) -> str:
        return "action_after_filing"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict]:
        code = tracker.get_slot("reference_code")
        turn = turn_of(tracker)
        text = turn.text.strip()
        if not code or not text:
            return []
        facts = tracker.get_slot("tip_facts") or {}
        if intake.someone_else_writes(text) or facts.get("phone_taken") and not intake.back_again(text) or (
                intake.asks_who_we_are(text) and (turn.words <= 6 or phone_guarded(tracker))):
            # (after filing, the one who filed knows who we are: a bare "que es esto? quien eres tu" is most likely
            # whoever took the phone, and was told "Soy el asistente… contra la trata de personas")
            # the one in control writing from her phone after filing ("que es esto. a quien le estas contando de mi",
            # "what is this number? who r u" where the boss reads it): the neutral line, and nothing of who we are or of
            # the report (each got who we are); the chat stays so until the person says it is them again
            dispatcher.utter_message(response="utter_safety_pause")
            return [SlotSet("tip_facts", {**facts, "phone_taken": True})]
        if facts.get("phone_taken"):
            facts = {k: v for k, v in facts.items() if k != "phone_taken"}
            dispatcher.utter_message(response="utter_ok")
            return [SlotSet("tip_facts", facts)]
        if not turn.watched and intake.tells_another_tip(text):
            told = intake.describes(turn, intake.extract(text, turn.language))
            return _another_tip(dispatcher, facts, latest_user_at(tracker), announced=not told,
                                earlier=tracker.get_slot("reference_code"),
                                since=message_metadata(tracker).get("received_at"))
        if turn.intent == "greet" and turn.words <= 3 and phone_guarded(tracker):
            # "hello" on a phone someone else reads: not the report's code (it was held back at filing)
            dispatcher.utter_message(response="utter_safety_pause")
            return []
        part = intake.erases_a_part(text)
        if part in ("contact", "name") or part and not turn.watched:
            return await erase_a_part(part, dispatcher, tracker, turn)
        offered = None if turn.watched else intake.contact_offered_after_filing(turn)
        if offered:
            # "can someone call me? this number but only after 6pm" (added to the report, which stayed anonymous)
            try:
                kept = await asyncio.to_thread(report_store().share_contact, code, offered)
            except Exception:
                log.exception("contact not added", extra={"conversation": tracker.sender_id})
                kept = False
            if kept:
                dispatcher.utter_message(response="utter_contact_noted")
                return [SlotSet("privacy_level", "share"), SlotSet("contact", offered)]
        if not turn.watched and intake.asks_for_code(text) and intake.is_question(text) and not phone_guarded(
                tracker):
            # "whats the code for the first one again, the restaurant one?" (read as thanks: "You're welcome")
            await tell_codes(dispatcher, tracker)
            return []
        answer = None if turn.watched else intake.answer_after_filing(turn, tracker.get_slot("privacy_level"), facts)
        if intake.asks_whether_to_go_with_him(turn, facts, {k: tracker.get_slot(k) for k in (
                "tip_what", "tip_who", "tip_more")}):
            answer = "utter_dont_go"  # "should i still go tonight??" from a girl of 15, after filing
        elif intake.tells_he_comes_for_her(turn, facts):
            # "vendredi il va venir me chercher apres lecole": kept with the report, and not to go with him
            try:
                await asyncio.to_thread(report_store().add_to, code, text, language_of(tracker))
            except Exception:
                log.exception("addition not saved", extra={"conversation": tracker.sender_id})
            answer = "utter_dont_go"
        if not turn.watched and intake.asks_if_a_person_is_coming(text) and await asyncio.to_thread(
                a_person_is_coming, tracker.sender_id):
            answer = "utter_person_on_the_way"  # "is someone coming?" after "can i talk to a real person now"
        if turn.danger and not (turn.joined or turn.watched) and answer not in ("utter_dont_go", "utter_safety_pause"):
            # danger now, told after filing while a person was already asked for: "oiga ahorita la estan golpeando…
            # q hago??", "hes picking her up RIGHT NOW" got "I added that to your report", or "I can't answer that"
            # (the gateway says its 911 line only with a new escalation): what to do now, and it is kept
            if not await asyncio.to_thread(a_person_is_coming, tracker.sender_id):
                await asyncio.to_thread(queue_for_a_person, tracker.sender_id, PROMISED)
            answer = intake.what_to_do_in_danger(intake.normalise(text), turn.channel)
            try:
                await asyncio.to_thread(report_store().add_to, code, text, language_of(tracker))
            except Exception:
                log.exception("addition not saved", extra={"conversation": tracker.sender_id})
        if answer:
            dispatcher.utter_message(response=await without_a_second_offer(answer, tracker, turn.person_coming),
                                     reference_code=code)
            if answer != "utter_safety_pause" and intake.detail_beside_a_question(text, turn.language):
                # and what it also tells is kept ("…is someone gonna check on them?" beside the owner's name)
                try:
                    await asyncio.to_thread(report_store().add_to, code, text, language_of(tracker))
                    dispatcher.utter_message(response="utter_added_to_report", reference_code=code)
                except Exception:
                    log.exception("addition not saved", extra={"conversation": tracker.sender_id})
            return []
        correcting = intake.corrects_after_filing(text)
        try:
            await asyncio.to_thread(report_store().add_to, code, text, language_of(tracker), correcting)
        except Exception:
            log.exception("addition not saved", extra={"conversation": tracker.sender_id})
            if not turn.watched:
                dispatcher.utter_message(response="utter_tip_not_filed")
                return []
        if turn.watched:
            # "they are coming back, I have to go" after filing: kept with the report, and the same short pause as
            # in the intake (it got "Thank you, I added that to your report")
            dispatcher.utter_message(response=intake.pause(turn, facts))
            return []
        # (a correction is said to be kept as one: "I added that" read as if the address had been fixed)
        dispatcher.utter_message(response="utter_correction_added" if correcting else "utter_added_to_report",
                                 reference_code=code)
        return []


# the tip's own answers, cleared for a second tip; who writes, their choice of privacy and contact stay
_THE_TIP = ("tip_what", "exploitation_type", "tip_where", "tip_when", "tip_who", "tip_control", "tip_more",
            "tip_confirmed", "correcting", "not_trafficking", "draft_code")


def _another_tip(dispatcher: CollectingDispatcher, facts: dict[str, Any], at: float | None,
                 announced: bool, earlier: str | None = None, since: float | None = None) -> list[dict]:
    """ "otra cosa diferente, mi prima q esta en Atlanta…", "i have another tip, different place": a report of its own,
    through the same questions (it was added to the first report, a girl of 17 beaten inside a farm's report). What
    was learnt of the person stays (a phone someone reads, a person on the way); the facts of the first tip go.
    `at`: when Rasa took its message, `since`: when the gateway stored it (the report counts only what was raised
    since); `announced`: the message only said another tip comes (the intake does not read it as the tip);
    `earlier`: the code of the report filed before it, kept for "the code of the first one" (`ActionRepeatCode`)."""
    # (not "told_before", the first tip's answers as first told: the second report read "When as first told: …" of
    # the first one's)
    kept = {k: v for k, v in facts.items() if k.startswith("told_") and k != "told_before" or k in (
        "person_coming", "self_harm", "self_harm_ok", "earlier_codes")}
    if earlier and earlier not in kept.get("earlier_codes", ()):
        kept["earlier_codes"] = [*kept.get("earlier_codes", ()), earlier]
    if at is not None:
        # from when the gateway stored its message (Rasa took it later: a tip told in that very message, "theres
        # something else too… a girl… like 14", was filed with no urgency)
        kept["tip_since"] = since if isinstance(since, (int, float)) and since <= at else at
        if announced:
            kept["new_tip_at"] = at
    dispatcher.utter_message(response="utter_another_tip")
    return [*(SlotSet(name, None) for name in _THE_TIP), SlotSet("tip_facts", kept), SlotSet("stage", "intake"),
            SlotSet("requested_slot", None), FollowupAction("tip_form")]


async def erase_a_part(part: str, dispatcher: CollectingDispatcher, tracker: Tracker,
                       turn: intake.Turn | None = None) -> list[dict]:
    """"delete my number" (part "contact"): the person's contact details out of the report, kept or still to be
    filed; "not my name, just the number" (part "name"): the name only, when a number or an email is left; "delete
    what I said about the address" (part "part"): one part cannot be erased alone, it can be changed (or the whole
    chat erased). `part` is what `intake.erases_a_part` read. `turn`: when the controller may read the phone
    (`turn.watched`), the contact is still taken out, and only the short pause is said ("he checks my phone, take my
    number out" kept the number)."""
    if part not in ("contact", "name"):
        dispatcher.utter_message(response="utter_cannot_erase_part")
        return []
    fields = {name: tracker.get_slot(name) for name in take_out.FIELDS}
    language = language_of(tracker)
    step = intake.contact_withdrawn(part, tracker.get_slot("contact"), fields, language)
    name_only = "contact" in step.slots and bool(step.slots["contact"])
    scrub = take_out.own_contact_scrubber(fields, tracker.get_slot("contact"), language, name_only)
    codes = {tracker.get_slot("reference_code"), tracker.get_slot("draft_code")} - {None}
    try:
        for code in codes:
            await asyncio.to_thread(report_store().withdraw_contact, code, name_only, scrub)
    except Exception:
        log.exception("contact not withdrawn", extra={"conversation": tracker.sender_id})
        dispatcher.utter_message(response="utter_change_failed")
        return []
    for response in [intake.pause(turn)] if turn is not None and turn.watched else step.say:
        dispatcher.utter_message(response=response)
    return [SlotSet(name, value) for name, value in step.slots.items()]


class ActionFallback(Action):
    """Two-step fallback: ask to rephrase once, then offer a person."""

    def name(self) -> str:
        return "action_fallback"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict]:
        count = int(tracker.get_slot("fallbacks") or 0) + 1
        response = "utter_default" if count < 2 else await without_a_second_offer("utter_offer_human", tracker)
        dispatcher.utter_message(response=response)
        return [SlotSet("fallbacks", count if count < 2 else 0)]


class ActionRepeatCode(Action):
    """"I lost my code": the code of this conversation's report again, with a new passphrase (codes are never
    lost for good; after DELETE there is nothing left to tell)."""

    def name(self) -> str:
        return "action_repeat_code"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict]:
        if not intake.asks_for_code(turn_of(tracker).text):
            return read_as_told(tracker)  # "i forgot, the van is a white ford": a detail, not the code
        if (tracker.get_slot("tip_facts") or {}).get("phone_taken"):
            # asked from a phone the one in control wrote from ("mandame el codigo de la denuncia otra vez" after "que
            # es esto": a new passphrase locked the person out and let him in)
            dispatcher.utter_message(response="utter_safety_pause")
            return []
        slots = dict(tracker.slots)
        elsewhere = intake.codes_from_elsewhere(turn_of(tracker).text, slots)
        if elsewhere and not slots.get("reference_code"):
            # a code this chat did not file ("lost my passphrase, code is K7M2-9QXZ", from a new phone): where that
            # report is reached, and the code kept for the tip told here (it got "There is no report from this chat")
            dispatcher.utter_message(response="utter_code_from_elsewhere", followup_url=followup_url())
            facts = slots.get("tip_facts") or {}
            return [SlotSet("tip_facts", {**facts, "codes_told": elsewhere, "code_answered": True})]
        await tell_codes(dispatcher, tracker)
        return []


async def tell_codes(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """The code of the report asked for, with a new passphrase when that is asked for or lost: after a second tip,
    "the code of the first one" is
    the first report's (it was the second's), "both" or a code asked for without saying which is each."""
    # (a tip kept unconfirmed has its code too: "whats my reference number" after "no thats it… can you erase this" got
    # "There is no report from this chat yet", and the person thought the tip about a girl of 16 was lost)
    latest = tracker.get_slot("reference_code") or tracker.get_slot("draft_code")
    earlier = [c for c in (tracker.get_slot("tip_facts") or {}).get("earlier_codes") or () if c != latest]
    which = intake.which_code(turn_of(tracker).text) if earlier else "latest"
    codes = {"latest": [latest], "earlier": earlier[:1], "all": [*earlier, latest], "unsaid": [*earlier, latest]}[
        which]
    told = False
    renew = intake.wants_a_new_passphrase(turn_of(tracker).text)
    for code in (c for c in codes if c):
        try:
            if not renew and await asyncio.to_thread(followup().reports.passphrase_hash, code):
                # the code alone: the passphrase the person kept goes on working (a new one came with every "whats
                # my code", and locked out whoever had written the old one down)
                dispatcher.utter_message(response="utter_your_code_only", reference_code=code)
                told = True
                continue
            passphrase = await asyncio.to_thread(followup().issue, code)
        except Exception:
            log.exception("passphrase not issued", extra={"conversation": tracker.sender_id})
            continue
        dispatcher.utter_message(response="utter_your_code", reference_code=code, passphrase=passphrase)
        told = True
    if not told:
        # (it said "…or it was erased" to someone writing from a new phone, who then thought the report was gone)
        dispatcher.utter_message(response="utter_no_code_yet", followup_url=followup_url())
