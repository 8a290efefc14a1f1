"""The most ordinary 公文 of ordinary offices — a 山东 实施意见, a 天津 joint 办法, a county's 通知 and a 黑龙江 函 to a
customs office, in Word and PDF — written by someone who had not read the reader (tests/data/office/blind156, made by
make_blind156.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind156"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_registration_number_alone_above_the_mark(suffix: str) -> None:
    """Regression: the 规范性文件's registration number above the 版头, typed with long dashes (SDPR—2024—0010005), was
    dropped as a web page's debris and ended the 版头 before it began: the title was 山东省人民政府办公厅文件鲁政办发〔2024〕5号
    山东省…, with no 文号 and no mark."""
    doc = ingest_file(BLIND / f"blind156_shandong_opinions.{suffix}").documents[0]
    assert doc.title == "山东省人民政府办公厅关于推进中国（山东）自由贸易试验区提升战略的实施意见"
    assert doc.doc_number is not None and doc.doc_number.text == "鲁政办发〔2024〕5号"
    assert doc.issuing_mark == "山东省人民政府办公厅文件"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_zone_that_plans_to(suffix: str) -> None:
    """Regression: 三、支持建设集中查验场地。绥芬河片区拟于2024年10月底前建成… applied in all 黑龙江省 (拟 was not among the
    verbs an item that opens with its 片区 goes on with)."""
    parsed = ingest_file(BLIND / f"blind156_heilongjiang_letter.{suffix}")
    item = next(c for c in parsed.clauses if c.label == "三、")
    assert item.applies_to == ("中国（黑龙江）自由贸易试验区绥芬河片区",)
