"""The services an action needs, built once per action-server process from the same settings
as the gateway (never at import time)."""
from __future__ import annotations

from functools import lru_cache

from webhooks.crypto import Encryptor
from webhooks.db import Database
from webhooks.reports.store import ReportStore
from webhooks.settings import get_settings


@lru_cache
def report_store() -> ReportStore:
    settings = get_settings()
    return ReportStore(Database(settings.effective_database_url), Encryptor.from_settings(settings))
