"""One document's change to another's force: read from the changing document's text
and table rows (changes_of), applied across the knowledge base (link_changes)."""

from __future__ import annotations

from dataclasses import replace

from bri_kb.ingest.relations import changes_of, link_changes, repeals_of
from bri_kb.model import Change, Document
from bri_kb.query.filters import Filters, document_reasons
from bri_kb.query.force import covers, status_note
from bri_kb.vocabulary import parse_doc_number


def _doc(doc_id: str, title: str, number: str | None, effective: str | None = None, expires: str | None = None,
         changes: tuple[Change, ...] = ()) -> Document:
    return Document(doc_id, title, parse_doc_number(number) if number else None, ("某省人民政府办公厅",), "provincial",
                    "某省", None, None, effective, expires, None, f"{doc_id}.txt", 1, 9, changes=changes)


def test_an_extension_names_the_document_by_its_number_or_its_short_name() -> None:
    body = ("《某省关于支持外贸发展的若干措施》（某政办发〔2021〕12号，以下简称《若干措施》）将于2024年3月31日有效期届满。\n"
            "一、《若干措施》有效期延长至2026年12月31日。\n"
            "二、《某省跨境电商实施意见》（某政办发〔2021〕35号）原定有效期至2024年6月30日，继续执行至2025年12月31日。")
    assert changes_of(body) == (Change("某政办发〔2021〕12号", "extend", "2026-12-31"),
                                Change("某政办发〔2021〕35号", "extend", "2025-12-31"))


def test_a_postponed_start_and_its_new_end() -> None:
    body = "原定于2024年7月1日起施行的《某市海外仓若干措施》推迟至2024年10月1日起施行，有效期相应顺延至2026年9月30日。"
    assert changes_of(body) == (Change("某市海外仓若干措施", "postpone", "2024-10-01", "2026-09-30"),)


def test_suspended_articles_from_a_date_or_from_the_notice() -> None:
    said = changes_of("三、自2024年4月1日起，暂停执行《某办法》（某政办发〔2022〕20号印发）第五条、第六条。恢复执行时间另行通知。")
    assert said == (Change("某政办发〔2022〕20号", "suspend", "2024-04-01", articles=("第五条", "第六条")),)
    undated = changes_of("暂停执行《某办法》第十二条。", own_date="2024-05-01")
    assert undated == (Change("某办法", "suspend", "2024-05-01", articles=("第十二条",)),)


def test_a_table_row_names_its_document_in_its_own_cell() -> None:
    rows = ["序号：3\n文件名称：某办法\n文号：某政办发〔2022〕20号\n原有效期：至2025年6月30日\n调整情况：自2024年4月1日起暂停执行第五条",
            "序号：1\n文件名称：某措施\n文号：某政办发〔2021〕12号\n原有效期：至2024年3月31日\n调整情况：有效期延长至2026年12月31日"]
    assert changes_of("", rows) == (Change("某政办发〔2022〕20号", "suspend", "2024-04-01", articles=("第五条",)),
                                    Change("某政办发〔2021〕12号", "extend", "2026-12-31"))


def test_no_change_without_a_document_or_of_something_else() -> None:
    assert changes_of("本办法自2024年7月1日起施行，有效期至2026年6月30日。") == ()
    assert changes_of("《某办法》规定的补贴申报期限延长至2024年12月31日。") == ()  # a deadline, not the document's validity
    assert changes_of("对符合条件的企业，政策继续执行至2025年12月31日。") == ()  # no document named


def test_an_extension_moves_the_end_and_keeps_the_old_one() -> None:
    old = _doc("a", "某省关于支持外贸发展的若干措施", "某政办发〔2021〕12号", "2021-04-01", "2024-03-31")
    notice = _doc("b", "某省关于延长《某省关于支持外贸发展的若干措施》有效期的通知", "某政办发〔2024〕7号", "2024-03-25",
                  changes=(Change("某政办发〔2021〕12号", "extend", "2026-12-31"),))
    extended, same = link_changes([old, notice])
    assert (extended.effective, extended.expires) == ("2021-04-01", "2026-12-31")
    assert [(c.by, c.by_name, c.was) for c in extended.changed_by] == [("b", "某政办发〔2024〕7号", "2024-03-31")]
    assert same == notice
    note = status_note(extended, None, "2025-01-01")
    assert note == "有效期经 某政办发〔2024〕7号 延长至 2026-12-31（原至 2024-03-31）"


