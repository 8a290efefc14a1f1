"""Four more files made the way offices and portals make them by someone who had
not read the reader (tests/data/office/blind17, made by make_blind17.py): a
central-portal page, a Word 通知 with a masthead table and a text box, a Word 方案
with tracked changes and 第一部分 headings, a web page copied into a text file."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind17"


def test_an_ordered_list_keeps_the_numbers_a_browser_shows() -> None:
    """Regression: an <ol>'s items lost their numbers (1. 2. 3.) and were counted as paragraphs."""
    items = [c for c in ingest_file(BLIND / "a_govportal.html").clauses if c.text.startswith(("1.加强", "2.强化", "3.做好"))]
    assert [c.label for c in items] == ["1.", "2.", "3."] and all(c.kind == "item" for c in items)


def test_parts_numbered_by_word_are_headings_of_their_own() -> None:
    """Regression: Word's list numbering 第一部分/第二部分 came out glued to its title (第一部分总体要求), as
    a paragraph, and 第三部分 was filed under the item above it (（三）第2段)."""
    clauses = ingest_file(BLIND / "c_fangan.docx").clauses
    parts = [c for c in clauses if c.label.startswith("第") and c.label.endswith("部分")]
    assert [c.text.split("\n")[0] for c in parts] == ["第一部分 总体要求", "第二部分 重点任务", "第三部分 保障措施"]
    last = next(c for c in clauses if "各市商务主管部门要" in c.text)
    assert last.label == "第三部分第1段" and last.path == ("第三部分 保障措施",)


def test_a_copied_page_s_counter_and_next_article_links_are_the_page_s() -> None:
    """Regression: "浏览次数：1234" stayed in the source (河南省商务厅 浏览次数：1234), and the
    上一篇/下一篇 links were clauses under the last item."""
    parsed = ingest_file(BLIND / "d_webcopy.txt")
    assert parsed.documents[0].source_name == "河南省商务厅"
    assert not any(c.text.startswith(("上一篇", "下一篇")) for c in parsed.clauses)
    assert parsed.report.removed.get("navigation") == 4
