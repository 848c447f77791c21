# The gateway and the action server (one image, two commands). Build from the repository root:
#   docker build -f deploy/images/gateway.Dockerfile -t tipline-gateway .
FROM python:3.11.7-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    TIPLINE_DATA_DIR=/data

WORKDIR /app
COPY pyproject.toml README.md ./
COPY webhooks ./webhooks
COPY bot/__init__.py ./bot/__init__.py
COPY bot/actions ./bot/actions
COPY bot/action_server.py ./bot/action_server.py
RUN pip install --no-cache-dir . \
 && useradd --uid 10001 --user-group --no-create-home --shell /usr/sbin/nologin tipline \
 && mkdir -p /data && chown tipline:tipline /data

USER 10001
EXPOSE 8000 5055
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=2)"]
# The action server instead: python -m bot.action_server --actions bot.actions --port 5055
CMD ["uvicorn", "webhooks.app:create_app", "--factory", "--host", "0.0.0.0", "--port", "8000", \
     "--proxy-headers", "--forwarded-allow-ips", "*", "--no-access-log"]
