// Hostile input for jobparse, shared by test/property.test.ts, test/linear.test.ts and bench/fuzz.mjs:
// a pool of real-looking posting fragments (headings in six languages, bullets of every glyph, pay,
// dates, `Key: Value` lines, HTML, Markdown, emoji, right-to-left text, long words, NULs), the
// fast-check arbitraries built on it, the check every parse must pass, and adversarial shapes of a
// given size for the linearity test.
import fc from "fast-check";

// ---- the fragment pool -------------------------------------------------------------------------

const HEADINGS = [
  "Responsibilities", "Requirements", "What you'll do", "What You’ll Bring", "Qualifications", "Nice to have",
  "Bonus points", "Benefits", "Perks", "About us", "About the role", "Compensation", "Interview process", "How to apply",
  "Ihre Aufgaben", "Ihr Profil", "Wir bieten", "Über uns", "Das bringst du mit", "Vorteile",
  "Missions", "Profil recherché", "Avantages", "Qui sommes-nous ?", "Le poste",
  "Responsabilidades", "Requisitos", "Beneficios", "Quiénes somos", "Funções", "O que oferecemos",
  "Responsabilità", "Requisiti", "Cosa offriamo", "TECH STACK", "Skills", "Tags",
];
const HEADING_FORMS = [(h) => h, (h) => `${h}:`, (h) => `## ${h}`, (h) => `# ${h} #`, (h) => `**${h}**`, (h) => `__${h}__`, (h) => h.toUpperCase(), (h) => `<h2>${h}</h2>`, (h) => `<strong>${h}</strong>`, (h) => `###### ${h}`];
const BULLETS = ["•", "-", "*", "·", "▪", "◦", "●", "‣", "–", "—", "+", "►", "➤", "✓", "✔︎", "☐", "■", "□", "○", "→", ">", "1.", "2)", "a)", "(b)", "iv.", "10."];
const ITEMS = [
  "Build and ship backend services in Go", "5+ years of experience with Python", "Bachelor's degree in Computer Science or equivalent",
  "Experience with AWS, Kubernetes and Terraform", "Fließend Deutsch und Englisch", "Maîtrise de SQL", "Experiencia con React",
  "Health insurance", "30 Urlaubstage", "Stock options", "Home office budget of $2,000", "401(k) matching",
  "Recruiter screen (30 min)", "Technical interview – 60 minutes", "Take-home (2-3 hours)", "C", "Go", "R", "",
];
const PAY = [
  "$95k - $120k", "$95,000–$120,000 per year", "€45.000–55.000 brutto/Jahr", "£30,000 per annum", "CHF 100'000", "₹12,00,000 LPA",
  "USD 50/hour", "US$120,000 - US$140,000", "CA$65,000/yr - CA$80,000/yr", "70 000 € pro Jahr", "1,5 Mio. €", "95k+", "$80k+equity",
  "Salary: $", "Salary: competitive", "401(k)", "between 60 and 70k", "zł 12 000", "R$ 8.000 a R$ 10.000 por mês", "¥6,000,000",
  "$0", "$-5", "$999999999999999999999", "€ 1.2.3.4,5", "$ 12,00,00,000", "100%", "£££", "$$$$$", "20 € 30 € 40 €",
];
const DATES = [
  "Posted 3 days ago", "Posted: today", "yesterday", "30+ days ago", "2026-11-20", "20.11.2026", "11/20/2026", "Nov 20th, 2026",
  "il y a 2 jours", "vor 2 Wochen", "hace 5 días", "há 3 dias", "3 giorni fa", "Closes in 5 days", "Apply by 15 January 2027",
  "Bewerbungsfrist: 31.12.2026", "31/02/2026", "0000-00-00", "9999-99-99", "2026-13-45", "999999 days ago", "an hour ago",
];
const KEY_VALUES = [
  "Location: Berlin, Germany", "Location: Remote (EU)", "Job Type: Full-time", "Employment Type: Part-time, 20 hours/week",
  "Standort: München", "Lieu de travail : Lyon", "Ubicación: Madrid", "Salary:", "Experience: 5+ years", "Education: Bachelor's degree",
  "Contract: CDI", "Seniority: Senior", "Category: Engineering", "Company: Acme GmbH", "Job TitleSenior Backend Engineer",
  ": value", "Key:", "Key::::value", "Location: Toronto, ON · 3 days ago", "Remote - US\t\tApply", "Workplace: Hybrid - 3 days a week in the office",
];
const PROSE = [
  "Senior Backend Engineer", "Acme GmbH", "Acme is hiring a", "We, the Flix team, are hiring.", "Wir suchen einen Steuerberater (m/w/d)",
  "Chef de projet (H/F)", "At Gorgias, we build tools.", "Join the Flix team", "This role is based in Paris.", "headquartered in Honolulu",
  "Remote (North America)", "Hybrid", "On-site", "Full-time", "Internship", "Freelance", "Volunteer", "This is not a remote role.",
  "Tallowtree is the accounting platform for small businesses.", "You will own our data pipeline.", "Home » Jobs » Berlin » Designer",
  "pkeller 14 days ago | parent | context | favorite | on: Ask HN", "Apply now", "Share on LinkedIn", "Save job", "Report this job",
  "Acme | Senior Engineer | Remote | $150k | Full-time", "Jobs > Engineering > Backend", "🇩🇪 Germany", "Greater Seattle Area",
  // words that are Object.prototype keys: a lookup table with a prototype answers them with a function
  "constructor", "__proto__", "toString", "hasOwnProperty", "Location: constructor", "valueOf years", "Salary: 5 constructor", "&constructor;",
];
const CONTACTS = [
  "jobs@acme.com", "mailto:jobs@acme.com", "https://acme.com/careers/apply?id=123&ref=x", "https://acme.com/apply).", "www.acme.com",
  "<https://x.y>", "[Apply here](https://acme.com/apply)", "a@b", "@@@", "http://", "https://" + "a".repeat(300), "x@" + "y.".repeat(40) + "com",
];
const HTML = [
  "<div>", "</div>", "<p>", "</p>", "<ul><li>", "</li></ul>", "<br>", "<br/>", "<hr>", "<table><tr><td>", "</td></tr></table>", "<h1>Engineer</h1>",
  '<a href="https://acme.com/apply">Apply</a>', "<!-- comment", "-->", "<![CDATA[", "]]>", "<script>var x = '</div>';</script>", "<style>p{}</style>",
  '<script type="application/ld+json">{"@type":"JobPosting","title":"Engineer","hiringOrganization":{"name":"Acme"},"baseSalary":{"currency":"EUR","value":{"minValue":50000,"maxValue":60000,"unitText":"YEAR"}}}</script>',
  '<script type="application/ld+json">{"@graph":[{"@type":"JobPosting","title":null,"datePosted":"not a date","jobLocation":[{"address":{}}]}]}</script>',
  '<script type="application/ld+json">{"@type":"JobPosting",</script>', '<script type="application/ld+json">[[[[[[[[[[]]]]]]]]]]</script>',
  "<html>", "<body>", "<!DOCTYPE html>", "<nav>Menu</nav>", '<div class="cookie-banner">Accept cookies</div>', "<svg><path d='M0'/></svg>",
  "&amp;", "&lt;", "&#8226;", "&#x20AC;", "&nbsp;", "&bogus;", "&#0;", "&#xFFFFFF;", "&", "<", ">", "</", "<a", "<img src=x onerror=alert(1)>",
];
const MARKDOWN = ["**", "__", "*", "_", "`", "```", "```js", "> ", ">>>> ", "# ", "#", "[link](https://x)", "![img](x.png)", "---", "***", "| a | b |", "|---|---|", "\\", "~~", "[", "](", "<>", "- [ ] ", "- [x] ", "1. ", "    code", "[^1]", "<!-- -->", "***bold italic***", "`` ` ``"];
const EMOJI = ["🚀", "👩‍💻", "🇩🇪", "🇦🇱 Albania", "✨", "👍🏽", "❤️", "🧑🏿‍🦯", "☕", "🔥🔥🔥", "\u{1F1E6}", "\u200D"];
const RTL = ["مطلوب مهندس برمجيات", "الرياض، السعودية", "דרושים מפתחים", "תל אביב", "\u202Eevil\u202C", "\u200F", "\u061C", "راتب: 10,000 ريال"];
const CONTROL = ["\0", "\0\0\0", "\x01", "\x1b[31m", "\x7f", "\uFFFD", "\uFEFF", "\u200B", "\u00AD", "\u00A0", "\u2028", "\u2029", "\r", "\r\n", "\t", "\v", "\f", "\uD800", "\uDFFF", "\uFFFF", "Ã©", "â€™", "Ã¼ber", "Â£", "\u0301", "e\u0301"];
const LONG = ["a".repeat(3000), "Supercalifragilistic".repeat(60), "-".repeat(500), "•".repeat(300), "9".repeat(400), " ".repeat(800), "#".repeat(200), "(".repeat(300), "\n".repeat(200)];
// deep nesting: scraped pages do nest a few hundred levels; a parser that recurses per level overflows the stack
const NESTING = ["<div>".repeat(1500), "<ul><li>".repeat(800), "<b><i>".repeat(700), ">".repeat(6000) + " quote", "[".repeat(3000), "*".repeat(2000) + "x" + "*".repeat(2000)];

