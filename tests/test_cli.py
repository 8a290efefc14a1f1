from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bri_kb.cli import app

from .conftest import ROOT

runner = CliRunner()
HIT_FIELDS = {"clause_id", "doc_id", "doc_title", "doc_number", "issuer", "level", "region", "date", "label", "path",
              "text", "fields", "applies_to", "source", "rank", "score"}


def run(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args))


def test_ask_json_has_the_contract_fields(kb_env: Path) -> None:
    result = run("ask", "河南自贸试验区允许外商独资开加油站吗", "--format", "json", "--k", "5")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert len(data["results"]) == 5
    top = data["results"][0]
    assert HIT_FIELDS <= set(top)
    assert set(top["source"]) == {"file", "page", "line_start", "line_end"}
    assert [r["rank"] for r in data["results"]] == [1, 2, 3, 4, 5]
    texts = [r["text"] for r in data["results"]]
    assert any("允许外商以独资形式从事加油站建设" in t for t in texts)


def test_ask_batch_jsonl_keeps_order(kb_env: Path, tmp_path: Path) -> None:
    batch = tmp_path / "q.jsonl"
    lines = '{"question": "浙江自贸试验区船舶登记的船籍港", "where": "浙江"}\n国际船舶代理外方持股比例\n'
    batch.write_text(lines, encoding="utf-8")
    result = run("ask", "--batch", str(batch), "--format", "jsonl", "--k", "3")
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert [x["question"] for x in lines] == ["浙江自贸试验区船舶登记的船籍港", "国际船舶代理外方持股比例"]
    assert all(len(x["results"]) == 3 for x in lines)


def test_clause_lookup_table_row(kb_env: Path) -> None:
    result = run("clause", "国发〔2017〕57号", "5", "--format", "json")
    assert result.exit_code == 0, result.output
    row = json.loads(result.stdout)
    assert row["label"] == "第5项" and row["fields"]["序号"] == "5"
    assert "允许设立外商独资经营的娱乐场所" in row["fields"]["调整情况"]


def test_clause_lookup_article_by_title_part(kb_env: Path) -> None:
    result = run("clause", "浙江）自由贸易试验区条例", "第三十二条")
    assert result.exit_code == 0, result.output
    assert "第三十二条" in result.stdout and "船籍港" in result.stdout
    assert run("clause", "浙江）自由贸易试验区条例", "32").stdout == result.stdout


def test_docs_lists_every_document(kb_env: Path) -> None:
    result = run("docs", "--format", "json")
    docs = json.loads(result.stdout)
    assert len(docs) == 31
    numbers = {d["doc_number"] for d in docs if d["doc_number"]}
    assert {"国发〔2017〕57号", "冀教外〔2016〕108号", "湘政办发〔2015〕67号"} <= numbers
    assert all(d["clauses"] > 0 for d in docs)


def test_export_clauses(kb_env: Path, tmp_path: Path) -> None:
    out = tmp_path / "clauses.jsonl"
    assert run("export", "clauses", "-o", str(out)).exit_code == 0
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) > 1000 and HIT_FIELDS - {"rank", "score"} <= set(rows[0])
    assert len({r["clause_id"] for r in rows}) == len(rows)


def test_filters(kb_env: Path) -> None:
    result = run("ask", "一带一路 教育 合作", "--level", "provincial", "--where", "河北", "--format", "json")
    assert result.exit_code == 0, result.output
    hits = json.loads(result.stdout)["results"]
    assert hits and all(h["level"] == "provincial" and h["region"] in ("河北省",) for h in hits)
    dated = json.loads(run("ask", "科技 合作", "--since", "2017-10-01", "--format", "json").stdout)["results"]
    assert dated and all(h["date"] >= "2017-10-01" for h in dated)


@pytest.mark.parametrize(
    ("args", "message"),
    [(["ask", "  "], "问题为空"), (["clause", "不存在的文件"], "没有文件或条款"),
     (["ask", "外资", "--where", "火星"], "未知的地点「火星」"), (["ask", "外资", "--level", "乡镇"], "未知的层级"),
     (["ask", "外资", "--doc", "国发〔2099〕1号"], "没有文件与")],
)
def test_user_errors_are_one_line_without_traceback(kb_env: Path, args: list[str], message: str) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_ingest_of_a_missing_path_fails_and_keeps_the_kb(kb_env: Path, tmp_path: Path) -> None:
    result = run("ingest", str(tmp_path / "nope.txt"))
    assert result.exit_code == 1
    assert "nope.txt" in result.stdout and "没有这个文件" in result.stdout
    # nothing was ingested, so the previous knowledge base must still answer
    again = run("ask", "国际船舶代理业务外方持股比例", "--format", "json")
    assert again.exit_code == 0 and json.loads(again.stdout)["results"]


