"""The everyday 公文 of county-level and district offices (a 县级市 government office's 通知, a 区 商务局 and 财政局
joint 实施细则, a 市委办公室 and 市政府办公室 joint 工作方案), as .docx and LibreOffice PDF, by someone who had not read
the reader (tests/data/office/blind103, made by make_blind103.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind103"


@pytest.mark.parametrize("stem", ["blind103_黄岛_跨境电商实施细则", "blind103_东兴_互市落地加工工作方案"])
@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_joint_signature_set_side_by_side_is_the_signature(stem: str, suffix: str) -> None:
    """Regression (Word): two organs signing side by side in a borderless table over one date were a paragraph of the
    text (青岛市黄岛区商务局｜青岛市黄岛区财政局), only the date a signature."""
    parsed = ingest_file(BLIND / f"{stem}.{suffix}")
    signed = [c.text for c in parsed.clauses if c.kind == "signature"]
    assert len(signed) == 2 and " " in signed[0] and "｜" not in signed[0]
    assert not any("｜" in c.text and c.kind == "paragraph" for c in parsed.clauses)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_county_level_offices_issue_at_county_level(suffix: str) -> None:
    docs = [ingest_file(BLIND / f"{stem}.{suffix}").documents[0] for stem in
            ("blind103_瑞丽_边合区开放平台通知", "blind103_黄岛_跨境电商实施细则", "blind103_东兴_互市落地加工工作方案")]
    assert [(d.level, d.region) for d in docs] == [("county", "瑞丽市"), ("county", "黄岛区"), ("county", "东兴市")]
    assert (docs[1].effective, docs[1].expires) == ("2025-01-01", "2026-12-31")
