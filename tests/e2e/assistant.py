"""Start a real trained Wegwijzer (Rasa server + action server) on free localhost ports, and talk to it."""
import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path
from typing import Dict, List, Optional

ROOT = Path(__file__).resolve().parents[2]
RASA = str(ROOT / ".venv" / "bin" / "rasa")
API_TOKEN = "e2e-api-token"
ACTION_TOKEN = "e2e-action-server-token-0123456789"


def latest_model() -> Path:
    models = sorted((ROOT / "models").glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
    if not models:
        raise RuntimeError("no trained model: run `make model` first")
    return models[-1]


def http(method: str, url: str, body=None, headers: Optional[Dict] = None, raw: bytes = None, timeout=60):
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    req = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json", **(headers or {})})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


class Assistant:
    """One running Rasa + action server pair with its own environment (database, SMTP, tokens)."""

    def __init__(self, workdir: Path, env: Dict[str, str], rasa_port: int, actions_port: int,
                 actions_env: Optional[Dict[str, str]] = None, rasa_args: Optional[List[str]] = None):
        self.url = f"http://127.0.0.1:{rasa_port}"
        self.actions_url = f"http://127.0.0.1:{actions_port}"
        endpoints = workdir / "endpoints.yml"
        endpoints.write_text(
            f'action_endpoint:\n  url: "{self.actions_url}/webhook"\n'
            f'  headers:\n    X-Wegwijzer-Action-Token: "{ACTION_TOKEN}"\n'
            "tracker_store:\n  type: wegwijzer.tracker_store.UrlSQLTrackerStore\n"
            + env.pop("EXTRA_ENDPOINTS", "")
        )
        self.env = env
        self.full_env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "2",
                         "ACTION_SERVER_TOKEN": ACTION_TOKEN, "SANIC_REQUEST_MAX_SIZE": "65536", **env}
        self.actions_env = actions_env or {}
        self.rasa_args = rasa_args or []
        self.actions_port, self.rasa_port, self.endpoints = actions_port, rasa_port, endpoints
        self.workdir = workdir
        self.logs = [open(workdir / "actions.log", "ab"), open(workdir / "rasa.log", "ab")]
        self.procs = [self._start_actions(), self._start_rasa()]

    def _start_actions(self) -> subprocess.Popen:
        return subprocess.Popen(
            [str(ROOT / ".venv" / "bin" / "python"), "-m", "wegwijzer.action_server",
             "--host", "127.0.0.1", "--port", str(self.actions_port)],
            cwd=ROOT, env={**self.full_env, **self.actions_env}, stdout=self.logs[0], stderr=subprocess.STDOUT,
        )

    def _start_rasa(self) -> subprocess.Popen:
        return subprocess.Popen(
            [RASA, "run", "--model", str(latest_model()), "--interface", "127.0.0.1", "--port", str(self.rasa_port),
             "--credentials", "credentials.yml", "--endpoints", str(self.endpoints),
             "--enable-api", "--auth-token", API_TOKEN, *self.rasa_args],
            cwd=ROOT, env=self.full_env, stdout=self.logs[1], stderr=subprocess.STDOUT,
        )

    def stop_actions(self) -> None:
        self.procs[0].terminate()
        self.procs[0].wait(timeout=20)

    def start_actions(self, timeout: float = 60) -> None:
        self.procs[0] = self._start_actions()
        deadline = time.time() + timeout
        while time.time() < deadline:
            try:
                if http("GET", f"{self.actions_url}/health", timeout=2)[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.5)
        raise RuntimeError("action server did not come back")

    def wait_ready(self, timeout: float = 240) -> None:
        deadline = time.time() + timeout
        while time.time() < deadline:
            for proc in self.procs:
                if proc.poll() is not None:
                    raise RuntimeError(f"server exited early; see logs in {self.workdir}")
            try:
                ok_actions = http("GET", f"{self.actions_url}/health", timeout=2)[0] == 200
                status, body = http("GET", f"{self.url}/status?token={API_TOKEN}", timeout=2)
                if ok_actions and status == 200 and json.loads(body).get("model_id"):
                    return
            except (OSError, ValueError):
                pass
            time.sleep(1)
        raise RuntimeError(f"assistant not ready after {timeout}s; see logs in {self.workdir}")

    def stop(self) -> None:
        for proc in self.procs:
            proc.terminate()
        for proc in self.procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
        for log in self.logs:
            log.close()

    def parse(self, text: str) -> Dict:
        status, body = http("POST", f"{self.url}/model/parse?token={API_TOKEN}", {"text": text})
        assert status == 200, body
        return json.loads(body)

    def chat(self, started: bool = True) -> "Chat":
        """A new conversation; `started` gets the session intro out of the way with a /greet payload,
        so that the replies a test checks are only the answers to its own messages."""
        conversation = Chat(self)
        if started:
            conversation.send("/greet")
        return conversation


class Chat:
    """One conversation over the REST channel, as a website visitor has it."""

    def __init__(self, assistant: Assistant, sender: Optional[str] = None):
        self.assistant = assistant
        self.sender = sender or f"test-{uuid.uuid4().hex[:10]}"
        self.history: List[str] = []

    def send(self, message: str) -> List[Dict]:
        status, body = http(
            "POST", f"{self.assistant.url}/webhooks/rest/webhook", {"sender": self.sender, "message": message}
        )
        assert status == 200, f"{status}: {body[:300]!r}"
        replies = json.loads(body)
        self.history.append(f"> {message}")
        self.history += [f"< {r.get('text', '')}" for r in replies]
        return replies

    def say(self, message: str) -> str:
        """Send a message and return all reply texts joined (button titles included)."""
        replies = self.send(message)
        parts = []
        for reply in replies:
            parts.append(reply.get("text", ""))
            parts += [b.get("title", "") for b in reply.get("buttons", [])]
        return "\n".join(parts)

    def tracker(self) -> Dict:
        status, body = http("GET", f"{self.assistant.url}/conversations/{self.sender}/tracker?token={API_TOKEN}")
        assert status == 200
        return json.loads(body)

    def transcript(self) -> str:
        return "\n".join(self.history)
