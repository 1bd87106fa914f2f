"""The knowledge base: one article per topic, every sentence tied to a quoted passage of a listed source.

The source texts themselves are not in the repository (the project never reads the shared seed folder); the
quotes are checked against them by scripts/check_quotes.py, which a developer runs with the texts at hand.
"""
import re
from pathlib import Path

import pytest

from wegwijzer import knowledge

ROOT = Path(__file__).resolve().parents[2]
# Things no source states: an article must never contain them (docs/content.md).
FORBIDDEN = [r"\bBIG-geregistreerd\b", r"€\s?\d", r"\d+\s?euro", r"\b\d{2,4}[- ]?\d{6,7}\b", r"\balleen een psycholoog",
             r"sinds januari 2020", r"is gestart in september"]
# One provider's own statements: a sentence with these words must say whose statement it is.
ATTRIBUTE = {r"geen wachtlijst": r"aanbieder|volgens|schrijft|noemt", r"experi.ntiële": r"aanbieder|volgens|schrijft|noemt|één"}


def catalogue_keys():
    table = (ROOT / "docs" / "topics.md").read_text(encoding="utf-8").split("## Other labels")[0]
    return set(re.findall(r"^\| `([a-z_]+)` \|", table, re.M))


ARTICLES = knowledge.articles()


def test_every_catalogue_topic_has_an_article_and_nothing_else():
    assert set(ARTICLES) == catalogue_keys()


def test_sources_list_names_each_text():
    sources = knowledge.sources()
    assert len(sources) >= 5
    for source_id, source in sources.items():
        assert source.get("file") and source.get("title") and source.get("publisher"), source_id


@pytest.mark.parametrize("key", sorted(ARTICLES))
def test_every_sentence_is_a_claim_with_a_quoted_source(key):
    article = ARTICLES[key]
    sources = knowledge.sources()
    claims = list(article.claims)
    assert [c.get("text") for c in claims] == knowledge.statements(article.body), f"{key}: claims do not match the body"
    cited = set()
    for claim in claims:
        if claim.get("guidance"):
            assert not re.search(r"\d", claim["text"]), f"{key}: guidance may not state numbers: {claim['text']}"
            continue
        quotes = claim.get("quotes") or [{"source": claim.get("source"), "quote": claim.get("quote")}]
        for quote in quotes:
            assert quote["source"] in sources, f"{key}: unknown source {quote['source']}"
            assert str(quote.get("quote") or "").strip(), f"{key}: claim without a quote: {claim['text']}"
            cited.add(quote["source"])
    assert cited <= set(article.sources), f"{key}: cites {cited - set(article.sources)} not in sources"


@pytest.mark.parametrize("key", sorted(ARTICLES))
def test_article_form(key):
    article = ARTICLES[key]
    assert len(article.body) <= 750, f"{key}: {len(article.body)} characters"
    for pattern in FORBIDDEN:
        assert not re.search(pattern, article.body, re.I), f"{key}: contains {pattern}"
    for sentence in knowledge.statements(article.body):
        for pattern, attribution in ATTRIBUTE.items():
            if re.search(pattern, sentence, re.I):
                assert re.search(attribution, sentence, re.I), f"{key}: unattributed: {sentence}"
    for kind, target in article.followups.items():
        assert target in ARTICLES, f"{key}: follow-up {kind} -> unknown topic {target}"
    assert 1 <= len(article.related) <= 4 and set(article.related) <= set(ARTICLES), key
    flat = re.sub(r"[-\s]+", " ", article.body.lower())
    for term in article.glossary:
        assert re.sub(r"[-\s]+", " ", term.lower()) in flat, f"{key}: glossary term {term} not used"
    assert not re.search(r"\bu\b|\buw\b", article.body), f"{key}: u-form (the assistant says je)"


def test_every_article_has_training_questions_and_every_question_an_article():
    questions = knowledge.training_questions()
    assert set(questions) == set(ARTICLES)
    assert min(len(q) for q in questions.values()) >= 40


def test_statements_split_sentences_and_list_items():
    body = "Eerste zin. Tweede zin? Ja: dit.\n- punt een\n- punt twee"
    assert knowledge.statements(body) == ["Eerste zin.", "Tweede zin?", "Ja: dit.", "punt een", "punt twee"]


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
    index = knowledge.KnowledgeSearch(ARTICLES, knowledge.training_questions())
    # The search is the AnswerGuard's second opinion, next to the classifier (which answers this with verwijzing,
    # 0.98). Since authors P and Q (2026-12-07) a dozen child questions with "verwijsbrief ... kindertherapie" put
    # kindertherapie_aanmelden first for this adult question, verwijzing a close second.
    top = [key for key, _ in index.search("verwijsbrief huisarts nodig voor psychosociaal terapeut?")[:2]]
    assert "verwijzing" in top or "aanmelden" in top, top
    assert index.search("ik heb een verwijzing nodig van de huisarts, hoe zit dat")[0][0] == "verwijzing"
    assert index.search("") == []
    assert index.search("x" * 100000) is not None  # huge input does not crash
