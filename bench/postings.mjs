// Synthetic job postings for the benchmark, made by combining invented fragments (no real
// posting is copied). Deterministic: the same seed gives the same text.

const TITLES = [
  "Senior Backend Engineer", "Data Engineer", "Product Designer", "Site Reliability Engineer",
  "Junior Frontend Developer", "Staff Machine Learning Engineer", "Account Executive", "Warehouse Associate",
  "Customer Support Specialist", "Lead Data Scientist", "Platform Engineer", "Marketing Intern",
  "Principal Software Engineer", "Senior Accountant", "Mobile Engineer (iOS)", "Security Analyst",
];
const COMPANIES = [
  "Quillory", "Northwind Labs", "Brasswick", "Tallowtree", "Ferncastle Analytics", "Mirelight", "Coppervale",
  "Hollowbrook Systems", "Sablefin", "Duskmere", "Orchardine", "Pebblestone Health", "Vantory", "Glimmerfold",
];
const PLACES = [
  ["Belgrade", "Serbia"], ["Lisbon", "Portugal"], ["Berlin", "Germany"], ["Lyon", "France"], ["Austin, TX", "United States"],
  ["Toronto, ON", "Canada"], ["Madrid", "Spain"], ["Kraków", "Poland"], ["Dublin", "Ireland"], ["Melbourne", "Australia"],
];
const WORKPLACE = ["On Site", "Remote", "Hybrid"];
const EMPLOYMENT = ["Full Time", "Part Time", "Contract", "Internship"];
const SALARY = (r) => {
  const lo = 40 + Math.floor(r() * 80);
  const hi = lo + 5 + Math.floor(r() * 40);
  return [`€${lo},000`, `$${lo}k - $${hi}k per year`, `£${lo},000–£${hi},000`, `${lo * 1000} - ${hi * 1000} EUR / year`, `$${25 + (lo % 30)}/hour`][Math.floor(r() * 5)];
};
const VERBS = ["Design", "Build", "Own", "Improve", "Ship", "Maintain", "Review", "Scale", "Document", "Monitor", "Automate", "Mentor"];
const THINGS = [
  "the billing service", "our data pipelines", "internal tooling for support agents", "the public API", "the design system",
  "on-call runbooks", "the mobile checkout flow", "customer onboarding", "the search index", "deployment automation",
  "quarterly planning with product managers", "the warehouse picking process", "dashboards for the sales team",
];
const HOWS = [
  "with a small team of senior engineers", "across three time zones", "together with product and design",
  "for thousands of merchants", "with a focus on reliability", "from first sketch to production", "in a fast-moving environment",
];
const SKILLS = ["Python", "Go", "TypeScript", "Kubernetes", "PostgreSQL", "Kafka", "React", "Swift", "Terraform", "Figma", "SQL", "Excel", "AWS", "Rust"];
const PERKS = [
  "5 weeks of paid vacation", "Private health insurance", "A yearly learning budget", "Paid parental leave (16 weeks)",
  "Home-office equipment allowance", "Public transport reimbursed", "Four-day work week in summer", "Company retreats twice a year",
  "Stock options", "Flexible working hours", "Gym membership", "Lunch vouchers",
];
const INTROS = [
  "We build software that helps independent shops talk to their customers.",
  "Our team keeps hospitals' supply rooms stocked without anyone counting boxes by hand.",
  "We are a small, remote-first company making accounting less painful for freelancers.",
  "Our platform moves millions of parcels a day between warehouses and doorsteps.",
  "We make tools that let city planners see traffic before it happens.",
];
const CHROME = ["Apply now", "Share this job", "Save", "Report this job", "Similar jobs", "Sign up to get alerts for jobs like this one."];

/** A small deterministic random generator (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = (r, list) => list[Math.floor(r() * list.length)];
const item = (r) => `${pick(r, VERBS)} ${pick(r, THINGS)} ${pick(r, HOWS)}.`;
const req = (r) => `${2 + Math.floor(r() * 7)}+ years of experience with ${pick(r, SKILLS)} and ${pick(r, SKILLS)}.`;
const list = (r, n, f) => Array.from({ length: n }, () => f(r));

function header(r) {
  const [city, country] = pick(r, PLACES);
  return { title: pick(r, TITLES), company: pick(r, COMPANIES), city, country, work: pick(r, WORKPLACE), type: pick(r, EMPLOYMENT), pay: SALARY(r) };
}

/** A plain-text posting as copied from a job board: bare headings, bullets, overview lines. */
export function plainPosting(seed, targetBytes = 0) {
  const r = rng(seed);
  const h = header(r);
  const parts = [
    `${1 + Math.floor(r() * 28)} days ago`, "", h.title, "", h.company, "", h.work, h.type, h.pay, `${h.city}, ${h.country}`, "",
    "Job Overview", "", `Job Title${h.title}`, `Job Type${h.type}`, `Offered Salary${h.pay}`, `Location${h.city}, ${h.country}`, "",
    "About us", "", pick(r, INTROS), "",
    "Responsibilities", "", ...list(r, 4 + Math.floor(r() * 5), (x) => `• ${item(x)}`), "",
    "Requirements", "", ...list(r, 3 + Math.floor(r() * 4), (x) => `- ${req(x)}`), "",
    "Benefits", "", ...list(r, 3 + Math.floor(r() * 4), (x) => `* ${pick(x, PERKS)}`), "",
    pick(r, CHROME), "",
  ];
  let text = parts.join("\n");
  for (let i = 1; text.length < targetBytes; i++) text += bigSection(r, i, "plain");
  return text;
}

/** A Markdown posting as a scraper saves it. */
export function markdownPosting(seed, targetBytes = 0) {
  const r = rng(seed);
  const h = header(r);
  const parts = [
    `# ${h.title}`, "", `**${h.company}** · ${h.city}, ${h.country} · ${h.work} · ${h.type}`, "", `**Salary:** ${h.pay}`, "",
    "## About the role", "", `${pick(r, INTROS)} ${pick(r, INTROS)}`, "",
    "## What you'll do", "", ...list(r, 4 + Math.floor(r() * 5), (x) => `- ${item(x)}`), "",
    "## What we're looking for", "", ...list(r, 3 + Math.floor(r() * 4), (x) => `- ${req(x)}`), "",
    "## Nice to have", "", ...list(r, 2, (x) => `- Experience with *${pick(x, SKILLS)}*`), "",
    "## Benefits", "", ...list(r, 3 + Math.floor(r() * 4), (x) => `- ${pick(x, PERKS)}`), "",
    `[Apply now](https://jobs.example.com/${seed})`, "",
  ];
  let text = parts.join("\n");
  for (let i = 1; text.length < targetBytes; i++) text += bigSection(r, i, "markdown");
  return text;
}

// More of the same posting, for the size-scaling run: a team section with prose and bullets.
function bigSection(r, i, kind) {
  const head = kind === "markdown" ? `## Team ${i}: ${pick(r, THINGS)}` : `Team ${i}: ${pick(r, THINGS)}`;
  const bullet = kind === "markdown" ? "- " : "• ";
  return ["", head, "", `${pick(r, INTROS)} ${item(r)} ${item(r)}`, "", ...list(r, 12, (x) => bullet + item(x)), ""].join("\n");
}

/** A very short posting, for stream runs where the count matters, not the size. */
export function tinyPosting(seed) {
  const r = rng(seed);
  const h = header(r);
  return `${h.title}\n\n${h.company}\n\n${h.type}\n${h.pay}\n${h.city}, ${h.country}\n\nResponsibilities\n• ${item(r)}\n• ${item(r)}\n`;
}
