"""What an analyst saw that misled (round fifty-one, written blind on the bundled
corpus): references written as one string, the issuer filter's reason, Chinese
level names in exports, plans whose period is over."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from bri_kb.cli import app
from bri_kb.query.force import plan_end
from bri_kb.query.labels import label_at_end

runner = CliRunner()


def test_a_reference_written_as_one_string_names_its_clause(kb_env: Path) -> None:
    """Regression: `bri clause "国发〔2017〕57号 第5项"` printed all 25 clauses of the document, and
    "浙江自由贸易试验区条例 32条" found nothing; as two arguments both worked."""
    for ref in ("国发〔2017〕57号 第5项", "国发〔2017〕57号第5项", "国发[2017]57号 5"):
        data = json.loads(runner.invoke(app, ["clause", ref, "--format", "json"]).stdout)
        assert isinstance(data, dict) and data["label"] == "第5项", ref
    data = json.loads(runner.invoke(app, ["clause", "浙江自由贸易试验区条例 32条", "--format", "json"]).stdout)
    assert data["label"] == "第三十二条"
    assert label_at_end("国发〔2017〕57号") is None and label_at_end("第三十二条") is None


def test_a_label_the_document_lacks_is_said_to_be_lacking(kb_env: Path) -> None:
    """Regression: `bri where "国发〔2017〕57号第五条"` (the 决定 numbers its rows by 项, not by 条) showed every clause of
    the document as if the label had not been written, instead of saying there is no 第五条."""
    result = runner.invoke(app, ["where", "国发〔2017〕57号第五条"])
    assert result.exit_code != 0
    assert "没有标为「第五条」的条款" in result.output and "第1项至第16项" in result.output


def test_a_document_named_as_people_speak_of_it_by_number(kb_env: Path) -> None:
    """Regression: "国发57号文" and "2017年57号文" (the 文号 without its year, or without its code, and 文 after it) named
    no document."""
    for ref in ("国发57号文", "2017年57号文 第5项", "国发〔2017〕57号文件"):
        result = runner.invoke(app, ["clause", ref if "第" in ref else f"{ref} 第5项", "--format", "json"])
        assert result.exit_code == 0, (ref, result.output)
        assert json.loads(result.stdout)["label"] == "第5项", ref


def test_an_unknown_issuer_is_said_to_be_unknown(kb_env: Path) -> None:
    """Regression: --issuer 商务部 hid the 不良信用记录试行办法 (a document whose issuer the corpus does not print)
    saying 发文机关不是商务部."""
    data = json.loads(runner.invoke(app, ["ask", "对外投资 不良信用记录", "--issuer", "商务部", "--format", "json"]).stdout)
    reasons = [h["reason"] for h in data["filtered_out"]]
    assert any("发文机关不明，无法确认是商务部" in r for r in reasons)


def test_exports_take_chinese_level_names(kb_env: Path, tmp_path: Path) -> None:
    """Regression: `bri export compare --level 省级` said no document matched; only provincial worked."""
    out = tmp_path / "cmp.md"
    result = runner.invoke(app, ["export", "compare", "--topic", "跨境电商", "--level", "省级", "--where", "河南", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").strip()


def test_a_plan_whose_period_is_over_says_so() -> None:
    assert plan_end("天津市“一带一路”科技创新合作行动计划（2017—2020年）") == "2020"
    assert plan_end("陕西省“一带一路”建设2016年行动计划") == "2016"
    assert plan_end("中国（浙江）自由贸易试验区条例") is None


def test_every_level_has_its_chinese_name_in_the_help_and_on_the_page() -> None:
    """Regression: the county level (县级) was missing from `--level`'s help and the page's two level
    menus, and a county-level hit showed its level as the English key "county" on the page."""
    from bri_kb.vocabulary import LEVEL_NAMES

    static = Path(__file__).resolve().parents[1] / "bri_kb" / "web" / "static"
    page = (static / "index.html").read_text(encoding="utf-8")
    script = (static / "app.js").read_text(encoding="utf-8")
    for key, name in LEVEL_NAMES.items():
        options = re.findall(rf'<option value="{key}"(?: selected)?>{name}</option>', page)
        assert len(options) == 2, key
        assert f'{key}: "{name}' in script, key
    import typer

    group = typer.main.get_group(app)
    for command in (group.commands["ask"], group.commands["export"].commands["clauses"]):  # type: ignore[attr-defined]
        helps = [p.help for p in command.params if p.name == "level"]
        assert helps and " | ".join(LEVEL_NAMES.values()) in helps[0], command.name


def test_a_question_without_chinese_is_told_to_ask_in_chinese(kb_env: Path) -> None:
    """An English question matched clauses by the odd Latin word and said nothing about why."""
    from bri_kb.query.render import NOT_CHINESE, language_hint

    assert language_hint("Can foreign investors open a KTV?") == NOT_CHINESE
    assert language_hint("外资能开KTV吗") == "" and language_hint("2017 57") == ""
    result = runner.invoke(app, ["ask", "Can foreign investors open a KTV in the FTZ?", "--k", "1", "--format", "md"])
    assert NOT_CHINESE in result.stdout
    assert NOT_CHINESE not in runner.invoke(app, ["ask", "外资能开娱乐场所吗", "--k", "1", "--format", "md"]).stdout


def test_markdown_hits_say_where_they_apply(kb_env: Path) -> None:
    """Regression: `bri ask --format md` said where a hit applies nowhere (the table and the page did)."""
    out = runner.invoke(app, ["ask", "外资能开娱乐场所吗", "--k", "1", "--format", "md"]).stdout
    assert "   适用：" in out and "自贸试验区" in out.split("   适用：")[1].splitlines()[0]


def test_a_title_typed_without_its_quotation_marks_names_the_document() -> None:
    """Regression: `bri clause "云南省服务和融入共建一带一路促进条例" 第三章` found nothing: the title prints
    “一带一路” in quotation marks, which people leave out when they type it."""
    from bri_kb.vocabulary import title_key

    assert title_key("云南省服务和融入共建一带一路促进条例") == title_key("云南省服务和融入共建“一带一路”促进条例")
    assert title_key("《厦门市促进‘丝路海运’发展办法》") == title_key("厦门市促进丝路海运发展办法")
