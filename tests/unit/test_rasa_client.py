"""The gateway's client of Rasa, against real HTTP servers on loopback: what the person gets depends on a turn
reaching the bot once, and on a dead or slow server never making it answer twice."""
from __future__ import annotations

import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from webhooks.rasa import RasaClient, RasaUnavailable


class Bot:
    """A stand-in Rasa on loopback that records every request it gets and every connection it accepts."""

    def __init__(self, status: int = 200, delay: float = 0.0, idle_close: float | None = None,
                 answer: object = None, raw: bytes | None = None) -> None:
        self.requests: list[tuple[str, str, object]] = []
        self.connections = 0
        bot = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            timeout = idle_close  # the server closes a connection left idle this long (as Sanic's keep-alive does)

            def setup(self) -> None:
                bot.connections += 1
                super().setup()

            def _answer(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = json.loads(self.rfile.read(length)) if length else None
                bot.requests.append((self.command, self.path, body))
                if delay:
                    time.sleep(delay)
                data = raw if raw is not None else json.dumps(
                    answer if answer is not None else [{"text": "Where is this happening?"}]).encode()
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = _answer  # noqa: N815 (http.server's names)

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def turns(self) -> list[object]:
        return [body for method, path, body in self.requests if path == "/webhooks/rest/webhook"]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def bots():
    started: list[Bot] = []

    def start(**kwargs) -> Bot:
        started.append(Bot(**kwargs))
        return started[-1]

    yield start
    for bot in started:
        bot.close()


def nothing_listening() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}"


def test_a_turn_reaches_the_bot_with_its_words_and_metadata_intact_and_its_replies_come_back(bots):
    bot = bots(answer=[{"text": "¿Dónde está pasando? 🙏"}, {"custom": {"tipline_confirm": "delete"}},
                       {"image": "ignored.png"}])
    client = RasaClient(bot.url, "token")
    replies = client.send("conv-key", "me quitaron el pasaporte, ¿qué hago?", {"language": "es", "tipline_message": 7})
    assert [(r.text, r.confirms) for r in replies] == [("¿Dónde está pasando? 🙏", None), ("", "delete")]
    assert bot.turns() == [{"sender": "conv-key", "message": "me quitaron el pasaporte, ¿qué hago?",
                            "metadata": {"language": "es", "tipline_message": 7}}]
    client.close()


def test_turns_reuse_one_open_connection(bots):
    bot = bots()
    client = RasaClient(bot.url, "token")
    for n in range(20):
        client.send("conv-key", f"message {n}")
    assert len(bot.turns()) == 20
    assert bot.connections == 1
    client.close()


def test_a_connection_the_bot_closed_while_idle_is_replaced_and_the_turn_is_sent_once(bots):
    bot = bots(idle_close=0.2)
    client = RasaClient(bot.url, "token")
    client.send("conv-key", "first")
    time.sleep(0.6)  # the server has closed the kept-alive connection
    assert [r.text for r in client.send("conv-key", "second")] == ["Where is this happening?"]
    assert [t["message"] for t in bot.turns()] == ["first", "second"]
    assert bot.connections == 2
    client.close()


def test_a_server_that_refuses_the_connection_is_skipped(bots):
    bot = bots()
    client = RasaClient(f"{nothing_listening()},{bot.url}", "token")
    for n in range(4):  # round-robin starts at each server in turn: the dead one is skipped every time
        assert client.send("conv-key", f"message {n}")
    assert len(bot.turns()) == 4
    client.close()


def test_a_turn_that_reached_a_slow_server_is_not_sent_to_another(bots):
    slow, other = bots(delay=1.0), bots()
    client = RasaClient([slow.url, other.url], "token", timeout=0.3)
    with pytest.raises(RasaUnavailable):
        client.send("conv-key", "they took my passport")
    assert len(slow.turns()) == 1
    assert other.turns() == []  # it may have been taken: sending it again could answer it twice
    client.close()


def test_a_server_error_on_a_turn_is_reported_and_not_sent_elsewhere(bots):
    failing, other = bots(status=500), bots()
    client = RasaClient([failing.url, other.url], "token")
    with pytest.raises(RasaUnavailable):
        client.send("conv-key", "hello")
    assert other.turns() == []
    client.close()


def test_reading_the_tracker_moves_on_from_a_failing_server(bots):
    events = {"events": [
        {"event": "user", "text": "hi", "metadata": {"tipline_message": 5}},
        {"event": "bot", "text": "Is it safe for you to text right now?"},
        {"event": "user", "text": "yes", "metadata": {"tipline_message": 6}},
    ]}
    failing, working = bots(status=503), bots(answer=events)
    client = RasaClient([failing.url, working.url], "secret token&x")
    assert [r.text for r in client.answered("conv-key", 5)] == ["Is it safe for you to text right now?"]
    assert client.answered("conv-key", 6) == []
    assert client.answered("conv-key", 9) is None  # the bot never saw it
    method, path, _ = working.requests[0]
    assert (method, path) == ("GET", "/conversations/conv-key/tracker?token=secret+token%26x"
                                     "&include_events=AFTER_RESTART")
    client.close()


def test_no_server_at_all_is_unavailable_not_a_crash():
    client = RasaClient(f"{nothing_listening()},{nothing_listening()}", "token")
    with pytest.raises(RasaUnavailable):
        client.send("conv-key", "hello")
    with pytest.raises(RasaUnavailable):
        client.answered("conv-key", 1)
    assert client.is_ready() is False
    client.close()


def test_an_answer_that_is_not_json_is_unavailable(bots):
    client = RasaClient(bots(raw=b"<h1>Bad gateway").url, "token")
    with pytest.raises(RasaUnavailable):
        client.send("conv-key", "hello")
    client.close()


def test_an_answer_of_the_wrong_shape_gives_no_replies(bots):
    client = RasaClient(bots(answer={"error": "x"}).url, "token")
    assert client.send("conv-key", "hello") == []
    client.close()


def test_ready_only_with_a_model_loaded(bots):
    loaded, empty = bots(answer={"model_file": "models/x.tar.gz"}), bots(answer={"model_file": None})
    assert RasaClient(empty.url, "token").is_ready() is False
    assert RasaClient(f"{empty.url},{loaded.url}", "token").is_ready() is True


def test_the_api_token_never_reaches_the_logs_even_at_debug(bots, capfd):
    from webhooks.logs import configure_logging

    configure_logging("DEBUG")
    try:
        client = RasaClient(bots(answer={"events": []}).url, "s3cret-api-token")
        client.answered("conv-key", 1)
        client.close()
    finally:
        configure_logging("INFO")
    assert "s3cret-api-token" not in capfd.readouterr().err
