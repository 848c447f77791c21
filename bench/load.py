"""Load and scaling benchmark (not a test): simulated tipsters over the signed SMS webhook and the
web-chat API, and bare Rasa's REST channel driven the same way, in the same run, with 1 and 2 Rasa
servers. Prints throughput, p50/p95/p99 latency, errors, lost messages and the CPU each process used. At one
conversation the paths take turns, a conversation each, so that they are compared at the same moments.

    .venv/bin/python -m bench.load                       # levels 1,10,50; 1 and 2 Rasa servers
    .venv/bin/python -m bench.load --levels 1,10,50,200 --conversations 40
    .venv/bin/python -m bench.load --levels 50 --conversations 2000 --rasa-servers 2 --paths sms   # 10,000 messages
    .venv/bin/python -m bench.load --levels 1,50 --rasa-servers 1 --pin    # Rasa's side and the gateway's apart

Everything runs on this machine (loopback only): a private Redis, a fresh PostgreSQL database when
DATABASE_URL's server answers (else SQLite), the model trained from this repo.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

import httpx
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import func, select
from sqlalchemy import text as sql
from twilio.request_validator import RequestValidator

from bench.system import PUBLIC, running, shared_state
from webhooks.conversations.models import Message
from webhooks.db import Database
from webhooks.rasa import MESSAGE_REF
from webhooks.settings import Settings
from webhooks.stack import model
from webhooks.stack.processes import Stack

SCRIPT = ["hi", "the workers at the car wash on my street sleep there and the owner keeps their passports",
          "Sparkle Car Wash on Main Street, Springfield", "every day for the last two months", "yes"]
CLK_TCK = os.sysconf("SC_CLK_TCK")


@dataclass
class Result:
    label: str
    concurrency: int
    sent: int = 0
    errors: int = 0
    error_kinds: dict[str, int] = field(default_factory=dict)
    latencies: list[float] = field(default_factory=list)
    seconds: float = 0.0
    cpu: dict[str, float] = field(default_factory=dict)
    lost: int | None = None
    split: dict[str, float] | None = None  # the gateway's own mean ms a message, from its /metrics


    @property
    def rate(self) -> float:
        return self.sent / self.seconds if self.seconds else 0.0

    @property
    def rasa_cpu_ms(self) -> float:
        """The Rasa servers' CPU a message (not the action server's)."""
        return 1000 * sum(v for k, v in self.cpu.items() if k.startswith("rasa")) / self.sent if self.sent else 0.0

    def line(self) -> str:
        lat = sorted(self.latencies) or [0.0]

        def pct(p: float) -> float:
            return lat[min(len(lat) - 1, int(p * len(lat)))] * 1000

        rate = self.rate
        rasa_cpu = sum(v for k, v in self.cpu.items() if k.startswith("rasa"))
        per_core = self.sent / rasa_cpu if rasa_cpu else 0.0
        cpu = " ".join(f"{k}={v:.1f}s" for k, v in sorted(self.cpu.items()))
        lost = "-" if self.lost is None else str(self.lost)
        kinds = f" ({', '.join(f'{k}: {v}' for k, v in self.error_kinds.items())})" if self.error_kinds else ""
        split = ""
        if self.split:
            split = (f"\n{'':<24}mean a message: {self.split['request']:.1f} ms at the client = "
                     f"{self.split['bot']:.1f} waiting on Rasa + {self.split['pipeline']:.1f} in the pipeline + "
                     f"{self.split['http']:.1f} HTTP, framework and client")
        return (f"{self.label:<22} c={self.concurrency:<4} msgs={self.sent:<5} {rate:7.1f} msg/s  "
                f"p50={statistics.median(lat) * 1000:7.1f}ms p95={pct(.95):7.1f}ms p99={pct(.99):7.1f}ms "
                f"errors={self.errors:<3}{kinds} lost={lost:<3} msg per Rasa CPU-s={per_core:6.1f}  cpu: {cpu}{split}")


async def timings(http: httpx.AsyncClient, gateway: str) -> dict[str, float]:
    """(sum, count) of the gateway's message and bot-turn histograms, from its /metrics."""
    text = (await http.get(gateway + "/metrics")).text
    found = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name in ("tipline_message_seconds_sum", "tipline_message_seconds_count",
                               "tipline_rasa_turn_seconds_sum", "tipline_rasa_turn_seconds_count"):
                found[sample.name] = sample.value
    return found