/** Every fragment of the pool, flat. */
export const FRAGMENTS = [
  ...HEADINGS.flatMap((h) => HEADING_FORMS.map((f) => f(h))),
  ...BULLETS.flatMap((b) => [`${b} ${ITEMS[BULLETS.indexOf(b) % ITEMS.length]}`, `${b}${ITEMS[(BULLETS.indexOf(b) + 3) % ITEMS.length]}`, `    ${b} nested`]),
  ...ITEMS, ...PAY, ...DATES, ...KEY_VALUES, ...PROSE, ...CONTACTS, ...HTML, ...MARKDOWN, ...EMOJI, ...RTL, ...CONTROL, ...LONG, ...NESTING,
];

const SEPARATORS = ["\n", "\n", "\n", "\n\n", " ", "", "\r\n", "\t", " | ", " · ", "\n\n\n", "  \n", "\n    ", "<br>"];

// ---- arbitraries -------------------------------------------------------------------------------

/** A format the caller may ask for. */
export const formatArb = fc.constantFrom("auto", "text", "markdown", "html");

/** A reference date: mostly a fixed day, sometimes any day from 1970 to 2100. */
export const nowArb = fc.oneof(
  { weight: 3, arbitrary: fc.constant("2026-11-27") },
  { weight: 1, arbitrary: fc.date({ min: new Date("1970-01-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true }) },
);

/** One fragment, sometimes with a random string glued on. */
const fragmentArb = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 })).map(([a, b]) => a + b) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
);

