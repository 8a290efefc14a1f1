"""A standard's term entries (GB/T 1.1 §8.5) as the reflowed paragraphs hold them, put back together: the entry's
number, its term and English name, and its definition are one paragraph, cited by its number. A pure function over
paragraphs, applied as a text is structured into clauses."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bri_kb.ingest.conventions import CELL
from bri_kb.ingest.reflow import Paragraph
from bri_kb.ingest.text import flat as _flat

# A standard's term entry (GB/T 1.1 §8.5): its number on a line of its own (3.1), the term with its English name
# (服务质量评价  service quality evaluation), then the definition: one entry, cited by its number.
_ENTRY_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,3}){1,3}")
_TERM = re.compile(r"[\u4e00-\u9fff][^。；;：:]{0,30}?\s*[A-Za-z][A-Za-z \-'()/]{1,80}")


def term_entries(paragraphs: Sequence[Paragraph]) -> list[Paragraph]:
    """The paragraphs with each term entry typed over three (its number, the term, the definition) made one."""
    out: list[Paragraph] = []
    i = 0
    while i < len(paragraphs):
        trio = paragraphs[i : i + 3]
        if (len(trio) == 3 and _ENTRY_NUMBER.fullmatch(_flat(trio[0].text)) and _TERM.fullmatch(trio[1].text.strip())
                and not _ENTRY_NUMBER.match(_flat(trio[2].text)) and CELL not in trio[2].text):
            out.append(Paragraph(tuple(x for p in trio for x in p.lines), " ".join(p.text.strip() for p in trio)))
            i += 3
            continue
        out.append(paragraphs[i])
        i += 1
    return out
