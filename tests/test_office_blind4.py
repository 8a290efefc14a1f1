"""Five more documents written the way offices write them by someone who had
not read the reader (tests/data/office/blind4, made by make_blind4.py with
python-docx, raw OOXML and LibreOffice): a plan with 专栏 in text boxes, a 汇编
with a Word 目录, a 条例 under its 人大常委会公告 with Word-numbered articles, a
notice published with tracked changes, comments and content controls, and a
web-style 政策解读. Each test is a problem that a first reading showed."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind4"


def test_text_in_word_text_boxes_is_read() -> None:
    """Regression: python-docx's paragraph text leaves out text boxes; both 专栏 (9 paragraphs) were lost."""
    texts = [c.text for c in ingest_file(BLIND / "p_plan_textboxes.docx").clauses]
    assert any(t.startswith("专栏1") for t in texts) and any(t.startswith("专栏2") for t in texts)
    assert sum(t.startswith("专栏1") for t in texts) == 1  # once: the drawing's fallback copy is not read again


def test_tracked_insertions_and_content_controls_are_read_deletions_are_not() -> None:
    """Regression: runs inside w:ins and inline content controls (w:sdt) were lost ("本措施自起施行，有效期至。",
    the title and 文号 in controls), so the title became the 主送 line."""
    parsed = ingest_file(BLIND / "s_tracked_changes.docx")
    (doc,) = parsed.documents
    assert doc.title == "关于印发南沙片区促进跨境贸易便利化若干措施的通知"
    assert doc.doc_number is not None and doc.doc_number.text == "穗南开管办〔2022〕9号"
    assert doc.expires == "2024-12-31"
    texts = [c.text for c in parsed.clauses]
    assert "七、本措施自印发之日起施行，有效期至2024年12月31日。本措施由区商务局负责解释。" in texts
    assert any(t.startswith("四、推进“智慧口岸”建设") for t in texts)  # an item inserted whole
    assert not [t for t in texts if "30万元50万元" in t or "20万元" in t or "2023年12月31日" in t]  # what was deleted
    # (texts[6]: the 措施's title heads its clauses since round 223)
    assert "每条航线给予50万元奖励；航线年运营满50个航次的，再给予30万元奖励。" in texts[6]


def test_word_numbered_articles_are_articles_and_a_typed_number_does_not_skip_one() -> None:
    """Regression: Word-numbered articles came out as "第一条为了…" (no separator) and were not articles, and the
    article whose text starts with 第 ("第三方检验检测机构…") was taken as typed, so every later one was a number low."""
    parsed = ingest_file(BLIND / "r_regulation_announcement.docx")
    articles = [c for c in parsed.clauses if c.kind == "article"]
    assert len(articles) == 19 and articles[12].text.startswith("第十三条 第三方检验检测机构")
    assert articles[13].text.startswith("第十四条 有关部门应当为企业开展对外投资合作提供下列服务")


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_an_announcement_set_with_spaced_letters_hands_its_title_to_the_regulation(fmt: str) -> None:
    """Regression: "浙江省人民代表大会常务委员会公　告" (its last two characters spaced, as set) was the title and
    第65号 a clause; the 条例 it carries was a body paragraph."""
    (doc,) = ingest_file(BLIND / f"r_regulation_announcement.{fmt}").documents
    assert (doc.title, doc.wrapper) == ("浙江省推进“一带一路”重要枢纽建设条例", "浙江省人民代表大会常务委员会公告（第65号）")


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_compilation_with_a_table_of_contents(fmt: str) -> None:
    """Regression: the 目录 entries (title … page number) were items, or the 目录 was skipped with the cover
    as a content control; the first document was not split from the cover (the cover ends with a month,
    二〇二二年四月) and its title was cut after "中国（河北）". The cover is no document of its own (round 234: it had
    been one, its clauses 河北省商务厅（省自贸办）编印 and 二〇二二年四月): its lines are left out and counted."""
    parsed = ingest_file(BLIND / f"q_compilation_toc.{fmt}")
    numbers = [d.doc_number.text if d.doc_number else None for d in parsed.documents]
    assert numbers == ["冀政办字〔2022〕31号", "冀商自贸函〔2022〕15号", "曹自贸管〔2022〕6号"]
    assert parsed.report.removed["compilation_title"] >= 2
    assert not [c for c in parsed.clauses if c.text.endswith("编印")]
    assert parsed.documents[0].title == "河北省人民政府办公厅关于支持中国（河北）自由贸易试验区雄安片区高质量发展若干措施的通知"
    assert not [c for c in parsed.clauses if "…" in c.text or "...." in c.text or c.text.replace(" ", "") == "目录"]
    assert parsed.report.removed["table_of_contents"] >= 4


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_web_page_tools_printed_into_a_copy_are_dropped(fmt: str) -> None:
    """Regression: a policy interpretation copied from a web page kept "【字体：大 中 小】 【打印本页】",
    "【打印本页】 【关闭窗口】" and "（责任编辑：王晓燕）" as clauses, and lost its 来源 (on the 发布时间 line)."""
    parsed = ingest_file(BLIND / f"t_policy_interpretation.{fmt}")
    (doc,) = parsed.documents
    assert (doc.published, doc.source_name) == ("2022-04-08", "甘肃省商务厅")
    assert not [c for c in parsed.clauses if "打印本页" in c.text or "责任编辑" in c.text]


@pytest.mark.parametrize("name", ["p_plan_textboxes", "q_compilation_toc", "r_regulation_announcement",
                                  "s_tracked_changes", "t_policy_interpretation"])
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_blind_documents_lose_no_line(name: str, fmt: str) -> None:
    parsed = ingest_file(BLIND / f"{name}.{fmt}")
    assert parsed.report.lost_lines == () and parsed.clauses


def test_a_document_an_office_suite_saved_as_html_reads_as_the_document() -> None:
    """Regression: LibreOffice's HTML export of the plan has an empty <title> and no <h1>, and was refused
    ("HTML 网页中没有找到正文"); with a title, the reader's own 文件名称 line glued itself to the 版头."""
    html = ingest_file(BLIND / "p_plan_textboxes.html")
    word = ingest_file(BLIND / "p_plan_textboxes.docx")
    (doc,) = html.documents
    assert (doc.title, doc.doc_number) == (word.documents[0].title, word.documents[0].doc_number)
    assert doc.issuers == word.documents[0].issuers and html.report.lost_lines == ()
    assert [c.label for c in html.clauses if c.kind == "heading"] == [c.label for c in word.clauses if c.kind == "heading"]