/** Real-looking posting fragments in any order, joined by any line ends. */
export const postingArb = fc
  .array(fc.tuple(fragmentArb, fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 80, size: "medium" })
  .map((parts) => parts.map(([f, s]) => f + s).join(""));

/** A shuffle of a whole sub-set of the pool: many headings and lists at once. */
export const shuffledPoolArb = fc
  .tuple(fc.shuffledSubarray(FRAGMENTS, { minLength: 1, maxLength: 120 }), fc.constantFrom(...SEPARATORS))
  .map(([parts, sep]) => parts.join(sep));

/** Any string: printable, full Unicode, and raw UTF-16 code units (lone surrogates included). */
export const anyStringArb = fc.oneof(
  fc.string({ maxLength: 400, size: "medium" }),
  fc.string({ unit: "grapheme", maxLength: 200, size: "medium" }),
  fc.string({ unit: "binary", maxLength: 200, size: "medium" }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200, size: "medium" }),
);

const BOMS = [[], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x00, 0x00, 0xfe, 0xff]];

/** UTF-16 bytes of a string, little or big endian. */
function utf16(s, bigEndian) {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 * i + (bigEndian ? 1 : 0)] = c & 0xff;
    out[2 * i + (bigEndian ? 0 : 1)] = c >> 8;
  }
  return out;
}