def test_a_title_names_the_notice_that_carries_it_never_another_changing_notice() -> None:
    carried = _doc("a", "某市商务局关于印发《某市海外仓若干措施》的通知", "某商务发〔2024〕15号", "2024-07-01", "2026-06-30")
    postponing = _doc("b", "某市商务局关于推迟施行《某市海外仓若干措施》的通知", "某商务发〔2024〕31号", "2024-06-20",
                      changes=(Change("某市海外仓若干措施", "postpone", "2024-10-01", "2026-09-30"),))
    postponed, same = link_changes([carried, postponing])
    assert (postponed.effective, postponed.expires) == ("2024-10-01", "2026-09-30")
    assert postponed.changed_by[0].was == "2024-07-01"
    assert same == postponing
    assert status_note(postponed, None, "2024-08-01").startswith("尚未施行：自 2024-10-01 起施行；施行日期经 某商务发〔2024〕31号 推迟")


def test_a_suspended_article_is_said_beside_that_article_only() -> None:
    rules = _doc("a", "某办法", "某政办发〔2022〕20号", "2022-07-01", "2025-06-30")
    notice = _doc("b", "某通知", "某政办发〔2024〕7号", "2024-03-25",
                  changes=(Change("某政办发〔2022〕20号", "suspend", "2024-04-01", articles=("第五条",)),))
    rules, _ = link_changes([rules, notice])
    assert status_note(rules, None, "2024-05-01", "第五条") == "本条自 2024-04-01 起暂停执行（某政办发〔2024〕7号）"
    assert status_note(rules, None, "2024-03-28", "第五条") == "本条将自 2024-04-01 起暂停执行（某政办发〔2024〕7号）"
    assert status_note(rules, None, "2024-05-01", "第五十条") == ""
    assert status_note(rules, None, "2024-05-01", "第六条") == ""


def test_other_ways_offices_word_an_extension_or_an_end() -> None:
    assert changes_of("决定延长《某办法》（某政发〔2020〕3号）的有效期至2025年12月31日。") == (
        Change("某政发〔2020〕3号", "extend", "2025-12-31"),)
    assert changes_of("《某办法》（某政发〔2020〕3号）有效期延长2年，至2026年6月30日。") == (
        Change("某政发〔2020〕3号", "extend", "2026-06-30"),)
    assert changes_of("《某办法》（某政发〔2020〕3号）继续执行，有效期至2025年12月31日。") == (
        Change("某政发〔2020〕3号", "extend", "2025-12-31"),)
    assert changes_of("《某办法》（某政发〔2020〕3号）自2024年1月1日起停止执行。") == (
        Change("某政发〔2020〕3号", "end", "2024-01-01"),)
    assert changes_of("对不符合条件的企业，自2024年1月1日起停止执行该项补贴。") == ()


def test_an_end_closes_the_document_the_day_before() -> None:
    old = _doc("a", "某办法", "某政发〔2020〕3号", "2020-07-01", "2025-06-30")
    notice = _doc("b", "某通知", "某政发〔2023〕9号", "2023-12-20", changes=(Change("某政发〔2020〕3号", "end", "2024-01-01"),))
    ended, _ = link_changes([old, notice])
    assert ended.expires == "2023-12-31"
    assert status_note(ended, None, "2024-02-01") == "已失效：有效期至 2023-12-31；经 某政发〔2023〕9号 自 2024-01-01 起停止执行"


def test_a_range_of_suspended_articles_is_each_article() -> None:
    (change,) = changes_of("自2024年5月1日起暂停实施《某办法》（某政发〔2021〕5号）第九条至第十二条、第十五条。")
    assert change.articles == ("第九条", "第十条", "第十一条", "第十二条", "第十五条")


def test_a_verb_inside_a_quoted_title_or_naming_a_time_changes_nothing() -> None:
    """Regression (round 66): 《海关总署关于暂停实施〈…〉部分条款等事项的公告》 cited in a lead was read as a
    suspension of that 公告; 暂停实施期间，…按照《…舱单管理办法》办理 as a suspension of the 办法."""
    assert changes_of("根据《海关总署关于暂停实施〈某监管办法〉部分条款等事项的公告》（海关总署公告2024年第63号），现通知如下。") == ()
    assert changes_of("暂停实施期间，货物的舱单申报按照《某舱单管理办法》等规定办理。") == ()
    assert changes_of("海关总署决定暂停实施《某监管办法》（海关总署公告2023年第88号发布，以下简称《集拼办法》）部分条款。") == ()


