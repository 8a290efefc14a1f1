"""A province's 制度创新最佳案例汇编 printed as the 附件 of the notice that issues it (a cover, 编印说明, 目录, nine cases
each with its 报送单位) — written by someone who had not read the reader (tests/data/office/blind302, made by
make_blind302.py)."""

from __future__ import annotations

import pytest

from bri_kb.ingest.numbering import marker_of
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind302"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_case_is_its_submitting_zone_areas(suffix: str) -> None:
    """Regression: 案例二：…（报送单位：杭州片区管委会） was a paragraph nested under the case before it, and every clause
    of a case applied in all 浙江省; a case heads its parts, and what stands under it applies in its 片区 (or 综保区),
    the unit on a line of its own under a title that wrapped (（报送单位：金华义乌片区管委会）) too."""
    clauses = ingest_file(BLIND / f"blind302_zhejiang_huibian{suffix}").clauses
    case = next(c for c in clauses if c.text.startswith("案例二"))
    under = [c for c in clauses if "案例二" in c.path]
    assert case.applies_to == ("中国（浙江）自由贸易试验区杭州片区",) and len(under) >= 10
    assert all(c.applies_to == case.applies_to for c in under)
    four = next(c for c in clauses if c.text.startswith("案例四"))
    assert "报送单位" in four.text and four.applies_to == ("中国（浙江）自由贸易试验区金义片区",)
    six = next(c for c in clauses if c.text.startswith("案例六"))
    assert six.applies_to == ("舟山港综合保税区",)


def test_a_case_is_numbered_by_its_label_not_a_count() -> None:
    assert marker_of("案例二：跨境电商出口海外仓“一件事”集成服务") == ("case", "案例二")
    assert marker_of("案例五 RCEP原产地证书“智能审核+自助打印”") == ("case", "案例五")
    assert marker_of("案例 12 个（详见附件1）。") is None and marker_of("案例12个") is None
