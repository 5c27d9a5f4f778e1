/**
 * The playground page: input (paste, drop, open, examples), a worker that parses, and the posting
 * drawn with its evidence. Classic script (built to an IIFE and inlined), so the page works from
 * file:// — Chromium refuses module scripts and module workers there; the worker starts from a Blob.
 */
import { decodeBytes } from "../src/input/decode.js";
import { appendSliced, block, fillText } from "./chunks.js";
import type { Mark } from "./marks.js";
import type { Format, Request, Response } from "./protocol.js";
import type { Drawn } from "./render.js";

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
  jsonldBox: $<HTMLDetailsElement>("jsonld-box"),
};
let jsonld = "";
let recordShown: Promise<void> = Promise.resolve();
ui.jsonldBox.addEventListener("toggle", () => {
  if (ui.jsonldBox.open && !ui.jsonld.firstChild) fillText(ui.jsonld, jsonld);
});

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
  ui.text.value = decodeBytes(bytes).text; // as the core decodes them (UTF-16, Windows-1252 too)
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
  ui.file.value = ""; // so the same file chosen again is read again
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
    ui.record.replaceChildren();
    ui.jsonld.replaceChildren();
    jsonld = "";
    clearEvidence();
    setState("error", `Not parsed: ${r.message}`);
  } else if (r.phase === "record") {
    clearEvidence();
    const id = r.id;
    recordShown = fillText(ui.record, r.json, () => id === seq);
    // the JSON-LD is drawn when its section is opened
    jsonld = r.jsonld;
    ui.jsonld.replaceChildren();
    if (ui.jsonldBox.open) fillText(ui.jsonld, jsonld);
    setState("record", `Record in ${Math.round(r.ms)} ms; marking the evidence…`);
  } else {
    busy = false;
    const t = performance.now();
    const n = r.drawn.values;
    const id = r.id;
    void Promise.all([recordShown, showEvidence(r.drawn, r.html)]).then(() => {
      if (id === seq) setState("done", `Parsed in ${Math.round(r.ms)} ms (drawn in ${Math.round(performance.now() - t)} ms): ${n} values with evidence.`);
    });
  }
}

// ---- the posting with its evidence ---------------------------------------------------------------
let marks: Mark[] = [];
let drawing = 0; // the drawing under way; a newer one stops it
let marksOfPath = new Map<string, number[]>();
let nextSpan = new Map<string, number>();
let hot: HTMLElement[] = [];
let selected: HTMLElement[] = [];

function clearEvidence(): void {
  ui.posting.replaceChildren();
  ui.fields.replaceChildren();
  ui.notFound.textContent = "";
  ui.notes.replaceChildren();
  ui.selection.textContent = "";
  drawing++;
  marks = [];
  marksOfPath = new Map();
  hot = [];
  selected = [];
}

const runsOf = (id: number) => ui.posting.querySelectorAll<HTMLElement>(`.run[data-m~="${id}"]`);
const buttonOf = { get: (path: string) => ui.fields.querySelector<HTMLButtonElement>(`button.field[data-path="${CSS.escape(path)}"]`) };
const badgeOf = (id: number) => ui.posting.querySelector<HTMLElement>(`.badge[data-mark="${id}"]`);

function showEvidence(drawn: Drawn, html: boolean): Promise<void> {
  clearEvidence();
  marks = drawn.marks;
  for (const m of marks) for (const p of m.paths) push(marksOfPath, p, m.id);
  ui.notFound.textContent = drawn.notFound.length ? drawn.notFound.join(", ") : "(nothing: every field has a value)";
  for (const [k, v] of drawn.rows) {
    const dt = document.createElement("dt");
    dt.textContent = k;
    const dd = document.createElement("dd");
    dd.textContent = v;
    ui.notes.append(dt, dd);
  }
  ui.posting.classList.toggle("html", html);
  ui.posting.classList.toggle("marked", marks.length > 0);
  // appended a few blocks at a time, so the page answers while a long posting is drawn
  const mine = drawing;
  const current = () => mine === drawing;
  const fieldList = (i: number) => {
    const ul = document.createElement("ul");
    ul.className = "block";
    ul.innerHTML = drawn.fieldBlocks[i].html;
    ul.style.containIntrinsicSize = `auto ${drawn.fieldBlocks[i].count * 34}px`;
    return ul;
  };
  return Promise.all([
    appendSliced(ui.fields, drawn.fieldBlocks.length, fieldList, current),
    appendSliced(ui.posting, drawn.blocks.length, (i) => block(drawn.blocks[i].html, drawn.blocks[i].chars, drawn.blocks[i].lines), current),
  ]).then(() => undefined);
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
    hot.push(...runsOf(id));
    const b = badgeOf(id);
    if (b) hot.push(b);
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
  const badge = badgeOf(ids[i]);
  if (!badge) return;
  badge.focus({ preventScroll: true });
  reveal(ui.posting, badge);
  select(ids[i], ids[i]);
});

// Scrolls the pane (not the page) to bring `el` near its top third, when it is out of sight.
function reveal(pane: HTMLElement, el: HTMLElement): void {
  const p = pane.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  if (r.top < p.top || r.bottom > p.bottom) pane.scrollTop += r.top - p.top - pane.clientHeight / 3;
}

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
  const b = buttonOf.get(m.paths[0]);
  if (b) reveal(ui.fields, b);
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
