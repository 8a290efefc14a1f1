// bri-kb page: plain DOM, no framework, nothing loaded from elsewhere.
// Every text that comes from a document goes in through textContent or a text
// node (el() and marked() below); nothing from the API is ever parsed as HTML.
"use strict";

const LEVELS = { state_council: "国务院级", ministry: "部委级", provincial: "省级", municipal: "市级", county: "县级", other: "其他" };
const FILTERS = ["where", "level", "issuer", "since", "until", "as_of"];
const state = { terms: [], searches: 0, settled: false, routed: "" };

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "text") node.textContent = value;
    else if (key === "class") node.className = value;
    else if (key === "on") for (const [ev, fn] of Object.entries(value)) node.addEventListener(ev, fn);
    else node.setAttribute(key, value);
  }
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

const $ = (id) => document.getElementById(id);
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// The text with every occurrence of the terms wrapped in <mark>, as DOM nodes.
function marked(text, terms) {
  const frag = document.createDocumentFragment();
  if (!terms || !terms.length) { frag.append(text); return frag; }
  const re = new RegExp(terms.map(escapeRe).join("|"), "gi");
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (!m[0]) continue;
    if (m.index > last) frag.append(text.slice(last, m.index));
    frag.append(el("mark", { text: m[0] }));
    last = m.index + m[0].length;
  }
  frag.append(text.slice(last));
  return frag;
}

// 中国（河南）自由贸易试验区 -> 河南自贸试验区, as the CLI shortens it.
function placeShort(name) {
  const m = /^中国（(.+?)）自由贸易试验区$/.exec(name);
  return m ? `${m[1]}自贸试验区` : name;
}

// The library's notes are already in Chinese.
function noteText(note) {
  return note;
}

async function getJSON(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  let data = null;
  try { data = await response.json(); } catch (e) { data = null; }
  if (!response.ok) {
    const detail = data && data.detail ? data.detail : `HTTP ${response.status}`;
    throw new Error(typeof detail === "string" ? detail : JSON.stringify(detail));
  }
  return data;
}

function setStatus(node, text, isError = false) {
  node.textContent = text;
  node.classList.toggle("error", isError);
}

// ---- search ---------------------------------------------------------------

function searchParams() {
  const params = new URLSearchParams();
  params.set("q", $("q").value);
  params.set("k", $("k").value);
  for (const name of FILTERS) {
    const value = $(name).value.trim();
    if (value) params.set(name, value);
  }
  return params;
}

// A search lives in the URL (#search?q=…&where=…): it can be bookmarked, shared
// and reloaded, and Back returns to it. Each new search is a history entry.
function submitSearch() {
  if ($("q").value.trim()) goTo(`#search?${searchParams()}`);
}

// A new history entry for a search or a comparison, run even when it is the same one again.
function goTo(hash) {
  if (location.hash !== hash) history.pushState(null, "", hash);
  state.routed = "";
  route();
}

function fillSearchForm(params) {
  $("q").value = params.get("q") || "";
  $("k").value = ["10", "20", "50"].includes(params.get("k")) ? params.get("k") : "10";
  for (const name of FILTERS) $(name).value = params.get(name) || "";
}

