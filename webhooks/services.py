"""The collaborators of one gateway process, built once at start-up (never at import time)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import timedelta

import redis

from webhooks import redis_state
from webhooks.channels.outbound import Outbound
from webhooks.conversations.pipeline import MessagePipeline, Reply
from webhooks.conversations.rate import RateLimits
from webhooks.crypto import Encryptor
from webhooks.db import Database
from webhooks.escalations.service import EscalationService
from webhooks.hours import Hours
from webhooks.metrics import Metrics
from webhooks.rasa import RasaClient
from webhooks.reports.followup import FollowUp
from webhooks.reports.store import ReportStore
from webhooks.settings import Settings


@dataclass
class Services:
    settings: Settings
    db: Database
    redis: redis.Redis
    rasa: RasaClient
    encryptor: Encryptor
    pipeline: MessagePipeline
    reports: ReportStore
    metrics: Metrics
    escalations: EscalationService
    outbound: Outbound
    followup: FollowUp

    @classmethod
    def build(cls, settings: Settings) -> Services:
        db = Database(settings.effective_database_url)
        redis_client = redis_state.connect(settings.redis_url or "redis://127.0.0.1:6379/0")
        rasa = RasaClient(settings.rasa_url, settings.effective_rasa_token, settings.rasa_timeout_seconds)
        encryptor = Encryptor.from_settings(settings)
        metrics = Metrics()
        escalations = EscalationService(db, redis_client, rasa)
        outbound = Outbound(settings, encryptor, redis_client, metrics)

        def publish_web_replies(channel: str, conversation_key: str, replies: list[Reply]) -> None:
            if channel != "web":
                return
            try:
                pipe = redis_client.pipeline(transaction=False)  # one round trip for them all
                for reply in replies:
                    pipe.publish(redis_state.key("chat", conversation_key),
                                 json.dumps({"id": reply.id, "text": reply.text, "erased": reply.erased}))
                pipe.execute()
            except redis.RedisError:
                pass  # the replies are stored; the page also gets them in the HTTP answer

        pipeline = MessagePipeline(db=db, redis_client=redis_client, rasa=rasa, encryptor=encryptor,
                                   secret_key=settings.tipline_secret_key,
                                   hotline_name=settings.tipline_hotline_name,
                                   hotline_phone=settings.tipline_hotline_phone, metrics=metrics,
                                   hours=Hours(settings.tipline_hours, settings.tipline_timezone),
                                   escalations=escalations, outbound=outbound,
                                   limits=RateLimits(redis_client, settings.tipline_sender_limit_per_minute,
                                                     settings.tipline_line_limit_per_second),
                                   on_replies=publish_web_replies,
                                   stale_after=timedelta(seconds=settings.tipline_stale_processing_seconds))
        reports = ReportStore(db, encryptor)
        return cls(settings=settings, db=db, redis=redis_client, rasa=rasa, encryptor=encryptor,
                   pipeline=pipeline, reports=reports, metrics=metrics, escalations=escalations, outbound=outbound,
                   followup=FollowUp(reports, redis_client, settings.tipline_secret_key))

    def close(self) -> None:
        self.rasa.close()
        self.redis.close()
        self.db.dispose()