/** Any bytes: random, behind a BOM, a posting in UTF-8 / UTF-16 / Latin-1, or a posting with random bytes spliced in. */
export const bytesArb = fc.oneof(
  fc.uint8Array({ maxLength: 600, size: "medium" }),
  fc.tuple(fc.constantFrom(...BOMS), fc.uint8Array({ maxLength: 300 })).map(([bom, b]) => Uint8Array.from([...bom, ...b])),
  postingArb.map((s) => new TextEncoder().encode(s)),
  fc.tuple(postingArb, fc.boolean(), fc.boolean()).map(([s, be, bom]) => {
    const body = utf16(s, be);
    return bom ? Uint8Array.from([...(be ? [0xfe, 0xff] : [0xff, 0xfe]), ...body]) : body;
  }),
  postingArb.map((s) => Uint8Array.from(s, (ch) => ch.charCodeAt(0) & 0xff)),
  fc.tuple(postingArb, fc.uint8Array({ minLength: 1, maxLength: 40 }), fc.nat()).map(([s, junk, at]) => {
    const b = new TextEncoder().encode(s);
    const i = at % (b.length + 1);
    return Uint8Array.from([...b.subarray(0, i), ...junk, ...b.subarray(i)]);
  }),
);

/** Every kind of input the core may be handed. */
export const anyInputArb = fc.oneof(
  { weight: 4, arbitrary: postingArb },
  { weight: 1, arbitrary: shuffledPoolArb },
  { weight: 2, arbitrary: anyStringArb },
  { weight: 2, arbitrary: bytesArb },
);

// ---- the check ---------------------------------------------------------------------------------

/**
 * Parses one input and checks the contract: the record passes the schema, or the parse throws an
 * InputError with code "empty" or "binary"; anything else is a bug. With `twice`, the same input
 * parsed again must give the same record (no state leaks between calls, e.g. a `/g` regex's
 * lastIndex). Returns null when all is well, else a one-line description of the failure.
 */
export function checkParse(api, input, options, twice = false) {
  const { parseJobPosting, JobPostingSchema, InputError } = api;
  let record;
  try {
    record = parseJobPosting(input, options);
  } catch (e) {
    if (e instanceof InputError && (e.code === "empty" || e.code === "binary")) return null;
    if (e instanceof InputError) return `InputError with code ${JSON.stringify(e.code)}: ${e.message}`;
    return `threw ${e?.name ?? typeof e}: ${String(e?.message ?? e).split("\n")[0].slice(0, 200)}`;
  }
  const v = JobPostingSchema.safeParse(record);
  if (!v.success) return `record fails the schema: ${v.error.issues.slice(0, 3).map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`;
  if (twice) {
    let again;
    try {
      again = parseJobPosting(input, options);
    } catch (e) {
      return `second parse threw ${e?.name}: ${String(e?.message).slice(0, 200)}`;
    }
    if (JSON.stringify(again) !== JSON.stringify(record)) {
      const fields = Object.keys(record).filter((k) => JSON.stringify(record[k]) !== JSON.stringify(again[k]));
      const first = fields[0];
      return `not deterministic: the same input parsed twice gave two records (${fields.join(", ")}: ${JSON.stringify(record[first]).slice(0, 160)} then ${JSON.stringify(again[first]).slice(0, 160)})`;
    }
  }
  return null;
}

/** A short, printable preview of a failing input. */
export function preview(input, max = 300) {
  if (typeof input !== "string") {
    const hex = Buffer.from(input.subarray(0, Math.ceil(max / 3))).toString("hex").replace(/(..)/g, "$1 ").trim();
    return `bytes[${input.length}] ${hex}${input.length > max / 3 ? " …" : ""}`;
  }
  const j = JSON.stringify(input.length > max ? input.slice(0, max) : input);
  return `string[${input.length}] ${j}${input.length > max ? " …" : ""}`;
}

// ---- adversarial shapes of a given size ----------------------------------------------------------

/** Repeats `unit` (a string, or a function of the repeat index) until the text reaches `size` characters. */
export function fill(size, unit, head = "", tail = "") {
  const parts = [head];
  let n = head.length + tail.length;
  for (let i = 0; n < size; i++) {
    const u = typeof unit === "string" ? unit : unit(i);
    parts.push(u);
    n += u.length;
  }
  return parts.join("").slice(0, Math.max(size - tail.length, 0)) + tail;
}

