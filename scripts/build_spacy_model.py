"""Build the offline Dutch spaCy pipeline Rasa uses: spacy.blank("nl") + lookup lemmatizer.

No Dutch model can be downloaded here, so we assemble one from spaCy's own language data and the
lemma tables in spacy-lookups-data, and save it to a folder that config.yml points at.
"""
import sys
from pathlib import Path

import spacy


def build(target: Path) -> Path:
    nlp = spacy.blank("nl")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()  # loads the lookup tables from spacy-lookups-data (installed package, no network)
    target.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(target)
    return target


if __name__ == "__main__":
    out = build(Path(sys.argv[1] if len(sys.argv) > 1 else "build/spacy_nl"))
    nlp = spacy.load(out)
    print(f"saved {out}: pipes={nlp.pipe_names}, 'kinderen' -> {nlp('kinderen')[0].lemma_!r}")
