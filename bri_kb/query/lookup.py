"""Documents and clauses looked up by how people write them: a 文号 (in any
bracket style, or loosely: 国发2017年57号), the 令 that made a rule, a title or a
unique part of it, and a clause's label, also written after the document in one
string (国发〔2017〕57号 第5项). Pure functions over the documents and their clauses."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bri_kb.errors import QueryError
from bri_kb.model import Clause, Document
from bri_kb.query.labels import continues, label_at_end, label_ranges, label_variants, within
from bri_kb.vocabulary import Kind, loose_doc_number, order_key, ref_key, serial_key, title_key


def find_documents(docs: Sequence[Document], ref: str) -> list[Document]:
    """A 文号, a doc_id, the 令 or 公告 that made a regulation, or a (unique part of a) title."""
    want = ref_key(ref)
    exact = [d for d in docs if d.doc_id == ref or (d.doc_number and ref_key(d.doc_number.text) == want)]
    if exact:
        return exact
    # A 规章 is named by the 令 that made it: 海南省人民政府令第235号 (its wrapper, 令（第235号）).
    ordered = [d for d in docs if want and d.wrapper and order_key(d.wrapper) == order_key(ref)]
    if ordered:
        return ordered
    titled = [d for d in docs if want and want in ref_key(d.title)]
    if exact := [d for d in titled if ref_key(d.title) == want]:
        return exact  # (a title named whole is that document, not one whose title quotes it: 关于做好《…》贯彻实施…)
    if titled:
        return titled
    typed = loose_doc_number(ref)  # 国发2017年57号
    if typed:
        numbered = [d for d in docs if d.doc_number and (d.doc_number.issuer_code, d.doc_number.year,
                                                          serial_key(d.doc_number.serial)) == typed]
        if numbered:
            return numbered
    if coded := _code_and_serial(docs, want):
        return coded
    loose = title_key(ref)  # 浙江自贸区条例
    return [d for d in docs if loose and loose in title_key(d.title)]


def _code_and_serial(docs: Sequence[Document], want: str) -> list[Document]:
    """A 文号 written in part: its organ's code alone (成自贸办), or with the serial but no year (成自贸办15号, 国发57号文),
    or its year and serial without the code (2017年57号文, as people speak of a document by its number)."""
    if m := re.fullmatch(r"((?:19|20)\d{2})年?第?(\d{1,4})号(?:文件|文)?", want):
        year, serial = int(m.group(1)), serial_key(m.group(2))
        return [d for d in docs if d.doc_number and d.doc_number.year == year and serial_key(d.doc_number.serial) == serial]
    m = re.fullmatch(r"(\D{2,12}?)(?:第?(\d{1,4})号(?:文件|文)?)?", want)
    if not m:
        return []
    code, serial = m.group(1), m.group(2)
    return [d for d in docs if d.doc_number and d.doc_number.issuer_code and ref_key(d.doc_number.issuer_code) == code
            and (serial is None or serial_key(d.doc_number.serial) == serial_key(serial))]


def find_clauses(ref: str, label: str | None, resolve: Callable[[str], list[Document]],
                 clauses_of: Callable[[str], list[Clause]]) -> list[Clause]:
    """The clauses of the one document `ref` names with `label` (all of them without
    one; a label written after the document in `ref` counts).

    Raises QueryError when the reference names no document, or several, or the
    document has no clause so labelled (saying which labels it has)."""
    docs = resolve(ref)
    if not docs and label is None and (parts := label_at_end(ref)):
        return find_clauses(*parts, resolve, clauses_of)  # 国发〔2017〕57号 第5项, …条例 32条: as one string
    if not docs:
        raise QueryError(f"没有文件或条款与「{ref}」相符；见 `bri docs`")
    if len(docs) > 1:
        names = "; ".join(d.title for d in docs[:5])
        raise QueryError(f"「{ref}」与 {len(docs)} 个文件相符（{names}）；请说得更具体些")
    clauses = clauses_of(docs[0].doc_id)
    if label is None and (parts := label_at_end(ref)) and docs == resolve(parts[0]):
        try:  # the document named with a label after it (…57号 第5项); a title ending so (…30条) is whole
            return find_clauses(*parts, resolve, clauses_of)
        except QueryError:
            if not re.sub(r"\s+", "", docs[0].title).endswith(re.sub(r"\s+", "", parts[1])):
                raise  # (…57号第五条 of a document numbered by items: say it has none, not show it all)
    if label is None:
        return clauses
    wanted = label_variants(label)
    # an item with further paragraphs comes whole: （七） and （七）第2段, …; an article with the rows of its table
    found = [c for c in clauses if c.label in wanted or continues(c.label, wanted)
             or c.kind in (Kind.TABLE_HEADER, Kind.TABLE_ROW) and c.path[-1:] and c.path[-1] in wanted] \
        or within(clauses, label)
    if not found:
        raise QueryError(f"《{docs[0].title}》没有标为「{label}」的条款{label_ranges(clauses)}")
    return found