const TITLE = "Senior Backend Engineer\nAcme GmbH · Berlin · Full-time\n\n";

/** Hostile shapes, each a function of the target size in characters; they go to every format. */
export const SHAPES = {
  "bullet runs": (n) => fill(n, (i) => "•".repeat(1 + (i % 400)) + (i % 7 === 0 ? "\n" : " "), TITLE),
  "bullet lines of every glyph": (n) => fill(n, (i) => BULLETS[i % BULLETS.length] + " x\n", TITLE),
  "dash runs": (n) => fill(n, (i) => "-".repeat(1 + (i % 500)) + (i % 5 === 0 ? "\n" : " – "), TITLE),
  "space runs": (n) => fill(n, (i) => "a" + " \t".repeat(1 + (i % 3000)), TITLE, "b"),
  "one space run": (n) => "a" + " ".repeat(n - 2) + "b",
  "tab run before a star": (n) => "x" + "\t".repeat(n - 4) + "* y",
  "currency symbols": (n) => fill(n, "$€£¥₹₽₩¢ ", TITLE),
  "currency and digits": (n) => fill(n, (i) => (i % 2 ? "$" : "€") + "1".repeat(1 + (i % 40)) + (i % 3 ? "," : ".") + " ", TITLE),
  "one digit run": (n) => "Salary " + "9".repeat(n - 8) + "k",
  "grouped number chain": (n) => "Salary: $" + fill(n - 9, "123,"),
  "date-like runs": (n) => fill(n, (i) => `${i % 31}.${i % 12}.` + (i % 3 ? " " : "-"), TITLE),
  parentheses: (n) => "(".repeat(n / 2) + ")".repeat(n / 2),
  "parenthesised asides": (n) => fill(n, (i) => "(" + "x".repeat(i % 60) + " ", TITLE),
  "Requirements: repeated": (n) => fill(n, "Requirements:\n", TITLE),
  "Requirements: on one line": (n) => fill(n, "Requirements: ", TITLE),
  "key: value lines": (n) => fill(n, (i) => ["Salary", "Location", "Job Title", "Posted", "Experience"][i % 5] + ": " + "a b ".repeat(i % 50) + "\n", TITLE),
  "nested lists": (n) => fill(n, (i) => "  ".repeat(i % 16) + ["-", "*", "•", "1.", "a)"][i % 5] + " item " + i + "\n", "Requirements\n"),
  "one giant line": (n) => fill(n, (i) => ["We", "build", "Acme", "in", "Berlin", "with", "Rust", "and", "5+", "years", "(m/w/d)", "a", "$95k"][i % 13] + " "),
  "one giant word": (n) => "x".repeat(n),
  "markdown table": (n) => fill(n, (i) => `| cell ${i} | ${"€".repeat(i % 9)} 100 | - | **b** |\n`, "| a | b | c | d |\n|---|---|---|---|\n"),
  "thousands of headings": (n) => fill(n, (i) => ["Responsibilities", "## Requirements", "**Benefits**", "What you'll do:", "Über uns", "# Profil", "Nice to have"][i % 7] + "\n\n"),
  "heading marks": (n) => fill(n, (i) => "#".repeat(1 + (i % 7)) + " ".repeat(i % 30) + "\u2028"),
  "markdown marks": (n) => fill(n, (i) => "*_`~[](>"[i % 8].repeat(1 + (i % 50)) + " ", TITLE),
  "emphasis pairs": (n) => fill(n, "**a** __b__ *c* ", TITLE),
  "e-mail and URL runs": (n) => fill(n, (i) => ["a.b-c", "@", "x.", "https://", "www.", "."][i % 6], TITLE),
  "punctuation runs": (n) => fill(n, (i) => ".,;:!?*_"[i % 8].repeat(1 + (i % 100)), TITLE + "https://acme.example/jobs"),
  "ago phrases": (n) => fill(n, (i) => `${i % 99} days ago · `, TITLE),
  "gender and hiring words": (n) => fill(n, (i) => ["a ", "als ", "eine ", "We're hiring a ", "wir suchen ", "(m/w/d) ", "x "][i % 7], TITLE),
  "capitalised place runs": (n) => fill(n, (i) => ["based in ", "Paris, ", "San Francisco ", "or ", "New York, "][i % 5], TITLE),
  "angle brackets": (n) => fill(n, (i) => "<".repeat(1 + (i % 30)) + "div" + ">".repeat(i % 3), TITLE),
};

