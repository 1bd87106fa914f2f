"""The knowledge base: article format, one source per fact, and consistency with the training data."""
import re
from pathlib import Path

import pytest

from wegwijzer import knowledge

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
# Things no seed text states: an article must never contain them (CONTENT-NOTES 5 and 9).
FORBIDDEN = [r"\bBIG-geregistreerd", r"€\s?\d", r"\d+\s?euro", r"\b\d{2,4}[- ]?\d{6,7}\b"]


def design_keys():
    table = (ROOT / "docs" / "design.md").read_text(encoding="utf-8")
    return dict(re.findall(r"^\| (\w+) \| .*? \| `([^`]+)` \|", table, re.M))


def test_every_design_topic_has_an_article_and_nothing_else():
    assert set(knowledge.articles()) == set(design_keys())


@pytest.mark.parametrize("key", sorted(design_keys()))
def test_article_states_its_key_fact_and_names_real_sources(key):
    article = knowledge.get(key)
    assert re.search(design_keys()[key], article.body, re.I), f"{key}: key fact missing"
    for source in article.sources:
        assert (SEEDS / source).exists() or source == "CONTENT-NOTES.md", f"{key}: unknown source {source}"
    assert len(article.body) <= 900
    for pattern in FORBIDDEN:
        assert not re.search(pattern, article.body, re.I), f"{key}: contains {pattern}"
    for kind, target in article.followups.items():
        assert knowledge.get(target), f"{key}: follow-up {kind} -> unknown topic {target}"


def test_every_article_has_training_questions_and_every_question_an_article():
    questions = knowledge.training_questions()
    assert set(questions) == set(knowledge.articles())
    assert all(len(q) >= 10 for q in questions.values())


def test_article_without_front_matter_is_rejected(tmp_path):
    bad = tmp_path / "x.md"
    bad.write_text("just text")
    with pytest.raises(knowledge.KnowledgeError):
        knowledge.parse_article(bad)


def test_key_must_match_file_name(tmp_path):
    bad = tmp_path / "x.md"
    bad.write_text("---\nkey: y\ntitle: T\nsources: [a]\n---\nBody")
    with pytest.raises(knowledge.KnowledgeError, match="file name"):
        knowledge.parse_article(bad)


def test_search_finds_the_topic_despite_typos():
    index = knowledge.KnowledgeSearch(knowledge.articles(), knowledge.training_questions())
    assert index.search("verwijsbrief huisarts nodig voor psychosociaal terapeut?")[0][0] in {"verwijzing", "verschil_psycholoog"}
    assert index.search("") == []
    assert index.search("x" * 100000) is not None  # huge input does not crash