def test_a_suspension_for_a_span_and_one_named_in_the_sentence_before() -> None:
    """Regression (rounds 65, 66): 自…起至… gave no last day; 其中，第二条第（二）项…自…起暂缓执行 named no document."""
    (span,) = changes_of("一、自2024年7月1日起至2024年12月31日，暂停执行《若干规定》（成办发〔2023〕41号）第七条、第八条。")
    assert (span.date, span.until, span.articles) == ("2024-07-01", "2024-12-31", ("第七条", "第八条"))
    (own,) = changes_of("二、自本公告发布之日起至2024年12月31日，暂停实施《某办法》（某发〔2023〕8号）第八条。", own_date="2024-05-28")
    assert (own.date, own.until) == ("2024-05-28", "2024-12-31")
    extended, suspended = changes_of("《某措施》（云政办发〔2021〕28号）有效期延长一年至2024年12月31日。其中，第二条第（二）项"
                                     "“运费补助”自2024年1月1日起暂缓执行，恢复执行时间另行通知。")
    assert (extended.action, extended.date) == ("extend", "2024-12-31")
    assert suspended == Change("云政办发〔2021〕28号", "suspend", "2024-01-01", articles=("第二条第（二）项",))
    (resumed,) = changes_of("《某措施》（云政办发〔2021〕28号）其中，第二条第（二）项自2025年1月1日起恢复执行。")
    assert (resumed.action, resumed.date) == ("resume", "2025-01-01")


def test_a_postponement_of_one_article_or_with_its_end_moved_as_far() -> None:
    (one,) = changes_of("二、《若干规定》（成办发〔2023〕41号）第九条原定自2024年7月1日起实施，推迟至2025年1月1日起实施。")
    assert (one.date, one.articles) == ("2025-01-01", ("第九条",))
    (worded,) = changes_of("推迟实施《若干规定》（成办发〔2023〕41号）第九条，自2025年1月1日起实施。")
    assert (worded.date, worded.articles) == ("2025-01-01", ("第九条",))
    (whole,) = changes_of("四、《展示交易办法》（海关总署公告2024年第30号）推迟至2024年10月1日起施行，有效期相应顺延。")
    assert (whole.date, whole.until, whole.shifted) == ("2024-10-01", None, True)
    rules = _doc("a", "某办法", "海关总署公告2024年第30号", "2024-07-01", "2027-06-30")
    notice = _doc("b", "某公告", "海关总署公告2024年第63号", "2024-05-28", changes=(whole,))
    moved, _ = link_changes([rules, notice])
    assert (moved.effective, moved.expires) == ("2024-10-01", "2027-09-30")
    kept = _doc("c", "某规定", "成办发〔2023〕41号", "2024-01-01", "2025-12-31")
    kept, _ = link_changes([kept, _doc("d", "某通知", "成办函〔2024〕57号", "2024-07-01", changes=(one,))])
    assert (kept.effective, kept.expires) == ("2024-01-01", "2025-12-31")
    assert status_note(kept, None, "2024-08-01", "第九条") == "本条施行日期经 成办函〔2024〕57号 推迟至 2025-01-01"
    assert status_note(kept, None, "2024-08-01", "第四条") == ""


def test_a_resumption_ends_the_suspension_it_lifts() -> None:
    rules = _doc("a", "某措施", "云政办发〔2021〕28号", "2021-04-20", "2023-12-31")
    first = _doc("b", "甲通知", "云政办发〔2023〕47号", "2023-12-22",
                 changes=(Change("云政办发〔2021〕28号", "suspend", "2024-01-01", articles=("第二条第（二）项",)),))
    second = _doc("c", "乙通知", "云政办发〔2024〕61号", "2024-12-18",
                  changes=(Change("云政办发〔2021〕28号", "resume", "2025-01-01", articles=("第二条第（二）项",)),))
    rules, _, _ = link_changes([rules, second, first])
    path = ("二、支持国际物流通道建设", "（二）国际物流通道运费补助")
    assert status_note(rules, None, "2024-06-01", "1.", path).endswith("本条自 2024-01-01 至 2024-12-31 暂停执行（云政办发〔2023〕47号）")
    assert status_note(rules, None, "2025-02-01", "二、（二）", path[:1]).endswith(
        "本条曾于 2024-01-01 至 2024-12-31 暂停执行（云政办发〔2023〕47号），已恢复")
    assert "暂停" not in status_note(rules, None, "2024-06-01", "二、（一）", path[:1])


def test_an_article_as_another_document_names_it_covers_its_clauses() -> None:
    assert covers("第五条", "第五条", ())
    assert not covers("第五条", "第五十条", ())
    assert covers("第二条第（二）项", "二、（二）", ("二、支持国际物流通道建设",))
    assert covers("第二条第（二）项", "3.", ("二、支持国际物流通道建设", "（二）国际物流通道运费补助"))
    assert not covers("第二条第（二）项", "（二）", ("一、支持企业开拓市场",))
    assert not covers("第二条第（二）项", "二、（一）", ("二、支持国际物流通道建设",))
    assert covers("第三条", "（一）", ("三、保障措施",))


