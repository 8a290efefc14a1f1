"""Three more files made the way offices make them by someone who had not read
the reader (tests/data/office/blind23, made by make_blind23.py): a 公告 asking
for comments with its 征求意见稿 and 起草说明 appended, a 决定 repealing twelve
documents listed in a table (PDF), and a press conference's transcript copied
from a web page."""

from __future__ import annotations

import json

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind23"


def test_a_repeal_lists_documents_repeal_them() -> None:
    """Regression: the twelve 文号 of 附件1 (…决定废止的规范性文件目录) were not recorded as repealed;
    those of 附件2 (修改) are not repealed."""
    expected = json.loads((BLIND / "expected.json").read_text(encoding="utf-8"))
    doc = ingest_file(BLIND / "blind23_repeal_decision.pdf").documents[0]
    assert list(doc.repeals) == expected["blind23_repeal_decision"][0]["meta"]["repeals"]
    assert len(doc.repeals) == 12


def test_a_signature_does_not_run_on_into_the_attachment_list() -> None:
    """Regression: "湖北省商务厅" above the date was read into the last attachment's name
    (…的起草说明湖北省商务厅), in the 附件说明 and in the attachments."""
    parsed = ingest_file(BLIND / "blind23_draft_for_comment.docx")
    doc = parsed.documents[0]
    assert doc.attachments[1].endswith("》的起草说明")
    assert [c.text for c in parsed.clauses if c.kind == "signature"][:2] == ["湖北省商务厅", "2024年6月19日"]


def test_an_appended_titles_edition_and_its_second_line_are_in_its_heading() -> None:
    """Regression: "（征求意见稿）" under the appended draft's title, and the second line of the 起草说明's
    title (the first left a 《 open), were read as paragraphs. (Since round 92 the draft and its 起草说明 are
    documents of their own, not the notice's attachments: their titles hold both lines.)"""
    parsed = ingest_file(BLIND / "blind23_draft_for_comment.docx")
    assert [d.title for d in parsed.documents[1:]] == [
        "中国（湖北）自由贸易试验区服务共建“一带一路”促进办法（征求意见稿）",
        "关于《中国（湖北）自由贸易试验区服务共建“一带一路”促进办法（征求意见稿）》的起草说明"]
    assert "（征求意见稿）" not in [c.text for c in parsed.clauses]


def test_a_transcripts_fields_and_speakers_are_lines_of_their_own() -> None:
    """Regression: "主持人：…陈立群" ran on into "发布人：", and the last 发布人 into "主持人　陈立群：" (lines
    of about one width were taken for a wrapped passage); the page's 【字体】【打印】 分享到： line was a clause."""
    texts = [c.text for c in ingest_file(BLIND / "blind23_press_conference.txt").clauses]
    assert "主持人：福建省人民政府新闻办公室副主任 陈立群" in texts
    assert "发布人：" in texts
    assert "福建省发展和改革委员会二级巡视员 郑海燕" in texts
    assert "主持人 陈立群：" in texts
    assert not any("分享到" in t or "【打印】" in t for t in texts)
