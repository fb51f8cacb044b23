"""The shipped statute texts: generated from the reference, and covering every citation."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from disputekit.domain.legal.citations import CITATIONS, cite
from disputekit.legal_texts import load_articles
from disputekit.resources import asset

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT.parent / "shared" / "reference" / "articles.md"


def build_module():
    spec = importlib.util.spec_from_file_location(
        "build_legal", ROOT / "scripts/build_legal_assets.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_citation_has_its_verbatim_text():
    articles = load_articles()
    for key, citation in CITATIONS.items():
        text = articles.get((citation.law, citation.article))
        assert text is not None, key
        assert text.startswith(citation.article + " ")


def test_known_texts_are_verbatim():
    articles = load_articles()
    text = articles[("《中华人民共和国电子商务法》", "第六十二条")]
    assert text.startswith(
        "第六十二条 在电子商务争议处理中，电子商务经营者应当提供原始合同和交易记录。"
    )
    consumer_25 = articles[("《中华人民共和国消费者权益保护法》", "第二十五条")]
    assert "（三）在线下载或者消费者拆封的音像制品、计算机软件等数字化商品；" in consumer_25.split(
        "\n"
    )


def test_load_articles_returns_a_fresh_dict():
    first = load_articles()
    first.clear()
    assert load_articles()


def test_cite_groups_articles_of_one_law():
    assert cite("civil_188", "complaint_16_4", "civil_203") == (
        "《中华人民共和国民法典》第一百八十八条、第二百零三条；"
        "《市场监督管理投诉举报处理办法》第十六条（四）"
    )


@pytest.mark.skipif(not REFERENCE.is_file(), reason="reference folder not beside the checkout")
def test_the_asset_is_up_to_date_with_the_reference():
    built = build_module().parse_articles(REFERENCE.read_text(encoding="utf-8"))
    shipped = json.loads(asset("legal", "articles.json").read_text(encoding="utf-8"))
    assert built == shipped
    assert len(shipped) == REFERENCE.read_text(encoding="utf-8").count("\n## ")


def test_the_builder_refuses_an_unreadable_heading(tmp_path):
    module = build_module()
    with pytest.raises(ValueError, match="unreadable heading"):
        module.parse_articles("## 某法第一条\n\n第一条 文本\n")
    with pytest.raises(ValueError, match="no text"):
        module.parse_articles("## 《某法》第一条\n\n来源: x\n")
    out = tmp_path / "a.json"
    source = tmp_path / "a.md"
    source.write_text(
        "## 《某法》第一条\n\n来源: x, 版本: y\n\n第一条 甲。\n\n乙。\n", encoding="utf-8"
    )
    assert module.main([str(source), "--out", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8")) == [
        {"law": "《某法》", "article": "第一条", "text": "第一条 甲。\n乙。"}
    ]


def test_no_code_or_template_names_the_repealed_rules():
    # The repealed 暂行办法 lives only in the dated rules data (assets/legal/*.json).
    repealed = "投诉举报处理暂行办法"
    found = [
        str(path.relative_to(ROOT))
        for folder in ("disputekit", "templates")
        for path in (ROOT / folder).rglob("*")
        if path.suffix in (".py", ".j2") and repealed in path.read_text(encoding="utf-8")
    ]
    assert found == []


def test_every_advice_citation_resolves_to_a_shipped_article():
    import re
    from datetime import date

    from disputekit.rules_data import load_rulebook
    from tests.domain.factories import all_texts, at, ev, make_case
    from tests.support.shipped import advise

    articles = load_articles()
    number = "第[〇零一二三四五六七八九十百千]+条"
    checked = 0
    cited = re.compile(rf"(《[^》]+》)((?:{number}(?:（[一二三四五六七八九十]+）)?、?)+)")
    cases = [
        make_case(
            events=[ev("complaint_filed", at(2026, 3, 2)), ev("complaint_accepted", at(2026, 3, 5))]
        ),
        make_case(known_at=at(2023, 1, 5), filed_by=True),
        make_case(events=[ev("complaint_rejected", at(2026, 10, 9), note="材料不全")]),
    ]
    for case in cases:
        for text in all_texts(advise(case, date(2026, 11, 27))):
            for law, numbers in cited.findall(text):
                for article in re.findall(number, numbers):
                    assert (law, article) in articles, (law, article)
                    checked += 1
    assert checked > 20
    for rule in load_rulebook().rules:
        for citation in rule.articles:
            assert (citation.law, citation.article) in articles
