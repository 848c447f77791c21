"""The gateway's own cost a message, without Rasa's noise (a benchmark, not a test): the real pipeline, a
fresh PostgreSQL database (or SQLite with --sqlite), a private Redis, and in Rasa's place a tiny HTTP
server on loopback that answers every turn at once with two replies. Prints per message: SQL statements,
commits, Redis commands and milliseconds spent in the pipeline besides the bot's turn.

    .venv/bin/python -m bench.pipeline                 # 200 conversations of 5 messages, one at a time
    .venv/bin/python -m bench.pipeline --sqlite
    .venv/bin/python -m bench.pipeline --conversations 50 --profile    # where the time goes
    .venv/bin/python -m bench.pipeline --http          # the whole signed SMS webhook request, over loopback

With --http the gateway app runs in uvicorn as `tipline up` runs it and each message is a signed Twilio
request: "gateway besides the bot" is then what the goal "≤ 10 ms over Rasa's p50" counts (HTTP, signature,
form parsing, the pipeline, TwiML), with the bot's turn taken out.
"""
from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import secrets
import statistics
import tempfile
import threading
import time
from contextlib import ExitStack, contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import uvicorn
from sqlalchemy import event
from twilio.request_validator import RequestValidator

from bench.load import SCRIPT
from bench.system import database_url
from webhooks.app import create_app
from webhooks.conversations.pipeline import Inbound, MessagePipeline
from webhooks.crypto import Encryptor, new_fernet_key
from webhooks.db import Database
from webhooks.rasa import RasaClient
from webhooks.redis_state import connect
from webhooks.settings import Settings
from webhooks.stack.redis_server import free_port, start_private_redis


class InstantBot(BaseHTTPRequestHandler):
    """Answers a REST-channel turn at once; the time it takes is measured and taken out. It keeps the connection
    open, as Rasa's server does (HTTP/1.0 closed it after each turn, and the gateway connected anew each message)."""
    protocol_version = "HTTP/1.1"
    wbufsize = 65536  # headers and body in one write: apart, the client's delayed ACK held each answer 40 ms
    disable_nagle_algorithm = True

    def do_POST(self) -> None:  # noqa: N802 (http.server's name)
        self.rfile.read(int(self.headers.get("content-length", 0)))
        body = json.dumps([{"text": "Thank you. Where is this happening?"}, {"text": "A city is enough."}]).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@contextmanager
def instant_bot():
    server = ThreadingHTTPServer(("127.0.0.1", 0), InstantBot)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()


class Counts:
    def __init__(self, db: Database, redis_client) -> None:
        self.statements = self.commits = 0
        event.listen(db.engine, "before_cursor_execute", self._statement)
        event.listen(db.engine, "commit", self._commit)
        self._redis = redis_client

    def _statement(self, *args) -> None:
        self.statements += 1

    def _commit(self, *args) -> None:
        self.commits += 1

    def redis_commands(self) -> int:
        return int(self._redis.info("stats")["total_commands_processed"])


def print_times(what: str, own: list[float], whole_name: str, whole: list[float]) -> None:
    """Milliseconds a message besides the bot's turn, and the whole call's median."""
    print(f"  {what} besides the bot: mean {statistics.fmean(own):.2f} ms, p50 {statistics.median(own):.2f} ms, "
          f"p95 {sorted(own)[int(.95 * len(own))]:.2f} ms (whole {whole_name} p50 {statistics.median(whole):.2f} ms)")


