// The playground page (playground/) in a real browser: Debian's Chromium driven by playwright-core,
// the page opened from disk (file://), as a person would open it. Checked against the real command:
// for every fixture, the record the page shows is `jobparse FILE --json --now DAY`, its spans are
// `--evidence`'s, laid out with `--explain`'s rules and colours, and each marked span's text is the
// input's text there. A 1 MB posting must not freeze the page (a timer keeps ticking while it parses).
//
// Chromium: /usr/bin/chromium (or CHROMIUM_PATH); when missing, the test installs Debian's package
// with apt-get (as root), and skips, saying why, only where none can be had. Run `npm run build`
// first (the CLI it compares with is the built one). UPDATE_SCREENSHOT=1 rewrites docs/playground.png.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { cuts } from "../playground/chunks.js";
import { FAMILY } from "../playground/marks.js";
import { decodeBytes } from "../src/input/decode.js";

const ROOT = resolve(".");
const BIN = resolve("bin/jobparse.js");
const NOW = "2026-11-27";
const FIXTURES = readdirSync(resolve("fixtures"))
  .filter((f) => [".txt", ".md", ".html"].includes(extname(f)))
  .sort();
// the flags this machine's Chromium needs (a closed network: no background connections)
const FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const SCREENSHOT = resolve("docs/playground.png");

function findChromium(): string | null {
  for (const p of [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"]) if (p && existsSync(p)) return p;
  return null;
}

/** Chromium's path, installing Debian's `chromium` when it is missing; or why there is none. */
function chromium(): { path: string } | { why: string } {
  const found = findChromium();
  if (found) return { path: found };
  if (process.platform !== "linux" || !existsSync("/usr/bin/apt-get")) return { why: "no Chromium (set CHROMIUM_PATH) and no apt-get to install Debian's chromium" };
  if (process.getuid?.() !== 0) return { why: "no Chromium, and not root to install it: run `apt-get install chromium` (or set CHROMIUM_PATH)" };
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const update = spawnSync("apt-get", ["update", "-qq"], { env, encoding: "utf8", timeout: 300_000 });
  const install = spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { env, encoding: "utf8", timeout: 900_000 });
  const path = findChromium();
  if (path) return { path };
  const said = `${update.stderr ?? ""}\n${install.stderr ?? ""}`.trim().split("\n").slice(-2).join(" | ");
  return { why: `apt-get could not install chromium${said ? `: ${said}` : ""}` };
}

function cli(args: string[], input?: string): string {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: "utf8", maxBuffer: 64 << 20, env: { ...process.env, NO_COLOR: "1" } });
  if (r.status !== 0) throw new Error(`jobparse ${args.join(" ")}: ${r.stderr}`);
  return r.stdout;
}

type Evidence = Record<string, { how: string; spans: { start: number; end: number }[] }>;

let browser: Browser | null = null;
let page: Page;
let skipWhy: string | null = null;

beforeAll(async () => {
  expect(existsSync(resolve("dist/cli/entry.js")), "run `npm run build` first").toBe(true);
  const built = spawnSync(process.execPath, ["playground/build.mjs"], { cwd: ROOT, encoding: "utf8" });
  expect(built.status, built.stderr).toBe(0);
  const found = chromium();
  if ("why" in found) {
    skipWhy = `playground browser test skipped: ${found.why}`;
    console.warn(skipWhy);
    return;
  }
  const { chromium: pw } = await import("playwright-core");
  browser = await pw.launch({ executablePath: found.path, headless: true, args: FLAGS });
  page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(pathToFileURL(resolve("playground/dist/index.html")).href);
  await page.fill("#now", NOW);
  expect(errors).toEqual([]);
}, 1_200_000);

afterAll(async () => {
  await browser?.close();
});

/** Loads an example from the page's menu and waits until its evidence is drawn. */
async function loadExample(name: string): Promise<void> {
  await parsed(() => page.selectOption("#example", name));
}

/** Does `act`, then waits until the parse it starts is drawn. */
async function parsed(act: () => Promise<unknown>): Promise<void> {
  const before = await page.getAttribute("#out", "data-id");
  await act();
  await page.waitForFunction((prev) => {
    const out = document.getElementById("out")!;
    return out.dataset.id !== prev && (out.dataset.state === "done" || out.dataset.state === "error");
  }, before, { timeout: 60_000 });
  expect(await page.getAttribute("#out", "data-state"), await page.textContent("#status") ?? "").toBe("done");
}

