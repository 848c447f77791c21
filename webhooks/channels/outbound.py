"""Messages nobody is waiting on an HTTP answer for (staff replies, reminders): SMS through Twilio's
Messages API, web chat through the page's socket. Every path checks the opt-out state first."""
from __future__ import annotations

import json

import redis
from twilio.base.exceptions import TwilioException
from twilio.rest import Client

from webhooks import redis_state
from webhooks.channels.sms_text import split_for_sms
from webhooks.conversations import store
from webhooks.conversations.models import Conversation, Message
from webhooks.crypto import Encryptor
from webhooks.logs import get_logger
from webhooks.metrics import Metrics

log = get_logger("tipline.outbound")


class OptedOut(Exception):
    """The person sent STOP: nothing may be sent to them."""


class Outbound:
    def __init__(self, settings, encryptor: Encryptor, redis_client: redis.Redis, metrics: Metrics) -> None:
        self.settings = settings
        self.enc = encryptor
        self.redis = redis_client
        self.metrics = metrics
        self._twilio: Client | None = None

    def twilio(self) -> Client:
        if self._twilio is None:
            client = Client(self.settings.twilio_account_sid or "AC-unset", self.settings.twilio_auth_token or "unset")
            if self.settings.twilio_api_base_url:
                client.api.base_url = self.settings.twilio_api_base_url.rstrip("/")
            self._twilio = client
        return self._twilio

    def send(self, session, conv: Conversation, text: str, author: str, reply_to: Message | None = None) -> Message:
        """Store, then deliver. Raises OptedOut without storing anything for a number that sent STOP."""
        if conv.opted_out:
            raise OptedOut()
        msg = store.add_reply(session, conv, reply_to, self.enc.encrypt(text), author=author)
        session.flush()
        return self.deliver(conv, msg, text)

    def deliver(self, conv: Conversation, msg: Message, text: str) -> Message:
        """Send a reply that is already stored (a late answer nobody is waiting on an HTTP response for)."""
        if conv.opted_out:
            raise OptedOut()
        if conv.channel == "sms":
            try:
                for part in split_for_sms(text):
                    self.twilio().messages.create(to=self.enc.decrypt(conv.address_enc),
                                                  from_=self.settings.twilio_from_number, body=part)
            except (TwilioException, OSError) as exc:  # (Twilio unreachable is a requests error, an OSError)
                msg.status = "failed"
                log.warning("sms delivery failed", extra={"conversation": conv.key, "message_id": msg.id,
                                                          "error": type(exc).__name__})
                return msg
        else:
            self.redis.publish(redis_state.key("chat", conv.key), json.dumps({"id": msg.id, "text": text}))
        self.metrics.messages.labels(conv.channel, "out").inc()
        return msg
