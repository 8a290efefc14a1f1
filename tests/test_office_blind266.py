"""上行文 and internal papers of county and city offices — a 请示, a 报告, a 会议纪要, a 函 between bureaux — written by
someone who had not read the reader (tests/data/office/blind266, made by make_blind266.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind266"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_counties_funds_and_a_bonded_zone_named_by_who_acts_there(suffix: str) -> None:
    """Regression: （二）逊克县、孙吴县的7个项目资金… applied in all 黑河市, and 襄阳海关要在襄阳综合保税区推广… in all 襄阳市."""
    letter = {c.label: c for c in ingest_file(BLIND / f"blind266_heihe_han.{suffix}").clauses}
    assert letter["（二）"].applies_to == ("逊克县", "孙吴县")
    minutes = ingest_file(BLIND / f"blind266_xiangyang_jiyao.{suffix}").clauses
    assert next(c for c in minutes if c.label == "四、").applies_to == ("襄阳综合保税区",)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_minutes_are_made_public_on_the_day_their_imprint_prints_them(suffix: str) -> None:
    """Regression: the 纪要's day on its editing office's line (襄阳市人民政府办公室　2025年7月24日) was taken for the day it
    was made public too, over its 版记's 2025年7月25日印发."""
    doc = ingest_file(BLIND / f"blind266_xiangyang_jiyao.{suffix}").documents[0]
    assert (doc.signed, doc.published) == ("2025-07-24", "2025-07-25")
