"""Where a report is written: the one place that creates and reads reports, used by the action
server (when the bot files a tip) and by the staff API."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from webhooks.crypto import Encryptor
from webhooks.db import Database
from webhooks.reports.codes import new_reference_code
from webhooks.reports.models import Report


@dataclass(frozen=True)
class NewTip:
    conversation_key: str
    channel: str
    language: str
    narrative: str | None
    location: str | None
    occurred: str | None


@dataclass(frozen=True)
class ReportView:
    id: int
    reference_code: str
    channel: str
    language: str
    narrative: str | None
    location: str | None
    occurred: str | None
    status: str
    created_at: datetime


class ReportStore:
    def __init__(self, db: Database, encryptor: Encryptor) -> None:
        self.db = db
        self.enc = encryptor

    def file(self, tip: NewTip) -> ReportView:
        for _ in range(8):
            try:
                with self.db.session() as s:
                    report = Report(reference_code=new_reference_code(), conversation_key=tip.conversation_key,
                                    channel=tip.channel, language=tip.language,
                                    narrative_enc=self.enc.encrypt(tip.narrative), location=tip.location,
                                    occurred=tip.occurred)
                    s.add(report)
                    s.flush()
                    return self._view(report)
            except IntegrityError:
                continue  # a reference code collision: draw another
        raise RuntimeError("could not allocate a reference code")

    def page(self, limit: int = 50, before_id: int | None = None) -> tuple[list[ReportView], int | None]:
        """Newest first; the cursor is the id to continue below."""
        with self.db.session() as s:
            query = select(Report).order_by(Report.id.desc()).limit(limit + 1)
            if before_id is not None:
                query = query.where(Report.id < before_id)
            rows = list(s.scalars(query))
        more = len(rows) > limit
        rows = rows[:limit]
        return [self._view(r) for r in rows], (rows[-1].id if more and rows else None)

    def by_reference(self, code: str) -> ReportView | None:
        with self.db.session() as s:
            report = s.scalar(select(Report).where(Report.reference_code == code))
            return self._view(report) if report else None

    def _view(self, r: Report) -> ReportView:
        return ReportView(id=r.id, reference_code=r.reference_code, channel=r.channel, language=r.language,
                          narrative=self.enc.decrypt(r.narrative_enc), location=r.location, occurred=r.occurred,
                          status=r.status, created_at=r.created_at)
