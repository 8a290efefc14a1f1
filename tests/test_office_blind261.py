"""The 海南自由贸易港 and its 重点园区 as the province, its 人大 and the park authorities write about them — written by
someone who had not read the reader (tests/data/office/blind261, made by make_blind261.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind261"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_regulations_articles_for_one_park_apply_there(suffix: str) -> None:
    """Regression: under the scope article (海南自由贸易港范围内…适用本规定) every article applied in the whole port, those
    that name their park as who acts (第六条 洋浦经济开发区应当…, 第七条 海口综合保税区、海口空港综合保税区可以依法开展…,
    第十一条 三亚崖州湾科技城应当…: a park the gazetteer did not know) too."""
    clauses = {c.label: c for c in ingest_file(BLIND / f"blind261_hainan_guiding.{suffix}").clauses}
    assert clauses["第六条"].applies_to == ("洋浦经济开发区",)
    assert clauses["第七条"].applies_to == ("海口综合保税区", "海口空港综合保税区")
    assert clauses["第十一条"].applies_to == ("三亚崖州湾科技城",)
    assert clauses["第十条"].applies_to == ("博鳌乐城国际医疗旅游先行区",)
    assert clauses["第三条"].applies_to == ("海南自由贸易港",)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_items_headed_by_their_park_apply_there(suffix: str) -> None:
    """Regression: （一）洋浦经济开发区。重点发展… … （五）博鳌乐城国际医疗旅游先行区。… applied in all 海南省."""
    parsed = ingest_file(BLIND / f"blind261_hainan_tongzhi.{suffix}")
    headed = {c.text.split("。")[0][3:]: c.applies_to for c in parsed.clauses
              if c.path and c.path[-1].startswith("三、") and c.kind.value == "item"}
    assert headed == {name: (name,) for name in ("洋浦经济开发区", "海口综合保税区", "海口江东新区", "三亚崖州湾科技城",
                                                 "博鳌乐城国际医疗旅游先行区")}
