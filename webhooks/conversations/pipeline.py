"""One inbound message's life, the same for every channel:

1. write-ahead: the conversation is found or created (keyed by a keyed hash of the sender) and the
   message stored, keyed by the provider's id; a retry finds the stored message instead;
2. triage, at once and before any lock: an urgent message raises an escalation and reaches the
   consoles even while an earlier message of the same conversation is still waiting on the bot;
3. one at a time: under the conversation's lock, every unprocessed message up to this one is taken
   in order and claimed atomically (a message is processed once, even by two replicas);
4. keywords (STOP/START/HELP) first; a conversation a person has taken goes to that person only;
   otherwise the bot; when the bot cannot answer, a holding reply, and the message stays pending;
5. the replies are stored, linked to the message they answer, and returned.
"""
from __future__ import annotations

import hmac
import threading
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta

import redis
from sqlalchemy import func, select

from webhooks import redis_state
from webhooks.channels.outbound import OptedOut
from webhooks.conversations import store
from webhooks.conversations.erase import erase_conversation
from webhooks.conversations.keywords import (
    Keyword,
    asks_for_quiet,
    asks_what_erasing_does,
    confirms_erasing,
    is_no,
    is_yes,
    keeps_it,
    keyword_of,
)
from webhooks.conversations.models import Conversation, Message
from webhooks.conversations.rate import Over, RateLimits
from webhooks.conversations.texts import text as gateway_text
from webhooks.conversations.transcript import MediaRef, encode_media
from webhooks.crypto import Encryptor, keyed_hash
from webhooks.db import Database, utcnow
from webhooks.escalations.service import EscalationService, Raised
from webhooks.hours import Hours
from webhooks.language.conversation import choose_language
from webhooks.language.detect import FULL_BOT, reads_english_badly, requested_language
from webhooks.language.holding import holding_message
from webhooks.logs import get_logger
from webhooks.metrics import Metrics
from webhooks.rasa import MESSAGE_REF, RasaClient, RasaUnavailable
from webhooks.reports.models import Report
from webhooks.settings import DEFAULT_HOTLINE_NAME
from webhooks.triage.assess import (
    CHILD_TAKEN,
    CRITICAL,
    DANGER_NOW,
    HIGH,
    NORMAL,
    UNSAFE_TO_TEXT,
    Assessment,
    assess,
    is_watched,
    says_danger_now,
    says_self_harm,
)
from webhooks.triage.emergency import localise

log = get_logger("tipline.pipeline")
NEEDS_INTERPRETER = Assessment(NORMAL, 40, ("interpreter_needed",))
BOT_UNAVAILABLE = Assessment(NORMAL, 50, ("bot_unavailable",))
CONFIRMABLE = ("end", "delete")
CONFIRM_SECONDS = 15 * 60
# in a language the bot does not speak: the holding reply again after this long ("hello? may tao po ba?" two and a
# half minutes on met silence)
HOLDING_AGAIN_SECONDS = 2 * 60
DAY_SECONDS = 24 * 3600


@dataclass(frozen=True)
class Inbound:
    channel: str  # sms | web
    address: str  # the phone number (sms) or chat session id (web): hashed for the key, never logged
    provider_id: str
    text: str
    media: tuple[MediaRef, ...] = ()  # an MMS's files, by reference (never fetched)
    token_hash: str | None = None  # web chat: the session token's hash, checked as the message is stored


class NotThisChat(Exception):
    """A web-chat message for a session that does not exist, or with another session's token: nothing is stored."""

    def __init__(self, unknown: bool) -> None:
        super().__init__("no such chat session" if unknown else "bad chat token")
        self.unknown = unknown


@dataclass(frozen=True)
class Reply:
    id: int
    text: str
    # the chat is erased with this answer: a page that shows it starts a new chat for the next message (the socket
    # shows it before the erasure is done, and a message sent then went into the chat being erased)
    erased: bool = False


LANGUAGE_SWITCHED = "/language_switched"  # the bot's payload for a conversation now in the language asked for
LANGUAGE_SET = "language"  # a triage flag: a message that carried a language has set the conversation's


@dataclass(frozen=True)
class Triaged:
    language: str
    assessment: Assessment

    @property
    def level(self) -> str:
        return self.assessment.level


@dataclass(frozen=True)
class Routed:
    """What was decided for a claimed message before the bot is asked."""
    body: str  # what goes to the bot ("/resume" for "no" to "end this chat?")
    raised: Raised | None = None
    to_staff: bool = False
    watched: bool = False
    joined: bool = False  # this message got "a person is joining" (with 911 first for danger this minute)
    opted_in: bool = False  # START after STOP in the middle of the intake: the bot checks it is safe, then goes on
    self_harm: bool = False  # urgent for self-harm: the 988 line was given, and the bot asks nothing this turn


