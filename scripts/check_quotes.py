"""Check every quote in knowledge/*.md against the source texts (developer tool; not part of `make test`).

The texts are not in this repository. Usage: python scripts/check_quotes.py /path/to/seeds
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from wegwijzer import knowledge  # noqa: E402


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def main(seeds: Path) -> int:
    sources = knowledge.sources()
    texts = {sid: squash((seeds / s["file"]).read_text(encoding="utf-8")) for sid, s in sources.items()}
    problems = 0
    for key, article in sorted(knowledge.articles().items()):
        for claim in article.claims:
            if claim.get("guidance"):
                continue
            for quote in claim.get("quotes") or [{"source": claim.get("source"), "quote": claim.get("quote")}]:
                if squash(str(quote["quote"])) not in texts.get(quote["source"], ""):
                    problems += 1
                    print(f"{key}: quote not found in {quote['source']}: {quote['quote']!r}")
    print(f"{problems} quote(s) not found")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
