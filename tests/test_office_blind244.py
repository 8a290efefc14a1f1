"""Local regulations and rules on the pilot free trade zones as legislatures and governments publish them
(tests/data/office/blind244, made by make_blind244.py by someone who had not read the reader)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind244"


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_an_amendment_quoting_several_paragraphs_is_one_clause(fmt: str) -> None:
    """Regression: 一、将第十条修改为：“… / “… / “…。”: each paragraph of the quoted article opens with “ and the last
    alone closes it; the paragraphs after the first were clauses of their own (一、第2段, 一、第3段)."""
    parsed = ingest_file(BLIND / f"blind244_yunnan_jueding.{fmt}")
    items = [c for c in parsed.clauses if c.kind == "item"]
    assert [c.label for c in items] == ["一、", "二、", "三、", "四、", "五、", "六、", "七、"]
    first = items[0]
    assert first.text.count("\n“") == 2 and first.text.endswith("权益保护等服务。”")
    assert items[2].text.count("\n“") == 1
    assert not [c for c in parsed.clauses if c.text.startswith("“")]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_the_signature_of_a_gonggao_stays_apart_from_the_rules_adoption_note(fmt: str) -> None:
    """Regression (PDF): the 公告's 落款 at the foot of its page and the 条例's adoption note set line by line atop
    the next, six short lines in a row, were grouped as one row of a table printed cell by cell: one paragraph
    连云港市人民代表大会常务委员会2024年6月12日（2024年4月26日…批准）."""
    parsed = ingest_file(BLIND / f"blind244_lianyungang_gonggao.{fmt}")
    signed = [c.text for c in parsed.clauses if c.kind == "signature"]
    assert signed[:2] == ["连云港市人民代表大会常务委员会", "2024年6月12日"]
    (note,) = [c for c in parsed.clauses if c.text.startswith("（2024年4月26日")]
    assert note.text.endswith("第九次会议批准）")


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_zones_regulation_applies_in_the_zone_its_scope_calls_short(fmt: str) -> None:
    """Regression: 第二条 本条例适用于经国务院批准设立的自贸试验区，包括昆明片区、红河片区和德宏片区 (the zone its title names,
    called 自贸试验区 short) was an unknown part of the scope, so every article was the province's."""
    parsed = ingest_file(BLIND / f"blind244_yunnan_tiaoli.{fmt}")
    (second,) = [c for c in parsed.clauses if c.label == "第二条"]
    assert second.applies_to == ("中国（云南）自由贸易试验区",)
    assert {c.applies_to for c in parsed.clauses if c.kind == "article"} >= {("中国（云南）自由贸易试验区",)}