@dataclass(frozen=True)
class Stored:
    """What the write-ahead (and triage) left: ids, and whether the message is next in line."""
    conversation_id: int
    message_id: int
    duplicate: bool = False
    urgency: str | None = None
    raised: Raised | None = None
    next_in_line: bool = False  # no earlier message of the conversation is unfinished
    over: Over | None = None  # over a rate limit: stored as deferred
    taken: tuple[Conversation, Message, Routed] | None = None  # claimed and routed as it was stored


@dataclass
class Outcome:
    conversation_key: str
    replies: list[Reply] = field(default_factory=list)
    duplicate: bool = False


def _quiet_now(s, enc: Encryptor, conv: Conversation) -> str | None:
    """What the person's last message says of a text now: "quiet" when it asked for none ("stop texting me, he'll
    hear"), "someone_near" when it told of the one in control near or coming ("ey perate el ta viniendo"); read when
    staff or the gateway would text them (their next message ends it)."""
    last = s.scalar(select(Message.body_enc).where(Message.conversation_id == conv.id, Message.direction == "in")
                    .order_by(Message.id.desc()).limit(1))
    said = enc.decrypt(last) if last is not None else ""
    return None if not said else "quiet" if asks_for_quiet(said) else "someone_near" if is_watched(said) else None


# why a text to this phone could harm the person, as staff are told before they send one (they may send it anyway)
NOT_TO_BE_TEXTED = {
    "opted_out": "This person sent STOP: nothing can be sent until they write START.",
    "quiet": "This person asked not to be texted right now: their phone would be heard. Wait until they write again,"
             " or send anyway.",
    # (said of "HES BACK he broke the window", it read "asked not to be texted", which the person never said)
    "someone_near": "This person's last message says someone is near or on the way: a text could be heard or seen."
                    " Send one only if you judge it safe (send anyway).",
    "no_texts": "This person asked not to be texted on this number, or only at certain times. Send one only if they"
                " have just written and it is safe (send anyway).",
    "phone_read": "This person said someone reads, checks or has this phone at times: a text could put them at risk."
                  " Send one only if they have just written and you judge it safe (send anyway).",
    "not_own_phone": "This person is writing from someone else's phone: that person could see a text. Send anyway"
                     " only if they asked for it.",
}


def why_not_to_text(s, enc: Encryptor, conv: Conversation, any_channel: bool = False) -> str | None:
    """Why a text from staff or the gateway could harm this person (a key of NOT_TO_BE_TEXTED), or None: they sent
    STOP, their last message asked for quiet now or told of someone near, or the conversation was told not to text
    this number, that someone reads the phone, or that it is someone else's (each went out: "no me manden nada yo les
    escribo", "he reads my texts later so dont reply to me after this", "es el cel de mi esposo"). Staff's replies to
    a web chat are read on its page (an unasked reminder is held there too: `any_channel`)."""
    if conv.channel != "sms" and not any_channel:
        return None
    if conv.opted_out:
        return "opted_out"  # (after STOP, staff read "their phone would be heard", and "send anyway" failed)
    quiet = _quiet_now(s, enc, conv)
    if quiet:
        return quiet
    flags = set((conv.triage_flags or "").split(","))
    return next((flag for flag in UNSAFE_TO_TEXT if flag in flags), None)


