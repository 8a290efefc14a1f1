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
