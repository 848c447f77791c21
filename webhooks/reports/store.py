"""Where a report is written: the one place that creates and reads reports, used by the action
server (when the bot files a tip) and by the staff API."""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from dataclasses import replace as replaced
from datetime import UTC, datetime, timedelta
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError

from webhooks.conversations.models import Conversation, Message
from webhooks.conversations.transcript import told_to_staff
from webhooks.crypto import Encryptor
from webhooks.db import Database, utcnow
from webhooks.escalations.models import Escalation
from webhooks.reports import contact, htcds
from webhooks.reports.codes import new_reference_code, without_passphrases
from webhooks.reports.extract import Extracted, extract, is_empty, merge_facts
from webhooks.reports.models import Report
from webhooks.triage.assess import DANGER_NOW, assess

# danger this minute (as the gateway's 911 line reads it) and self-harm: past violence, or being kept, is serious but
# not imminent ("he beat a guy last month", "now is ok") and was marked for a mandated report on imminent danger
IMMINENT = DANGER_NOW | {"self_harm"}
LEVELS = ("low", "medium", "high", "critical")


CORRECTION_MARK = "Correction after filing: "  # an addition that says a field is wrong

@dataclass(frozen=True)
class NewTip:
    """A tip as the bot gathered it: the answers as said, and `facts` read from them (see extract.py)."""
    conversation_key: str
    channel: str
    language: str
    narrative: str | None
    location: str | None = None
    occurred: str | None = None
    people: str | None = None
    control: str | None = None
    more: str | None = None
    reporter_role: str | None = None
    privacy_level: str = "anonymous"
    contact: str | None = None
    exploitation_answer: str | None = None
    facts: dict[str, Any] = field(default_factory=dict)


class ReportView(BaseModel):
    """A report as staff read it (and as the API returns it): the tipster's answers as said, and the structured
    (HTCDS) fields, with `extracted` naming those the bot read from free text, to confirm or correct."""
    model_config = ConfigDict(frozen=True)

    id: int
    reference_code: str
    channel: str
    language: str
    narrative: str | None
    location: str | None
    occurred: str | None
    status: str
    created_at: datetime
    people: str | None = None
    control: str | None = None
    more: str | None = None
    additions: tuple[str, ...] = ()
    reporter_role: str | None = None
    privacy_level: str = "anonymous"
    contact: str | None = None
    exploitation: tuple[str, ...] = ()
    labour_type: str | None = None
    means_of_control: tuple[str, ...] = ()
    ilo_indicators: tuple[str, ...] = ()
    venue: str | None = None
    city: str | None = None
    state: str | None = None
    country: str | None = None
    ongoing: bool | None = None
    people_count: int | None = None
    ages: str | None = None
    minor: bool = False
    gender: str | None = None
    extracted: tuple[str, ...] = ()
    urgency_level: str | None = None
    urgency_score: int | None = None
    urgency_reasons: tuple[str, ...] = ()
    mandated_reasons: tuple[str, ...] = ()
    updated_at: datetime | None = None
    conversation_key: str = Field("", exclude=True)  # the keyed hash: never leaves the server
    legal_hold: bool = False
    assignee_id: int | None = None
    confirmed: tuple[str, ...] = ()
    notes: tuple[dict, ...] = ()
    referral_agency: str | None = None
    referral_reference: str | None = None
    referral_at: datetime | None = None
    referral_signed_by: int | None = None


# "unconfirmed": the person saw the read-back of their tip and has not said yes (yet); kept so that a person who
# leaves at the read-back still leaves a report
STATUSES = ("unconfirmed", "new", "triaged", "referred", "closed")
# what staff may correct, and how a value is checked
EDITABLE = {"labour_type": str, "venue": str, "city": str, "state": str, "country": str, "ongoing": bool,
            "gender": str, "people_count": int, "ages": str, "minor": bool, "means_of_control": list,
            "exploitation": list}


