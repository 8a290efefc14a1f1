"""A notice downloaded from a site with its attachments as files of their own (附件1：…申报指南.docx, 附件3.pdf, a
site-named PDF and workbook) — written by someone who had not read the reader (tests/data/office/blind297, made by
make_blind297.py)."""

from __future__ import annotations

from pathlib import Path

from bri_kb.ingest.attached_files import link_attachments
from tests.helpers import built_kb, ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind297"
_FILES = sorted(f for f in BLIND.iterdir() if f.suffix in (".html", ".docx", ".pdf", ".xlsx"))


def test_an_attachment_filed_apart_takes_the_organ_and_days_of_the_notice_that_names_it() -> None:
    """Regression: 附件1：…申报指南.docx, 附件2：申报汇总表.xlsx and 附件3.pdf (its title only in its text) named no
    organ or day, though the notice beside them names each in its 附件说明; the 方案 a 郑州 notice issues, saved
    as 附件：….docx, neither. Each takes the notice's organs, days, level and region, not its 文号."""
    documents = link_attachments([d for f in _FILES for d in ingest_file(f).documents])
    by_file = {d.file: d for d in documents}
    for name in ("blind297_A_附件1：2025年度跨境电商发展专项资金申报指南.docx", "blind297_A_附件2：申报汇总表.xlsx",
                 "blind297_A_附件3.pdf"):
        attachment = by_file[name]
        assert attachment.issuers == ("湖北省商务厅", "湖北省财政厅"), name
        assert (attachment.signed, attachment.published) == ("2025-05-20", "2025-05-23")
        assert (attachment.level, attachment.region, attachment.doc_number) == ("provincial", "湖北省", None)
    plan = by_file["blind297_B_附件：郑州市推进跨境电商高质量发展实施方案（2025—2027年）.docx"]
    assert plan.issuers == ("郑州市人民政府办公室",)
    # (a workbook the notice does not name stays as it is)
    assert by_file["blind297_B_P020250612381234567891.xlsx"].issuers == ()


def test_a_knowledge_base_links_the_attachments_it_holds(tmp_path: Path) -> None:
    from bri_kb.query.search import KnowledgeBase

    home = built_kb(tmp_path, [BLIND / "blind297_A_page.html", BLIND / "blind297_A_附件3.pdf"])
    titles = {d.title: d for d in KnowledgeBase(home).documents.values()}
    assert titles["申报企业信用承诺书"].issuers == ("湖北省商务厅", "湖北省财政厅")