def split_of(before: dict[str, float], after: dict[str, float], result: Result) -> dict[str, float] | None:
    """Mean ms a message: the bot's turn, the rest of the pipeline, and what is left (HTTP, framework, client)."""
    def mean(name: str) -> float:
        count = after.get(f"{name}_count", 0) - before.get(f"{name}_count", 0)
        return 1000 * (after.get(f"{name}_sum", 0) - before.get(f"{name}_sum", 0)) / count if count else 0.0

    if not result.latencies:
        return None
    message, bot = mean("tipline_message_seconds"), mean("tipline_rasa_turn_seconds")
    request = 1000 * statistics.fmean(result.latencies)
    return {"request": request, "bot": bot, "pipeline": message - bot, "http": request - message}


def cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except FileNotFoundError:
        return 0.0
    return sum(int(x) for x in fields[11:15]) / CLK_TCK


def with_children(pid: int) -> list[int]:
    """The process and its descendants (the action server's work is done by worker processes it starts)."""
    parents: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (FileNotFoundError, ProcessLookupError):
            continue
        parents.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = [], [pid]
    while todo:
        found.append(todo.pop())
        todo.extend(parents.get(found[-1], []))
    return found


def pin_apart(stack: Stack, db: Database) -> None:
    """--pin: Rasa and the action server on core 0; the gateway, the private Redis, this client and the PostgreSQL
    backends of the run's database on core 1. As in a deployment where the gateway runs beside Rasa, not on its
    cores, it asks whether the gateway takes throughput from Rasa, rather than how two cores are shared."""
    rasa_side = {pid for name, proc in stack.procs if name.startswith("rasa") or name == "actions"
                 for pid in with_children(proc.pid)}
    everything = set(with_children(os.getpid()))
    if db.engine.dialect.name == "postgresql":
        with db.engine.connect() as conn:
            everything |= {int(pid) for pid in conn.execute(sql(
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database()")).scalars()}
    for pid in everything | rasa_side:
        core = {0} if pid in rasa_side else {1}
        for task in Path(f"/proc/{pid}/task").glob("[0-9]*"):
            try:
                os.sched_setaffinity(int(task.name), core)
            except OSError:
                pass  # (a thread or process that ended meanwhile)


async def keep_pinned(stack: Stack, db: Database) -> None:
    """Pins again every second: pooled connections (new PostgreSQL backends) and threads start during a run."""
    while True:
        await asyncio.to_thread(pin_apart, stack, db)
        await asyncio.sleep(1)


def cpu_snapshot(stack: Stack) -> dict[str, float]:
    return {name: sum(cpu_seconds(p) for p in with_children(proc.pid)) for name, proc in stack.procs
            if name != "redis"}


async def converse(result: Result, conv: str, send) -> None:
    """One tipster sends SCRIPT in order, each message after the answer to the one before."""
    for text in SCRIPT:
        start = time.perf_counter()
        try:
            ok = await send(conv, text)
        except httpx.HTTPError as exc:
            ok = type(exc).__name__
        result.latencies.append(time.perf_counter() - start)
        result.sent += 1
        if ok is not True:
            result.errors += 1
            kind = str(ok) if ok is not False else "bad answer"
            result.error_kinds[kind] = result.error_kinds.get(kind, 0) + 1


def add_cpu(result: Result, before: dict[str, float], after: dict[str, float]) -> None:
    for k in after:
        result.cpu[k] = result.cpu.get(k, 0.0) + after[k] - before.get(k, 0.0)


async def drive(label: str, concurrency: int, conversations: int, send, stack: Stack) -> Result:
    """`conversations` tipsters, `concurrency` at a time, each sending SCRIPT in order."""
    result = Result(label, concurrency)
    queue: asyncio.Queue[int] = asyncio.Queue()
    for n in range(conversations):
        queue.put_nowait(n)

    async def tipster() -> None:
        while not queue.empty():
            n = queue.get_nowait()
            await converse(result, f"{label}-{concurrency}-{n}-{secrets.token_hex(3)}", send)

    before = cpu_snapshot(stack)
    started = time.perf_counter()
    await asyncio.gather(*(tipster() for _ in range(concurrency)))
    result.seconds = time.perf_counter() - started
    add_cpu(result, before, cpu_snapshot(stack))
    return result


async def drive_in_turn(paths: list[tuple[str, object]], conversations: int, stack: Stack, http: httpx.AsyncClient,
                        gateway: str, db: Database) -> list[Result]:
    """One conversation at a time, the paths taking turns (bare, SMS, web, bare, ...): at one conversation the
    latencies are compared, and a machine whose speed drifts during the run (this one drifts by ±20% over
    minutes) slows every path alike instead of whichever ran last."""
    results = {label: Result(label, 1) for label, _ in paths}
    stored = {label: 0 for label, _ in paths}
    sums: dict[str, dict[str, float]] = {label: {} for label, _ in paths}
    for n in range(conversations):
        for label, send in paths:
            result = results[label]
            gateway_path = label.startswith("gateway")
            inbound_before = count_inbound(db) if gateway_path else 0
            timed_before = await timings(http, gateway) if gateway_path else {}
            cpu_before, started = cpu_snapshot(stack), time.perf_counter()
            await converse(result, f"{label}-1-{n}-{secrets.token_hex(3)}", send)
            result.seconds += time.perf_counter() - started
            add_cpu(result, cpu_before, cpu_snapshot(stack))
            if gateway_path:
                stored[label] += count_inbound(db) - inbound_before
                for name, value in (await timings(http, gateway)).items():
                    sums[label][name] = sums[label].get(name, 0.0) + value - timed_before.get(name, 0.0)
    for label, result in results.items():
        if label.startswith("gateway"):
            result.lost = result.sent - stored[label]
            result.split = split_of({}, sums[label], result)
    return list(results.values())


async def run_levels(stack: Stack, settings: Settings, levels: list[int], conversations: int,
                     db: Database, paths: tuple[str, ...] = ("bare", "sms", "web"), pin: bool = False) -> list[Result]:
    pinning = asyncio.create_task(keep_pinned(stack, db)) if pin else None
    try:
        return await _run_levels(stack, settings, levels, conversations, db, paths)
    finally:
        if pinning is not None:
            pinning.cancel()


async def _run_levels(stack: Stack, settings: Settings, levels: list[int], conversations: int,
                      db: Database, paths: tuple[str, ...]) -> list[Result]:
    gateway = f"http://127.0.0.1:{stack.ports.gateway}"
    rasa_urls = [f"http://127.0.0.1:{p}" for p in stack.ports.rasas]
    validator = RequestValidator(settings.twilio_auth_token)
    limits = httpx.Limits(max_connections=400, max_keepalive_connections=400)
    results = []
    async with httpx.AsyncClient(timeout=60, limits=limits) as http:
        rr = 0

        async def bare(conv: str, text: str) -> bool:
            nonlocal rr
            rr += 1
            resp = await http.post(rasa_urls[rr % len(rasa_urls)] + "/webhooks/rest/webhook",
                                   json={"sender": conv, "message": text})
            return (resp.status_code == 200 and bool(resp.json())) or f"status {resp.status_code}"

        async def bare_meta(conv: str, text: str) -> bool:
            # bare Rasa with the metadata the gateway sends with each turn (webhooks/conversations/pipeline.py)
            nonlocal rr
            rr += 1
            metadata = {"channel": "sms", "language": "en", MESSAGE_REF: rr, "received_at": round(time.time(), 3)}
            resp = await http.post(rasa_urls[rr % len(rasa_urls)] + "/webhooks/rest/webhook",
                                   json={"sender": conv, "message": text, "metadata": metadata})
            return (resp.status_code == 200 and bool(resp.json())) or f"status {resp.status_code}"

        sids = {"n": 0}

        async def sms(conv: str, text: str) -> bool:
            sids["n"] += 1
            params = {"MessageSid": f"SM{secrets.token_hex(16)}", "From": "+1" + str(abs(hash(conv)))[:10],
                      "To": "+15550001111", "Body": text, "AccountSid": "AC" + "0" * 32}
            sig = validator.compute_signature(PUBLIC + "/twilio/sms", params)
            resp = await http.post(gateway + "/twilio/sms", content=urlencode(params),
                                   headers={"X-Twilio-Signature": sig,
                                            "Content-Type": "application/x-www-form-urlencoded"})
            return (resp.status_code == 200 and "<Message>" in resp.text) or f"status {resp.status_code}"

        web_sessions: dict[str, tuple[str, str]] = {}

        async def web(conv: str, text: str) -> bool:
            if conv not in web_sessions:
                data = (await http.post(gateway + "/chat/sessions")).json()
                web_sessions[conv] = (data["session_id"], data["token"])
            sid, token = web_sessions[conv]
            resp = await http.post(f"{gateway}/chat/sessions/{sid}/messages", json={"text": text},
                                   headers={"Authorization": f"Bearer {token}"})
            return (resp.status_code == 200 and bool(resp.json()["replies"])) or f"status {resp.status_code}"

        chosen = {"bare": ("bare rasa", bare), "bare-meta": ("bare rasa + metadata", bare_meta),
                  "sms": ("gateway sms", sms), "web": ("gateway web", web)}
        for level in levels:
            n_conv = max(conversations, level)
            if level == 1 and len(paths) > 1:
                level_results = await drive_in_turn([chosen[p] for p in paths], n_conv, stack, http, gateway, db)
                for result in level_results:
                    print(f"  {result.line()}", flush=True)
            else:
                level_results = []
                for label, send in (chosen[p] for p in paths):
                    stored_before = count_inbound(db)
                    timed_before = await timings(http, gateway)
                    result = await drive(label, level, n_conv, send, stack)
                    if label.startswith("gateway"):
                        result.lost = result.sent - (count_inbound(db) - stored_before)
                        result.split = split_of(timed_before, await timings(http, gateway), result)
                    print(f"  {result.line()}", flush=True)
                    level_results.append(result)
            for line in ratios(level_results):
                print(f"  {line}", flush=True)
            results.extend(level_results)
    return results


def ratios(level_results: list[Result]) -> list[str]:
    """Each other path against bare Rasa at the same level: the share of its throughput kept, the p50 added, and
    messages per Rasa CPU-second (the gateway's goals: >= 90% at 50 conversations, <= 10 ms at p50)."""
    bare = next((r for r in level_results if r.label == "bare rasa" and r.latencies), None)
    if bare is None:
        return []
    lines = []
    for result in level_results:
        if result is bare or not result.latencies:
            continue
        share = result.rate / bare.rate if bare.rate else 0.0
        added = (statistics.median(result.latencies) - statistics.median(bare.latencies)) * 1000
        lines.append(f"ratio {result.label} / bare rasa at c={result.concurrency}: throughput {share:.0%}, "
                     f"p50 {added:+.1f} ms, Rasa CPU a message {result.rasa_cpu_ms:.1f} ms against "
                     f"{bare.rasa_cpu_ms:.1f} ms")
    return lines


def count_inbound(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Message).where(Message.direction == "in"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--levels", default="1,10,50", help="concurrent conversations, comma-separated")
    parser.add_argument("--conversations", type=int, default=20, help="conversations per level (at least the level)")
    parser.add_argument("--rasa-servers", default="1,2", help="Rasa server counts to compare")
    parser.add_argument("--paths", default="bare,sms,web",
                        help="which of bare,bare-meta,sms,web to drive (bare-meta: bare Rasa with the gateway's "
                             "metadata)")
    parser.add_argument("--pin", action="store_true",
                        help="Rasa and the action server on core 0, the gateway and the rest on core 1 (see pin_apart)")
    args = parser.parse_args()
    levels = [int(x) for x in args.levels.split(",")]
    with shared_state() as (env, settings, db, run_dir):
        print(f"model {model.ensure_trained().name}; database {db.engine.dialect.name}; {os.cpu_count()} cores")
        for servers in [int(x) for x in args.rasa_servers.split(",")]:
            with running(env, settings, run_dir, servers) as stack:
                print(f"\n{servers} Rasa server(s), 1 gateway, 1 action server:")
                asyncio.run(run_levels(stack, settings, levels, args.conversations, db, tuple(args.paths.split(",")),
                                       pin=args.pin))


if __name__ == "__main__":
    main()