@dataclass(frozen=True)
class ReportFilter:
    status: str | None = None
    urgency: str | None = None
    kind: str | None = None  # ForcedLabour | SexualExploit | OtherExploit
    language: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    place: str | None = None  # a city, state or country, any case
    mandated: bool | None = None

    def apply(self, query):
        if self.status:
            query = query.where(Report.status == self.status)
        if self.urgency:
            query = query.where(Report.urgency_level == self.urgency)
        if self.kind in htcds.EXPLOITATION_TYPES:
            column = {"ForcedLabour": Report.is_forced_labour, "SexualExploit": Report.is_sexual_exploit,
                      "OtherExploit": Report.is_other_exploit}[self.kind]
            query = query.where(column.is_(True))
        if self.language:
            query = query.where(Report.language == self.language)
        if self.since:
            query = query.where(Report.created_at >= self.since)
        if self.until:
            query = query.where(Report.created_at < self.until)
        if self.place:
            place = self.place.strip().lower()
            query = query.where(or_(func.lower(Report.city) == place, func.lower(Report.state) == place,
                                    func.lower(Report.country) == place))
        if self.mandated is not None:
            query = query.where(Report.mandated_reasons != "" if self.mandated else Report.mandated_reasons == "")
        return query


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v for v in (value or "").split(",") if v)


def _given(value: str | None) -> str | None:
    return value if value not in (None, "", "unknown", "none") else None


# how long an unconfirmed report waits for the same chat's next tip to be folded into it
EARLIER_DRAFT_KEPT = timedelta(days=7)
_EARLIER_LABELS = {"narrative": "What", "location": "Where", "occurred": "When", "people": "Who", "control": "Signs",
                   "more": "Also"}


def _same(a: str, b: str) -> bool:
    return " ".join(a.lower().split()) in " ".join(b.lower().split())


def _facts_of(report: Report) -> dict[str, Any]:
    """The structured fields of a report, as the bot's facts name them."""
    facts: dict[str, Any] = {
        "exploitation": [k for k, on in (("ForcedLabour", report.is_forced_labour), ("SexualExploit",
                         report.is_sexual_exploit), ("OtherExploit", report.is_other_exploit)) if on],
        "means_of_control": list(_split(report.means_of_control)),
        "ages": [int(a) for a in _split(report.ages) if a.isdigit()]}
    for name in ("labour_type", "venue", "city", "state", "country", "ongoing", "people_count", "gender"):
        facts[name] = getattr(report, name)
    if report.minor:
        facts["minor"] = True
    return {k: v for k, v in facts.items() if v not in (None, [])}


def _facts_told(found: Iterable[Extracted]) -> dict[str, Any]:
    """Facts, as the bot's facts name them, read from several messages (the bot's own merge: extract.merge_facts)."""
    facts: dict[str, Any] = {}
    for e in found:
        facts = merge_facts(facts, e)
    return facts


def _fill_empty(report: Report, facts: dict[str, Any]) -> None:
    """The report's fields still empty, from `facts`; each one filled is marked as read by the bot (to confirm)."""
    extracted = [e for e in (report.extracted or "").split(",") if e]
    kinds = set(facts.get("exploitation") or ())
    if kinds and not (report.is_forced_labour or report.is_sexual_exploit or report.is_other_exploit):
        report.is_forced_labour, report.is_sexual_exploit = "ForcedLabour" in kinds, "SexualExploit" in kinds
        report.is_other_exploit = "OtherExploit" in kinds
        extracted.append("exploitation")
    had = set(_split(report.means_of_control))
    means = [m for m in htcds.MEANS_OF_CONTROL if m in had or m in set(facts.get("means_of_control") or ())]
    if set(means) != had:
        report.means_of_control = ",".join(means)
        report.ilo_indicators = ",".join(htcds.ilo_indicators_of(means))
        extracted.append("means_of_control")
    place = ("city", "state", "country")
    names = ["labour_type", "venue", "people_count", "gender"] + (
        list(place) if not any(getattr(report, name) for name in place) else [])
    for name in names:
        if getattr(report, name) is None and facts.get(name) is not None:
            setattr(report, name, facts[name])
            extracted.append(name)
    ages = sorted({int(a) for a in _split(report.ages) if a.isdigit()} | set(facts.get("ages") or ()))
    if ages and ",".join(map(str, ages)) != (report.ages or ""):
        report.ages = ",".join(map(str, ages))
        extracted.append("ages")
    if not report.minor and (facts.get("minor") or any(a < 18 for a in ages)):
        report.minor = True
        extracted.append("minor")
        report.mandated_reasons = ",".join(["minor", *(r for r in _split(report.mandated_reasons) if r != "minor")])
    report.extracted = ",".join(dict.fromkeys(extracted))


