"""The supervisor of `tipline up`: Redis (private, when REDIS_URL is unset), the action server,
the Rasa server and the gateway; stopped cleanly, in reverse order, on Ctrl-C or SIGTERM."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import yaml

from webhooks.settings import PROJECT_ROOT, Settings
from webhooks.stack import model
from webhooks.stack.rasa_endpoints import rasa_endpoints
from webhooks.stack.redis_server import start_private_redis

VENV_PYTHON = Path(sys.executable)


@dataclass
class Ports:
    """Where each process listens. Several gateways or Rasa servers share Redis and the database."""

    gateways: tuple[int, ...] = (8000,)
    rasas: tuple[int, ...] = (5005,)
    actions: int = 5055

    @property
    def gateway(self) -> int:
        return self.gateways[0]

    @property
    def rasa(self) -> int:
        return self.rasas[0]


@dataclass
class Stack:
    settings: Settings
    host: str = "127.0.0.1"
    ports: Ports = field(default_factory=Ports)
    run_dir: Path | None = None
    extra_env: dict[str, str] = field(default_factory=dict)
    log_file: Path | None = None
    procs: list[tuple[str, subprocess.Popen]] = field(default_factory=list)
    env: dict[str, str] = field(default_factory=dict)
    _out: object = None
    _rasa_args: tuple = ()

    # -- start -------------------------------------------------------------------------------------
    def start(self, model_path: Path) -> None:
        run_dir = self.run_dir or (self.settings.tipline_data_dir / "run")
        run_dir.mkdir(parents=True, exist_ok=True)
        env = dict(os.environ)
        env.update(self.extra_env)
        redis_url = self.settings.redis_url
        if not redis_url:
            proc, redis_url = start_private_redis(self.settings.tipline_data_dir / "redis")
            self.procs.append(("redis", proc))
            env["REDIS_URL"] = redis_url
        env["RASA_TOKEN"] = self.settings.effective_rasa_token
        env["RASA_URL"] = ",".join(f"http://127.0.0.1:{port}" for port in self.ports.rasas)
        env["ACTION_SERVER_URL"] = f"http://127.0.0.1:{self.ports.actions}/webhook"
        if self.settings.public_base_url == Settings.model_fields["public_base_url"].default:
            # not configured: the address this stack answers on (the follow-up link the bot gives, the URL a local
            # SMS signature is checked against), not the default port when another was chosen
            host = "127.0.0.1" if self.host in ("0.0.0.0", "::") else self.host
            env["PUBLIC_BASE_URL"] = f"http://{host}:{self.ports.gateway}"
        self.env = env

        endpoints = run_dir / "endpoints.yml"
        tracker_expiry = self.settings.tipline_retention_days * 86400  # Rasa's trackers go with the transcripts
        endpoints.write_text(yaml.safe_dump(rasa_endpoints(redis_url, env["ACTION_SERVER_URL"], tracker_expiry)))
        self._out = open(self.log_file, "ab") if self.log_file else None  # noqa: SIM115 (open while running)
        self._spawn("actions", [str(VENV_PYTHON), "-m", "bot.action_server", "--actions", "bot.actions",
                                "--port", str(self.ports.actions)], env)
        rasa_env = model.rasa_serving_env() | {k: v for k, v in env.items() if k.startswith(("REDIS", "RASA"))}
        self._rasa_args = (model_path, endpoints, rasa_env)
        for port in self.ports.rasas:
            self.start_rasa(model_path, port, endpoints, rasa_env)
        for port in self.ports.gateways:
            self.start_gateway(port)

    def start_rasa(self, model_path: Path, port: int, endpoints: Path, env: dict[str, str]) -> None:
        self._spawn(f"rasa:{port}", [str(model.rasa_bin()), "run", "--model", str(model_path), "--endpoints",
                                     str(endpoints), "--credentials", str(PROJECT_ROOT / "bot" / "credentials.yml"),
                                     "--interface", "127.0.0.1", "--port", str(port), "--enable-api",
                                     "--auth-token", env["RASA_TOKEN"]], env)

    def start_gateway(self, port: int) -> None:
        self._spawn(f"gateway:{port}", [str(VENV_PYTHON), "-m", "uvicorn", "webhooks.app:create_app", "--factory",
                                        "--host", self.host, "--port", str(port), "--no-access-log",
                                        "--proxy-headers", "--timeout-graceful-shutdown", "10"], self.env)

    def _spawn(self, name: str, cmd: list[str], env: dict[str, str]) -> None:
        out = self._out
        proc = subprocess.Popen(cmd, cwd=PROJECT_ROOT, env=env, stdout=out, stderr=subprocess.STDOUT if out else None,
                                start_new_session=True)
        self.procs.append((name, proc))

    def wait_ready(self, timeout: float = 240) -> None:
        """Until every gateway says Redis, the database and Rasa answer, and every Rasa server has its model."""
        deadline = time.monotonic() + timeout
        waiting = [f"http://127.0.0.1:{p}/readyz" for p in self.ports.gateways]
        waiting += [f"http://127.0.0.1:{p}/status?token={self.env['RASA_TOKEN']}" for p in self.ports.rasas]
        while waiting and time.monotonic() < deadline:
            exited = self.first_exited()
            if exited:
                raise RuntimeError(f"{exited} exited while starting")
            try:
                if httpx.get(waiting[0], timeout=2).status_code == 200:
                    waiting.pop(0)
                    continue
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        if waiting:
            raise TimeoutError("the system did not become ready in time")

    # -- stop --------------------------------------------------------------------------------------
    def stop(self, grace: float = 15) -> None:
        deadline = time.monotonic() + grace
        for _name, proc in reversed(self.procs):  # the gateway first, Redis last
            _signal(proc, signal.SIGTERM)
            try:
                proc.wait(timeout=max(0.5, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                _signal(proc, signal.SIGKILL)
                proc.wait()
        self.procs.clear()
        if self._out is not None:
            self._out.close()
            self._out = None

    def restart_rasa(self, port: int, timeout: float = 240) -> None:
        """Start a killed Rasa server again on its port and wait for its model (for fault tests)."""
        self.procs = [(n, p) for n, p in self.procs if n != f"rasa:{port}"]
        model_path, endpoints, env = self._rasa_args
        self.start_rasa(model_path, port, endpoints, env)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/status", params={"token": env["RASA_TOKEN"]},
                             timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        raise TimeoutError("Rasa did not come back")

    def kill(self, name: str) -> None:
        """Kill one process at once (for fault tests); it is left in the list, exited."""
        _signal(self.process(name), signal.SIGKILL)
        self.process(name).wait()

    def process(self, name: str) -> subprocess.Popen:
        return next(p for n, p in self.procs if n == name)

    def first_exited(self) -> str | None:
        return next((n for n, p in self.procs if p.poll() is not None), None)


def _signal(proc: subprocess.Popen, signum: int) -> None:
    """Signal the process and its children (each child runs in its own session)."""
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signum)
    except (ProcessLookupError, PermissionError):
        try:
            proc.send_signal(signum)
        except ProcessLookupError:
            pass
