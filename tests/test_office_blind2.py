"""Five more documents written the way offices write them by someone who had
not read the reader (tests/data/office/blind2, made by make_blind2.py with
python-docx and LibreOffice): a 转发 notice, a 复函, an 实施细则 under a note
of who issued it, a 工作要点 with footnotes, and a 政策问答. Each test is a
problem that a first reading showed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bri_kb.ingest.bulletins import issue_note
from bri_kb.ingest.clean import Line
from bri_kb.ingest.word import spaced_tables
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind2"


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_rule_takes_its_number_issuer_and_date_from_the_note_under_its_title(fmt: str) -> None:
    """Regression: "（2020年7月1日…管理委员会印发　绥自贸管规〔2020〕3号）" under the title was a clause (two
    in the PDF, cut mid-word) and the rule had no 文号, issuer or date; in Word, the title set in two
    paragraphs was cut after the first."""
    parsed = ingest_file(BLIND / f"g_implementing_rules.{fmt}")
    (doc,) = parsed.documents
    assert doc.title == "中国（黑龙江）自由贸易试验区绥芬河片区对俄跨境贸易便利化实施细则"
    assert doc.doc_number is not None and doc.doc_number.text == "绥自贸管规〔2020〕3号"
    assert doc.issuers == ("中国（黑龙江）自由贸易试验区绥芬河片区管理委员会",) and doc.published == "2020-07-01"
    assert not [c for c in parsed.clauses if "印发" in c.text and "绥自贸管规" in c.text]
    assert parsed.report.lost_lines == ()


def test_issue_note_forms() -> None:
    def note(*texts: str) -> tuple[int, dict[str, str]] | None:
        return issue_note([Line(n, t) for n, t in enumerate(texts, 1)])

    assert note("（2020年7月1日某某管理委员会印发　某管规〔2020〕3号）", "第一章") == (
        1, {"issued": "2020-07-01", "doc_number": "某管规〔2020〕3号", "issuer": "某某管理委员会"})
    assert note("（2020年7月1日某某管理委", "员会印发 某管规〔2020〕3号）") == (
        2, {"issued": "2020-07-01", "doc_number": "某管规〔2020〕3号", "issuer": "某某管理委员会"})
    assert note("（二〇一九年五月二十日海南省人民政府令第235号公布）") == (
        1, {"issued": "2019-05-20", "issuer": "海南省人民政府", "wrapper": "海南省人民政府令（第235号）"})
    assert note("（一）总体要求。") is None and note("第一条 为了规范管理，制定本办法。") is None


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_policy_q_and_a_keeps_each_answer_with_its_question(fmt: str) -> None:
    """Regression: "问：…？" and "答：…" were two clauses, a numbered question ("一、…是什么？") was apart
    from its answer, and the questions after a list inside an answer sat under the list's last item."""
    parsed = ingest_file(BLIND / f"i_policy_qa.{fmt}")
    (doc,) = parsed.documents
    assert doc.title == "《重庆市推进西部陆海新通道建设若干政策措施》政策问答"
    assert (doc.source_name, doc.published) == ("重庆市人民政府口岸和物流办公室", "2020-05-12")
    texts = [c.text for c in parsed.clauses]
    asked = [t for t in texts if "问：" in t]
    assert len(asked) == 4 and all("答：" in t for t in asked)
    assert any(t.startswith("一、《政策措施》出台的背景是什么？\n西部陆海新通道") for t in texts)
    last = next(c for c in parsed.clauses if "问：政策有效期是多长？" in c.text)
    assert last.path == ("四、其他常见问题",)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_footnotes_are_notes_after_what_they_annotate(fmt: str) -> None:
    """Regression: Word's footnotes were lost (python-docx leaves them out); in the PDF a footnote was a
    paragraph ("1 2019年钦州港…", first for a question on 钦州港) or glued to the 附件说明."""
    parsed = ingest_file(BLIND / f"h_work_points.{fmt}")
    notes = [c.text for c in parsed.clauses if c.kind == "note"]
    assert notes[:2] == ["注1：2019年钦州港集装箱进口整体通关时间为42.5小时，出口整体通关时间为3.1小时。",
                         "注2：2019年西部陆海新通道海铁联运班列开行2243列，同比增长100%。"]
    assert parsed.documents[0].attachments == ("中国（广西）自由贸易试验区2020年重点任务清单",)


@pytest.mark.parametrize("name", ["e_forward_notice", "f_reply_letter", "g_implementing_rules", "h_work_points",
                                  "i_policy_qa"])
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_blind_documents_lose_no_line(name: str, fmt: str) -> None:
    parsed = ingest_file(BLIND / f"{name}.{fmt}")
    assert parsed.report.lost_lines == () and parsed.clauses



