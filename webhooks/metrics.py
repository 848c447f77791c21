"""Prometheus metrics of one gateway process (`GET /metrics`). Counts and timings only: no text,
no numbers, no conversation keys in any label."""
from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.messages = Counter("tipline_messages_total", "Messages stored, by channel and direction",
                                ["channel", "direction"], registry=self.registry)
        self.duplicates = Counter("tipline_duplicate_deliveries_total",
                                  "Retried deliveries answered from the stored reply", ["channel"],
                                  registry=self.registry)
        self.rejected = Counter("tipline_requests_rejected_total", "Requests refused before anything was stored",
                                ["reason"], registry=self.registry)
        self.deferred = Counter("tipline_deferred_messages_total",
                                "Messages over a rate limit (sender or line): stored, answered later", ["limit"],
                                registry=self.registry)
        self.rasa_latency = Histogram("tipline_rasa_turn_seconds", "Time for one bot turn",
                                      buckets=(.01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10),
                                      registry=self.registry)
        self.message_latency = Histogram("tipline_message_seconds",
                                         "Time from storing an inbound message to its answers, the bot turn included",
                                         buckets=(.01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 15),
                                         registry=self.registry)
        self.rasa_errors = Counter("tipline_rasa_errors_total", "Bot turns that failed (holding reply given)",
                                   registry=self.registry)
        self.unprocessed = Gauge("tipline_unprocessed_messages", "Inbound messages stored but not yet answered",
                                 registry=self.registry)
        self.oldest_unprocessed = Gauge("tipline_oldest_unprocessed_message_seconds",
                                        "Age of the oldest inbound message not yet answered",
                                        registry=self.registry)

    def render(self) -> bytes:
        return generate_latest(self.registry)