async function runSearch() {
  const question = $("q").value.trim();
  if (!question) return;
  const params = searchParams();
  const status = $("status");
  const seq = ++state.searches;  // a filter changed while a search ran: only the last one is shown
  setStatus(status, "检索中…");
  const started = performance.now();
  try {
    const data = await getJSON(`/api/ask?${params}`);
    if (seq !== state.searches) return;
    state.terms = data.terms || [];
    renderResults(data.results, state.terms);
    $("results").dataset.params = params.toString();
    const ms = Math.round(performance.now() - started);
    const found = `共 ${data.results.length} 条 · ${ms} 毫秒`;
    const hidden = (data.filtered_out || []).length
      ? ` · 筛选条件隐去了${data.filtered_out.length}条可能相关的条款：` + data.filtered_out.slice(0, 3)
        .map((h) => `${h.doc_number || ""} ${h.label}（${h.reason}）`).join("；") : "";
    setStatus(status, (!data.results.length ? "没有找到匹配的条款；试试换个说法或减少筛选条件。"
      : data.answered ? found : `没有条款明确回答这个问题，以下是最接近的条款 · ${found}`) + hidden
      + (data.hint ? ` · ${data.hint}` : ""));
    setExportLinks("export", params, "results", data.results.length > 0);
    $("results-export").hidden = data.results.length === 0;
    restoreScroll();
  } catch (err) {
    if (seq !== state.searches) return;
    $("results").replaceChildren();
    $("results-export").hidden = true;
    setStatus(status, `出错：${err.message}`, true);
  }
}

function setExportLinks(prefix, params, kind, enabled) {
  for (const format of ["csv", "xlsx", "md"]) {
    const p = new URLSearchParams(params);
    p.set("kind", kind);
    p.set("format", format);
    const link = $(`${prefix}-${format}`);
    link.href = `/api/export?${p}`;
    link.classList.toggle("disabled", !enabled);
  }
}

function renderResults(results, terms) {
  const list = $("results");
  list.replaceChildren(...results.map((hit) => card(hit, terms)));
}

function card(hit, terms) {
  const chips = el("div", { class: "chips" }, el("span", { class: "chips-label", text: "适用" }));
  if (hit.applies_to.length) {
    for (const place of hit.applies_to) chips.append(el("span", { class: "chip", title: place, text: placeShort(place) }));
  } else {
    chips.append(el("span", { class: "chip unknown", text: "未知" }));
  }
  const meta = el("div", { class: "meta" },
    hit.doc_number ? el("span", { class: "docno", text: hit.doc_number }) : null,
    hit.date ? el("span", { class: "date", text: hit.date }) : null,
    hit.issuer ? el("span", { class: "issuer", text: hit.issuer }) : null,
    el("span", { class: "level", text: LEVELS[hit.level] || hit.level }));
  const open = el("a", { class: "open", href: `#doc/${encodeURIComponent(hit.doc_id)}/${encodeURIComponent(hit.clause_id)}`, text: "在原文中查看" });
  return el("li", { class: "card", "data-clause": hit.clause_id },
    el("div", { class: "card-head" },
      el("span", { class: "rank", text: String(hit.rank) }),
      el("span", { class: "label", text: hit.label }),
      el("span", { class: "title", text: hit.doc_title })),
    meta,
    hit.path.length ? el("div", { class: "path", text: hit.path.join(" › ") }) : null,
    el("p", { class: "text" }, focused(hit, terms)),
    chips,
    hit.note ? el("div", { class: "note", title: hit.note, text: noteText(hit.note) }) : null,
    el("div", { class: "actions" }, open, el("span", { class: "cite", text: hit.citation })));
}

// The clause's text, its best-matching sentence (in a long clause) set apart.
function focused(hit, terms) {
  const at = hit.focus ? hit.text.indexOf(hit.focus) : -1;
  if (at < 0) return marked(hit.text, terms);
  const frag = document.createDocumentFragment();
  frag.append(marked(hit.text.slice(0, at), terms),
    el("strong", { class: "focus" }, marked(hit.focus, terms)),
    marked(hit.text.slice(at + hit.focus.length), terms));
  return frag;
}

// ---- document view --------------------------------------------------------

