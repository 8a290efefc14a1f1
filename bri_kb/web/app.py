"""The FastAPI app behind `bri serve`: a JSON API over one knowledge base, and
the page in static/ that uses it. Every answer, error included, is JSON."""

from __future__ import annotations

import json
import os
import re
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bri_kb import __version__
from bri_kb.errors import BriError, KBError, QueryError
from bri_kb.export.compare import (
    Sheet,
    applicability_matrix,
    compare,
    document_table,
    most_tabled_document,
    parse_topic,
    select_documents,
)
from bri_kb.gazetteer import gazetteer
from bri_kb.index.home import kb_home, live_dir
from bri_kb.model import clause_json, document_json
from bri_kb.query.cross_encoder import RERANKER_ENV, CrossEncoderReranker
from bri_kb.query.parse import MAX_QUESTION
from bri_kb.query.render import answer_json, docs_rows, language_hint, where_rows
from bri_kb.query.search import LEVELS, Filters, KnowledgeBase
from bri_kb.web.tables import MEDIA_TYPES, file_name, highlight_terms, results_sheet, sheet_bytes, sheet_json

MAX_K = 100
MAX_FIELD = 200  # place, issuer, 文号, topic …: longer is a mistake, not a query
MAX_TOPICS = 12
STATIC = resources.files("bri_kb") / "web" / "static"
# The page loads only its own files; even if a document's text slipped into the
# DOM as markup, an inline <script> from it would not run.
CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'"


