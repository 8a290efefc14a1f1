"""Pages of city and county sites in 华东 and 华中 — a 规范性文件 page with a metadata box, a county notice with its 附件
table, a 政策解读 and the policy on one page, a 发改委 notice with its 附件 links (tests/data/office/blind226, made by
make_blind226.py by someone who had not read the reader)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind226"


def test_a_closing_paragraph_whose_second_sentence_takes_effect() -> None:
    """Regression: the 措施's closing paragraph (本措施与…重叠的，按照就高不重复原则执行。本措施自2024年10月15日起施行…)
    was filed under its last item, （十一）'s 境外商标 subsidy; it closes the whole 措施. (A heading's only paragraph
    ending so stays its content: round 89's 三、加强组织保障.)"""
    parsed = ingest_file(BLIND / "blind226_beilun.html")
    closing = next(c for c in parsed.clauses if c.text.startswith("本措施与区内其他同类政策有重叠的"))
    assert not any(p.startswith("（十一）") for p in closing.path)
    guangxi = ingest_file(DATA / "office" / "blind89" / "blind89_guangxi_notice.docx")
    third = next(c for c in guangxi.clauses if c.label == "三、第1段")
    assert "本通知自2024年5月1日起施行" in third.text and third.path == ("三、加强组织保障",)
