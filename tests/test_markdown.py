"""Markdown (.md) as analysts keep policy documents: a page a clipper saved with its front matter, and an analyst's
own copy (round 270, tests/data/office/blind270, written by someone who had not read the reader; the two .md files
were refused until the Markdown reader)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from bri_kb.index.sources import collect_files
from bri_kb.ingest.markdown import front_matter, repeated_quotes
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind270"


def test_a_clipped_page_reads_as_the_page_it_was() -> None:
    """Regression: blind270_jiangxi_cuoshi.md (a portal page a clipper saved, front matter, the site's record as a
    list, pipe table, 字号 links) was refused (不支持的文件类型 .md)."""
    parsed = ingest_file(BLIND / "blind270_jiangxi_cuoshi.md")
    (doc,) = parsed.documents
    assert doc.title == "江西省人民政府办公厅关于加快跨境电子商务和海外仓高质量发展的若干措施"
    assert doc.doc_number is not None and doc.doc_number.text == "赣府厅发〔2024〕23号"
    assert (doc.signed, doc.published, doc.effective, doc.expires) == ("2024-06-12", "2024-06-18", "2024-07-01",
                                                                      "2026-12-31")
    texts = [c.text for c in parsed.clauses]
    # the site's record (索引号 …) and its 字号 buttons are the page's, no paragraph of the document
    assert not any(t.startswith(("索引号", "发文字号", "字号")) or "javascript" in t for t in texts)
    rows = [c.text for c in parsed.clauses if c.kind == "table_row"]
    assert len(rows) == 4 and rows[0].startswith("序号：1\n支持事项：省级公共海外仓")
    assert any(t.startswith("（八）开展退货中心仓试点。") for t in texts)


def test_an_analysts_copy_keeps_the_documents_articles() -> None:
    """Regression: blind270_nanning_biji.md, an analyst's notes: its articles typed as a numbered list (1. 第一条 …)
    with the items of 第五条 on lines of their own, and quotes that repeat an article (> 第八条 …, > ……同时废止。)."""
    parsed = ingest_file(BLIND / "blind270_nanning_biji.md")
    (doc,) = parsed.documents
    # (the heading 《…》学习笔记 names the document the notes copy)
    assert doc.title == "中国（广西）自由贸易试验区南宁片区支持跨境电子商务和海外仓发展办法"
    assert doc.doc_number is not None and doc.doc_number.text == "南自贸管规〔2024〕1号"
    articles = [c for c in parsed.clauses if c.kind == "article"]
    assert [c.label for c in articles][:3] == ["第一条", "第二条", "第三条"] and len(articles) == 15
    assert not any(c.text.startswith(("1.", "2.")) for c in parsed.clauses)
    fifth = next(c.text for c in articles if c.label == "第五条")
    assert "奖励：\n（一）平台年交易额达到1亿元以上的" in fifth and fifth.endswith("同一平台按最高标准给予奖励，不重复享受。")
    texts = [c.text for c in parsed.clauses]
    assert not any("……" in t for t in texts)  # (the quotes, each repeating an article, are no clause)
    assert sum("对经认定的片区公共海外仓，按其实际投入的20%给予一次性支持" in t for t in texts) == 1


def test_a_folders_notes_are_left_out_and_a_named_one_is_read(tmp_path: Path) -> None:
    """A folder's README.md or PROVENANCE.md (as corpus/ has) is about the folder, no document in it: left out, and
    said; a policy copy in Markdown beside it is read, and a note named alone is read too."""
    (tmp_path / "README.md").write_text("# 说明\n\n本文件夹收录政策文件。\n", encoding="utf-8")
    (tmp_path / "PROVENANCE.md").write_text("# Provenance\n", encoding="utf-8")
    copy = tmp_path / "jiangxi.md"
    copy.write_bytes((BLIND / "blind270_jiangxi_cuoshi.md").read_bytes())
    found = collect_files([tmp_path])
    assert found.files == [copy]
    assert sorted(Path(p).name for p, _ in found.skipped) == ["PROVENANCE.md", "README.md"]
    assert all("说明文件" in why for _, why in found.skipped)
    assert collect_files([tmp_path / "README.md"]).files == [tmp_path / "README.md"]


def test_front_matter_gives_its_fields_and_the_rest() -> None:
    fields, rest = front_matter('---\ntitle: "某省关于…的通知"\ndate: 2024-06-18\ntags: [a, b]\n---\n# 标题\n')
    assert fields["title"] == "某省关于…的通知" and fields["date"] == "2024-06-18" and rest == "# 标题\n"


@given(st.text())
def test_text_without_front_matter_is_all_body(text: str) -> None:
    fields, rest = front_matter(text)
    assert (fields, rest) == ({}, text) or text.lstrip("\ufeff").startswith("---")


@given(st.lists(st.text(alphabet="加快跨境电商发展支持企业。，\n 第一条", max_size=40), max_size=8))
def test_a_copy_without_quotes_is_unchanged(lines: list[str]) -> None:
    text = "\n".join(ln for ln in lines if not ln.lstrip().startswith(">"))
    assert repeated_quotes(text) == "\n".join(text.splitlines())


def test_a_quote_that_says_something_new_stays() -> None:
    text = "第八条 对经认定的公共海外仓给予支持。\n\n> 第八条 对经认定的公共海外仓给予支持。\n\n> 认定办法另行制定，目前无法申报。\n"
    kept = repeated_quotes(text)
    assert "> 认定办法另行制定" in kept and kept.count("第八条") == 1


def test_a_pages_numbered_list_of_labelled_steps_keeps_their_labels() -> None:
    """Regression (found with the Markdown reader, which reads a list as a page does): a page's <ol> of steps that
    each open with their own label (第一步：企业登录平台…) were given the browser's numbers too (1.第一步：…)."""
    clauses = ingest_file(DATA / "office" / "blind201" / "blind201_nanning_duixian.html").clauses
    steps = [c for c in clauses if "步：" in c.text[:4]]
    assert [c.label for c in steps][:2] == ["第一步", "第二步"]
    assert steps[0].text.startswith("第一步：企业登录平台在线填写申请表")