class MessagePipeline:
    def __init__(self, *, db: Database, redis_client: redis.Redis, rasa: RasaClient, encryptor: Encryptor,
                 secret_key: str, hotline_name: str, hotline_phone: str = "",
                 metrics: Metrics | None = None, hours: Hours | None = None,
                 escalations: EscalationService | None = None, outbound=None, limits: RateLimits | None = None,
                 on_replies: Callable[[str, str, list[Reply]], None] | None = None,
                 stale_after: timedelta = timedelta(seconds=60)) -> None:
        self.db = db
        self.redis = redis_client
        self.rasa = rasa
        self.enc = encryptor
        self.secret_key = secret_key
        self.hotline_name = hotline_name
        self.hotline_phone = hotline_phone
        self.on_replies = on_replies  # (channel, conversation key, the replies just stored): to live pages
        self.metrics = metrics or Metrics()
        self.hours = hours or Hours("")
        self.escalations = escalations or EscalationService(db, redis_client, rasa)
        self.outbound = outbound
        self.limits = limits or RateLimits(redis_client)
        self.stale_after = stale_after  # a message "processing" this long was left by a process that died
        self._late = threading.local()  # set while answering messages whose request is gone
        self._answers = threading.local()  # replies to the message whose request is waiting, as they are stored
        self._to_erase: set[str] = set()  # conversations whose DELETE was confirmed, erased once answered
        self._to_erase_lock = threading.Lock()

    def conversation_key(self, channel: str, address: str) -> str:
        return keyed_hash(self.secret_key, f"{channel}:{address}")

    # 1. write-ahead -------------------------------------------------------------------------------
    def handle(self, inbound: Inbound) -> Outcome:
        started = time.perf_counter()
        outcome = self._handle(inbound)
        self.metrics.message_latency.observe(time.perf_counter() - started)
        return outcome

    def _handle(self, inbound: Inbound) -> Outcome:
        key = self.conversation_key(inbound.channel, inbound.address)
        # The conversation's lock, when it is free: then a message with nothing before it is taken for processing in
        # the same transaction that stores it (one transaction fewer). When another message of this conversation
        # holds it, this one is stored and triaged first, and waits for the lock after.
        lock = self._conversation_lock(key)
        held = self._acquire(lock, key, blocking=False)
        self._answers.message_id, self._answers.replies = None, []
        try:
            try:
                stored = self._store_and_triage(key, inbound, take=held)
            except NotThisChat:
                raise
            except Exception as exc:  # noqa: BLE001 (whatever failed, the message is stored; triage comes later)
                # (a database that is down fails again here, and the request with it: nothing was stored)
                log.warning("storing with triage failed; storing the message alone",
                            extra={"conversation": key, "error": type(exc).__name__})
                stored = self._store_and_triage(key, inbound, triage=False)
            if stored.duplicate:
                self.metrics.duplicates.labels(inbound.channel).inc()
            else:
                self.metrics.messages.labels(inbound.channel, "in").inc()
            log.info("inbound stored", extra={"conversation": key, "message_id": stored.message_id,
                                              "channel": inbound.channel, "duplicate": stored.duplicate})
            if stored.raised is not None:
                self.escalations.announce(stored.raised)
            msg_id = stored.message_id
            if stored.over is not None:
                return self._defer(key, msg_id, stored.over)
            # 3. one at a time, in order
            self._answers.message_id = msg_id
            if stored.taken is not None:  # taken when it was stored: the bot is next
                self._act(*stored.taken)
                taken = {msg_id}
            else:
                if not held:
                    held = self._acquire(lock, key, blocking=True)
                if stored.next_in_line:  # nothing before it is unfinished: no need to look
                    taken = {msg_id} if self._process(msg_id) else set()
                else:
                    taken = self._drain(stored.conversation_id, msg_id, waiting_request=msg_id)
            replies = self._answers.replies  # answered by this request: its replies are the ones just stored
        finally:
            self._answers.replies = None
            if held:
                self._release(lock)
        if msg_id not in taken:  # a retry, or answered by another process
            with self.db.session() as s:
                replies = [Reply(m.id, self.enc.decrypt(m.body_enc)) for m in store.replies_to(s, msg_id)]
        self._erase_if_confirmed(key)
        return Outcome(key, replies, stored.duplicate)

    def _store_and_triage(self, key: str, inbound: Inbound, triage: bool = True, take: bool = False) -> Stored:
        """1 and 2 in one transaction: the message is stored, and triaged with its conversation locked (the
        upsert holds the row), before anything acts on it; a message over a rate limit is stored as deferred.
        `triage=False` stores it alone (triage failed: the message is triaged when it is processed). `take`: this
        process holds the conversation's lock; a message with nothing unfinished before it is then stored already
        claimed, and routed (3, up to asking the bot) in this same transaction."""
        with self.db.session() as s:
            address_enc = self.enc.encrypt(inbound.address) if inbound.channel == "sms" else None
            conv = store.get_or_create(s, key, inbound.channel, address_enc)
            if inbound.token_hash is not None and (conv.web_token_hash is None or not hmac.compare_digest(
                    conv.web_token_hash, inbound.token_hash)):
                raise NotThisChat(unknown=conv.web_token_hash is None)  # (rolled back: not even created)
            media_enc = self.enc.encrypt(encode_media(list(inbound.media))) if inbound.media else None
            before, unfinished = store.inbound_before(s, conv.id)  # the row lock keeps these true until commit
            triaged = self._triage(conv, inbound.text, first=before == 0) if triage else None
            taking = take and triaged is not None and unfinished == 0
            msg = store.add_inbound(s, conv.id, inbound.provider_id, self.enc.encrypt(inbound.text), media_enc,
                                    urgency=triaged.level if triaged else None, taken=taking)
            if msg is None:  # a retry of a stored message (what was triaged is dropped: nothing was changed)
                msg = store.find_inbound(s, inbound.provider_id)
                if msg is None or msg.conversation_id != conv.id:
                    raise ValueError("provider id reused by another conversation")
                return Stored(conv.id, msg.id, duplicate=True, urgency=msg.urgency)
            if triaged is None:
                return Stored(conv.id, msg.id, next_in_line=unfinished == 0)
            raised = self._apply_triage(s, conv, msg.id, triaged)
            over = self.limits.over(key) if triaged.level == NORMAL else None
            if over is not None:
                msg.status, msg.attempts = "deferred", 0  # answered later, in order, by the watchdog
                return Stored(conv.id, msg.id, urgency=triaged.level, raised=raised, over=over)
            taken = None
            if taking:
                self._answers.message_id = msg.id
                taken = (conv, msg, self._route(s, conv, msg))
        return Stored(conv.id, msg.id, urgency=triaged.level, raised=raised, next_in_line=unfinished == 0,
                      taken=taken)

    def _conversation_lock(self, key: str):
        return self.redis.lock(redis_state.key("lock", "conversation", key), timeout=60, blocking_timeout=12)

    def _acquire(self, lock, key: str, blocking: bool) -> bool:
        try:
            return bool(lock.acquire(blocking=blocking))
        except redis.RedisError:
            if blocking:
                log.warning("conversation lock unavailable; relying on message claims", extra={"conversation": key})
            return False

    @staticmethod
    def _release(lock) -> None:
        try:
            lock.release()
        except redis.RedisError:
            pass

    @contextmanager
    def _locked(self, key: str):
        lock = self._conversation_lock(key)
        acquired = self._acquire(lock, key, blocking=True)
        try:
            yield
        finally:
            if acquired:
                self._release(lock)

    def resume_pending(self, older_than: timedelta, give_up_after: timedelta, per_pass: int = 20) -> int:
        """Answer stored messages nobody finished (the bot was down, a process died, a flood was held back),
        in order per conversation, sending the answers as new messages. Returns how many were taken."""
        cutoff, now = utcnow() - older_than, utcnow()
        with self.db.session() as s:
            rows = s.execute(select(Message.conversation_id, func.min(Message.created_at)).where(
                Message.direction == "in", Message.status.in_(store.PENDING + ("processing",)),
                Message.updated_at < cutoff).group_by(Message.conversation_id).limit(50)).all()
        taken = 0
        for conv_id, oldest in rows:
            with self.db.session() as s:
                conv = s.get(Conversation, conv_id)
                key = conv.key
                if oldest < now - give_up_after:
                    self._escalate_stuck(s, conv)
                waiting = [m_id for m_id, _ in store.unprocessed_up_to(s, conv_id, 2**31 - 1,
                                                                       utcnow() - self.stale_after)][:per_pass]
            if not waiting:
                continue
            with self._locked(key):
                self._late.active = True
                try:
                    self._drain(conv_id, waiting[-1])
                finally:
                    self._late.active = False
            self._erase_if_confirmed(key)
            taken += len(waiting)
        return taken

    def _escalate_stuck(self, s, conv: Conversation) -> None:
        """The bot has not answered this person for too long: a person should."""
        raised = self.escalations.raise_for(s, conv, BOT_UNAVAILABLE)
        if raised.new:
            s.flush()
            self.escalations.announce(raised)

    def _drain(self, conv_id: int, up_to: int, waiting_request: int | None = None) -> set[int]:
        """Process every unprocessed message up to `up_to`, in order; returns the ids this call processed.
        `waiting_request`: the message whose HTTP request is waiting for its answers (they go back in the
        response, not as new messages)."""
        with self.db.session() as s:
            waiting = store.unprocessed_up_to(s, conv_id, up_to, utcnow() - self.stale_after)
        already_late = getattr(self._late, "active", False)
        taken = set()
        for message_id, status in waiting:
            # a deferred message's request has returned: its answers go out as new messages
            self._late.active = already_late or (status == "deferred" and message_id != waiting_request)
            try:
                if self._process(message_id):
                    taken.add(message_id)
            finally:
                self._late.active = already_late
        return taken

    # 3. keywords, then the bot ---------------------------------------------------------------------
    def _process(self, message_id: int) -> bool:
        """False when the message was not this process's to take."""
        with self.db.session() as s:
            # taken atomically, and committed with the rest of this transaction before the bot is asked
            msg = store.claim(s, message_id, utcnow() - self.stale_after)
            if msg is None:
                return False  # processed already, or being processed by another process
            conv = s.get(Conversation, msg.conversation_id)
            routed = self._route(s, conv, msg)
        self._act(conv, msg, routed)
        return True

    def _route(self, s, conv: Conversation, msg: Message) -> Routed:
        """Where a claimed message goes (keywords, a confirmation, the person who took the conversation, a
        holding reply), decided in its transaction; `_act` does the rest once that is committed."""
        raised: Raised | None = None
        routed_to_staff = watched = joined = opted_in = harm = False
        body = self.enc.decrypt(msg.body_enc)
        keyword = keyword_of(body, conv.channel)
        pending = self._take_confirmation(conv.key) if keyword in (None, Keyword.START) else None
        erase_kept = pending == "delete" and not is_no(body) and keeps_it(body)
        if pending and is_no(body) and conv.owner_staff_id is None and conv.language in FULL_BOT:
            body, pending = "/resume", None  # "no, go on": the bot carries on where it was
        if msg.urgency is None:  # not triaged yet (its request died, or its triage failed): triage now
            before, _ = store.inbound_before(s, conv.id, msg.id)
            triaged = self._triage(conv, body, first=before == 0)
            msg.urgency, raised = triaged.level, self._apply_triage(s, conv, msg.id, triaged)
        asks_erasing = pending == "delete" and asks_what_erasing_does(body) and not confirms_erasing(body)
        if asks_erasing or erase_kept:
            # "will those guys still get help if i do tho": what erasing takes with it, and the yes still awaited;
            # "no no keep it!! i just wanted to know": nothing was erased (it was added to the report)
            said = "erase_what_goes" if asks_erasing else "not_erased"
            self._reply(s, conv, msg, gateway_text(said, conv.language or "en"), author="system")
            if asks_erasing:
                self._ask_confirmation(conv.key, "delete")
            msg.status = "done"
            return Routed(body, raised, to_staff=conv.owner_staff_id is not None)
        if keyword is Keyword.START and conv.opted_out:
            body = self._opt_in(s, conv, msg)
            if msg.status == "done":
                return Routed(body, raised)
            keyword, opted_in = None, True  # "/resume": the bot asks its question again
        if conv.opted_out and keyword is not Keyword.START:
            msg.status = "held"  # kept for staff; nothing is sent to a number that sent STOP
        elif pending and (is_yes(body) or pending == "delete" and confirms_erasing(body)):
            self._confirmed(s, conv, msg, pending)
        elif keyword is not None and self._apply_keyword(s, conv, msg, keyword):
            routed_to_staff = conv.owner_staff_id is not None  # STOP, HELP, DELETE: the person on the chat sees it
        elif conv.owner_staff_id is not None:
            msg.status = "done"  # a person owns this conversation: it goes to them, never to the bot
            routed_to_staff = True
        elif conv.language not in FULL_BOT:
            # The bot does not speak it: say so in that language, once, and queue for a person.
            interpreter = self.escalations.raise_for(s, conv, NEEDS_INTERPRETER, raised_by=msg.id)
            raised = raised or interpreter
            # once in this language, then again after five minutes of waiting (also when a person was already asked
            # for, for another reason): a burst gets one answer; "how long? I'm scared" ten minutes later is not met
            # with silence (it was, for a day)
            first_in_language = msg.attempts == 1 and self._once(("holding", conv.key, conv.language),
                                                                 HOLDING_AGAIN_SECONDS, without_redis=True)
            urgent = msg.urgency not in (None, "normal") and msg.attempts == 1
            if interpreter.new or first_in_language or urgent:
                # the greeting once in the language; then that we are still here; 911 first when danger is told
                # ("他回来了 他在门外 救命", he is back at the door, got the greeting again)
                greeted = not self._once(("holding-greeted", conv.key, conv.language), DAY_SECONDS,
                                         without_redis=True)
                danger = urgent and (greeted or msg.urgency == "critical")
                when = "danger" if danger else "again" if greeted else "first"
                self._reply(s, conv, msg, holding_message(conv.language, when), author="system")
            msg.status = "done"
            routed_to_staff = True
        elif conv.language == "en" and keyword is None and reads_english_badly(body) and not requested_language(body):
            # "sorry my english no good": the languages the line writes in, each in its own words (it got the
            # not-safe pause in English); the next message in one of them switches the chat
            self._reply(s, conv, msg, gateway_text("languages", "en"), author="system")
            msg.status = "done"
        elif not body.strip() and msg.media_enc is not None:
            # A photo or file with no words: staff can see it; the bot has nothing to read.
            self._reply(s, conv, msg, gateway_text("media_received", conv.language), author="system")
            msg.status = "done"
        else:
            if requested_language(body) == conv.language and msg.urgency == NORMAL:
                # "in English please", "¿español?": the bot says so in that language and asks its question again
                body = LANGUAGE_SWITCHED
            joining = self.escalations.raised_by(s, msg.id) if msg.urgency != "normal" else None
            # "watched" is always urgent; a man coming for a child ("tengo 16, un señor me va a recoger… ya viene"), or
            # waiting for her outside a hotel bathroom ("my bf brought me here to meet some guy… im 15. hes waiting
            # outside the room"), is not someone reading her phone: she is told a person is joining, and 911 (she got
            # "OK. Write back whenever you like.")
            # (a man coming for a child, or who has her now: whatever message raised the escalation; "idk hes coming
            # back out. should i just stay in the truck or what", from a girl of 16 in his truck, got the pause)
            watched = msg.urgency not in (None, NORMAL) and is_watched(body) and not (
                joining is not None and CHILD_TAKEN & set(joining.reasons.split(","))
                or CHILD_TAKEN & self.escalations.open_reasons(s, conv.id))
            joined = joining is not None and msg.attempts == 1 and not watched
            harm = msg.urgency not in (None, NORMAL) and says_self_harm(body)
            if joined:
                # someone watching the phone must not read "a person is joining": the bot pauses neutrally
                self._reply(s, conv, msg, self._joining_text(joining.reasons, conv.language), author="system")
            elif harm and msg.attempts == 1 and not watched:
                # said again, or after a person was already called for something else ("i want to kill myself" after
                # "my uncle sells me"): the 988 line each time (it got "Where is this happening?", then silence)
                self._reply(s, conv, msg, gateway_text("self_harm_again", conv.language), author="system")
            away = msg.attempts == 1 and self._first_message_while_away(conv.key)
            if away and joining is None:
                back = self.hours.describe_return(utcnow(), conv.language)
                self._reply(s, conv, msg, gateway_text("after_hours", conv.language, back=back),
                            author="system")
        return Routed(body, raised, routed_to_staff, watched, joined, opted_in, harm)

    def _act(self, conv: Conversation, msg: Message, routed: Routed) -> None:
        """After `_route`'s transaction: announce what it raised, tell the person who owns the conversation, or ask
        the bot."""
        if routed.raised is not None:
            self.escalations.announce(routed.raised)
        if msg.status in ("done", "held"):
            if routed.to_staff and conv.owner_staff_id is not None:
                self.escalations.message_for_staff(conv.id, msg.id)
            return
        # the bot hears "danger" only for danger this minute (its 911 lines); any urgent message raised or joined an
        # escalation, so a person is coming and the bot asks what and where before its menus
        self._ask_bot(msg, conv, routed.body, routed.watched,
                      danger=msg.urgency == CRITICAL and says_danger_now(
                          routed.body, frozenset((conv.triage_flags or "").split(","))),
                      person_coming=msg.urgency in (CRITICAL, HIGH), joined=routed.joined, opted_in=routed.opted_in,
                      self_harm=routed.self_harm)

    # 2. triage -------------------------------------------------------------------------------------
    def _defer(self, key: str, msg_id: int, over: Over) -> Outcome:
        """Over a rate limit: stored, answered later in order by the watchdog, never in anyone's way. A flood
        from one sender gets silence; a person caught in a line-wide surge gets one holding reply."""
        replies = []
        if over is Over.LINE and self._first_holding(key):
            with self.db.session() as s:
                msg = s.get(Message, msg_id)
                conv = s.get(Conversation, msg.conversation_id)
                replies = [self._reply(s, conv, msg, gateway_text("holding", conv.language), author="system")]
        self.metrics.deferred.labels(over.value).inc()
        log.info("inbound deferred", extra={"conversation": key, "message_id": msg_id, "limit": over.value})
        return Outcome(key, replies)

    def _triage(self, conv: Conversation, body: str, first: bool) -> Triaged:
        """Language, then urgency, decided here before the bot is asked anything (even after STOP); `first`:
        the conversation's first inbound message. Changes nothing: `_apply_triage` does."""
        keyword = keyword_of(body, conv.channel)
        language = conv.language
        known = frozenset(f for f in (conv.triage_flags or "").split(",") if f)
        if keyword is None:
            # until a message carries a language ("👋", "ok" and "12" do not), the next one is read as the first:
            # "👋" then "si" got the role question in English
            opening = first or LANGUAGE_SET not in known
            choice = choose_language(None if opening else conv.language, body, opening)
            if choice.changed or first or (opening and choice.why != "kept"):
                language = choice.language
            if choice.why != "kept":
                known |= {LANGUAGE_SET}
        return Triaged(language, assess(body, known, help_keyword=keyword is Keyword.HELP))

    def _apply_triage(self, s, conv: Conversation, message_id: int, triaged: Triaged) -> Raised | None:
        """The conversation learns its language and flags; an urgent message raises an escalation."""
        assessment = triaged.assessment
        if triaged.language != conv.language:
            # staff see the language the person writes in now ("hi i need help porfavor", then Spanish, was queued as
            # English; Creole then French still asked for an interpreter)
            self.escalations.language_changed(s, conv.id, triaged.language, triaged.language in FULL_BOT)
        conv.language = triaged.language
        conv.triage_flags = ",".join(sorted(assessment.flags))
        if not assessment.urgent:
            return None
        log.info("urgent message", extra={"conversation": conv.key, "message_id": message_id,
                                          "level": assessment.level, "score": assessment.score,
                                          "reasons": list(assessment.reasons)})
        return self.escalations.raise_for(s, conv, assessment, raised_by=message_id)

    def _joining_text(self, reasons: str, language: str) -> str:
        said = set(reasons.split(","))
        if "self_harm" in said:
            return gateway_text("joining_self_harm", language)
        if not self.hours.is_open(utcnow()):
            return gateway_text("joining_after_hours", language, back=self.hours.describe_return(utcnow(), language))
        # someone in danger now: 911 first, plainly ("if you are in immediate danger" read as doubting what they said);
        # a calm tip that is critical for what it adds up to (a minor, papers taken) keeps "if you are in danger"
        return gateway_text("joining_danger" if said & DANGER_NOW else "joining", language)

    def _ask_bot(self, msg: Message, conv: Conversation, body: str, watched: bool = False,
                 danger: bool = False, person_coming: bool = False, joined: bool = False,
                 opted_in: bool = False, self_harm: bool = False) -> None:
        """`msg` and `conv` as `_process` left them (claimed, committed)."""
        message_id, key, language, channel = msg.id, conv.key, conv.language, conv.channel
        started = time.perf_counter()
        try:
            # A retried message may have reached the bot before its gateway died: take that turn's answers
            # instead of sending it twice (the tracker knows each turn's message by its metadata).
            bot_replies = self.rasa.answered(key, message_id) if msg.attempts > 1 else None
            if bot_replies is None:
                # received_at: when it was stored, so the bot can tell a message sent before its last question
                # could be read ("and my phone", right after "they took my passport")
                metadata = {"channel": channel, "language": language, MESSAGE_REF: message_id,
                            "received_at": round(msg.created_at.timestamp(), 3)}
                if watched:
                    metadata["watched"] = True  # the bot pauses, as after "it's not safe to text"
                if danger:
                    metadata["danger"] = True  # someone is in danger now: the bot's 911 lines
                if person_coming:
                    metadata["person_coming"] = True  # staff were called: what and where first, the menus last
                if joined:
                    metadata["joined"] = True  # the gateway said "a person is joining" (and 911) to this message
                if self_harm:
                    metadata["self_harm"] = True  # the 988 line was given: the bot asks nothing this turn
                if opted_in:
                    metadata["opted_in"] = True  # START after STOP: the bot asks again whether it is safe to text
                bot_replies = self.rasa.send(key, body, metadata)
                self.metrics.rasa_latency.observe(time.perf_counter() - started)
                if not bot_replies and self.rasa.answered(key, message_id) is None:
                    # Rasa's REST channel answers 200 with nothing when it failed (its Redis was down, say)
                    raise RasaUnavailable("the turn was not taken")
        except RasaUnavailable as exc:
            self.metrics.rasa_errors.inc()
            log.warning("bot unavailable; holding reply", extra={"conversation": key, "message_id": message_id,
                                                                 "error": str(exc)})
            with self.db.session() as s:
                msg, conv = s.merge(msg, load=False), s.get(Conversation, conv.id)
                msg.status = "pending"
                if msg.attempts == 1 and self._first_holding(key):
                    self._reply(s, conv, msg, gateway_text("holding", language), author="system")
            return
        # The answer's commit does not wait for the disk (about 0.7 ms a message): the message itself was, and
        # if the database crashed before this reached the disk, the message is found unfinished and the bot's
        # answers are read back from its tracker (`answered`): at worst the person gets them twice, never none.
        with self.db.session() as s:
            # the message is this process's (claimed); a person may have taken the conversation meanwhile
            if store.finish(s, message_id, wait_for_disk=False) is not None:
                return  # a person took over while the bot was thinking: its answer is dropped
            texts = []
            # "stop texting me for now he'll hear my phone buzz": nothing sent back to it by SMS (the bot took it)
            quiet = channel == "sms" and asks_for_quiet(body)
            for reply in [] if quiet else bot_replies:
                if reply.confirms in CONFIRMABLE:
                    self._ask_confirmation(key, reply.confirms)  # the bot asked "end/erase this chat?"
                elif reply.text:
                    texts.append(reply.text)
            self._replies(s, conv, msg, texts)
        log.info("inbound answered", extra={"conversation": key, "message_id": message_id,
                                            "replies": len(bot_replies)})

    def _once(self, name: tuple[str, ...], seconds: int, without_redis: bool) -> bool:
        """True the first time in `seconds` for this name (across every gateway); `without_redis` when Redis is away."""
        try:
            return bool(self.redis.set(redis_state.key(*name), "1", nx=True, ex=seconds))
        except redis.RedisError:
            return without_redis

    def _first_holding(self, key: str) -> bool:
        """One holding reply per conversation per outage, not one per message."""
        return self._once(("holding", key), 300, without_redis=True)

    def _first_message_while_away(self, key: str) -> bool:
        """True once per conversation per closed period: outside staffed hours, say when staff are back."""
        now = utcnow()
        if self.hours.is_open(now):
            return False
        back = self.hours.next_opening(now)
        ttl = max(60, int((back - now).total_seconds())) if back else 3600
        return self._once(("after-hours", key), ttl, without_redis=False)

    def _opt_in(self, s, conv: Conversation, msg: Message) -> str:
        """START from a number that sent STOP: welcome back, then the bot asks whether it is safe to text (STOP can mean
        someone was looking) and the question it was asking before STOP comes again ("/resume" with `opted_in`; it
        waited, unsaid, and the person's next message was read as its answer)."""
        conv.opted_out = False
        self._reply(s, conv, msg, gateway_text("start", conv.language), author="system")
        try:
            mid_intake = conv.owner_staff_id is None and conv.language in FULL_BOT and self.rasa.in_intake(conv.key)
        except RasaUnavailable:
            mid_intake = False
        if not mid_intake:
            msg.status = "done"
        return "/resume"

    def _apply_keyword(self, s, conv: Conversation, msg: Message, keyword: Keyword) -> bool:
        """True when the keyword was the whole answer."""
        lang = conv.language
        if keyword is Keyword.STOP:
            if not conv.opted_out:
                conv.opted_out = True
                # a person was called for this conversation: from now on nobody can text this number (Twilio blocks
                # it until START), so the last thing they read is where help is
                urgent = self.escalations.is_open(s, conv.id)
                self._reply(s, conv, msg, gateway_text("stop_urgent" if urgent else "stop", lang), author="system")
            msg.status = "done"
            return True
        if keyword is Keyword.START:
            return False  # "yes" is an ordinary answer for a number that never opted out (`_opt_in` for the rest)
        if keyword is Keyword.DELETE:
            # a person was called for this conversation: erasing it takes the call back too, and they are told so
            # before they say yes (a spa worker's APAGAR, SIM erased her critical call while her boss was coming back)
            coming = gateway_text("erase_ends_the_chat" if conv.owner_staff_id is not None else "erase_ends_the_call",
                                  lang) if self.escalations.is_open(s, conv.id) else ""
            self._reply(s, conv, msg, coming + gateway_text("confirm_delete", lang, conv.channel), author="system")
            self._ask_confirmation(conv.key, "delete")
            msg.status = "done"
            return True
        if keyword is Keyword.HELP and conv.owner_staff_id is not None:
            # to the person on the chat, who sees it: that they have it (the line's general help text came instead)
            self._reply(s, conv, msg, gateway_text("help_staff_here", lang), author="system")
            msg.status = "done"
            return True
        if keyword is Keyword.HELP:
            contact = gateway_text("call_us", lang, phone=self.hotline_phone) if self.hotline_phone else ""
            # the default name is English ("Aqui é the tip line…"): unnamed, the line says what it is in each language
            intro = gateway_text("help_intro", lang, hotline=self.hotline_name) if self.hotline_name not in (
                "", DEFAULT_HOTLINE_NAME) else gateway_text("help_intro_unnamed", lang)
            self._reply(s, conv, msg, gateway_text("help", lang, intro=intro, contact=contact), author="system")
            msg.status = "done"
            return True
        return False

    # ending and erasing, after one confirmation ---------------------------------------------------
    def _ask_confirmation(self, key: str, what: str) -> None:
        try:
            self.redis.set(redis_state.key("confirm", key), what, ex=CONFIRM_SECONDS)
        except redis.RedisError:
            log.warning("confirmation not recorded", extra={"conversation": key})

    def _take_confirmation(self, key: str) -> str | None:
        """What the previous reply asked to confirm (asked once: any other answer drops it)."""
        try:
            return self.redis.getdel(redis_state.key("confirm", key))
        except redis.RedisError:
            return None

    def _confirmed(self, s, conv: Conversation, msg: Message, what: str) -> None:
        msg.status = "done"
        if what == "delete":
            held = s.scalar(select(func.count()).select_from(Report).where(
                Report.conversation_key == conv.key, Report.legal_hold.is_(True)))
            self._reply(s, conv, msg, gateway_text("erased_on_hold" if held else "erased", conv.language,
                                                   conv.channel), author="system", erased=True)
            with self._to_erase_lock:
                self._to_erase.add(conv.key)
        elif what == "end":
            self._reply(s, conv, msg, gateway_text("ended", conv.language), author="system")
            try:
                self.rasa.restart(conv.key)
            except RasaUnavailable:
                log.warning("bot conversation not restarted", extra={"conversation": conv.key})

    def _erase_if_confirmed(self, key: str) -> None:
        with self._to_erase_lock:
            if key not in self._to_erase:
                return
            self._to_erase.discard(key)
        erase_conversation(self.db, self.redis, key)

    # 4. replies ------------------------------------------------------------------------------------
    def _reply(self, s, conv: Conversation, msg: Message, body: str, author: str = "bot",
               erased: bool = False) -> Reply:
        return self._replies(s, conv, msg, [body], author, erased)[0]

    def _replies(self, s, conv: Conversation, msg: Message, bodies: list[str], author: str = "bot",
                 erased: bool = False) -> list[Reply]:
        """Store the replies to `msg` (one INSERT for them all), then hand each on: to the waiting request, or
        sent as a new message when nobody waits, and to the live consoles. The bot's and the gateway's emergency
        numbers are those of where the person said they are (webhooks/triage/emergency.py)."""
        if author in ("bot", "system"):
            flags = (conv.triage_flags or "").split(",")
            bodies = [localise(body, flags) for body in bodies]
        ids = store.add_replies(s, conv.id, msg.id, [self.enc.encrypt(body) for body in bodies], author)
        replies = []
        for out_id, body in zip(ids, bodies, strict=True):
            reply = Reply(out_id, body, erased)
            replies.append(reply)
            if getattr(self._answers, "replies", None) is not None and msg.id == self._answers.message_id:
                self._answers.replies.append(reply)
            self.metrics.messages.labels(conv.channel, "out").inc()
            if getattr(self._late, "active", False) and conv.channel == "sms" and self.outbound is not None:
                out = s.get(Message, out_id)
                try:
                    self.outbound.deliver(conv, out, body)  # nobody is waiting for TwiML any more
                except OptedOut:
                    out.status = "held"
        if self.on_replies is not None and replies:
            self.on_replies(conv.channel, conv.key, replies)
        return replies
