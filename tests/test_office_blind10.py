"""Four more files written the way offices make them by someone who had not
read the reader (tests/data/office/blind10, made by make_blind10.py). Each test
is a problem a first reading showed."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind10"


def test_a_request_and_the_reply_printed_after_it() -> None:
    """Regression: the 批复 after the 请示 has a letter-style masthead (天津市人民政府, no 文件) over its 文号; it
    was not split off, so its title, 文号 and 主送 were body paragraphs and its 附注 and 版记 went to the 请示."""
    for fmt in ("pdf", "docx"):
        request, reply = ingest_file(BLIND / f"td_tianjin_request_reply.{fmt}").documents
        assert request.doc_number is not None and request.doc_number.text == "津保管报〔2023〕12号", fmt
        assert (request.remarks, request.cc) == ("（联系人：刘晓明；联系电话：022－25601234）", None), fmt
        assert reply.title == ("天津市人民政府关于同意设立中国（天津）自由贸易试验区天津港东疆片区“一带一路”"
                               "国际航运服务中心的批复"), fmt
        assert reply.doc_number is not None and reply.doc_number.text == "津政函〔2023〕58号", fmt
        assert (reply.addressees, reply.printed_by) == ("天津港保税区管理委员会", "天津市人民政府办公厅"), fmt


def test_a_version_record_of_only_its_printing_line() -> None:
    """Regression: a 版记 with no 抄送, its 印发 line wrapped at the top of the last page ("…办公室 2023年6月2日" /
    "印发"), was glued onto item 30 and gave no 印发机关 or 印发日期."""
    for fmt in ("pdf", "docx"):
        parsed = ingest_file(BLIND / f"tc_yunnan_work_points.{fmt}")
        (doc,) = parsed.documents
        assert (doc.printed_by, doc.printed_date) == ("云南省自由贸易试验区工作领导小组办公室", "2023-06-02"), fmt
        last = next(c for c in parsed.clauses if c.label == "30.")
        assert last.text.endswith("（责任单位：省委宣传部、省自贸办）"), fmt
        assert not [c for c in parsed.clauses if "印发" in c.text and c.text.endswith("印发")], fmt
