#!/bin/sh
# Starts Rasa with its endpoints made from REDIS_URL and ACTION_SERVER_URL (trackers and locks in
# Redis, shared by every replica). RASA_TOKEN protects Rasa's HTTP API; never expose port 5005.
set -eu
: "${RASA_TOKEN:?RASA_TOKEN must be set}"
python /app/rasa_endpoints.py > /tmp/endpoints.yml
exec rasa run --model /app/models/tipline.tar.gz --endpoints /tmp/endpoints.yml \
  --credentials /app/credentials.yml --port 5005 --enable-api --auth-token "$RASA_TOKEN"