/** Shapes only HTML has; they go to the html format. */
export const HTML_SHAPES = {
  "deeply nested lists": (n) => {
    const depth = Math.floor((n - 9) / 22);
    return "<ul>" + "<li>item<ul>".repeat(depth) + "</ul></li>".repeat(depth) + "</ul>";
  },
  "giant table": (n) => fill(n, (i) => `<tr><td>cell ${i}</td><td>$${i},000</td><td>Berlin</td></tr>`, "<html><body><h1>Engineer</h1><table>", "</table></body></html>"),
  "thousands of h2": (n) => fill(n, (i) => `<h2>${["Responsibilities", "Requirements", "Benefits"][i % 3]}</h2>`, "<html><body>", "</body></html>"),
  "unclosed tags": (n) => fill(n, (i) => ["<div>", "<p>", "<b>", "<li>", "text "][i % 5], "<html><body>"),
  entities: (n) => fill(n, (i) => ["&amp;", "&#8226;", "&nbsp;", "&#x20AC;", "&bogus;", "&"][i % 6] + " ", "<p>"),
  "json-ld with a long description": (n) =>
    `<html><head><script type="application/ld+json">{"@type":"JobPosting","title":"Engineer","description":"${"&lt;p&gt;• ".repeat(Math.floor((n - 150) / 10))}"}</script></head><body></body></html>`,
  "script and style bodies": (n) => fill(n, (i) => (i % 2 ? "<script>var a = '" + "x".repeat(i % 200) + "';</script>" : "<style>p{}</style>"), "<html><body><p>Engineer</p>"),
};

// ---- scraper damage: real postings broken the way scrapers break them ----------------------------
// `npm run fuzz -- --mutate` (bench/fuzz.mjs) and test/mutate.test.ts: a posting is truncated, its
// paragraphs shuffled, its lines glued, junk and NULs spliced in, read as mojibake, or its line
// breaks lost, one to three of these at a time, from a seeded generator so a run can be replayed.

/** A small seeded generator (mulberry32): a function giving floats in [0, 1). */
export function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rand, xs) => xs[Math.floor(rand() * xs.length)];
const JUNK = ["\0", "\0", "\x01", "\x02", "\x07", "\x08", "\x0b", "\x0c", "\x0e", "\x1b", "\x1f", "\x7f", "\u0085", "\u0092", "\uFFFD", "\uFEFF", "\u200B", "\u00AD", "\u2028", "�", "Ã", "Â", "â€", "¤", "þ", "ÿ", "#", "|", "*", "<", ">", "&", ";", "~", "\t", " ", "\n"];
// Windows-1252's characters for bytes 0x80–0x9F (undefined bytes stay C1 controls)
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

/** The UTF-8 bytes of `s` read back as ISO-8859-1 (C1 controls) or as Windows-1252. */
export function mojibake(s, cp1252) {
  let out = "";
  for (const b of new TextEncoder().encode(s)) out += cp1252 && b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}

function paragraphsOf(s) {
  const paras = s.split(/\n[ \t]*\n/);
  return paras.length > 2 ? { parts: paras, sep: "\n\n" } : { parts: s.split("\n"), sep: "\n" };
}

