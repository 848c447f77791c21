"""The services an action needs, built once per action-server process from the same settings
as the gateway (never at import time)."""
from __future__ import annotations

from functools import lru_cache

from webhooks.crypto import Encryptor
from webhooks.db import Database
from webhooks.escalations.service import EscalationService
from webhooks.rasa import RasaClient
from webhooks.redis_state import connect
from webhooks.reports.followup import FollowUp
from webhooks.reports.store import ReportStore
from webhooks.settings import get_settings


@lru_cache
def database() -> Database:
    return Database(get_settings().effective_database_url)


@lru_cache
def report_store() -> ReportStore:
    return ReportStore(database(), Encryptor.from_settings(get_settings()))


@lru_cache
def escalation_service() -> EscalationService:
    settings = get_settings()
    return EscalationService(database(), connect(settings.redis_url or "redis://127.0.0.1:6379/0"),
                             RasaClient(settings.rasa_url, settings.effective_rasa_token))


@lru_cache
def followup() -> FollowUp:
    settings = get_settings()
    return FollowUp(report_store(), connect(settings.redis_url or "redis://127.0.0.1:6379/0"),
                    settings.tipline_secret_key)


def followup_url() -> str:
    return get_settings().public_base_url.rstrip("/") + "/follow-up"
