/**
 * The playground page: input (paste, drop, open, examples), a worker that parses, and the posting
 * drawn with its evidence. Classic script (built to an IIFE and inlined), so the page works from
 * file:// — Chromium refuses module scripts and module workers there; the worker starts from a Blob.
 */
import { collectMarks, familyOf, footer, layout, valueAt, type How, type Mark, type Span } from "./marks.js";
import type { Format, Request, Response } from "./protocol.js";
import type { JobPosting } from "../src/schema.js";

interface Example {
  name: string;
  base64: string;
}
declare global {
  interface Window {
    JOBPARSE_EXAMPLES: Example[];
    JOBPARSE_WORKER_SOURCE: string;
  }
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const ui = {
  example: $<HTMLSelectElement>("example"),
  now: $<HTMLInputElement>("now"),
  format: $<HTMLSelectElement>("format"),
  text: $<HTMLTextAreaElement>("text"),
  file: $<HTMLInputElement>("file"),
  parse: $<HTMLButtonElement>("parse"),
  status: $("status"),
  out: $("out"),
  posting: $("posting"),
  selection: $("selection"),
  fields: $("fields"),
  notFound: $("notfound"),
  notes: $("notes"),
  record: $("record"),
  jsonld: $("jsonld"),
};

// ---- input ---------------------------------------------------------------------------------------
// The bytes parsed are the file's own (as the CLI reads them) until the text is edited by hand.
let source: { bytes: Uint8Array; name: string } | null = null;

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

function fromBase64(b64: string): Uint8Array {
  const s = atob(b64);
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
  return bytes;
}

function useBytes(bytes: Uint8Array, name: string): void {
  source = { bytes, name };
  ui.text.value = new TextDecoder().decode(bytes);
  run();
}

for (const ex of window.JOBPARSE_EXAMPLES ?? []) {
  const o = document.createElement("option");
  o.value = ex.name;
  o.textContent = ex.name;
  ui.example.append(o);
}
ui.example.addEventListener("change", () => {
  const ex = window.JOBPARSE_EXAMPLES.find((e) => e.name === ui.example.value);
  if (ex) useBytes(fromBase64(ex.base64), ex.name);
});
ui.now.value = today();
ui.now.addEventListener("change", () => run());
ui.format.addEventListener("change", () => run());
ui.parse.addEventListener("click", () => run());

let typing = 0;
ui.text.addEventListener("input", () => {
  source = null;
  ui.example.value = "";
  clearTimeout(typing);
  typing = window.setTimeout(run, 400);
});

async function openFile(file: File): Promise<void> {
  ui.example.value = "";
  useBytes(new Uint8Array(await file.arrayBuffer()), file.name);
}
ui.file.addEventListener("change", () => {
  const f = ui.file.files?.[0];
  if (f) void openFile(f);
});
for (const target of [ui.text, document.body]) {
  target.addEventListener("dragover", (e) => {
    e.preventDefault();
    document.body.classList.add("dragging");
  });
  target.addEventListener("dragleave", () => document.body.classList.remove("dragging"));
  target.addEventListener("drop", (e) => {
    e.preventDefault();
    e.stopPropagation();
    document.body.classList.remove("dragging");
    const f = e.dataTransfer?.files?.[0];
    if (f) void openFile(f);
  });
}

// ---- the worker ----------------------------------------------------------------------------------
const workerUrl = URL.createObjectURL(new Blob([window.JOBPARSE_WORKER_SOURCE], { type: "text/javascript" }));
let worker: Worker | null = null;
let busy = false;
let seq = 0;

function startWorker(): Worker {
  const w = new Worker(workerUrl);
  w.onmessage = (e: MessageEvent<Response>) => receive(e.data);
  w.onerror = (e) => {
    e.preventDefault();
    busy = false;
    setState("error", `The parser stopped: ${e.message || "unknown error"}`);
  };
  return w;
}

function run(): void {
  clearTimeout(typing);
  const text = ui.text.value;
  if (!source && text === "") {
    setState("idle", "Paste a posting, drop a file or pick an example.");
    return;
  }
  const bytes = source ? source.bytes.slice() : new TextEncoder().encode(text);
  const request: Request = { id: ++seq, bytes, name: source?.name ?? "", format: ui.format.value as Format, now: ui.now.value || today() };
  // a parse still running is for an input no longer wanted: stop it rather than queue behind it
  if (busy && worker) {
    worker.terminate();
    worker = null;
  }
  worker ??= startWorker();
  busy = true;
  ui.out.dataset.id = String(request.id);
  setState("working", `Parsing ${bytes.length.toLocaleString("en")} bytes…`);
  worker.postMessage(request, [bytes.buffer]);
}

function setState(state: string, message: string): void {
  ui.out.dataset.state = state;
  ui.status.textContent = message;
}

function receive(r: Response): void {
  if (r.id !== seq) return;
  if (r.phase === "error") {
    busy = false;
    ui.record.textContent = "";
    ui.jsonld.textContent = "";
    clearEvidence();
    setState("error", `Not parsed: ${r.message}`);
  } else if (r.phase === "record") {
    ui.record.textContent = r.json;
    ui.jsonld.textContent = r.jsonld;
    setState("record", `Record in ${Math.round(r.ms)} ms; marking the evidence…`);
  } else {
    busy = false;
    const t = performance.now();
    showEvidence(r.original, r.record, r.html);
    const n = Object.keys(r.record.evidence ?? {}).length;
    setState("done", `Parsed in ${Math.round(r.ms)} ms (drawn in ${Math.round(performance.now() - t)} ms): ${n} values with evidence.`);
  }
}

// ---- the posting with its evidence ---------------------------------------------------------------
let marks: Mark[] = [];
let runsOf: HTMLElement[][] = []; // mark id → its text runs
let badgeOf: HTMLElement[] = []; // mark id → its label
let marksOfPath = new Map<string, number[]>();
let buttonOf = new Map<string, HTMLButtonElement>();
let nextSpan = new Map<string, number>();
let hot: HTMLElement[] = [];
let selected: HTMLElement[] = [];

function clearEvidence(): void {
  ui.posting.replaceChildren();
  ui.fields.replaceChildren();
  ui.notFound.textContent = "";
  ui.notes.replaceChildren();
  ui.selection.textContent = "";
  marks = [];
  runsOf = [];
  badgeOf = [];
  marksOfPath = new Map();
  buttonOf = new Map();
  hot = [];
  selected = [];
}

function showEvidence(original: string, record: JobPosting, html: boolean): void {
  clearEvidence();
  const evidence = (record.evidence ?? {}) as Record<string, { how: How; spans: Span[] }>;
  const collected = collectMarks(original, evidence);
  marks = collected.marks;
  runsOf = marks.map(() => []);
  for (const m of marks) for (const p of m.paths) push(marksOfPath, p, m.id);

  const frag = document.createDocumentFragment();
  for (const piece of layout(original.length, marks)) {
    if (piece.kind === "badge") {
      const m = marks[piece.mark];
      const b = document.createElement("button");
      b.type = "button";
      b.className = `badge f-${familyOf(m.paths[0])}`;
      b.tabIndex = -1;
      b.dataset.mark = String(m.id);
      b.dataset.start = String(m.start);
      b.dataset.end = String(m.end);
      b.textContent = m.labels.join(", ");
      badgeOf[m.id] = b;
      frag.append(b);
    } else if (piece.marks.length === 0) {
      frag.append(original.slice(piece.start, piece.end));
    } else {
      const s = document.createElement("span");
      const inner = marks[piece.marks[piece.marks.length - 1]];
      s.className = `run f-${familyOf(inner.paths[0])}`;
      s.dataset.m = piece.marks.join(" ");
      s.textContent = original.slice(piece.start, piece.end);
      for (const id of piece.marks) runsOf[id].push(s);
      frag.append(s);
    }
  }
  ui.posting.append(frag);
  ui.posting.classList.toggle("html", html);
  ui.posting.classList.toggle("marked", marks.length > 0);

  // the fields, in the record's order, each with the values it found
  const order = new Map(Object.keys(record).map((k, i) => [k, i]));
  const rank = (p: string) => order.get(/^[A-Za-z]+/.exec(p)?.[0] ?? "") ?? order.size;
  const paths = Object.keys(evidence).map((p, i) => ({ p, i })).sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i).map((x) => x.p);
  for (const path of paths) {
    const li = document.createElement("li");
    const b = document.createElement("button");
    b.type = "button";
    b.className = `field f-${familyOf(path)}`;
    b.dataset.path = path;
    const how = evidence[path].how;
    const name = document.createElement("span");
    name.className = "path";
    name.textContent = path + (how && how !== "stated" ? ` (${how})` : "");
    const value = document.createElement("span");
    value.className = "value";
    value.textContent = preview(valueAt(record, path));
    const count = (marksOfPath.get(path) ?? []).length;
    b.title = `${count} span${count === 1 ? "" : "s"}: Enter shows the next one`;
    b.append(name, value);
    li.append(b);
    ui.fields.append(li);
    buttonOf.set(path, b);
  }
  const { notFound, rows } = footer(record, collected.empty, collected.outside, original.length);
  ui.notFound.textContent = notFound.length ? notFound.join(", ") : "(nothing: every field has a value)";
  for (const [k, v] of rows) {
    const dt = document.createElement("dt");
    dt.textContent = k;
    const dd = document.createElement("dd");
    dd.textContent = v;
    ui.notes.append(dt, dd);
  }
}