/** The kinds of damage, each a function of the text and the generator. */
export const MUTATIONS = {
  truncated: (s, r) => s.slice(0, Math.floor(s.length * (0.2 + 0.75 * r()))),
  "head cut": (s, r) => s.slice(Math.floor(s.length * 0.3 * r())),
  "shuffled paragraphs": (s, r) => {
    const { parts, sep } = paragraphsOf(s);
    for (let i = parts.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [parts[i], parts[j]] = [parts[j], parts[i]];
    }
    return parts.join(sep);
  },
  "glued lines": (s, r) => s.replace(/\r?\n/g, (nl) => (r() < 0.4 ? pick(r, ["", " ", "  "]) : nl)),
  "lost line breaks": (s, r) => s.replace(/\s*\r?\n\s*/g, r() < 0.5 ? " " : ""),
  "junk spliced in": (s, r) => {
    let out = s;
    const n = 5 + Math.floor(r() * 50);
    for (let k = 0; k < n; k++) {
      const at = Math.floor(r() * (out.length + 1));
      out = out.slice(0, at) + pick(r, JUNK) + out.slice(at);
    }
    return out;
  },
  "NULs spliced in": (s, r) => {
    let out = s;
    const n = 1 + Math.floor(r() * 8);
    for (let k = 0; k < n; k++) {
      const at = Math.floor(r() * (out.length + 1));
      out = out.slice(0, at) + "\0".repeat(1 + Math.floor(r() * 3)) + out.slice(at);
    }
    return out;
  },
  "mojibake (Latin-1)": (s) => mojibake(s, false),
  "mojibake (Windows-1252)": (s) => mojibake(s, true),
  "CRLF and tabs": (s, r) => s.replace(/\n/g, r() < 0.5 ? "\r\n" : "\r").replace(/ {2,}/g, "\t"),
  "a block doubled": (s, r) => {
    const at = Math.floor(r() * s.length);
    return s.slice(0, at) + s.slice(at, at + 400) + s.slice(at);
  },
};
const MUTATION_NAMES = Object.keys(MUTATIONS);

/** One posting damaged by one to three kinds of damage; gives the text and the names applied. */
export function mutatePosting(text, rand) {
  const n = 1 + Math.floor(rand() * 3);
  const names = [];
  let out = text;
  for (let k = 0; k < n; k++) {
    const name = pick(rand, MUTATION_NAMES);
    names.push(name);
    out = MUTATIONS[name](out, rand);
  }
  return { text: out, names };
}

/** How many letters a text has (a refusal of a text with more than 200 is a bug). */
export const letterCount = (s) => (s.match(/\p{L}/gu) ?? []).length;

/**
 * Checks the `--lines` answer to a batch of mutated postings: one output line per input line, in
 * order; no error line for a text with more than 200 letters; every record schema-valid. Gives the
 * counts and the first few failures, each with the case's names of damage and a preview.
 */
export function checkLinesAnswer(cases, stdout, JobPostingSchema) {
  const lines = stdout.split("\n");
  if (lines.at(-1) === "") lines.pop();
  const failures = [];
  let records = 0;
  let refusals = 0;
  let refusedShort = 0;
  let invalid = 0;
  if (lines.length !== cases.length) failures.push(`${lines.length} output lines for ${cases.length} input lines`);
  lines.forEach((line, i) => {
    const c = cases[i];
    let o;
    try {
      o = JSON.parse(line);
    } catch {
      invalid++;
      failures.push(`line ${i + 1}: not JSON: ${line.slice(0, 120)}`);
      return;
    }
    if (c && o.id !== c.id) failures.push(`line ${i + 1}: id ${JSON.stringify(o.id)}, expected ${JSON.stringify(c.id)} (out of order)`);
    if ("error" in o) {
      if (c && letterCount(c.text) > 200) {
        refusals++;
        failures.push(`refused (${letterCount(c.text)} letters; ${c.source}; ${c.names.join(" + ")}): ${o.error}`);
      } else refusedShort++;
      return;
    }
    const { id: _id, ...record } = o;
    const v = JobPostingSchema.safeParse(record);
    if (!v.success) {
      invalid++;
      failures.push(`invalid (${c?.source}; ${c?.names.join(" + ")}): ${v.error.issues.slice(0, 3).map((x) => `${x.path.join(".")}: ${x.message}`).join("; ")}`);
      return;
    }
    records++;
  });
  return { records, refusals, refusedShort, invalid, failures, summary: `${records} of ${cases.length} records, ${refusals} refusals over 200 letters, ${invalid} invalid` };
}