@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_forwarding_notice_and_the_document_it_forwards(fmt: str) -> None:
    """Regression: the forwarded 鄂商务发〔2020〕15号 was split off under the wrapper's signature as its title
    (襄阳市人民政府办公室), took the wrapper's date, 附注 and 版记, and both 主送 lines were clauses; in the
    PDF the 印发 line wrapped before its last character and was read as part of the 抄送 list."""
    parsed = ingest_file(BLIND / f"e_forward_notice.{fmt}")
    wrapper, forwarded = parsed.documents
    assert wrapper.doc_number is not None and wrapper.doc_number.text == "襄政办发〔2020〕8号"
    assert forwarded.doc_number is not None and forwarded.doc_number.text == "鄂商务发〔2020〕15号"
    assert forwarded.title == "湖北省商务厅关于支持中国（湖北）自由贸易试验区襄阳片区提升贸易投资便利化水平若干措施的通知"
    assert (wrapper.signed, forwarded.signed, forwarded.expires) == ("2020-03-20", "2020-03-05", "2022-12-31")
    assert wrapper.addressees == "各县（市、区）人民政府，市政府各部门，襄阳高新区、东津新区管委会"
    assert forwarded.addressees == "襄阳市人民政府，省直有关部门"
    assert (wrapper.remarks, forwarded.remarks) == ("（此件公开发布）", None)
    assert wrapper.cc == "市委各部门，市人大常委会办公室，市政协办公室，襄阳军分区。" and forwarded.cc is None
    assert (wrapper.printed_by, wrapper.printed_date) == ("襄阳市人民政府办公室", "2020-03-20")
    assert not [c for c in parsed.clauses if c.text.startswith(("各县（市、区）人民政府", "襄阳市人民政府，省直"))]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_an_appendix_after_the_last_article_is_no_part_of_it(fmt: str) -> None:
    """Regression: 第十八条 (施行 and 有效期) swallowed the 附录 (名词解释) and the 附表 table after it, set on the
    same page; the bloated article came up as noise for questions on the terms and the time limits."""
    parsed = ingest_file(BLIND / f"g_implementing_rules.{fmt}")
    last = next(c for c in parsed.clauses if c.label == "第十八条")
    assert last.text == "第十八条 本细则自2020年8月1日起施行，有效期3年。"
    headings = [c.text for c in parsed.clauses if c.kind == "heading" and c.path == ()]
    assert headings[-2:] == ["附录\n名词解释", "附表\n对俄跨境贸易便利化事项办理时限表"]
    rows = [c for c in parsed.clauses if c.kind == "table_row" and c.path == ("附表 对俄跨境贸易便利化事项办理时限表",)]
    assert [r.label for r in rows] == ["第1项", "第2项", "第3项", "第4项", "第5项"]
    assert rows[1].fields["办理部门"] == "绥芬河海关"


@pytest.fixture(scope="module")
def blind2_kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from bri_kb.index.kb import build

    home = tmp_path_factory.mktemp("blind2") / "kb"
    build([BLIND / "f_reply_letter.docx", BLIND / "g_implementing_rules.pdf", BLIND / "h_work_points.docx"], home)
    return home


@pytest.mark.parametrize(("ref", "label", "opens"), [
    ("绥自贸管规〔2020〕3号", "第十四条第二项", "第十四条"),
    ("绥芬河片区对俄跨境贸易便利化实施细则", "第14条（2）", "第十四条"),
    ("商办资函〔2020〕156号", "二", "二是"),
    ("商办资函〔2020〕156号", "四是", "三是"),
    ("2020年工作要点", "（三）1.（1）①", "①上线中国—东盟贸易数据交换功能"),
    ("2020年工作要点", "(三)1.(1)", "（1）拓展“单一窗口”服务功能"),
    ("2020年工作要点", "二、（三）", "（三）推进贸易便利化"),
])
def test_labels_as_an_analyst_types_them(blind2_kb: Path, monkeypatch: pytest.MonkeyPatch, ref: str, label: str,
                                         opens: str) -> None:
    """Regression: an item inside an article (第十四条第二项), a reply counted 一是…二是… and an item typed
    with the whole outline above it (（三）1.（1）①) could not be looked up; nor could the rule by its 文号,
    which was in the note under its title."""
    from typer.testing import CliRunner

    from bri_kb.cli import app

    monkeypatch.setenv("BRI_KB_HOME", str(blind2_kb))
    out = CliRunner().invoke(app, ["clause", ref, label, "--format", "json"])
    assert out.exit_code == 0, out.output
    found = json.loads(out.stdout)
    assert isinstance(found, dict) and found["text"].startswith(opens)  # one clause


def test_a_central_organs_reply_to_one_province_is_ministry_level() -> None:
    """Regression: 商务部办公厅's 复函 on 陕西's zone was 'provincial', because the title names 陕西 first."""
    (doc,) = ingest_file(BLIND / "f_reply_letter.docx").documents
    assert (doc.issuers, doc.level, doc.region) == (("商务部办公厅",), "ministry", "陕西省")
    clause = ingest_file(BLIND / "f_reply_letter.docx").clauses[0]
    assert clause.applies_to == ("陕西省",) and clause.applies_reason == "中央机关针对陕西省发布（部委）"


def test_a_page_header_printed_on_one_page_does_not_cut_a_sentence() -> None:
    """Regression: a two-page letter prints "商务部办公厅函件" atop page 2 only, so it repeats nowhere; it was a
    clause, and it cut 二是 in two ("…外商投资企业在中国" | "境内投资适用…")."""
    parsed = ingest_file(BLIND / "f_reply_letter.pdf")
    assert not [c for c in parsed.clauses if "函件" in c.text]
    second = next(c for c in parsed.clauses if c.text.startswith("二是"))
    assert "外商投资企业在中国境内投资适用外商投资法" in second.text


def test_a_table_typed_with_full_width_spaces_gives_its_rows() -> None:
    """Regression: the 附件 任务清单 is typed with full-width spaces between its columns, no cells; its rows
    ran together, one clause per category ("一、投资领域⏎1公布企业投资项目承诺制清单 南宁片区管委会2020年6月2推行…")."""
    parsed = ingest_file(BLIND / "h_work_points.docx")
    rows = [c for c in parsed.clauses if c.kind == "table_row"]
    assert [r.label for r in rows] == [f"第{n}项" for n in range(1, 39)]
    assert rows[25].fields == {"序号": "26", "重点任务": "开展跨境人民币贷款业务", "责任单位": "人民银行南宁中心支行",
                               "完成时限": "2020年9月"}  # the date typed against the organ, split off
    assert rows[25].path[-1] == "三、金融领域"
    assert spaced_tables(["序号\u3000名称", "1\u3000甲"]) == ["序号\u3000名称", "1\u3000甲"]  # too small to be a table