class Json(JSONResponse):
    """JSON as written, CJK unescaped. Endpoints return it directly, which skips
    FastAPI's validation and re-encoding of dicts that our own code built."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


class SecurityHeaders:
    """Adds the CSP and nosniff headers to every response (plain ASGI: cheaper than BaseHTTPMiddleware)."""

    HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff")]

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *self.HEADERS]}
            await send(message)

        await self.app(scope, receive, send_with_headers if scope["type"] == "http" else send)


class NotFound(QueryError):
    """An id or reference that names nothing in the knowledge base (404)."""


class Library:
    """One opened knowledge base shared by the server's threads.

    KnowledgeBase holds one SQLite connection and a lazily loaded encoder, and
    promises nothing about threads, so calls go through one lock; a query takes
    a few milliseconds, so the lock costs little. When `bri ingest` switches the
    live generation, the next request reopens it."""

    def __init__(self, home: Path | None, reranker: str | None = None) -> None:
        self.home = home or kb_home()
        self._lock = threading.Lock()
        self._cross = CrossEncoderReranker(reranker) if reranker else None  # loaded once, kept across reopens
        self._kb = self._open()

    def _open(self) -> KnowledgeBase:
        kb = KnowledgeBase(self.home)
        kb.cross_encoder = self._cross
        kb.search("自由贸易试验区", 1)  # load jieba and the encoder now, not on the first user's request
        return kb

    @contextmanager
    def kb(self) -> Iterator[KnowledgeBase]:
        with self._lock:
            if live_dir(self.home) != self._kb.directory:
                self._kb.close()
                self._kb = self._open()
            yield self._kb


def _param(max_length: int = MAX_FIELD, **kw: Any) -> Any:
    return Query(max_length=max_length, **kw)


Date = Annotated[str | None, _param(16, description="2018-06-01 or 2018年6月1日")]
Text = Annotated[str | None, _param()]
Format = Annotated[str, Query(pattern="^(csv|xlsx|md)$", description="csv | xlsx | md")]


def ask_filters(
    where: Annotated[str | None, _param(description="A place in any spelling: 河南, 豫, 郑州, 河南自贸区 …")] = None,
    level: Annotated[str | None, _param(description=" | ".join(LEVELS))] = None,
    issuer: Text = None, since: Date = None, until: Date = None,
    doc: Annotated[str | None, _param(description="Only this document (文号 or title).")] = None,
    as_of: Date = None,
) -> Filters:
    return Filters(where or None, level or None, issuer or None, since or None, until or None, doc or None, as_of or None)


By = Annotated[str, Query(pattern="^(doc|region)$", description="kind=compare: rows are documents or regions")]
Question = Annotated[str, Query(min_length=1, max_length=MAX_QUESTION, description="The question, in Chinese.")]
K = Annotated[int, Query(ge=1, le=MAX_K, description=f"How many clauses (1–{MAX_K}).")]
Ref = Annotated[str, Query(min_length=1, max_length=MAX_FIELD, description="文号, title (or a unique part), or clause id.")]


def create_app(home: Path | None = None, reranker: str | None = None) -> FastAPI:
    """The app over the knowledge base in `home` (default $BRI_KB_HOME), opened now; `reranker`
    (default $BRI_KB_RERANKER) a cross-encoder, ce:…, that reorders the top of each answer."""
    library = Library(home, reranker or os.environ.get(RERANKER_ENV) or None)
    # The bundled Swagger page loads its scripts from a CDN, which an offline
    # laptop cannot reach; /openapi.json is the documentation.
    app = FastAPI(title="bri-kb", version=__version__, docs_url=None, redoc_url=None, default_response_class=Json,
                  description="Search Chinese Belt and Road / free trade zone policy documents clause by clause.")
    _errors(app)

    app.add_middleware(SecurityHeaders)

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(str(STATIC / "index.html"), media_type="text/html; charset=utf-8")

    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")

    @app.get("/api/ask", summary="Ask a question; the clauses that answer it, best first")
    def ask(q: Question, filters: Annotated[Filters, Depends(ask_filters)], k: K = 10) -> Json:
        with library.kb() as kb:
            answer = kb.ask(q, k, filters)
            cache_dir = kb.cache_dir
        # `terms` lets the page mark the question's words; each hit is the CLI's JSON hit.
        return Json({**answer_json(q, answer.hits, answer.answered, answer.filtered_out),
                     "terms": highlight_terms(q, cache_dir), "hint": language_hint(q)})

    @app.get("/api/clause/{clause_id}", summary="One clause by its id")
    def clause(clause_id: str) -> Json:
        with library.kb() as kb:
            found = kb.store.clause_by_id(clause_id)
            if found is None:
                raise NotFound(f"没有 id 为「{clause_id}」的条款")
            return Json(clause_json(found, kb.documents[found.doc_id]))

    @app.get("/api/document/{doc_id}", summary="A document and its clauses in order (depth = headings above)")
    def document(doc_id: str) -> Json:
        with library.kb() as kb:
            doc = kb.documents.get(doc_id)
            if doc is None:
                raise NotFound(f"没有 id 为「{doc_id}」的文件；见 /api/docs")
            clauses = [{**clause_json(c, doc), "depth": len(c.path)} for c in kb.store.clauses_of(doc_id)]
        return Json({**document_json(doc), "clauses": clauses})

    @app.get("/api/where", summary="Where a clause (or every clause of a document) applies, why, and from when")
    def where(ref: Ref, label: Text = None) -> Json:
        with library.kb() as kb:
            found = _lookup(kb, ref, label)
            doc = kb.documents[found[0].doc_id]
        return Json({"doc_id": doc.doc_id, "doc_title": doc.title, "results": where_rows(found, doc)})

    @app.get("/api/docs", summary="The documents, with their metadata and clause counts")
    def docs() -> Json:
        with library.kb() as kb:
            rows = kb.document_counts()
        return Json({"results": docs_rows(rows)})

    @app.get("/api/meta", summary="What the page's filters offer: levels and place names")
    def meta() -> Json:
        places = [p.name for p in gazetteer().places.values() if p.kind != "county"]  # counties resolve, not listed
        return Json({"version": __version__, "levels": list(LEVELS), "places": places, "max_question": MAX_QUESTION, "max_k": MAX_K})

    @app.get("/api/matrix", summary="Clauses × jurisdictions; by default the document with the most table rows")
    def matrix(ref: Annotated[str | None, Query(min_length=1, max_length=MAX_FIELD)] = None) -> Json:
        with library.kb() as kb:
            return Json(sheet_json(applicability_matrix(kb, ref or most_tabled_document(kb))))

    @app.get("/api/compare", summary="Documents (or regions) × topics: the best clause per cell, or 未涉及")
    def compare_(
        filters: Annotated[Filters, Depends(ask_filters)],
        topic: Annotated[list[str], Query(max_length=MAX_FIELD, description="跨境电商=跨境电子商务,海外仓 (repeatable)")],
        by: By = "doc",
    ) -> Json:
        with library.kb() as kb:
            return Json(sheet_json(_export_sheet(kb, "compare", None, 1, filters, None, topic, by)))

    @app.get("/api/export", summary="The current results, a comparison, a matrix or a table as a CSV, XLSX or Markdown file")
    def export(
        filters: Annotated[Filters, Depends(ask_filters)],
        kind: Annotated[str, Query(pattern="^(results|compare|matrix|table)$")] = "results",
        format: Format = "csv",
        q: Annotated[str | None, Query(max_length=MAX_QUESTION, description="kind=results: the question")] = None,
        k: K = 10,
        ref: Annotated[str | None, Query(min_length=1, max_length=MAX_FIELD,
                                         description="kind=matrix|table (default: the document with the most table rows)")] = None,
        topic: Annotated[list[str] | None, Query(max_length=MAX_FIELD, description="kind=compare: 跨境电商=跨境电子商务,海外仓")] = None,
        by: By = "doc",
    ) -> Response:
        with library.kb() as kb:
            sheet = _export_sheet(kb, kind, q, k, filters, ref, topic or [], by)
            body = sheet_bytes(sheet, format)
        name = file_name(sheet, format)
        # an ASCII name for old clients, the real one (RFC 6266 filename*) for the rest
        disposition = f"attachment; filename=\"bri-{kind}.{format}\"; filename*=UTF-8''{quote(name)}"
        return Response(body, media_type=MEDIA_TYPES[format], headers={"Content-Disposition": disposition})

    return app


def _lookup(kb: KnowledgeBase, ref: str, label: str | None) -> list[Any]:
    """kb.clause, with "names nothing" told apart (404) from "names too much" (400)."""
    if kb.store.clause_by_id(ref) is None:
        docs = kb.resolve_doc(ref)
        if not docs:
            raise NotFound(f"没有文件或条款与「{ref}」相符；见 /api/docs")
        if len(docs) > 1:
            return kb.clause(ref, label)  # raises QueryError naming the candidates
    try:
        return kb.clause(ref, label)
    except QueryError as exc:  # the only failure left: no clause with that label
        raise NotFound(str(exc)) from None


def _export_sheet(kb: KnowledgeBase, kind: str, q: str | None, k: int, f: Filters, ref: str | None,
                  topics: list[str], by: str) -> Sheet:
    if kind == "results":
        if not q:
            raise QueryError("kind=results 需要问题参数 q")
        return results_sheet(q, kb.search(q, k, f))
    if kind == "compare":
        if not topics or len(topics) > MAX_TOPICS:
            raise QueryError(f"kind=compare 需要 1 到 {MAX_TOPICS} 个 topic 参数")
        docs = select_documents(kb, [f.doc] if f.doc else [], f.level, f.where)
        return compare(kb, [parse_topic(t) for t in topics], docs, by)
    ref = ref or most_tabled_document(kb)
    if kind == "table":
        return document_table(kb, ref)
    return applicability_matrix(kb, ref)


PARAMETER_NAMES = {
    "q": "问题", "k": "条数", "where": "地区", "level": "层级", "issuer": "发文机关", "since": "发布自", "until": "发布至",
    "as_of": "有效于", "doc": "文件", "topic": "主题", "kind": "导出内容", "format": "格式", "ref": "文件", "by": "行",
    "label": "编号",
}


def invalid_parameter(error: Mapping[str, Any]) -> str:
    """One of FastAPI's validation errors as a reader would say it:
    k（条数）应为整数, where（地区）最多 200 个字 …"""
    name = str(error["loc"][-1]) if error.get("loc") else ""
    who = f"{name}（{PARAMETER_NAMES[name]}）" if name in PARAMETER_NAMES else name
    ctx = error.get("ctx") or {}
    kind = error.get("type", "")
    said = {
        "missing": "缺少这个参数",
        "string_too_short": "不能为空",
        "string_too_long": f"最多 {ctx.get('max_length')} 个字",
        "int_parsing": "应为整数",
        "int_type": "应为整数",
        "greater_than_equal": f"应不小于 {ctx.get('ge')}",
        "less_than_equal": f"应不大于 {ctx.get('le')}",
        "string_pattern_mismatch": "可选值为 " + "、".join(re.findall(r"\w+", str(ctx.get("pattern", "")))),
        "too_long": f"最多 {ctx.get('max_length')} 项",
    }.get(kind, "的值不对")
    return f"{who}{'' if said.startswith('的') else '：'}{said}"


def _errors(app: FastAPI) -> None:
    """Every error as {"detail": message} with the status that fits."""

    def reply(status: int) -> Callable[[Request, Exception], JSONResponse]:
        return lambda request, exc: Json({"detail": str(exc)}, status_code=status)

    @app.exception_handler(RequestValidationError)
    def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        return Json({"detail": "；".join(invalid_parameter(e) for e in exc.errors())}, status_code=422)

    app.add_exception_handler(NotFound, reply(404))
    app.add_exception_handler(BriError, reply(400))  # a mistake in the request
    app.add_exception_handler(KBError, reply(503))  # the knowledge base cannot answer now
    # Anything else is our bug: say so in JSON, without the traceback (the server log has it).
    app.add_exception_handler(Exception, lambda request, exc: Json({"detail": "内部错误（服务器日志中有详情）"}, status_code=500))
