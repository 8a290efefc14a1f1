"""A provincial 人民政府公报 issue set in two columns — a cover, a two-column 目录 with 栏目 labels (【省政府令】,
【部门文件】), four documents each starting mid-column under its 栏目's bar, a table across both columns, a boxed 解读 —
made in Word and printed to PDF, written by someone who had not read the reader (tests/data/office/blind150, made by
make_blind150.py)."""

from __future__ import annotations

import pytest

from bri_kb.ingest.contents import entry_titles, section_names
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind150"
NOTICE = "湖南省商务厅关于开展2024年度中国（湖南）自由贸易试验区制度创新案例评选工作的公告"
APPOINTMENTS = "湖南省人民政府关于刘建华等同志职务任免的通知"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_each_document_under_its_bar(suffix: str) -> None:
    """Regression: the 商务厅's 公告 was read as more of the 办公厅's 通知 before it (its title, number, date and issuer
    inside 湘政办发〔2024〕41号), the 任免 notice was titled and issued by 人事任免湖南省人民政府 (its 栏目's bar), and in the
    PDF the 令 and its 规章 were part of the cover. A 栏目's bar is no document's line, and a document starts under it."""
    parsed = ingest_file(BLIND / f"blind150_gazette.{suffix}")
    by_title = {d.title: d for d in parsed.documents}
    notice = by_title[NOTICE]
    assert notice.doc_number is not None and notice.doc_number.text == "湖南省商务厅公告2024年第6号"
    assert by_title[APPOINTMENTS].issuers == ("湖南省人民政府",)
    assert "湖南省推进中国（湖南）自由贸易试验区制度创新办法" in by_title
    assert parsed.report.removed.get("section_label", 0) >= 4
    circular = next(d for d in parsed.documents if d.title.startswith("湖南省人民政府办公厅关于加快推进"))
    assert not any(c.doc_id == circular.doc_id and "评选范围" in c.text for c in parsed.clauses)


def test_a_contents_entry_with_an_announcements_number() -> None:
    """Regression: the 目录's entry kept its bracketed 公告 number (（湖南省商务厅公告2024年第6号）), so the title it
    names was found nowhere in the text."""
    lines = ["【部门文件】", f"{NOTICE}（湖南省商务厅公告2024年第6号）\t3", "【人事任免】", f"{APPOINTMENTS}（湘政任〔2024〕22号）\t4"]
    assert entry_titles(lines) == [NOTICE, APPOINTMENTS]
    assert section_names(lines) == {"部门文件", "人事任免"}