async function showDocument(docId, clauseId) {
  const head = $("doc-head");
  const body = $("doc-body");
  head.replaceChildren(el("p", { text: "载入中…" }));
  $("doc-bar-title").textContent = "";
  body.replaceChildren();
  let doc;
  try {
    doc = await getJSON(`/api/document/${encodeURIComponent(docId)}`);
  } catch (err) {
    head.replaceChildren(el("p", { class: "error", text: `出错：${err.message}` }));
    return;
  }
  const inForce = [doc.effective ? `自 ${doc.effective} 起施行` : "施行日期未知", doc.expires ? `至 ${doc.expires}` : "",
    doc.repealed_by ? "已废止" : ""].filter(Boolean).join("，");
  $("doc-bar-title").textContent = [doc.doc_number, doc.title].filter(Boolean).join(" ");
  head.replaceChildren(
    el("h2", { text: doc.title }),
    el("div", { class: "meta" },
      doc.doc_number ? el("span", { class: "docno", text: doc.doc_number }) : null,
      doc.published ? el("span", { class: "date", text: `发布 ${doc.published}` }) : null,
      doc.issuers.length ? el("span", { class: "issuer", text: doc.issuers.join("、") }) : null,
      el("span", { class: "level", text: LEVELS[doc.level] || doc.level }),
      doc.region ? el("span", { text: doc.region }) : null,
      el("span", { text: inForce })));
  let target = null;
  for (const c of doc.clauses) {
    const isHit = c.clause_id === clauseId;
    const depth = Math.min(c.depth, 5);
    const node = el("div", { class: `clause kind-${c.kind} depth-${depth}${isHit ? " hit" : ""}`, id: `c-${c.clause_id}`, tabindex: isHit ? "-1" : null },
      el("span", { class: "clause-label", text: c.label }),
      el("div", { class: "clause-text" }, marked(c.text, isHit ? state.terms : [])));
    if (c.applies_to.length && c.kind !== "heading") {
      node.append(el("div", { class: "clause-applies", title: c.applies_reason, text: `适用：${c.applies_to.map(placeShort).join("、")}` }));
    }
    if (isHit) target = node;
    body.append(node);
  }
  const jump = $("doc-hit-link");
  jump.hidden = !target;
  if (target) {
    jump.onclick = (e) => { e.preventDefault(); target.scrollIntoView({ block: "center" }); };
    requestAnimationFrame(() => { target.scrollIntoView({ block: "center" }); state.settled = true; });
    target.focus({ preventScroll: true });
  } else {
    restoreScroll();
  }
}

// ---- matrix, compare, documents -------------------------------------------

function fillTable(table, sheet, cellFor, headerFor = (h) => h) {
  const head = el("tr", {}, ...sheet.header.map((h) => el("th", { title: h, text: headerFor(h) })));
  const rows = sheet.rows.map((row, r) => el("tr", {}, ...row.map((text, i) => cellFor(text, i, r))));
  table.replaceChildren(el("thead", {}, head), el("tbody", {}, ...rows));
}

// A matrix cell: ● where the rule was in force before this document, ✓ where it
// applies (extended by this document where the table note tells the two apart), — where not.
const MATRIX_CELLS = {
  "此前已适用": { mark: "●", cls: "before" },
  "本文件推广适用": { mark: "✓", cls: "extended" },
  "适用": { mark: "✓", cls: "yes" },
  "不适用": { mark: "—", cls: "no" },
};

