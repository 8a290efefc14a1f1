"""Government web pages printed to PDF with Chromium (its header and footer, a table across pages, a sidebar) —
written by someone who had not read the reader (tests/data/office/blind289, made by make_blind289.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA


@pytest.mark.parametrize("path", ["blind289/blind289_kunming_banfa.pdf", "blind142/blind142_xiamen_4up.pdf"])
def test_a_title_and_the_addressees_under_it_are_not_one_paragraph(path: str) -> None:
    """Regression: a PDF's title ending with its 文种 (…的通知), then the 主送 line under it not set off as a block
    (片区各部门，各街道办事处，各有关企业：), read as one paragraph: …的通知片区各部门，…"""
    clauses = ingest_file(DATA / "office" / path).clauses
    assert not any("的通知各" in c.text or "的通知片区" in c.text for c in clauses)


def test_a_printed_pages_sidebar_of_links_is_left_out_and_its_article_read_as_text() -> None:
    """Regression: Chromium's print of a page whose article stands beside a sidebar (相关文件, 政策解读, 专题专栏 in
    smaller type, boxed; the page's layout drawn as a frame round both) was read as one table: its title was the
    info table's cells (11370200004228301A/2025-索引号：…), with no 文号, organ or dates, and the sidebar's links ran into
    the article (…提高到 上合示范区建设45%以上)."""
    parsed = ingest_file(DATA / "office" / "blind289" / "blind289_qingdao_yijian.pdf")
    (notice,) = parsed.documents
    assert notice.title == "青岛市人民政府关于深度融入共建“一带一路”进一步扩大高水平对外开放的实施意见"
    assert notice.doc_number is not None and notice.doc_number.text == "青政发〔2025〕9号"
    assert (notice.signed, notice.published, notice.effective) == ("2025-04-28", "2025-05-06", "2025-06-01")
    assert not any("深化改革创新方案的通知" in c.text or "相关文件" in c.text or "政策解读" in c.text or "45%以上" in c.text
                   and "上合示范区建设" in c.text for c in parsed.clauses)
    assert parsed.report.removed.get("web_sidebar", 0) > 0 and parsed.report.lost_lines == ()
