"""Time from an urgent SMS webhook to the event on a signed-in console's live stream, while other
conversations are in flight (not a test).

    .venv/bin/python -m bench.urgent_latency [--in-flight 50] [--samples 40]

Goal: p99 <= 1 s with 50 conversations in flight."""
from __future__ import annotations

import argparse
import asyncio
import json
import secrets
import statistics
import time
from urllib.parse import urlencode

import httpx
from twilio.request_validator import RequestValidator

from bench.load import SCRIPT
from bench.system import PUBLIC, running, shared_state
from webhooks.staff import accounts, tokens

URGENT = "please help me, he said he is going to kill me"


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p * len(ordered)))] * 1000


async def measure(stack, settings, db, in_flight: int, samples: int) -> None:
    gateway = f"http://127.0.0.1:{stack.ports.gateway}"
    validator = RequestValidator(settings.twilio_auth_token)
    user = accounts.add_user(db, "bench-agent", secrets.token_urlsafe(16), "agent")
    token = tokens.issue(settings.tipline_secret_key, user.id, user.role, 60)
    queued: asyncio.Queue[float] = asyncio.Queue()
    stop = asyncio.Event()
    background = {"sent": 0, "seconds": []}

    async with httpx.AsyncClient(timeout=60, limits=httpx.Limits(max_connections=400)) as http:
        async def sms(sender: str, text: str) -> httpx.Response:
            params = {"MessageSid": "SM" + secrets.token_hex(16), "From": sender, "To": "+15550001111",
                      "Body": text, "AccountSid": "AC" + "0" * 32}
            sig = validator.compute_signature(PUBLIC + "/twilio/sms", params)
            return await http.post(gateway + "/twilio/sms", content=urlencode(params),
                                   headers={"X-Twilio-Signature": sig,
                                            "Content-Type": "application/x-www-form-urlencoded"})

        async def console() -> None:
            async with http.stream("GET", gateway + "/api/escalations/events/stream",
                                   headers={"Authorization": f"Bearer {token}"}, timeout=None) as resp:
                async for line in resp.aiter_lines():
                    if line.startswith("data: ") and json.loads(line[6:])["type"] == "queued":
                        queued.put_nowait(time.perf_counter())
                    if stop.is_set():
                        return

        async def tipster(n: int) -> None:
            while not stop.is_set():
                sender = "+1666" + f"{n:03d}" + f"{secrets.randbelow(10**4):04d}"
                for text in SCRIPT:
                    if stop.is_set():
                        return
                    started = time.perf_counter()
                    await sms(sender, text)
                    background["sent"] += 1
                    background["seconds"].append(time.perf_counter() - started)

        listener = asyncio.create_task(console())
        await asyncio.sleep(1)
        crowd = [asyncio.create_task(tipster(n)) for n in range(in_flight)]
        await asyncio.sleep(3)
        to_console, to_reply = [], []
        for _ in range(samples):
            sender = "+1777" + f"{secrets.randbelow(10**7):07d}"
            started = time.perf_counter()
            reply = asyncio.create_task(sms(sender, URGENT))
            arrived = await asyncio.wait_for(queued.get(), timeout=30)
            to_console.append(arrived - started)
            await reply
            to_reply.append(time.perf_counter() - started)
            await asyncio.sleep(0.2)
        stop.set()
        for task in crowd:
            task.cancel()
        listener.cancel()

    print(f"urgent webhook → console event ({samples} samples, {in_flight} conversations in flight):")
    print(f"  p50 {statistics.median(to_console) * 1000:7.1f} ms   p99 {pct(to_console, .99):7.1f} ms   "
          f"max {max(to_console) * 1000:7.1f} ms")
    print(f"urgent webhook → TwiML reply: p50 {statistics.median(to_reply) * 1000:7.1f} ms   "
          f"p99 {pct(to_reply, .99):7.1f} ms")
    if background["seconds"]:
        seconds = background["seconds"]
        print(f"background: {background['sent']} messages, p50 {statistics.median(seconds) * 1000:.0f} ms, "
              f"p95 {pct(seconds, .95):.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--in-flight", type=int, default=50)
    parser.add_argument("--samples", type=int, default=40)
    args = parser.parse_args()
    with shared_state() as (env, settings, db, run_dir), running(env, settings, run_dir) as stack:
        asyncio.run(measure(stack, settings, db, args.in_flight, args.samples))


if __name__ == "__main__":
    main()
