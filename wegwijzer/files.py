"""Reload-on-change file cache, so staff edits to practice.yml and knowledge/ apply without a restart."""
import os
import threading
from pathlib import Path
from typing import Any, Callable, Dict, Tuple

_lock = threading.Lock()
_cache: Dict[Tuple[str, str], Tuple[float, Any]] = {}


def _stamp(path: Path) -> float:
    # For a folder the newest mtime of its files counts, so adding or editing one article is seen.
    if path.is_dir():
        stamps = [p.stat().st_mtime for p in path.iterdir() if p.is_file()]
        return max(stamps + [path.stat().st_mtime])
    return path.stat().st_mtime


def load_cached(path: Path, loader: Callable[[Path], Any]) -> Any:
    """Return loader(path), re-running it only when the file or folder changed since the last call."""
    key = (str(path.resolve()), loader.__qualname__)
    stamp = _stamp(path)
    with _lock:
        hit = _cache.get(key)
        if hit and hit[0] == stamp:
            return hit[1]
    value = loader(path)
    with _lock:
        _cache[key] = (stamp, value)
    return value


def project_path(*parts: str) -> Path:
    """Paths relative to the project root (overridable with WEGWIJZER_HOME for tests and deployments)."""
    root = Path(os.environ.get("WEGWIJZER_HOME", Path(__file__).resolve().parent.parent))
    return root.joinpath(*parts)


def database_url() -> str:
    """DATABASE_URL (e.g. postgresql://user@host/db), else a SQLite file in the project's var/ folder."""
    url = os.environ.get("DATABASE_URL")
    if url:
        return url
    path = project_path("var", "wegwijzer.db")
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"