/** What the page drew: each mark (from its label) with its text runs joined, and the posting without the labels. */
function readMarks() {
  return page.evaluate(() => {
    const posting = document.getElementById("posting")!;
    const marks = [...posting.querySelectorAll<HTMLElement>(".badge")].map((b) => {
      const id = b.dataset.mark!;
      const text = [...posting.querySelectorAll<HTMLElement>(".run")]
        .filter((r) => r.dataset.m!.split(" ").includes(id))
        .map((r) => r.textContent)
        .join("");
      return { start: Number(b.dataset.start), end: Number(b.dataset.end), label: b.textContent!, family: [...b.classList].find((c) => c.startsWith("f-"))!.slice(2), text };
    });
    const copy = posting.cloneNode(true) as HTMLElement;
    for (const b of copy.querySelectorAll(".badge, details.fold > summary")) b.remove();
    return { marks, text: copy.textContent! };
  });
}

describe("the browser build of the core (playground/dist/jobparse.browser.js)", () => {
  it("reaches nothing Node-only and gives the core's records, evidence included, on every fixture", async () => {
    const { buildCore } = (await import("../playground/build.mjs")) as { buildCore(): Promise<{ nodeOnly: string[]; inputs: string[] }> };
    const core = await buildCore();
    expect(core.nodeOnly).toEqual([]);
    expect(core.inputs.filter((p) => p.startsWith("src/cli/"))).toEqual([]);
    const browser = (await import(pathToFileURL(resolve("playground/dist/jobparse.browser.js")).href)) as typeof import("../src/index.js");
    const { parseJobPosting } = await import("../src/index.js");
    for (const name of FIXTURES) {
      const bytes = new Uint8Array(readFileSync(join("fixtures", name)));
      const format = name.endsWith(".html") ? "html" : name.endsWith(".md") ? "markdown" : "auto";
      expect(browser.parseJobPosting(bytes, { now: NOW, format, evidence: true }), name).toEqual(parseJobPosting(bytes, { now: NOW, format, evidence: true }));
    }
  });

  it("typechecks for browsers: the core and the page compile with the DOM's types and none of Node's", () => {
    const tsc = spawnSync(process.execPath, [resolve("node_modules/typescript/bin/tsc"), "-p", "playground/tsconfig.json"], { cwd: ROOT, encoding: "utf8" });
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
  }, 180_000);
});

describe("the page's blocks (playground/chunks.ts)", () => {
  it("cover the text exactly, end after a line break (or at 4 × size inside a long line), never inside a surrogate pair", () => {
    const text = fc.array(fc.constantFrom("a", "b", " ", "\n", "\r\n", "😀", "é"), { maxLength: 400 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 60 }), (t, size, usedAtStart) => {
        const used0 = Math.min(usedAtStart, 4 * size - 1);
        let from = 0;
        let used = used0;
        for (const { at, close } of cuts(t, 0, t.length, used0, size)) {
          expect(at).toBeGreaterThan(from);
          used += at - from;
          expect(used).toBeLessThanOrEqual(4 * size + 1);
          const c = t.charCodeAt(at - 1);
          if (at < t.length) expect(c >= 0xd800 && c <= 0xdbff, "a surrogate pair split").toBe(false);
          if (close) {
            expect(t[at - 1] === "\n" || used >= 4 * size).toBe(true);
            used = 0;
          } else expect(used <= size + 1 || at === t.length).toBe(true); // one more for a whole surrogate pair
          from = at;
        }
        expect(from).toBe(t.length);
      }),
    );
  });
});

