"""Rounds 360–363, written by someone who had not read the reader (tests/data/office/blind360 … blind363, each made by
its make_blindNNN.py): a province's 自贸试验区条例 under its 公告 and a city's 实施意见 citing it; notices carrying whole
documents as 附件; a city's gazette in two columns; forwarding chains, a joint notice of seven organs and a 纪要. One
test per fix; each failed before it."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

OFFICE = DATA / "office"


def test_a_line_a_manual_break_cut_mid_word_runs_on_into_the_next() -> None:
    """Regression: a Shift+Enter inside the opening sentence (…自由贸易试 / 验区 / 西安区域（以下简称…）) left "验区" a
    short line, and the full line under it, set at the margin, opened a paragraph of its own: two clauses."""
    parsed = ingest_file(OFFICE / "blind360" / "blind360_xian_yijian.pdf")
    first = parsed.clauses[0].text
    assert "高标准建设中国（陕西）自由贸易试验区西安区域（以下简称西安区域）" in first
    assert first.endswith("现提出如下实施意见。")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_minutes_day_alone_under_its_number_dates_it(suffix: str) -> None:
    """Regression: 〔2026〕3号 / 2026年2月12日 under a 片区管委会's 主任办公会议纪要 mark (the day on a tab stop, no
    office beside it) was read into the title (2026年2月12日关于研究…的会议纪要), with no issuer and no date."""
    doc = ingest_file(OFFICE / "blind363" / f"blind363_xiamen_jiyao{suffix}").documents[0]
    assert doc.title == "关于研究跨境电商和中欧（厦门）班列发展有关事项的会议纪要"
    assert doc.issuers == ("中国（福建）自由贸易试验区厦门片区管理委员会",)
    assert doc.signed == "2026-02-12"


def test_seven_organs_stacked_beside_one_merged_word_are_the_head() -> None:
    """Regression: a joint 发文机关标志 of seven organs, a row each beside one 文件 merged down (a Word table), was
    taken for a data table (more than four rows): the title became 四川省发展和改革委员会｜文件, the 文号 was lost."""
    doc = ingest_file(OFFICE / "blind363" / "blind363_sichuan_lianhe_tongzhi.docx").documents[0]
    assert doc.title == "四川省商务厅等7部门关于支持综合保税区保税维修和跨境电商业务高质量发展的通知"
    assert doc.doc_number is not None and doc.doc_number.text == "川商外贸〔2026〕5号"
    assert len(doc.issuers) == 7


def test_a_gazettes_delivery_field_is_the_covers() -> None:
    """Regression: the publisher's block on the 目录 page (印　刷：… 发送对象：全市各级国家机关、社会团体 / 准印证号：…
    免费赠阅) gave a document titled 发送对象：… with 免费赠阅 as its clause."""
    parsed = ingest_file(OFFICE / "blind362" / "blind362_qingdao_gongbao.pdf")
    assert not any("发送对象" in d.title for d in parsed.documents)
    assert not any("赠阅" in c.text for c in parsed.clauses)


def test_a_columns_first_line_beside_a_bar_stays_in_its_column() -> None:
    """Regression: on a two-column page with a ruled table, the right column's first line (1. 在本市依法注册登记，…)
    stood level with the left column's 栏目 bar (【部门文件】); its number "1.", a fraction higher, was taken for a
    line centred across the page, and bar and line were read across into the last row of the page before."""
    parsed = ingest_file(OFFICE / "blind362" / "blind362_qingdao_gongbao.pdf")
    texts = [c.text for c in parsed.clauses]
    assert "1.在本市依法注册登记，具有独立法人资格，在综合保税区内实际开展经营活动；" in texts
    row = next(t for t in texts if t.startswith("序号：6"))
    assert row.endswith("完成时限：2027年底")