class ReportStore:
    def __init__(self, db: Database, encryptor: Encryptor) -> None:
        self.db = db
        self.enc = encryptor

    def file(self, tip: NewTip, *, confirmed: bool = True, draft: str | None = None) -> ReportView:
        """File a tip. `confirmed=False` keeps it as "unconfirmed" (shown to the person, not yet confirmed);
        `draft` is the code of that earlier filing of the same conversation's tip, which is then brought up to date
        (and confirmed) instead of a second report being made."""
        status = "new" if confirmed else "unconfirmed"
        with self.db.session() as s:
            if draft:
                report = s.scalar(select(Report).where(Report.reference_code == draft,
                                                       Report.conversation_key == tip.conversation_key,
                                                       Report.status == "unconfirmed"))
            else:
                report, tip = self._with_earlier_draft(s, tip)
            if report is not None:
                self._fill(s, report, tip)
                report.status = status
                s.flush()
                return self._view(report)
        for _ in range(8):
            try:
                with self.db.session() as s:
                    report = Report(reference_code=new_reference_code(), conversation_key=tip.conversation_key,
                                    channel=tip.channel, language=tip.language, status=status)
                    self._fill(s, report, tip)
                    s.add(report)
                    s.flush()
                    return self._view(report)
            except IntegrityError:
                continue  # a reference code collision: draw another
        raise RuntimeError("could not allocate a reference code")

    def _fill(self, s, report: Report, tip: NewTip) -> None:
        facts = tip.facts or {}
        enc = self.enc.encrypt
        report.narrative_enc = enc(tip.narrative)
        report.location, report.occurred = tip.location, tip.occurred
        report.people_enc, report.control_enc, report.more_enc = enc(tip.people), enc(tip.control), enc(tip.more)
        report.reporter_role = tip.reporter_role
        report.privacy_level = tip.privacy_level if tip.privacy_level in htcds.PRIVACY_LEVELS else "anonymous"
        conv = s.scalar(select(Conversation).where(Conversation.key == tip.conversation_key))
        report.contact_enc = None  # (an unconfirmed report brought up to date keeps no contact that was taken back)
        if report.privacy_level != "anonymous" and _given(tip.contact):
            report.contact_enc = self._contact_enc(s, tip.conversation_key, tip.contact)
        extracted = []
        kinds = set(facts.get("exploitation") or ())
        if not kinds and tip.exploitation_answer:
            kinds = {k for k in tip.exploitation_answer.split(",") if k in htcds.EXPLOITATION_TYPES}
        elif kinds:
            extracted.append("exploitation")
        report.is_forced_labour = "ForcedLabour" in kinds
        report.is_sexual_exploit = "SexualExploit" in kinds
        report.is_other_exploit = "OtherExploit" in kinds
        means = [m for m in htcds.MEANS_OF_CONTROL if m in set(facts.get("means_of_control") or ())]
        report.means_of_control = ",".join(means)
        report.ilo_indicators = ",".join(htcds.ilo_indicators_of(means))
        for name in ("labour_type", "venue", "city", "state", "country", "ongoing", "people_count", "gender"):
            value = facts.get(name)
            if value is not None:
                setattr(report, name, value)
                extracted.append(name)
        if means:
            extracted.append("means_of_control")
        if facts.get("ages"):
            report.ages = ",".join(str(a) for a in facts["ages"])
            extracted.append("ages")
        report.minor = bool(facts.get("minor")) or any(int(a) < 18 for a in facts.get("ages") or ())
        if report.minor:
            extracted.append("minor")
        report.extracted = ",".join(extracted)
        reasons: set[str] = set()
        level, score = None, None
        # a later tip of the same chat ("i have another tip, different place") is not the first one's: only what was
        # raised since it began counts, and not the chat's minor (the farm's 6 men were filed as a child's report)
        since = facts.get("tip_since")
        if conv is not None and since is not None:
            # the chat's one escalation holds both tips' reasons: this tip's urgency is its own messages' (a girl of 17
            # beaten, told after a farm's report, stays critical; the farm's minor does not follow the next tip)
            began = datetime.fromtimestamp(float(since), UTC)
            for body in s.scalars(select(Message.body_enc).where(
                    Message.conversation_id == conv.id, Message.direction == "in", Message.created_at >= began)):
                read = assess(self.enc.decrypt(body))
                reasons |= set(read.reasons)
                if read.urgent and (level is None or LEVELS.index(read.level) > LEVELS.index(level)):
                    level, score = read.level, max(score or 0, read.score)
        elif conv is not None:
            for esc in s.scalars(select(Escalation).where(Escalation.conversation_id == conv.id)):
                reasons |= set(_split(esc.reasons))
                score = max(score or 0, esc.score)
                # (an escalation at the triage's "normal", a person asked for or an interpreter needed, ranks
                # nothing: it raised ValueError here, and "I couldn't save your report" answered each yes)
                if esc.level in LEVELS and (level is None or LEVELS.index(esc.level) > LEVELS.index(level)):
                    level = esc.level
        if conv is not None and since is None:
            if "minor" in _split(conv.triage_flags) and not facts.get("not_minor"):
                report.minor = True  # (unless the person corrected it at the read-back: "shes 19 not 17")
        if report.minor and report.labour_type == "sex work":
            # a child sold for sex is no "sex work" (the kind, sexual exploitation, says it; three reports of girls
            # of 14 to 17 were filed with it as their work)
            report.labour_type = None
            report.extracted = ",".join(e for e in report.extracted.split(",") if e != "labour_type")
        report.urgency_level, report.urgency_score = level, score
        report.urgency_reasons = ",".join(sorted(reasons))[:200]
        # the person said the danger was read wrong ("no es emergencia, nadie esta en peligro"): no mandated report
        # on imminent danger (the urgency the triage raised stays, for staff to see)
        imminent = bool(reasons & IMMINENT) and not facts.get("not_in_danger")
        mandated = (["minor"] if report.minor else []) + (["imminent_danger"] if imminent else [])
        report.mandated_reasons = ",".join(mandated)
        told = [a["text"] for a in json.loads(self.enc.decrypt(report.additions_enc) or "[]")
                if a.get("by") == "told staff"]
        if told:  # (what the person told staff, once the bot files the tip again)
            _fill_empty(report, _facts_told(extract(t, report.language or "en") for t in told))
        self._link(s, report, facts.get("codes_told") or ())

    def _link(self, s, report: Report, codes) -> None:
        """Codes of other reports given in this chat ("i sent a tip from my old phone, code K7M2-9QXZ"): each report
        names the other in its additions, for staff to put them together (the person is told nothing of the other)."""
        for code in codes:
            other = s.scalar(select(Report).where(Report.reference_code == code))
            if other is report:
                continue
            self._note_once(report, f"Refers to report {code}, whose code was given in this chat." if other else
                            f"A code given in this chat, {code}, matches no report.")
            if other is not None:
                self._note_once(other, f"Report {report.reference_code} was filed from another phone or chat that "
                                       "gave this report's code.")

    def _note_once(self, report: Report, text: str) -> None:
        if not any(e.get("text") == text for e in json.loads(self.enc.decrypt(report.additions_enc) or "[]")):
            self._add_entries(report, "additions_enc", [{"text": text, "by": "linked"}])

    def _add_entries(self, report: Report, column: str, new: list[dict]) -> None:
        """More entries, stamped now, in an encrypted JSON list of the report (additions, notes, follow-up)."""
        entries = json.loads(self.enc.decrypt(getattr(report, column)) or "[]")
        at = utcnow().isoformat(timespec="seconds")
        entries += [{"at": at, **entry} for entry in new]
        setattr(report, column, self.enc.encrypt(json.dumps(entries, ensure_ascii=False)))

    def _with_earlier_draft(self, s, tip: NewTip) -> tuple[Report | None, NewTip]:
        """A tip begun again in a chat that left an unconfirmed report ("do you want to end the chat?" "sí", then back
        an hour later): that report (read in the session `s`), and the tip with what was told there and not again
        (the two stood side by side, the first one unconfirmed and half told). The contact is the new tip's only: the
        latest choice."""
        earlier = s.scalar(select(Report).where(
            Report.conversation_key == tip.conversation_key, Report.status == "unconfirmed",
            Report.updated_at >= utcnow() - EARLIER_DRAFT_KEPT).order_by(Report.id.desc()).limit(1))
        if earlier is None:
            return None, tip
        dec = self.enc.decrypt
        told = {"narrative": dec(earlier.narrative_enc), "location": earlier.location, "occurred": earlier.occurred,
                "people": dec(earlier.people_enc), "control": dec(earlier.control_enc)}
        more = _given(dec(earlier.more_enc))
        facts = _facts_of(earlier)
        now: dict[str, Any] = {}
        before: list[str] = []
        for name, old in told.items():
            new = getattr(tip, name)
            if not _given(old) or _given(new) and _same(old, new):
                continue
            if _given(new):
                before.append(f"{_EARLIER_LABELS[name]}: {old}")  # told differently then: staff read both
            else:
                now[name] = old
        if more and not (_given(tip.more) and _same(more, tip.more)):
            before.append(f"{_EARLIER_LABELS['more']}: {more}")
        if before:
            said = "Told earlier in this chat: " + "; ".join(before)
            now["more"] = f"{tip.more}\n{said}" if _given(tip.more) else said
        merged = dict(tip.facts or {})
        for name, value in facts.items():
            if isinstance(value, list):
                merged[name] = sorted(set(merged.get(name) or ()) | set(value))
            elif merged.get(name) is None:
                merged[name] = value
        if not tip.exploitation_answer and facts.get("exploitation"):
            now["exploitation_answer"] = ",".join(facts["exploitation"])
        return earlier, replaced(tip, **now, facts=merged)

    def discard_draft(self, code: str) -> bool:
        """An unconfirmed report the person took back ("nao quero enviar"): it is deleted, as they were told ("no
        report is filed unless you want one"). A confirmed report, or one on legal hold, is never deleted here."""
        with self.db.session() as s:
            report = s.scalar(select(Report).where(Report.reference_code == code))
            if report is None or report.status != "unconfirmed" or report.legal_hold:
                return False
            s.delete(report)
            return True

    def _contact_enc(self, s, conversation_key: str, given: str) -> str | None:
        """The contact as kept (encrypted): shared by choice only; "this number" copies the delivery address the person
        chose to share."""
        mine, said = contact.read(given)
        conv = s.scalar(select(Conversation).where(Conversation.key == conversation_key)) if mine else None
        if mine and conv is not None and conv.channel == "sms" and conv.address_enc:
            address = self.enc.decrypt(conv.address_enc)
            return self.enc.encrypt(f"{address} ({said})") if said else conv.address_enc
        return self.enc.encrypt(said) if said else None

    def share_contact(self, code: str, given: str) -> bool:
        """The person chose to be reached after filing ("can someone call me? this number but only after 6pm"): the
        report is no longer anonymous, and keeps how to reach them."""
        with self.db.session() as s:
            report = s.scalar(select(Report).where(Report.reference_code == code))
            if report is None:
                return False
            kept = self._contact_enc(s, report.conversation_key, given)
            if kept is None:
                return False
            report.contact_enc = kept
            if report.privacy_level == "anonymous":
                report.privacy_level = "share"
            return True

    def add_to(self, code: str, text: str, language: str | None = None, correction: bool = False) -> bool:
        """Something the tipster sent after filing, kept with the report (encrypted; a passphrase typed in is not), and
        what it tells read into the fields still empty, a minor and signs of control added, marked as read by the bot
        ("…one of them is only 16" left a 19-year-old's report with no minor and no mandated report). A `correction`
        ("its 421 oak st not 412") is kept marked as one, for staff to put the field right: the fields as told stay."""
        kept = without_passphrases(text)
        facts = _facts_told([extract(kept, language or "en")])
        entry = {"text": f"{CORRECTION_MARK}{kept}" if correction else kept}
        return self._append(code, "additions_enc", entry, also=lambda report: _fill_empty(report, facts)) is not None

    def add_told_staff(self, escalation_id: int) -> str | None:
        """What the person wrote while staff had the chat (the bot did not read it) goes with the chat's latest report:
        each message as an addition, and the fields still empty read from them, marked as read by the bot for staff to
        confirm ("the address is 1420 Ridge Rd, there are 4 of us, the youngest is 15" stayed in the transcript). With
        no report yet, those messages become an unconfirmed one. Returns the report's code."""
        with self.db.session() as s:
            esc = s.get(Escalation, escalation_id)
            conv = esc and s.get(Conversation, esc.conversation_id)
            if conv is None or esc.claimed_at is None:
                return None
            texts = told_to_staff(s, self.enc, conv.id, esc.claimed_at, esc.ended_at)
            everything = told_to_staff(s, self.enc, conv.id, None, esc.ended_at)
            key, channel, language = conv.key, conv.channel, conv.language or "en"

        def meaningful(said: list[str]) -> list[tuple[str, Extracted]]:
            read = [(t, extract(t, language)) for t in said]
            return [(t, e) for t, e in read if not is_empty(e) or len(t.split()) >= 4]  # not "ok", "yes", "thank you"
        told = meaningful(texts)
        if not told:
            return None
        facts = _facts_told(e for _, e in told)
        with self.db.session() as s:
            report = s.scalar(select(Report).where(Report.conversation_key == key).order_by(Report.id.desc())
                              .limit(1))
            code = report.reference_code if report is not None else None
        if code is None:
            # (no report yet: an unconfirmed one, whose story is all the person wrote, before staff came too: it held
            # only what was told to staff, and a worker's place, passports and ages were missing if she never came
            # back; the messages to staff are also kept as told to staff, so the tip the bot files later, which merges
            # into it, keeps them and what they say)
            whole = meaningful(everything)
            code = self.file(NewTip(key, channel, language, narrative="\n".join(t for t, _ in whole),
                                    facts=_facts_told(e for _, e in whole)), confirmed=False).reference_code

        def fill(report: Report) -> None:
            self._add_entries(report, "additions_enc", [{"text": t, "by": "told staff"} for t, _ in told])
            _fill_empty(report, facts)
        self._change(code, fill)
        return code

    def withdraw_contact(self, code: str, name_only: bool = False, scrub: Callable[[str], str] | None = None) -> bool:
        """The person took their name and number back ("delete my number"): the report keeps no contact and is
        anonymous from now on. `name_only` ("don't put my name, just the number"): the numbers and emails stay, when
        there are any. `scrub` takes them out of the report's texts too ("My name is Linda Park and I manage…")."""
        def apply(report: Report) -> None:
            kept = contact.reachable(self.enc.decrypt(report.contact_enc)) if (
                name_only and report.contact_enc) else None
            report.contact_enc = self.enc.encrypt(kept) if kept else None
            if not kept:
                report.privacy_level = "anonymous"
            if scrub is not None:
                self._scrub_texts(report, scrub)
        return self._change(code, apply) is not None

    def _scrub_texts(self, report: Report, scrub: Callable[[str], str]) -> None:
        for name in ("narrative_enc", "people_enc", "control_enc", "more_enc"):
            text = self.enc.decrypt(getattr(report, name))
            if text and scrub(text) != text:
                setattr(report, name, self.enc.encrypt(scrub(text)))
        for name in ("location", "occurred"):
            text = getattr(report, name)
            if text and scrub(text) != text:
                setattr(report, name, scrub(text))
        additions = json.loads(self.enc.decrypt(report.additions_enc) or "[]")
        if any(scrub(a["text"]) != a["text"] for a in additions):
            report.additions_enc = self.enc.encrypt(json.dumps([{**a, "text": scrub(a["text"])} for a in additions]))

    def page(self, limit: int = 50, before_id: int | None = None,
             filters: ReportFilter | None = None) -> tuple[list[ReportView], int | None]:
        """Newest first; the cursor is the id to continue below."""
        with self.db.session() as s:
            query = select(Report).order_by(Report.id.desc()).limit(limit + 1)
            if before_id is not None:
                query = query.where(Report.id < before_id)
            if filters is not None:
                query = filters.apply(query)
            rows = list(s.scalars(query))
        more = len(rows) > limit
        rows = rows[:limit]
        return [self._view(r) for r in rows], (rows[-1].id if more and rows else None)

    def mandated_open(self) -> list[ReportView]:
        """Reports flagged for a minor or imminent danger with no referral recorded yet: they stay on top."""
        with self.db.session() as s:
            rows = s.scalars(select(Report).where(Report.mandated_reasons != "", Report.referral_at.is_(None),
                                                  Report.status != "closed").order_by(Report.id))
            return [self._view(r) for r in rows]

    def many(self, codes: list[str]) -> list[ReportView]:
        with self.db.session() as s:
            rows = s.scalars(select(Report).where(Report.reference_code.in_(codes)).order_by(Report.id))
            return [self._view(r) for r in rows]

    def update(self, code: str, *, status: str | None = None, assignee_id: int | None = None,
               fields: dict[str, Any] | None = None, confirm: list[str] | None = None) -> ReportView | None:
        """Staff triage: status, assignee, corrected fields (which count as confirmed), confirmations."""
        def apply(report: Report) -> None:
            if status is not None:
                if status not in STATUSES:
                    raise ValueError(f"status must be one of {', '.join(STATUSES)}")
                report.status = status
            if assignee_id is not None:
                report.assignee_id = assignee_id
            confirmed = set(_split(report.confirmed))
            for name, value in (fields or {}).items():
                if name not in EDITABLE or (value is not None and not isinstance(value, EDITABLE[name])):
                    raise ValueError(f"{name} cannot be set to {value!r}")
                if name == "means_of_control":
                    unknown = set(value) - set(htcds.MEANS_OF_CONTROL)
                    if unknown:
                        raise ValueError(f"not HTCDS means of control: {sorted(unknown)}")
                    report.means_of_control = ",".join(m for m in htcds.MEANS_OF_CONTROL if m in value)
                    report.ilo_indicators = ",".join(htcds.ilo_indicators_of(value))
                elif name == "exploitation":
                    report.is_forced_labour = "ForcedLabour" in value
                    report.is_sexual_exploit = "SexualExploit" in value
                    report.is_other_exploit = "OtherExploit" in value
                else:
                    setattr(report, name, value)
                confirmed.add(name)
            report.confirmed = ",".join(sorted(confirmed | set(confirm or ())))
        return self._change(code, apply)

    def add_note(self, code: str, staff_id: int, text: str) -> ReportView | None:
        return self._append(code, "notes_enc", {"staff_id": staff_id, "text": text})

    def record_referral(self, code: str, staff_id: int, agency: str, reference: str | None,
                        made_at: datetime) -> ReportView | None:
        """A supervisor's sign-off that the mandated report was made (agency, time, their reference)."""
        def apply(report: Report) -> None:
            report.referral_agency, report.referral_reference = agency, reference
            report.referral_at, report.referral_signed_by = made_at, staff_id
            if report.status in ("new", "triaged"):
                report.status = "referred"
        return self._change(code, apply)

    def set_legal_hold(self, code: str, on: bool) -> ReportView | None:
        return self._change(code, lambda report: setattr(report, "legal_hold", on))

    def set_passphrase_hash(self, code: str, passphrase_hash: str) -> bool:
        return self._change(code, lambda report: setattr(report, "passphrase_hash", passphrase_hash)) is not None

    def passphrase_hash(self, code: str) -> str | None:
        with self.db.session() as s:
            return s.scalar(select(Report.passphrase_hash).where(Report.reference_code == code))

    def add_followup(self, code: str, author: str, text: str) -> bool:
        """A staff question, or the tipster's answer or addition (/follow-up); new information reopens a report."""
        def reopen(report: Report) -> None:
            if author == "tipster" and report.status == "closed":
                report.status = "triaged"
        return self._append(code, "followup_enc", {"author": author, "text": text}, reopen) is not None

    def followup(self, code: str) -> list[dict]:
        with self.db.session() as s:
            token = s.scalar(select(Report.followup_enc).where(Report.reference_code == code))
        return json.loads(self.enc.decrypt(token) or "[]")

    def _append(self, code: str, column: str, entry: dict,
                also: Callable[[Report], None] | None = None) -> ReportView | None:
        """One more entry in an encrypted JSON list of the report (additions, notes, follow-up)."""
        def apply(report: Report) -> None:
            self._add_entries(report, column, [entry])
            if also is not None:
                also(report)
        return self._change(code, apply)

    def _change(self, code: str, apply: Callable[[Report], None]) -> ReportView | None:
        """Every change to a filed report: locked for the change, stamped, returned as staff see it."""
        with self.db.session() as s:
            report = s.scalar(select(Report).where(Report.reference_code == code).with_for_update())
            if report is None:
                return None
            apply(report)
            report.updated_at = utcnow()
            s.flush()
            return self._view(report)

    def by_reference(self, code: str) -> ReportView | None:
        with self.db.session() as s:
            report = s.scalar(select(Report).where(Report.reference_code == code))
            return self._view(report) if report else None

    def _view(self, r: Report) -> ReportView:
        dec = self.enc.decrypt
        additions = json.loads(dec(r.additions_enc) or "[]")
        kinds = tuple(k for k, flag in (("ForcedLabour", r.is_forced_labour), ("SexualExploit", r.is_sexual_exploit),
                                        ("OtherExploit", r.is_other_exploit)) if flag)
        return ReportView(
            id=r.id, reference_code=r.reference_code, channel=r.channel, language=r.language,
            narrative=dec(r.narrative_enc), location=r.location, occurred=r.occurred, status=r.status,
            created_at=r.created_at, people=dec(r.people_enc), control=dec(r.control_enc), more=dec(r.more_enc),
            additions=tuple(a["text"] for a in additions), reporter_role=r.reporter_role,
            privacy_level=r.privacy_level, contact=dec(r.contact_enc), exploitation=kinds,
            labour_type=r.labour_type, means_of_control=_split(r.means_of_control),
            ilo_indicators=_split(r.ilo_indicators), venue=r.venue, city=r.city, state=r.state, country=r.country,
            ongoing=r.ongoing, people_count=r.people_count, ages=r.ages, minor=bool(r.minor), gender=r.gender,
            urgency_score=r.urgency_score,
            extracted=_split(r.extracted), urgency_level=r.urgency_level, urgency_reasons=_split(r.urgency_reasons),
            mandated_reasons=_split(r.mandated_reasons), updated_at=r.updated_at, conversation_key=r.conversation_key,
            legal_hold=bool(r.legal_hold), assignee_id=r.assignee_id, confirmed=_split(r.confirmed),
            notes=tuple(json.loads(dec(r.notes_enc) or "[]")), referral_agency=r.referral_agency,
            referral_reference=r.referral_reference, referral_at=r.referral_at,
            referral_signed_by=r.referral_signed_by)
