"""Training the Rasa model from bot/ + intents/, cached by a hash of its inputs."""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from webhooks.settings import PROJECT_ROOT

BOT_DIR = PROJECT_ROOT / "bot"
INTENTS_DIR = PROJECT_ROOT / "intents"
RASA_VERSION = "3.6.21"


def rasa_bin() -> Path:
    return Path(os.environ.get("TIPLINE_RASA_BIN", PROJECT_ROOT / ".venv-rasa" / "bin" / "rasa"))


def model_dir() -> Path:
    return Path(os.environ.get("TIPLINE_MODEL_DIR", PROJECT_ROOT / "models"))


def training_inputs() -> list[Path]:
    files = [BOT_DIR / "config.yml"]
    for folder in (BOT_DIR / "domain", BOT_DIR / "data", INTENTS_DIR):
        files += sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in {".yml", ".yaml"})
    return files


def inputs_hash() -> str:
    digest = hashlib.sha256(RASA_VERSION.encode())
    for path in training_inputs():
        digest.update(str(path.relative_to(PROJECT_ROOT)).encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def model_path() -> Path:
    return model_dir() / f"tipline-{inputs_hash()}.tar.gz"


def rasa_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update({"RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "2", "PYTHONWARNINGS": "ignore",
                "TF_ENABLE_ONEDNN_OPTS": "0",
                # bot/plugins/rasa_plus: keeps message text out of Rasa's logs
                "PYTHONPATH": os.pathsep.join(p for p in (str(BOT_DIR / "plugins"), env.get("PYTHONPATH")) if p)})
    return env


# Serving: one TensorFlow thread per Rasa server. A turn's inference is small; TensorFlow's default pools (one
# thread a core, for each of inter- and intra-op) spin waiting for work and compete with the gateway, the action
# server and the other Rasa servers on the same cores. Scale by running more servers. (Training keeps the
# default pools: there the work is large.) On this machine: 10% less Rasa CPU a turn (`python -m bench.load`).
SERVING_THREADS = {"TF_INTER_OP_PARALLELISM_THREADS": "1", "TF_INTRA_OP_PARALLELISM_THREADS": "1"}


def rasa_serving_env() -> dict[str, str]:
    return {**SERVING_THREADS, **rasa_env()}  # (set in the environment, they win)


def data_args() -> list[str]:
    return ["--config", str(BOT_DIR / "config.yml"), "--domain", str(BOT_DIR / "domain"),
            "--data", str(BOT_DIR / "data"), str(INTENTS_DIR)]


def ensure_trained(force: bool = False) -> Path:
    """The model for the current inputs, training it only when they changed."""
    target = model_path()
    if target.exists() and not force:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    print(f"[tipline] training the Rasa model ({target.name}); this takes a minute or two", file=sys.stderr)
    cmd = [str(rasa_bin()), "train", *data_args(), "--out", str(target.parent),
           "--fixed-model-name", target.name.removesuffix(".tar.gz")]
    subprocess.run(cmd, check=True, cwd=PROJECT_ROOT, env=rasa_env())
    if not target.exists():
        raise RuntimeError(f"rasa train did not produce {target}")
    return target
