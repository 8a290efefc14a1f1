"""A 上行文 chain as offices file it — a 片区 committee's 请示 to the province (its 版头 two lines without 文件, the 文号
and the 签发人 on one line), the province's 批复 (Word, PDF and its portal page) and a city's 报告 — written by someone who
had not read the reader (tests/data/office/blind151, made by make_blind151.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind151"
ASKED = "中国（河南）自由贸易试验区洛阳片区管理委员会关于恳请支持洛阳片区深化与共建“一带一路”国家经贸合作有关事项的请示"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_two_line_mark_over_the_number_and_the_signer(suffix: str) -> None:
    """Regression: the 请示 was titled 中国（河南）自由贸易试验区 (its mark's first line), its real title a clause and its
    主送 lost: a mark of one organ wrapped over two lines without 文件 is one only over the 文号, and the 文号 here shares
    its line with the 签发人."""
    doc = ingest_file(BLIND / f"blind151_qingshi.{suffix}").documents[0]
    assert doc.title == ASKED
    assert doc.doc_number is not None and doc.doc_number.text == "洛自贸管文〔2024〕23号"
    assert doc.addressees == "河南省人民政府"


@pytest.mark.parametrize("name", ["blind151_pifu.docx", "blind151_pifu.pdf", "blind151_pifu_portal.html"])
def test_a_reply_to_a_city_and_its_zone_area(name: str) -> None:
    """Regression: the 批复, addressed to 洛阳市人民政府 and the 洛阳片区's committee, applied in all 河南省: a reply rules
    where it answers, and the city holds its 片区."""
    parsed = ingest_file(BLIND / name)
    first = next(c for c in parsed.clauses if c.label == "一、")
    assert first.applies_to == ("洛阳市",)


def test_a_header_of_three_rows() -> None:
    """Regression: the 附件 table's header is three rows (2023年 over 完成值 and 增速及占比（%）, that over 同比增长 and
    占全市比重): the PDF read its third row as data (列6：占全市比重, then 列6：21.7), the Word file named a column
    2023年／完成值／完成值 and another 2023年／占全市比重 (without the 增速及占比（%） over it). Both read it whole now."""
    names = ("序号", "指标名称", "单位", "2023年／完成值", "2023年／增速及占比（%）／同比增长", "2023年／增速及占比（%）／占全市比重",
             "2024年1—9月／完成值", "2024年1—9月／增速及占比（%）／同比增长", "2024年1—9月／增速及占比（%）／占全市比重")
    for suffix in (".docx", ".pdf"):
        parsed = ingest_file(BLIND / f"blind151_qingshi{suffix}")
        header = next(c for c in parsed.clauses if c.kind == "table_header")
        assert tuple(header.text.split("｜")) == names, suffix
        first = next(c for c in parsed.clauses if c.kind == "table_row")
        assert first.fields["指标名称"] == "新设立企业" and first.fields["2023年／增速及占比（%）／占全市比重"] == "21.7"
