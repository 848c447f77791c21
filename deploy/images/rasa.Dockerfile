# The Rasa runtime with the model trained from bot/ + intents/ as a build artefact: every replica
# built from one image serves the same model. Build from the repository root:
#   docker build -f deploy/images/rasa.Dockerfile -t tipline-rasa .
FROM rasa/rasa:3.6.21 AS model
WORKDIR /build
COPY --chown=1001:0 bot/config.yml ./bot/config.yml
COPY --chown=1001:0 bot/domain ./bot/domain
COPY --chown=1001:0 bot/data ./bot/data
COPY --chown=1001:0 intents ./intents
RUN rasa train --config bot/config.yml --domain bot/domain --data bot/data intents \
      --out /build/models --fixed-model-name tipline

FROM rasa/rasa:3.6.21
# one TensorFlow thread a server (webhooks/stack/model.py, SERVING_THREADS): scale with replicas
ENV RASA_TELEMETRY_ENABLED=false \
    TF_CPP_MIN_LOG_LEVEL=2 \
    TF_INTER_OP_PARALLELISM_THREADS=1 \
    TF_INTRA_OP_PARALLELISM_THREADS=1 \
    PYTHONPATH=/app/plugins
WORKDIR /app
COPY --from=model /build/models/tipline.tar.gz /app/models/tipline.tar.gz
COPY bot/credentials.yml /app/credentials.yml
COPY webhooks/stack/rasa_endpoints.py /app/rasa_endpoints.py
COPY deploy/rasa/start.sh /app/start.sh
# keeps message text out of Rasa's logs (see the module's docstring)
COPY bot/plugins/rasa_plus /app/plugins/rasa_plus
USER 1001
EXPOSE 5005
HEALTHCHECK --interval=15s --timeout=3s --start-period=90s --retries=3 \
  CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:5005/', timeout=2)"]
ENTRYPOINT ["/bin/sh", "/app/start.sh"]