function preview(v: unknown): string {
  // an object is shown by what it was written as (a salary's raw text, a section's heading)
  const o = v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  const written = o ? [o.raw, o.name, o.heading, o.text].find((x) => typeof x === "string" && x !== "") : undefined;
  const s = typeof v === "string" ? v : typeof written === "string" ? written : JSON.stringify(v) ?? "";
  return s.length > 90 ? s.slice(0, 89) + "…" : s;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// hover (or focus) a field: its spans light up
function light(path: string | null): void {
  for (const el of hot) el.classList.remove("hot");
  hot = [];
  if (path === null) return;
  for (const id of marksOfPath.get(path) ?? []) {
    for (const el of runsOf[id]) hot.push(el);
    if (badgeOf[id]) hot.push(badgeOf[id]);
  }
  for (const el of hot) el.classList.add("hot");
}

function fieldButton(target: EventTarget | null): HTMLButtonElement | null {
  return target instanceof Element ? (target.closest("button.field") as HTMLButtonElement | null) : null;
}
ui.fields.addEventListener("mouseover", (e) => light(fieldButton(e.target)?.dataset.path ?? null));
ui.fields.addEventListener("mouseleave", () => light(null));
ui.fields.addEventListener("focusin", (e) => light(fieldButton(e.target)?.dataset.path ?? null));
// click or Enter on a field: go to its next span
ui.fields.addEventListener("click", (e) => {
  const b = fieldButton(e.target);
  const path = b?.dataset.path;
  const ids = path ? marksOfPath.get(path) : undefined;
  if (!path || !ids?.length) return;
  const i = (nextSpan.get(path) ?? 0) % ids.length;
  nextSpan.set(path, i + 1);
  light(path);
  const badge = badgeOf[ids[i]];
  badge.focus({ preventScroll: true });
  badge.scrollIntoView({ block: "center" });
  select(ids[i], ids[i]);
});

// click a span (or its label), or move to it: its fields are named, and marked in the list
function markAt(target: EventTarget | null): { inner: number; all: number[] } | null {
  if (!(target instanceof HTMLElement)) return null;
  if (target.dataset.mark !== undefined) {
    const id = Number(target.dataset.mark);
    return { inner: id, all: [id] };
  }
  if (target.dataset.m !== undefined) {
    const all = target.dataset.m.split(" ").map(Number);
    return { inner: all[all.length - 1], all };
  }
  return null;
}

function select(inner: number, ...all: number[]): void {
  for (const el of selected) el.classList.remove("selected");
  selected = [];
  const m = marks[inner];
  const lines: string[] = [];
  for (const id of [...new Set([inner, ...all])].reverse()) {
    for (const p of marks[id].paths) {
      const b = buttonOf.get(p);
      if (b) selected.push(b);
    }
  }
  for (const el of selected) el.classList.add("selected");
  const other = [...new Set(all)].filter((id) => id !== inner).flatMap((id) => marks[id].labels);
  lines.push(`This span (${m.start}–${m.end}) is ${m.labels.join(", ")}`);
  if (other.length) lines.push(`inside ${other.join(", ")}`);
  ui.selection.textContent = lines.join("; ") + ".";
  buttonOf.get(m.paths[0])?.scrollIntoView({ block: "nearest" });
}

ui.posting.addEventListener("click", (e) => {
  const at = markAt(e.target);
  if (at) select(at.inner, ...at.all);
});
ui.posting.addEventListener("focusin", (e) => {
  const at = markAt(e.target);
  if (at) select(at.inner, ...at.all);
});
// on a span's label: Enter or Escape goes back to its field in the list
ui.posting.addEventListener("keydown", (e) => {
  const at = markAt(e.target);
  if (!at || (e.key !== "Escape" && e.key !== "Enter")) return;
  e.preventDefault();
  buttonOf.get(marks[at.inner].paths[0])?.focus();
});

setState("idle", "Paste a posting, drop a file or pick an example.");