async function showMatrix() {
  const table = $("matrix");
  if (table.rows.length) return restoreScroll();
  setStatus($("matrix-status"), "载入中…");
  try {
    const sheet = await getJSON("/api/matrix");
    const last = sheet.header.length - 1;
    fillTable(table, sheet, (text, i, r) => {
      if (i === 0) {
        const link = el("a", { href: `#doc/${encodeURIComponent(sheet.row_docs[r])}/${encodeURIComponent(sheet.row_clauses[r])}`, text });
        return el("th", { scope: "row" }, link);
      }
      if (i === 1) return el("td", { class: "what", text });
      if (i === last) return el("td", { class: "why", text });
      const cell = MATRIX_CELLS[text] || { mark: text, cls: "" };
      return el("td", { class: cell.cls, title: `${sheet.header[i]}：${text}` },
        el("span", { "aria-hidden": "true", text: cell.mark }), el("span", { class: "sr", text }));
    }, (h) => h.replace(/^中国（(.+?)）自由贸易试验区$/, "$1"));
    const before = sheet.rows.some((row) => row.includes("此前已适用"));
    $("matrix-hint").textContent = `${sheet.title.replace(/^适用矩阵\s*/, "")} 各项在各自由贸易试验区的适用情况：`
      + (before ? "● 此前已适用（本文件之前已在该区实施）  ✓ 本文件推广适用或适用  — 不适用" : "✓ 适用  — 不适用")
      + "；依据见最后一列。";
    setStatus($("matrix-status"), `${sheet.rows.length} 项 × ${sheet.header.length - 3} 个自贸试验区`);
    restoreScroll();
  } catch (err) {
    setStatus($("matrix-status"), `出错：${err.message}`, true);
  }
}

function compareParams() {
  const params = new URLSearchParams();
  for (const line of $("topics").value.split("\n")) if (line.trim()) params.append("topic", line.trim());
  if ($("compare-level").value) params.set("level", $("compare-level").value);
  if ($("compare-where").value.trim()) params.set("where", $("compare-where").value.trim());
  params.set("by", $("compare-by").value);
  return params;
}

// A comparison lives in the address too (#compare?topic=…&level=…): shareable, and drawn again on reload or Back.
function fillCompareForm(params) {
  const topics = params.getAll("topic");
  if (topics.length) $("topics").value = topics.join("\n");
  $("compare-level").value = params.has("level") ? params.get("level") : "provincial";
  $("compare-where").value = params.get("where") || "";
  $("compare-by").value = params.get("by") === "doc" ? "doc" : "region";
}

function submitCompare() {
  goTo(`#compare?${compareParams()}`);
}

async function runCompare() {
  const params = compareParams();
  setStatus($("compare-status"), "生成中…");
  try {
    const sheet = await getJSON(`/api/compare?${params}`);
    fillTable($("compare"), sheet, (text, i, r) => compareCell(text, i, sheet.cell_clauses[r][i]));
    setStatus($("compare-status"), `${sheet.rows.length} 行 × ${sheet.header.length - 1} 个主题`);
    setExportLinks("compare", params, "compare", true);
    $("compare-export").hidden = false;
    $("compare").dataset.params = params.toString();
    restoreScroll();
  } catch (err) {
    $("compare").replaceChildren();
    $("compare-export").hidden = true;
    setStatus($("compare-status"), `出错：${err.message}`, true);
  }
}

// A comparison cell: each quoted clause's excerpt, and its citation 〔…〕 as a link to the clause in its document.
function compareCell(text, i, cited) {
  if (i === 0) return el("th", { scope: "row", text });
  if (text === "未涉及") return el("td", { class: "none", text });
  const cell = el("td");
  let n = 0;
  for (const line of text.split("\n")) {
    if (line.startsWith("〔") && cited && cited[n]) {
      const [docId, clauseId] = cited[n++];
      cell.append(el("a", { class: "cite", href: `#doc/${encodeURIComponent(docId)}/${encodeURIComponent(clauseId)}`, text: line }));
    } else {
      cell.append(el("span", { text: line }));
    }
  }
  return cell;
}

// When a document is in force as it prints it (as `bri docs` shows it).
function period(d) {
  if (d.effective && d.expires) return `${d.effective} 至 ${d.expires}`;
  return d.effective ? `${d.effective} 起` : d.expires ? `至 ${d.expires}` : "";
}