AMENDING = """某省人民政府决定对《中国（某某）自由贸易试验区管理办法》（某政令第12号）作如下修改：
一、将第五条修改为：“第五条 自贸试验区实行准入前国民待遇加负面清单管理制度。”
二、删去第八条。
三、在第十条中增加一款，作为第二款：“…。”
四、将第十二条第二款中的“三十日”修改为“十五日”。
五、增加一条，作为第十三条：“第十三条 …。”
本决定自2025年1月1日起施行。"""


def test_an_amending_decisions_items_amend_the_document_its_lead_names() -> None:
    got = [(c.action, c.articles) for c in changes_of(AMENDING, own_date="2025-01-01")]
    assert got == [("amend", ()), ("amend", ("第五条",)), ("delete", ("第八条",)), ("amend", ("第十条",)),
                   ("amend", ("第十二条",))]
    assert {c.target for c in changes_of(AMENDING)} == {"中国（某某）自由贸易试验区管理办法"}


def test_amended_and_deleted_articles_are_said_and_a_text_republished_later_is_not_changed() -> None:
    rules = _doc("a", "中国（某某）自由贸易试验区管理办法", None, "2019-03-01")
    rules = replace(rules, signed="2019-01-20")
    decision = replace(_doc("b", "某省人民政府关于修改《中国（某某）自由贸易试验区管理办法》的决定", "某政发〔2024〕30号",
                            "2025-01-01", changes=changes_of(AMENDING, own_date="2025-01-01")), signed="2024-11-20")
    republished = replace(_doc("c", "中国（某某）自由贸易试验区管理办法", None, "2025-01-01"), signed="2024-11-25")
    rules, _, republished = link_changes([rules, decision, republished])
    assert republished.changed_by == ()
    assert status_note(rules, None, "2025-02-01", "第五条").endswith(
        "本条已经 某政发〔2024〕30号 修改（自 2025-01-01 起施行），此处为修改前的文本")
    assert status_note(rules, None, "2025-02-01", "第八条").endswith("本条已由 某政发〔2024〕30号 删去（自 2025-01-01 起）")
    assert status_note(rules, None, "2025-02-01", "第六条") == "经 某政发〔2024〕30号 修改（自 2025-01-01 起施行）"
    assert status_note(rules, None, "2025-02-01").endswith(
        "第五条、第十条、第十二条经 某政发〔2024〕30号 修改（自 2025-01-01 起）；第八条经 某政发〔2024〕30号 删去（自 2025-01-01 起）")


def test_a_catalogue_row_that_says_already_repealed_reports_the_repeal_it_did_not_make() -> None:
    """Regression (round 101): a 现行有效规范性文件目录's row 状态：已废止 was read as the catalogue repealing that document,
    so its hits said 已废止：被《…目录》废止. The catalogue lists the repeal; another document made it."""
    listed = changes_of("", ["序号：6\n文件名称：某实施意见\n发文字号：某府办〔2017〕56号\n状态：已废止"], "2025-01-10")
    assert listed == (Change("某府办〔2017〕56号", "repeal", "2025-01-10", reported=True),)
    made = changes_of("", ["序号：1\n文件名称：某实施意见\n发文字号：某府办〔2017〕56号\n处理结果：废止"], "2025-01-10")
    assert made == (Change("某府办〔2017〕56号", "repeal", "2025-01-10"),)
    old = _doc("a", "某实施意见", "某府办〔2017〕56号", "2017-10-09")
    catalogue = _doc("b", "某省现行有效规范性文件目录", None, "2025-01-10", changes=listed)
    repealed, _ = link_changes([old, catalogue])
    assert repealed.repealed_by == "b"
    assert status_note(repealed, catalogue, "2025-06-01") == "已废止：据 《某省现行有效规范性文件目录》 所列（未载明由哪份文件废止）"
    assert document_reasons(repealed, Filters(as_of="2025-06-01"), None) == ["2025-06-01时已废止（据 《某省现行有效规范性文件目录》 所列）"]
    by_list = _doc("c", "某省关于废止部分规范性文件的决定", "某府〔2024〕3号", "2024-12-01", changes=made)
    repealed, _ = link_changes([old, by_list])
    assert status_note(repealed, by_list, "2025-06-01").startswith("已废止：被 某府〔2024〕3号 废止")


def test_a_repealed_number_followed_by_its_title_in_brackets() -> None:
    """Regression (round 105): 海关总署公告2021年第47号（关于…的公告）同时废止 repealed nothing."""
    text = "本公告自2024年11月1日起施行。海关总署公告2021年第47号（关于在阿拉山口、霍尔果斯铁路口岸试行“铁路快通”模式的公告）同时废止。"
    assert repeals_of(text) == ("海关总署公告2021年第47号",)
