"""A 领导小组's or a 联席会议's members, a line each: the name (perhaps spaced out, 钟　鸣), then the post (吴晓东　省委网信办
副主任), the first of a group after its role (副组长：林建华　省委常委、常务副省长). A list, not a table, however wide the gap
between the name and the post is set. Pure functions over lines."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bri_kb.ingest.conventions import CELL

_ROLE = r"[\u4e00-\u9fff][ \u3000]{0,3}[\u4e00-\u9fff]{1,4}[:：]"  # (组　长：, 副组长：, 成　员：)
_NAME = r"(?:[\u4e00-\u9fff][ \u3000]{1,3}[\u4e00-\u9fff]|[\u4e00-\u9fff]{2,4})"
_POST_END = r"(?:长|主任|书记|委员|经理|巡视员|调研员|专员|负责人|总监|主席)"  # (what a post's name ends with)
_POST = rf"[\u4e00-\u9fff（）()、]{{1,40}}(?:{_POST_END}|成员)"
# (a post named in full before the name: its organ's name first, not a wrapped post's last word, 副主任　李建华)
_POST_FIRST = rf"[\u4e00-\u9fff（）()、]{{3,40}}{_POST_END}"
MEMBER = re.compile(rf"(?:{_ROLE}\s*)?(?:{_NAME}(?:[（(][^（）()]{{1,10}}[)）])?[ \u3000]+{_POST}"  # (刀建华（傣族）, 周雪梅（女）)
                    rf"|{_POST_FIRST}[ \u3000]+{_NAME})")  # (or post first, as a city's lists set it: 市公安局副局长　韩　冰)
_ROLE_FIRST = re.compile(_ROLE)


def member_lists(lines: Sequence[str], mark: str = "") -> list[str]:
    """The lines with each run of two-cell rows that is a list of members (three or more, one of them opening with its
    role: 组　长：叶国安｜省长) set back as lines, the name and the post a space apart; other lines as they are. A line
    may open with `mark` (a page break before it), which is kept and not read."""
    out = list(lines)
    read = [x.removeprefix(mark) for x in out]  # (removeprefix("") leaves a line as it is)

    def member(text: str) -> bool:
        return text.count(CELL) <= 1 and bool(MEMBER.fullmatch(text.replace(CELL, "\u3000").strip()))

    i = 0
    while i < len(out):
        j = i
        # (a row whose name is long enough to close the gap is a line already: 欧阳志远 省地方金融管理局副局长)
        while j < len(out) and member(read[j]):
            j += 1
        run = range(i, j)
        if len(run) >= 3 and any(CELL in out[k] for k in run) and any(_ROLE_FIRST.match(read[k].strip()) for k in run):
            for k in run:
                out[k] = out[k].replace(CELL, "\u3000")
        i = max(j, i + 1)
    return out
