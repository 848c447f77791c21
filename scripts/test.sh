#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: installs what is missing (scripts/setup.sh, with the
# browser for the page tests), makes sure PostgreSQL and Redis answer, then `tipline test`.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh --with-browser

# The machine's PostgreSQL and Redis: started here when they are installed but not running.
if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  if command -v pg_ctlcluster >/dev/null 2>&1; then
    echo "[test] starting PostgreSQL"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -n1)" main start || true
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
  fi
fi
if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  echo "[test] starting Redis"
  mkdir -p /tmp/tipline-redis
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no \
    --dir /tmp/tipline-redis --logfile /tmp/tipline-redis/redis.log
  for _ in $(seq 1 30); do redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && break; sleep 0.5; done
fi

.venv/bin/ruff check webhooks bot tests bench
# Train (only if bot/ or intents/ changed) before the tests, so no test's time limit includes training.
.venv/bin/tipline train
exec .venv/bin/tipline test "$@"