def run(db_url: str, redis_url: str, bot_url: str, conversations: int, profile: bool = False) -> None:
    db = Database(Settings(database_url=db_url).effective_database_url)
    db.migrate()
    redis_client = connect(redis_url)
    rasa = RasaClient(bot_url, "token")
    pipeline = MessagePipeline(db=db, redis_client=redis_client, rasa=rasa,
                               encryptor=Encryptor([new_fernet_key()]), secret_key=secrets.token_hex(16),
                               hotline_name="Bench line")
    counts = Counts(db, redis_client)
    for n in range(3):  # warm up: pools, caches, compiled statements
        pipeline.handle(Inbound("sms", f"+1555000{n:04d}", f"warm-{n}", "hello"))
    statements, commits, redis_before = counts.statements, counts.commits, counts.redis_commands()
    own, whole = [], []
    profiler = cProfile.Profile() if profile else None
    if profiler:
        profiler.enable()
    cpu_before = time.process_time()
    for n in range(conversations):
        for i, text in enumerate(SCRIPT):
            bot_before = pipeline.metrics.rasa_latency._sum.get()
            started = time.perf_counter()
            outcome = pipeline.handle(Inbound("sms", f"+1666{n:07d}", f"bench-{n}-{i}", text))
            elapsed = time.perf_counter() - started
            assert len(outcome.replies) == 2, "the pipeline lost the bot's replies"
            whole.append(elapsed * 1000)
            own.append((elapsed - (pipeline.metrics.rasa_latency._sum.get() - bot_before)) * 1000)
    messages = conversations * len(SCRIPT)
    cpu = (time.process_time() - cpu_before) * 1000 / messages
    if profiler:
        profiler.disable()
    redis_commands = counts.redis_commands() - redis_before
    print(f"{db.engine.dialect.name}: {messages} messages, one at a time")
    print(f"  per message: {(counts.statements - statements) / messages:.1f} SQL statements, "
          f"{(counts.commits - commits) / messages:.1f} commits, {redis_commands / messages:.1f} Redis commands, "
          f"{cpu:.1f} ms of this process's CPU (the stand-in bot's included)")
    print_times("pipeline", own, "handle()", whole)
    if profiler:  # where the time goes, by function (own time, then with what it calls)
        for order in ("tottime", "cumulative"):
            pstats.Stats(profiler).strip_dirs().sort_stats(order).print_stats(25)
    rasa.close()
    redis_client.close()
    db.dispose()


def run_http(db_url: str, redis_url: str, bot_url: str, conversations: int) -> None:
    """The same script through the real app in uvicorn, each message a signed webhook request."""
    token, public = secrets.token_hex(16), "https://bench.example.org"
    db = Database(Settings(database_url=db_url).effective_database_url)
    db.migrate()
    db.dispose()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(database_url=db_url, redis_url=redis_url, rasa_url=bot_url, twilio_auth_token=token,
                            public_base_url=public, tipline_encryption_keys=new_fernet_key(),
                            tipline_secret_key=secrets.token_urlsafe(32), tipline_data_dir=Path(tmp),
                            tipline_log_level="WARNING", tipline_watchdog_seconds=60)
        app = create_app(settings)
        port = free_port()
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                               access_log=False))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        validator = RequestValidator(token)
        own, whole = [], []
        try:
            with httpx.Client(base_url=f"http://127.0.0.1:{port}") as client:
                def send(sender: str, sid: str, text: str) -> tuple[float, float]:
                    params = {"From": sender, "To": "+15550001111", "MessageSid": sid, "Body": text}
                    signature = validator.compute_signature(public + "/twilio/sms", params)
                    bot = app.state.services.metrics.rasa_latency
                    bot_before = bot._sum.get()
                    started = time.perf_counter()
                    response = client.post("/twilio/sms", data=params, headers={"X-Twilio-Signature": signature})
                    elapsed = time.perf_counter() - started
                    assert response.status_code == 200 and response.text.count("<Message>") == 2, response.text
                    return elapsed, bot._sum.get() - bot_before

                for n in range(3):
                    send(f"+1555000{n:04d}", f"SMwarm{n}", "hello")
                for n in range(conversations):
                    for i, text in enumerate(SCRIPT):
                        elapsed, bot = send(f"+1666{n:07d}", f"SM{n:07d}x{i}", text)
                        whole.append(elapsed * 1000)
                        own.append((elapsed - bot) * 1000)
        finally:
            server.should_exit = True
            thread.join(10)
    print(f"signed SMS webhook over HTTP: {len(whole)} messages, one at a time")
    print_times("gateway", own, "request", whole)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--conversations", type=int, default=200)
    parser.add_argument("--sqlite", action="store_true", help="the embedded database instead of PostgreSQL")
    parser.add_argument("--profile", action="store_true", help="print cProfile's top functions (slows it down)")
    parser.add_argument("--http", action="store_true", help="through the app's signed SMS webhook in uvicorn")
    args = parser.parse_args()
    with ExitStack() as stack, tempfile.TemporaryDirectory() as tmp:
        redis_proc, redis_url = start_private_redis(Path(tmp) / "redis", appendonly=False)
        stack.callback(redis_proc.kill)
        db_url = f"sqlite:///{tmp}/bench.db" if args.sqlite else stack.enter_context(database_url())
        bot_url = stack.enter_context(instant_bot())
        if args.http:
            run_http(db_url, redis_url, bot_url, args.conversations)
        else:
            run(db_url, redis_url, bot_url, args.conversations, args.profile)


if __name__ == "__main__":
    main()