def test_eval_prints_recall_and_mrr(kb_env: Path, tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "t1", "question": "浙江自贸试验区船舶登记的船籍港", "kind": "where",
                                "expect": [{"doc": "x", "anchor": "为船籍港的国际船舶登记制度"}]}, ensure_ascii=False)
                    + "\n", encoding="utf-8")
    result = run("eval", str(gold))
    assert result.exit_code == 0, result.output
    assert re.search(r"R@1 1\.000 .*MRR 1\.000", result.stdout)


def _commands() -> list[list[str]]:
    out = []
    for cmd in app.registered_commands:
        out.append([cmd.name or cmd.callback.__name__])  # type: ignore[union-attr]
    for group in app.registered_groups:
        for cmd in group.typer_instance.registered_commands:  # type: ignore[union-attr]
            out.append([group.name, cmd.name or cmd.callback.__name__])  # type: ignore[list-item, union-attr]
    return out


def test_every_command_has_help_and_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for words in _commands():
        result = run(*words, "--help")
        assert result.exit_code == 0 and "用法：" in result.stdout, words
        assert f"bri {' '.join(words)}" in readme, words


def test_our_own_bug_shows_as_a_bug_not_as_a_user_error(kb_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only BriError becomes "bri: error: …"; a ValueError from our own code is
    not dressed up as the user's mistake (regression: the CLI caught ValueError)."""
    from bri_kb.query.search import KnowledgeBase

    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError("zip() argument 2 is shorter than argument 1")

    monkeypatch.setattr(KnowledgeBase, "ask", broken)
    result = run("ask", "外资能开KTV吗")
    assert isinstance(result.exception, ValueError)
    assert "bri: error" not in result.output


def test_every_user_error_is_a_bri_error() -> None:
    from bri_kb import errors

    for kind in (errors.KBError, errors.QueryError, errors.IngestError, errors.EncoderError):
        assert issubclass(kind, errors.BriError) and not issubclass(kind, ValueError)


def test_a_bad_batch_line_gets_an_error_and_the_batch_goes_on(kb_env: Path, tmp_path: Path) -> None:
    """Regression: one unknown place (or a broken line) stopped the whole batch."""
    batch = tmp_path / "q.jsonl"
    batch.write_text('{"question": "外资能开KTV吗", "where": "火星"}\n{"question": 1}\n{not json\n'
                     '{"question": "浙江自贸试验区船舶登记的船籍港", "where": "浙江"}\n', encoding="utf-8")
    result = run("ask", "--batch", str(batch), "--format", "jsonl", "--k", "2")
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert len(lines) == 4
    assert "未知的地点「火星」" in lines[0]["error"] and lines[0]["question"] == "外资能开KTV吗"
    assert "question" in lines[1]["error"] and "JSON" in lines[2]["error"]
    assert len(lines[3]["results"]) == 2 and "error" not in lines[3]


@pytest.mark.parametrize(("ref", "label", "want"), [
    ("浙江自贸区条例", "32", "第三十二条"),  # the title as people say it
    ("国发2017年57号", "5", "第5项"),  # the 文号 as people type it
    ("国发57号", "5", "第5项"),  # …or in part (regression, round 107: 成自贸办 found nothing)
])
def test_references_as_people_write_them(kb_env: Path, ref: str, label: str, want: str) -> None:
    result = run("clause", ref, label, "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["label"] == want


def test_a_label_that_does_not_exist_says_which_do(kb_env: Path) -> None:
    result = run("clause", "国发〔2017〕57号", "17")
    assert result.exit_code == 2 and "第1项至第16项" in result.stderr


@pytest.mark.parametrize(("question", "label"), [("国发〔2017〕57号 第7项", "第7项"), ("浙江自贸试验区条例第三十二条", "第三十二条")])
def test_asking_for_a_clause_by_reference_returns_it_first(kb_env: Path, question: str, label: str) -> None:
    """Regression: 国发〔2017〕57号 第7项 returned the note under the table (it cites 第1项至第9项)."""
    data = json.loads(run("ask", question, "--format", "json", "--k", "3").stdout)
    assert data["results"][0]["label"] == label and data["answered"] is True


def test_what_the_cli_says_to_a_person_is_chinese(kb_env: Path, tmp_path: Path) -> None:
    """Regression: English inside a Chinese tool (where's "in force from … until", "why:", "适用 applies",
    "bri: error: …", the ingest report's "files, documents, clauses")."""
    import re

    english = re.compile(r"\b(applies|why|force|error|known|wrote|documents|clauses|failed|unchanged|source|title|"
                         r"matches|unknown|empty|level|region|damaged|rebuild it|no such)\b", re.IGNORECASE)
    outputs = [
        run("where", "国发〔2017〕57号", "5").output,
        run("clause", "国发〔2017〕57号", "5").output,
        run("ask", "外资能开KTV吗", "--where", "江西", "--k", "2").output,
        run("ask", "外资能开KTV吗", "--where", "江西", "--k", "2", "--format", "md").output,
        run("docs").output,
        run("clause", "国发〔2017〕57号", "17").output,
        run("ask", "外资", "--level", "county").output,
        run("export", "matrix", "国发〔2017〕57号", "-o", str(tmp_path / "m.csv")).output,
        (tmp_path / "m.csv").read_text(encoding="utf-8-sig").splitlines()[0],
    ]
    for text in outputs:
        found = english.findall(text.replace("--rebuild", ""))
        assert not found, (found, text[:300])


@pytest.mark.parametrize("typed", ["2018年6月1日", "2018-6-1", "2018/06/01", "2018.6.1"])
def test_dates_are_taken_as_people_type_them(kb_env: Path, typed: str) -> None:
    """Regression: --as-of took only YYYY-MM-DD."""
    iso = json.loads(run("ask", "船籍港", "--as-of", "2018-06-01", "--format", "json", "--k", "3").stdout)["results"]
    data = json.loads(run("ask", "船籍港", "--as-of", typed, "--format", "json", "--k", "3").stdout)["results"]
    assert [r["clause_id"] for r in data] == [r["clause_id"] for r in iso]
    bad = run("ask", "船籍港", "--as-of", "2018-13-01")
    assert bad.exit_code == 2 and "2018年6月1日" in bad.stderr


@pytest.mark.parametrize("columns", [80, 100, 160])
def test_terminal_output_keeps_doc_numbers_and_file_names_whole(kb_env: Path, columns: int) -> None:
    """At 80–100 columns a two-column table broke 国发〔2017〕57号 and file names
    mid-token; every width now keeps them on one line."""
    env = {"COLUMNS": str(columns)}
    asked = runner.invoke(app, ["ask", "外商独资经营娱乐场所", "--k", "3"], env=env)
    assert asked.exit_code == 0, asked.output
    lines = asked.stdout.splitlines()
    assert max(len(line.rstrip()) for line in lines) <= columns
    assert sum("国发〔2017〕57号" in line for line in lines) >= 1
    files = {m for line in lines for m in re.findall(r"\d{3}_[0-9a-f]{4,}\S*", line)}
    assert files and all(re.fullmatch(r"\d{3}_[0-9a-f]{16}\.txt", f) for f in files), files
    listed = runner.invoke(app, ["docs"], env=env)
    assert listed.exit_code == 0, listed.output
    docs = json.loads(runner.invoke(app, ["docs", "--format", "json"]).stdout)
    doc_numbers = [d["doc_number"] for d in docs if d["doc_number"]]
    assert doc_numbers and all(n in listed.stdout for n in doc_numbers)


@pytest.mark.parametrize(("args", "said"), [
    (["ask", "外资", "--k", "abc"], "应为整数"),
    (["ask", "--kk", "3", "外资"], "没有选项 --kk；是不是 --k？"),
    (["askk"], "没有命令「askk」"),
    (["clause"], "缺少参数 文件"),
    (["ask", "外资", "--format", "xml"], "不是可选值之一"),
])
def test_usage_errors_and_help_are_chinese(args: list[str], said: str) -> None:
    """Regression: the framework's own words (Usage:, Options, Show this message and exit.,
    Invalid value for '--k': Input should be a valid integer) were English."""
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert said in result.stderr and "用法：" in result.stderr
    assert not re.search(r"\b(Usage|Invalid|Missing|No such|Input should|Error|Try)\b", result.output)
    helped = runner.invoke(app, [args[0] if args[0] != "askk" else "ask", "--help"], env={"COLUMNS": "120"})
    assert helped.exit_code == 0 and "用法：" in helped.stdout and "显示本帮助并退出。" in helped.stdout
    assert not re.search(r"\b(Usage|Options|Arguments|Show this message)\b", helped.stdout)
