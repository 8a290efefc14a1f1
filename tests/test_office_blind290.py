"""Standards offices publish on 自贸试验区 and 跨境电商 services (a 地方标准, a 团体标准, the 公告 that publishes a
batch of 地方标准) — written by someone who had not read the reader (tests/data/office/blind290, made by
make_blind290.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind290"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_standards_cover_gives_its_name_number_publisher_and_days(suffix: str) -> None:
    """Regression: the cover's kind line (山　东　省　地　方　标　准) was the title, and its number (DB37/T 4861—2025),
    the standard it replaces, its publisher and its 发布/实施 days were read as clauses, not as what they are."""
    parsed = ingest_file(BLIND / f"blind290_shandong_difangbiaozhun{suffix}")
    standard = parsed.documents[0]
    assert standard.title == "跨境电子商务海外仓服务规范"
    assert standard.doc_number is not None and standard.doc_number.text == "DB37/T 4861—2025"
    assert standard.issuers == ("山东省市场监督管理局",)
    assert (standard.signed, standard.published, standard.effective) == ("2025-09-12", "2025-09-12", "2025-10-12")
    assert standard.repeals == ("DB37/T 3012—2017",)
    assert standard.level == "provincial"
    assert not any(c.text.startswith(("DB37/T 4861", "2025-09-12")) for c in parsed.clauses)


def test_a_group_standards_title_broken_over_two_lines_is_read_whole() -> None:
    """Regression: 团体标准 was the title; the name set over two lines on the cover (…综合服务企业 / 服务规范) is it."""
    standard = ingest_file(BLIND / "blind290_zhejiang_tuantibiaozhun.docx").documents[0]
    assert standard.title == "跨境电子商务综合服务企业服务规范"
    assert standard.doc_number is not None and standard.doc_number.text == "T/ZJCBEC 015—2025"
    assert standard.issuers == ("浙江省跨境电子商务协会",)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_the_closing_formula_on_its_own_line_is_no_clause(suffix: str) -> None:
    """Regression: 特此公告。 (a line of its own after the 公告's last item: it says the text has ended) was a clause;
    it is left out and counted (结束语)."""
    parsed = ingest_file(BLIND / f"blind290_shandong_gonggao{suffix}")
    assert not any(c.text.startswith("特此") for c in parsed.clauses)
    assert parsed.report.removed.get("closing_formula") == 1 and parsed.report.lost_lines == ()