async function showDocs() {
  const table = $("docs");
  if (table.rows.length) return;
  try {
    const data = await getJSON("/api/docs");
    const head = el("tr", {}, ...["文号", "标题", "层级", "地区", "发布", "有效期", "条款数"].map((h) => el("th", { text: h })));
    const rows = data.results.map((d) => el("tr", {},
      el("td", { text: d.doc_number || "" }),
      el("td", {}, el("a", { href: `#doc/${encodeURIComponent(d.doc_id)}`, text: d.title })),
      el("td", { text: LEVELS[d.level] || d.level }), el("td", { text: d.region || "" }),
      el("td", { text: d.published || "" }), el("td", { text: period(d) }),
      el("td", { class: "num", text: String(d.clauses) })));
    table.replaceChildren(el("thead", {}, head), el("tbody", {}, ...rows));
  } catch (err) {
    setStatus($("docs-status"), `出错：${err.message}`, true);
  }
}

// ---- routing ----------------------------------------------------------------
// The hash names the view and its state: #search?q=…, #doc/ID/CLAUSE, #matrix,
// #compare, #docs. Scroll positions are kept per hash (in sessionStorage, so a
// reload keeps them too) and put back once the view has drawn.

const scrollKey = () => `bri-scroll:${location.hash || "#search"}`;

function rememberScroll() {
  if (state.settled) sessionStorage.setItem(scrollKey(), String(Math.round(window.scrollY)));
}

function restoreScroll() {
  const y = Number(sessionStorage.getItem(scrollKey()) || 0);
  window.scrollTo(0, y);
  state.settled = true;
}

function route() {
  if (state.routed === location.href) return;  // a fragment change fires both popstate and hashchange
  state.routed = location.href;
  state.settled = false;  // until the new view has drawn, scrolling is the page's, not the reader's
  const hash = location.hash.slice(1);
  const [path, query = ""] = hash.split("?");
  const [view, ...rest] = decodeURIComponent(path).split("/");
  const name = ["doc", "matrix", "compare", "docs"].includes(view) ? view : "search";
  for (const section of document.querySelectorAll(".view")) section.hidden = section.id !== `${name}-view`;
  for (const tab of document.querySelectorAll(".tabs a")) tab.classList.toggle("active", tab.dataset.view === name);
  if (name === "doc") showDocument(rest[0], rest[1]);
  else if (name === "matrix") showMatrix();
  else if (name === "docs") showDocs();
  else if (name === "compare") {
    const params = new URLSearchParams(query);
    if (params.has("topic")) {
      fillCompareForm(params);
      if ($("compare").dataset.params === compareParams().toString()) restoreScroll();
      else runCompare();
    } else restoreScroll();
  }
  else {
    const params = new URLSearchParams(query);
    if (params.get("q")) {
      fillSearchForm(params);
      if ($("results").dataset.params === searchParams().toString()) restoreScroll();  // already drawn: Back from a document
      else runSearch();
    } else {
      restoreScroll();
      $("q").focus();
    }
  }
}

async function loadPlaces() {
  try {
    const meta = await getJSON("/api/meta");
    $("places").replaceChildren(...meta.places.map((p) => el("option", { value: p })));
  } catch (err) { /* the filters still work without suggestions */ }
}

function init() {
  history.scrollRestoration = "manual";  // the views are drawn after the hash changes: restoreScroll() does it
  $("search-form").addEventListener("submit", (e) => { e.preventDefault(); submitSearch(); });
  for (const name of [...FILTERS, "k"]) $(name).addEventListener("change", submitSearch);
  $("clear-filters").addEventListener("click", () => {
    for (const name of FILTERS) $(name).value = "";
    submitSearch();
  });
  let pending = 0;
  window.addEventListener("scroll", () => { cancelAnimationFrame(pending); pending = requestAnimationFrame(rememberScroll); }, { passive: true });
  $("compare-form").addEventListener("submit", (e) => { e.preventDefault(); submitCompare(); });
  $("doc-back").addEventListener("click", () => { if (history.length > 1) history.back(); else location.hash = "search"; });
  window.addEventListener("hashchange", route);
  window.addEventListener("popstate", route);
  loadPlaces();
  route();
}

document.addEventListener("DOMContentLoaded", init);
