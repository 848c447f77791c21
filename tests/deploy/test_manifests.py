"""deploy/ checked offline: Kubernetes manifests against the API schemas (kubernetes-validate), the
compose file against the Compose specification (check-jsonschema), both against the app itself."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import kubernetes_validate
import pytest
import yaml

from webhooks.app import create_app
from webhooks.settings import PROJECT_ROOT, Settings

DEPLOY = PROJECT_ROOT / "deploy"
K8S_VERSION = "1.30.0"


def k8s_documents() -> list[tuple[str, dict]]:
    docs = []
    for path in sorted((DEPLOY / "k8s").glob("*.yaml")):
        if path.name == "kustomization.yaml":
            continue
        docs += [(path.name, d) for d in yaml.safe_load_all(path.read_text()) if d]
    return docs


def by_kind(kind: str) -> dict[str, dict]:
    return {d["metadata"]["name"]: d for _, d in k8s_documents() if d["kind"] == kind}


@pytest.mark.parametrize("name,doc", k8s_documents(), ids=lambda v: v if isinstance(v, str) else v["kind"])
def test_every_manifest_is_valid_kubernetes(name, doc):
    kubernetes_validate.validate(doc, K8S_VERSION, strict=True)


def test_kustomization_lists_every_manifest():
    listed = set(yaml.safe_load((DEPLOY / "k8s" / "kustomization.yaml").read_text())["resources"])
    present = {p.name for p in (DEPLOY / "k8s").glob("*.yaml")} - {"kustomization.yaml"}
    assert listed == present


def test_each_component_is_replicated_probed_autoscaled_and_protected():
    deployments, services = by_kind("Deployment"), by_kind("Service")
    hpas, pdbs = by_kind("HorizontalPodAutoscaler"), by_kind("PodDisruptionBudget")
    assert set(deployments) == {"tipline-gateway", "tipline-rasa", "tipline-actions"}
    for name, dep in deployments.items():
        assert dep["spec"]["replicas"] >= 2, name
        container = dep["spec"]["template"]["spec"]["containers"][0]
        assert container["readinessProbe"]["httpGet"]["path"] and container["livenessProbe"]["httpGet"]["path"]
        assert {"configMapRef": {"name": "tipline-config"}} in container["envFrom"]
        assert {"secretRef": {"name": "tipline-secrets"}} in container["envFrom"]
        labels = dep["spec"]["template"]["metadata"]["labels"]
        assert services[name]["spec"]["selector"].items() <= labels.items(), "the Service selects these pods"
        assert pdbs[name]["spec"]["selector"]["matchLabels"].items() <= labels.items()
        assert hpas[name]["spec"]["scaleTargetRef"]["name"] == name
        assert hpas[name]["spec"]["minReplicas"] <= hpas[name]["spec"]["maxReplicas"]


def test_gateway_probes_are_routes_of_the_app_and_readiness_asks_only_for_intake():
    routes = set(create_app(Settings()).openapi()["paths"])
    gateway = by_kind("Deployment")["tipline-gateway"]["spec"]["template"]["spec"]["containers"][0]
    for probe in ("readinessProbe", "livenessProbe"):
        assert gateway[probe]["httpGet"]["path"].split("?")[0] in routes
    assert gateway["readinessProbe"]["httpGet"]["path"] == "/readyz?scope=intake"


def test_the_ingress_routes_only_to_the_gateway_over_tls():
    ingress = by_kind("Ingress")["tipline"]
    assert ingress["spec"]["tls"]
    backends = {p["backend"]["service"]["name"] for rule in ingress["spec"]["rules"] for p in rule["http"]["paths"]}
    assert backends == {"tipline-gateway"}


def test_every_setting_the_containers_get_is_a_real_setting():
    names = {n.upper() for n in Settings.model_fields} | {"HOME"}
    config = by_kind("ConfigMap")["tipline-config"]["data"]
    secret = by_kind("Secret")["tipline-secrets"]["stringData"]
    assert set(config) | set(secret) <= names


def test_the_secret_template_holds_only_placeholders_the_app_refuses():
    secret = by_kind("Secret")["tipline-secrets"]["stringData"]
    assert all("replace-me" in value for value in secret.values())
    with pytest.raises(ValueError):
        Settings(tipline_env="production", **{k.lower(): v for k, v in secret.items()})


def compose() -> dict:
    return yaml.safe_load((DEPLOY / "compose.yaml").read_text())


def test_the_compose_file_follows_the_compose_specification():
    result = subprocess.run([str(Path(sys.executable).parent / "check-jsonschema"), "--builtin-schema",
                             "vendor.compose-spec", str(DEPLOY / "compose.yaml")], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_compose_runs_two_gateways_and_two_rasa_servers_with_health_checks():
    services = compose()["services"]
    assert services["gateway"]["deploy"]["replicas"] == 2
    assert services["rasa"]["deploy"]["replicas"] == 2
    for name in ("redis", "postgres", "actions", "rasa", "gateway", "proxy"):
        assert services[name]["healthcheck"]["test"], name
    assert services["rasa"]["build"]["dockerfile"] == "deploy/images/rasa.Dockerfile"


def test_compose_takes_every_secret_from_the_environment():
    text = (DEPLOY / "compose.yaml").read_text()
    for secret in ("TIPLINE_SECRET_KEY", "TIPLINE_ENCRYPTION_KEYS", "TWILIO_AUTH_TOKEN", "RASA_TOKEN",
                   "REDIS_PASSWORD", "POSTGRES_PASSWORD"):
        uses = re.findall(r"\$\{" + secret + r"(:[?-][^}]*)?\}", text)
        assert uses and all(u.startswith(":?") for u in uses), f"{secret} must be required from the environment"


@pytest.mark.parametrize("dockerfile", sorted((DEPLOY / "images").glob("*.Dockerfile")), ids=lambda p: p.name)
def test_images_are_pinned_non_root_health_checked_and_copy_real_files(dockerfile):
    lines = [ln.strip() for ln in dockerfile.read_text().splitlines()]
    froms = [ln.split()[1] for ln in lines if ln.startswith("FROM ")]
    assert froms and all(":" in f and not f.endswith(":latest") for f in froms), froms
    assert any(ln.startswith("USER ") and ln.split()[1] not in ("root", "0") for ln in lines)
    assert any(ln.startswith("HEALTHCHECK ") for ln in lines)
    for ln in lines:
        if ln.startswith("COPY ") and "--from=" not in ln:
            sources = [a for a in ln.split()[1:-1] if not a.startswith("--")]
            for src in sources:
                assert (PROJECT_ROOT / src).exists(), f"{dockerfile.name} copies {src}, which does not exist"


def test_the_rasa_image_uses_the_official_3_6_21_runtime():
    assert "FROM rasa/rasa:3.6.21" in (DEPLOY / "images" / "rasa.Dockerfile").read_text()
