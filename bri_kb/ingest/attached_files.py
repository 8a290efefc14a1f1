"""An attachment saved as a file of its own, beside the notice that sends it (a site's download: the page, then
附件1：…申报指南.docx, 附件3.pdf): the attachment names no organ or day, the notice's 附件说明 names the attachment.
Applied once the whole knowledge base is read, as relations.link_changes is."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from pathlib import PurePosixPath

from bri_kb.model import Document
from bri_kb.vocabulary import squash

# A site's name for an attachment's file: its label (附件1：, 附件：) before the attachment's name
_FILE_LABEL = re.compile(r"^.*?附件\s*\d{0,2}\s*[:：_\-－.、]?\s*")
_SHORTEST = 4  # an attachment's name shorter than this (表一) names nothing surely


def _names_of(doc: Document) -> set[str]:
    """What an attachment's file may be named by: its title, and its file's name after its 附件 label."""
    stem = PurePosixPath(doc.file).stem
    labelled = _FILE_LABEL.sub("", stem) if "附件" in stem else ""
    return {n for n in (squash(doc.title), squash(labelled)) if len(n) >= _SHORTEST}


def _sent_by(doc: Document, listed: dict[str, list[Document]]) -> Document | None:
    """The one notice whose 附件说明 names this document (by its title or its file's name, whole or as part of a
    longer title: 湖北省2025年度…申报指南 for 2025年度…申报指南); None when none does or several do."""
    names = _names_of(doc)
    senders = {id(n): n for key, notices in listed.items()
               if any(key == name or len(key) >= 8 and key in name for name in names) for n in notices}
    return next(iter(senders.values())) if len(senders) == 1 else None


def link_attachments(documents: Sequence[Document]) -> list[Document]:
    """Each attachment filed apart that names no organ takes the organs, days, level and region of the notice that
    sends it (its 文号 stays the notice's own)."""
    listed: dict[str, list[Document]] = {}
    for d in documents:
        for name in d.attachments:
            if len(key := squash(name)) >= _SHORTEST:
                listed.setdefault(key, []).append(d)
    out = []
    for doc in documents:
        notice = None if doc.issuers else _sent_by(doc, listed)
        if notice is None or notice.doc_id == doc.doc_id:
            out.append(doc)
            continue
        out.append(dataclasses.replace(
            doc, issuers=notice.issuers, signed=doc.signed or notice.signed, published=doc.published or notice.published,
            level=notice.level if doc.level == "other" or not doc.region else doc.level,
            region=doc.region or notice.region))
    return out
