"""A local stand-in for Twilio's REST API host: records every request and answers like the
Messages API, so the real `twilio` client can be pointed at it (TWILIO_API_BASE_URL)."""
from __future__ import annotations

import json
import secrets
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs


@dataclass
class Recorded:
    method: str
    path: str
    form: dict[str, str]


class TwilioRecorder:
    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self.down = False  # Twilio unreachable: the connection is closed without an answer
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                if recorder.down:
                    self.close_connection = True
                    return
                length = int(self.headers.get("content-length", 0))
                form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
                recorder.requests.append(Recorded("POST", self.path, form))
                body = json.dumps({"sid": "SM" + secrets.token_hex(16), "status": "queued", "to": form.get("To"),
                                   "from": form.get("From"), "body": form.get("Body")}).encode()
                self.send_response(201)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self):  # noqa: N802  (recorded so tests can prove nothing was fetched)
                recorder.requests.append(Recorded("GET", self.path, {}))
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> TwilioRecorder:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()

    def messages_to(self, number: str) -> list[Recorded]:
        return [r for r in self.requests if r.path.endswith("/Messages.json") and r.form.get("To") == number]
