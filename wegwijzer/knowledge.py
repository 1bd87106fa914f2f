"""The knowledge base: Dutch articles in knowledge/, one per topic, and a search over them.

Each article is the single source of one answer (front matter names its seed texts). The search is
the second chance for questions the classifier is unsure about.
"""
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import yaml

from wegwijzer.files import load_cached, project_path

_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n(.*)\Z", re.S)
# The AnswerGuard's reason for a message that is far more likely out of scope than any FAQ topic; action_clarify
# (which logs it for the staff first) then answers it as out of scope. Here because both processes read it and the
# action server does not import Rasa.
OUT_OF_SCOPE_LEADS = "out of scope leads FAQ"

FOLLOWUP_KINDS = ("vergoeding", "kind", "verwijzing", "diagnose", "coach",
                  # "en bij een psycholoog?" after this article: the same question for that professional
                  "psycholoog", "gzpsycholoog", "psychotherapeut", "psychiater",
                  # "en jullie therapie?" after an article about another professional: the same question for PST
                  "pst",
                  # "en wat doet die anders dan jullie?" after this article: the difference with that professional
                  "verschil",
                  # "en daarna?": the next step (signing up -> the first conversation -> the sessions after it)
                  "daarna",
                  # "en als de therapeut zich daar niet aan houdt?": where to go with a complaint
                  "klacht",
                  # "mogen ouders daar meedoen?": the parents' part in what this article is about
                  "ouders",
                  # "en als de verzekering niks betaalt, zijn er nog andere manieren?": other ways to pay
                  "anders_betalen",
                  # "en hoe pakken jullie dat dan aan?": how the therapist works on what this article is about
                  "aanpak",
                  # "maar als het echt een zware depressie is?": when PST is not enough
                  "grenzen")


class KnowledgeError(ValueError):
    """An article is malformed."""


@dataclass(frozen=True)
class Article:
    key: str
    title: str
    sources: Tuple[str, ...]
    body: str
    followups: Dict[str, str] = field(default_factory=dict)
    offer_contact: bool = False
    related: Tuple[str, ...] = ()
    child_version: Optional[str] = None
    claims: Tuple[Dict, ...] = ()
    glossary: Dict[str, str] = field(default_factory=dict)


def parse_article(path: Path) -> Article:
    match = _FRONT_MATTER.match(path.read_text(encoding="utf-8"))
    if not match:
        raise KnowledgeError(f"{path.name}: no front matter (--- ... ---)")
    meta = yaml.safe_load(match.group(1)) or {}
    body = match.group(2).strip()
    key = meta.get("key")
    if key != path.stem:
        raise KnowledgeError(f"{path.name}: key '{key}' must equal the file name")
    if not meta.get("title") or not meta.get("sources") or not body:
        raise KnowledgeError(f"{path.name}: title, sources and a body are required")
    followups = meta.get("followups") or {}
    unknown = set(followups) - set(FOLLOWUP_KINDS)
    if unknown:
        raise KnowledgeError(f"{path.name}: unknown followups {sorted(unknown)}")
    return Article(
        key=key,
        title=str(meta["title"]),
        sources=tuple(meta["sources"]),
        body=body,
        followups=dict(followups),
        offer_contact=bool(meta.get("offer_contact", False)),
        related=tuple(meta.get("related") or ()),
        child_version=meta.get("child_version"),
        claims=tuple(meta.get("claims") or ()),
        glossary=dict(meta.get("glossary") or {}),
    )


def _load_all(folder: Path) -> Dict[str, Article]:
    return {a.key: a for a in map(parse_article, sorted(folder.glob("*.md")))}


def statements(body: str) -> List[str]:
    """The sentences and list items of an article body, in order: each must be one claim."""
    out: List[str] = []
    for line in body.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("- "):
            out.append(line[2:].strip())
            continue
        out += [s.strip() for s in re.split(r"(?<=[.!?:;])\s+(?=[A-Z\u00c0-\u017f'\"(])", line) if s.strip()]
    return out


def sources() -> Dict[str, Dict]:
    """The texts the articles rest on (knowledge/sources.yml): id -> file, title, publisher, url."""
    path = knowledge_dir() / "sources.yml"
    return (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("sources", {}) if path.exists() else {}


def knowledge_dir() -> Path:
    return project_path("knowledge")


def articles() -> Dict[str, Article]:
    return load_cached(knowledge_dir(), _load_all)


def adult_versions(child_key: str) -> List[str]:
    """The articles whose `child_version` is `child_key` (the adult question of a child's article)."""
    return [a.key for a in articles().values() if a.child_version == child_key]


def get(key: str) -> Optional[Article]:
    return articles().get(key)


def training_questions(nlu_dir: Optional[Path] = None) -> Dict[str, List[str]]:
    """The faq/<key> example questions from every NLU file, to enrich the search index."""
    questions: Dict[str, List[str]] = {}
    for path in sorted((nlu_dir or project_path("data", "nlu")).rglob("*.yml")):
        for block in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu", []) or []:
            intent = str(block.get("intent", ""))
            if intent.startswith("faq/"):
                lines = [l.strip()[2:].strip() for l in str(block.get("examples", "")).splitlines() if l.strip()]
                questions.setdefault(intent[4:], []).extend(re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", l) for l in lines if l)
    return questions


class KnowledgeSearch:
    """TF-IDF over character n-grams (robust to typos and Dutch compounds) of articles + example questions."""

    def __init__(self, docs: Dict[str, Article], questions: Dict[str, List[str]]):
        from sklearn.feature_extraction.text import TfidfVectorizer

        self._keys: List[str] = []
        texts: List[str] = []
        for key, article in docs.items():
            for text in [f"{article.title} {article.body}", *questions.get(key, [])]:
                self._keys.append(key)
                texts.append(text.lower())
        self._vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)
        self._matrix = self._vectorizer.fit_transform(texts)

    def search(self, text: str, top: int = 3) -> List[Tuple[str, float]]:
        """Best distinct article keys for `text` with cosine similarity, best first."""
        if not text or not text.strip() or not self._keys:
            return []
        scores = (self._matrix @ self._vectorizer.transform([text[:2000].lower()]).T).toarray().ravel()
        best: Dict[str, float] = {}
        for index in scores.argsort()[::-1]:
            key = self._keys[index]
            if key not in best:
                best[key] = float(scores[index])
            if len(best) >= top:
                break
        return sorted(best.items(), key=lambda kv: -kv[1])


def _build_index(folder: Path) -> "KnowledgeSearch":
    return KnowledgeSearch(articles(), training_questions())


def search_index() -> KnowledgeSearch:
    """The search over the articles and their example questions, rebuilt when an article changes."""
    return load_cached(knowledge_dir(), _build_index)
