"""The most ordinary documents of east-China offices — a 省人民政府 notice printing its 行动方案 after its text, a 市商务局
复函, a two-organ 申报 notice with a blank form, a 区 实施意见 with a paragraph typed with Shift+Enter
(tests/data/office/blind223, made by make_blind223.py by someone who had not read the reader)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind223"


def test_an_item_after_one_ending_in_a_semicolon_opens_a_line() -> None:
    """Regression: in the PDF of a paragraph typed with Shift+Enter, LibreOffice justifies “（2）…100万元；” to the full
    width and sets “（3）…” at the margin with no indent: （3） was glued onto （2）, and a lone ； after a stretched 元
    kept a space (300万元 ；)."""
    parsed = ingest_file(BLIND / "blind223_fengxian_yijian.pdf")
    texts = [c.text for c in parsed.clauses]
    assert "（2）新认定的外资研发中心，给予一次性开办资助100万元；" in texts
    assert "（3）在南桥新城租用自用办公用房的，3年内按租金的30%给予补贴。" in texts
    assert "（1）新认定的跨国公司地区总部，给予一次性开办资助300万元；" in texts
    assert len(parsed.clauses) == len(ingest_file(BLIND / "blind223_fengxian_yijian.docx").clauses)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_the_plan_a_notice_prints_after_its_text_is_headed_by_its_title(suffix: str) -> None:
    """Regression: the 方案 printed on a new page after the notice's 落款, with no 附件 line, lost its title (metadata
    only, no heading, no path): its clauses ran on from the notice's. The title now heads them, labelled by its 文种."""
    parsed = ingest_file(BLIND / f"blind223_shandong_fangan{suffix}")
    (doc,) = parsed.documents
    heading = next(c for c in parsed.clauses if c.kind == "heading" and c.label == "方案")
    assert "行动方案" in heading.text
    after = parsed.clauses[parsed.clauses.index(heading) + 1 :]
    assert after and all(c.path[:1] == (heading.text,) for c in after if c.kind != "signature")
    before = parsed.clauses[: parsed.clauses.index(heading)]
    assert before and not any(c.path[:1] == (heading.text,) for c in before)
