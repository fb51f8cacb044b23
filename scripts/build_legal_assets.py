"""Build `assets/legal/articles.json` from the reference `articles.md`.

Usage: python scripts/build_legal_assets.py [path/to/articles.md] [--out assets/legal/articles.json]

Each `## 《law》第…条` section becomes {"law", "article", "text"}; the text is the article
verbatim (paragraphs joined by a newline), without the 来源/版本 line. The output is committed;
rerun this after the reference changes. It fails loudly on a section it cannot read, so a
changed layout is never half-converted.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT.parent / "shared" / "reference" / "articles.md"
DEFAULT_OUT = ROOT / "assets" / "legal" / "articles.json"
HEADING = re.compile(r"^## (《[^》]+》)(第[〇零一二三四五六七八九十百千]+条)\s*$")
SOURCE_LINE = re.compile(r"^来源[:：]")


def parse_articles(markdown: str) -> list[dict[str, str]]:
    """The articles of `markdown`, in document order."""
    articles: list[dict[str, str]] = []
    current: dict[str, str] | None = None
    paragraphs: list[str] = []

    def close() -> None:
        if current is None:
            return
        if not paragraphs:
            raise ValueError(f"{current['law']}{current['article']}: no text")
        if not paragraphs[0].startswith(current["article"]):
            raise ValueError(f"{current['law']}{current['article']}: text starts elsewhere")
        articles.append({**current, "text": "\n".join(paragraphs)})

    for line in markdown.splitlines():
        if line.startswith("## "):
            close()
            match = HEADING.match(line)
            if match is None:
                raise ValueError(f"unreadable heading: {line!r}")
            current, paragraphs = {"law": match[1], "article": match[2]}, []
        elif current is not None and line.strip() and not SOURCE_LINE.match(line):
            paragraphs.append(line.strip())
    close()
    keys = [(a["law"], a["article"]) for a in articles]
    if len(set(keys)) != len(keys):
        raise ValueError("an article appears twice")
    return articles


def main(argv: list[str] | None = None) -> int:
    """Convert the reference file and write the JSON asset."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    articles = parse_articles(args.source.read_text(encoding="utf-8"))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(articles, ensure_ascii=False, indent=2) + "\n"
    args.out.write_text(text, encoding="utf-8")
    print(f"{len(articles)} articles → {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