describe("playground page (Chromium, from file://)", () => {
  it("uses --explain's colours", (ctx) => {
    ctx.skip(skipWhy !== null, skipWhy ?? "");
    // the colour of each field in src/cli/explain.ts, read from its source
    const src = readFileSync(resolve("src/cli/explain.ts"), "utf8");
    const body = /const FAMILY[^=]*=\s*\{([^}]*)\}/.exec(src)?.[1] ?? "";
    const explain = Object.fromEntries([...body.matchAll(/(\w+):\s*"(\w+)"/g)].map((m) => [m[1], m[2]]));
    expect(Object.keys(explain).length).toBeGreaterThan(10);
    expect(FAMILY).toEqual(explain);
  });

  it.for(FIXTURES)("%s: the record is `jobparse --json`'s, every span is marked over its own text", async (name, ctx) => {
    ctx.skip(skipWhy !== null, skipWhy ?? "");
    const file = join("fixtures", name);
    await loadExample(name);
    // the record and the JSON-LD, as the command prints them
    expect(await page.textContent("#record")).toBe(cli([file, "--json", "--now", NOW]).trimEnd());
    // the JSON-LD is drawn when its section is opened
    if (!(await page.evaluate(() => (document.getElementById("jsonld-box") as HTMLDetailsElement).open))) await page.click("#jsonld-box summary");
    // drawn on the toggle event, after the click returns: wait for it (a cold browser was seen to be read too early)
    await page.waitForFunction(() => (document.getElementById("jsonld")?.textContent ?? "") !== "");
    expect(await page.textContent("#jsonld")).toBe(cli([file, "--jsonld", "--now", NOW]).trimEnd());

    const original = decodeBytes(new Uint8Array(readFileSync(file))).text;
    const { marks, text } = await readMarks();
    // the posting is shown whole, unchanged, and each mark's text is the input's text at its span
    expect(text).toBe(original);
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(m.text, `${m.label} ${m.start}–${m.end}`).toBe(original.slice(m.start, m.end));

    // every span of `--evidence` is marked, with every path that has it
    const withEvidence = JSON.parse(cli([file, "--json", "--evidence", "--now", NOW])) as { evidence: Evidence };
    const expected = new Map<string, string[]>();
    for (const [path, ev] of Object.entries(withEvidence.evidence)) {
      for (const s of ev.spans) if (s.end > s.start) expected.set(`${s.start}:${s.end}`, [...(expected.get(`${s.start}:${s.end}`) ?? []), path]);
    }
    const drawn = new Map(marks.map((m) => [`${m.start}:${m.end}`, m.label.split(", ").map((l) => l.replace(/ \((derived|inferred)\)$/, ""))]));
    expect(new Map([...drawn].map(([k, v]) => [k, [...v].sort()]))).toEqual(new Map([...expected].map(([k, v]) => [k, [...new Set(v)].sort()])));
    for (const m of marks) expect(m.family).toBe(FAMILY[/^[A-Za-z]+/.exec(m.label)![0]] ?? "plain");

    // laid out as --explain lays it out: the same labels, opening in the same order
    const explain = cli([file, "--explain", "--no-color", "--now", NOW]);
    const opens = [...explain.matchAll(/⟦([^/⟧][^⟧]*)⟧/g)].map((m) => m[1]);
    expect(marks.map((m) => m.label)).toEqual(opens);
    // HTML pages fold as --explain folds them: as many folds, over as many lines
    const folds = [...explain.matchAll(/⋯ (\d+) lines without a span ⋯/g)].map((m) => m[1]);
    expect(await page.$$eval("#posting details.fold > summary", (els) => els.map((e) => /\d+/.exec(e.textContent!)![0]))).toEqual(folds);
    const notFound = /^Not found\s+(.*)$/m.exec(explain)?.[1];
    expect(await page.textContent("#notfound")).toBe(notFound);
  });

  it("parses pasted text, an opened file and a dropped file as the command does", async (ctx) => {
    ctx.skip(skipWhy !== null, skipWhy ?? "");
    // pasted: read as stdin is (the format sniffed)
    const pasted = readFileSync(resolve("fixtures/stepstone-gehalt-bis.txt"), "utf8");
    await parsed(() => page.fill("#text", pasted));
    expect(await page.textContent("#record")).toBe(cli(["-", "--json", "--now", NOW], pasted).trimEnd());
    // opened: the extension picks the format, as on the command line
    await parsed(() => page.setInputFiles("#file", resolve("fixtures/html-jsonld-graph.html")));
    expect(await page.textContent("#record")).toBe(cli(["fixtures/html-jsonld-graph.html", "--json", "--now", NOW]).trimEnd());
    // a page mostly markup folds where --explain folds it, and the text is all still there
    const assets = (tag: string) => Array.from({ length: 40 }, (_, i) => `<${tag} src="/assets/chunk-${i}.js"></${tag}>`).join("\n");
    const long = [
      "<!doctype html>", "<html lang=\"en-GB\">", "<head>", "<title>Warehouse Lead – Brookfield Logistics</title>", assets("script"), "</head>", "<body>",
      "<main>", "<h1>Warehouse Lead</h1>", "<p>Brookfield Logistics · Leeds, United Kingdom · Full-time</p>",
      "<h2>What you will do</h2>", "<ul>", "<li>Run the night shift of twelve pickers and two drivers</li>", "<li>Keep the loading bays on schedule every night</li>", "</ul>",
      "<h2>What we offer</h2>", "<ul>", "<li>£32,000 a year</li>", "<li>25 days of holiday plus bank holidays</li>", "</ul>", "</main>",
      assets("script"), "</body>", "</html>", "",
    ].join("\n");
    const dir = mkdtempSync(join(tmpdir(), "jobparse-playground-"));
    const file = join(dir, "long.html");
    writeFileSync(file, long);
    await parsed(() => page.setInputFiles("#file", file));
    expect(await page.textContent("#record")).toBe(cli([file, "--json", "--now", NOW]).trimEnd());
    const folds = [...cli([file, "--explain", "--no-color", "--now", NOW]).matchAll(/⋯ (\d+) lines without a span ⋯/g)].map((m) => m[1]);
    expect(folds.length).toBeGreaterThan(0);
    expect(await page.$$eval("#posting details.fold > summary", (els) => els.map((e) => /\d+/.exec(e.textContent!)![0]))).toEqual(folds);
    expect((await readMarks()).text).toBe(long);
    rmSync(dir, { recursive: true, force: true });
    // dropped on the page
    const md = readFileSync(resolve("fixtures/jina-reader-similar.md"), "utf8");
    await parsed(() =>
      page.evaluate((text) => {
        const dt = new DataTransfer();
        dt.items.add(new File([text], "posting.md", { type: "text/markdown" }));
        document.getElementById("text")!.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
      }, md),
    );
    expect(await page.textContent("#record")).toBe(cli(["fixtures/jina-reader-similar.md", "--json", "--now", NOW]).trimEnd());
  });

  it("is usable with the keyboard and the mouse: a field leads to its spans, a span to its field", async (ctx) => {
    ctx.skip(skipWhy !== null, skipWhy ?? "");
    await loadExample("greenhouse-remote-paytransparency.md");
    // Enter on a field moves the focus to its span, which names the field; Escape goes back
    await page.focus('button.field[data-path="title"]');
    await page.keyboard.press("Enter");
    const focused = await page.evaluate(() => (document.activeElement as HTMLElement).textContent);
    expect(focused).toContain("title");
    expect(await page.textContent("#selection")).toContain("title");
    await page.keyboard.press("Escape");
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.path)).toBe("title");
    // hovering a field lights its spans
    await page.hover('button.field[data-path="salary"]');
    expect(await page.locator(".run.hot").count()).toBeGreaterThan(0);
    // clicking a span marks its field in the list
    const run = page.locator(".run.f-green").first();
    await run.click();
    expect(await page.locator("button.field.selected").count()).toBeGreaterThan(0);
    expect(await page.textContent("#selection")).toMatch(/salary|benefits/);
  });

  it("is readable 360 px wide (no sideways scrolling)", async (ctx) => {
    ctx.skip(skipWhy !== null, skipWhy ?? "");
    await page.setViewportSize({ width: 360, height: 780 });
    try {
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    } finally {
      await page.setViewportSize({ width: 1280, height: 860 });
    }
  });

  it("parses a 1 MB posting without freezing the page", async (ctx) => {
    ctx.skip(skipWhy !== null, skipWhy ?? "");
    const one = readFileSync(resolve("fixtures/lever-parttime-monthly.txt"), "utf8");
    let big = "";
    while (big.length < 1_000_000) big += one + "\n\n";
    // a timer on the page: while the worker parses, the page's own thread must keep running it
    await page.evaluate((text) => {
      const w = window as unknown as { ticks: number[] };
      w.ticks = [];
      setInterval(() => w.ticks.push(performance.now()), 50);
      const area = document.getElementById("text") as HTMLTextAreaElement;
      area.value = text;
      area.dispatchEvent(new Event("input"));
      document.getElementById("parse")!.click();
    }, big);
    await page.waitForFunction(() => ["done", "error"].includes(document.getElementById("out")!.dataset.state!), null, { timeout: 120_000 });
    expect(await page.getAttribute("#out", "data-state"), (await page.textContent("#status")) ?? "").toBe("done");
    const ticks = await page.evaluate(() => (window as unknown as { ticks: number[] }).ticks);
    const gaps = ticks.slice(1).map((t, i) => t - ticks[i]);
    console.log(`1 MB posting: ${await page.textContent("#status")} ${ticks.length} ticks, longest gap ${Math.round(Math.max(...gaps))} ms`);
    expect(ticks.length).toBeGreaterThan(10);
    expect(Math.max(...gaps)).toBeLessThan(1000);
    const record = JSON.parse((await page.textContent("#record"))!) as { description: string };
    expect(record.description.length).toBeGreaterThan(100_000);
  }, 180_000);

  it("takes the screenshot the README shows", async (ctx) => {
    ctx.skip(skipWhy !== null, skipWhy ?? "");
    await page.reload();
    await page.fill("#now", NOW);
    await loadExample("greenhouse-remote-paytransparency.md");
    // the salary's span brought into view and named, its field lit
    await page.click('button.field[data-path="salary"]');
    await page.hover('button.field[data-path="salary"]');
    const update = process.env.UPDATE_SCREENSHOT === "1" || !existsSync(SCREENSHOT);
    const dir = mkdtempSync(join(tmpdir(), "jobparse-playground-"));
    const target = update ? SCREENSHOT : join(dir, "playground.png");
    await page.screenshot({ path: target });
    const png = readFileSync(target);
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(png.length).toBeGreaterThan(20_000);
    rmSync(dir, { recursive: true, force: true });
    if (!update) writeFileSync(join(tmpdir(), "jobparse-playground-last.png"), png);
  });
});
