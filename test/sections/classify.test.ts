import { describe, expect, it } from "vitest";
import type { SectionKind } from "../../src/schema.js";
import { classifySectionHeading, headingCore, itemKind, listKind, segmentList } from "../../src/sections/classify.js";
import { splitSections } from "../../src/sections/split.js";
import type { Block } from "../../src/tree/blocks.js";

type Kind = SectionKind | null;

// Invented headings in the shapes boards write them, and the kind each names (null: no kind, never a guess).
const HEADINGS: [string, Kind][] = [
  // a "similar" or "related" word in a heading that names what is asked is no list of other postings
  ["Job Related Requirements", "requirements"], ["Similar experience", "requirements"],
  // English: worded a little differently from any lexicon phrase
  ["Things you'll tackle", "responsibilities"],
  // government and agency families: conditions and supervision are no list of musts; duties described are duties
  ["PHYSICAL DEMANDS", "other"],
  ["Working Conditions", "other"],
  ["Description of Duties", "responsibilities"],
  ["Summary of Duties:", "responsibilities"],
  ["Things that'll give you a head start", "nice-to-have"],
  ["What sets you apart", "nice-to-have"],
  ["Our Values", "about-company"],
  // a wish word beside a perks noun qualifies the perks; a heading mostly of wishes stays a wish
  ["Optional Benefits", "benefits"],
  ["Perks & Extras", "benefits"],
  ["Bonus and benefits", "benefits"],
  ["Avantages en plus", "benefits"],
  ["Bonus points", "nice-to-have"],
  ["Nice-to-have perks", "nice-to-have"],
  ["Preferred Qualifications", "nice-to-have"],
  ["Strong candidates may also have:", "nice-to-have"],
  ["You will also need", "requirements"],
  ["Funciones del puesto", "responsibilities"],
  ["¿Cómo funciona la app?", null],
  ["You might also bring", "nice-to-have"],
  ["Working Here", "benefits"],
  ["Salary and Benefits", "compensation"],
  ["Key duties and responsibilities", "responsibilities"],
  ["GENERAL STATEMENT OF DUTIES", "responsibilities"],
  ["Your day-to-day at the studio", "responsibilities"],
  ["What we'd love you to have:", "requirements"],
  ["Skills & Requirements", "requirements"],
  ["REQUIREMENTS/MINIMUM QUALIFICATIONS", "requirements"],
  ["Education", "requirements"],
  ["Eligibility criteria", "requirements"],
  ["Preferred / Bonus Skills", "nice-to-have"],
  ["Good to have", "nice-to-have"],
  ["How we look after you", "benefits"],
  ["Perks of the job", "benefits"],
  ["What awaits you", "benefits"],
  ["Our hiring steps", "interview-process"],
  ["Tentative hiring timeline", "interview-process"],
  ["Squads you could join", "teams"],
  ["Tools of the trade", "skills"],
  // numbering, icons, case and trailing punctuation change nothing
  ["1. Requirements", "requirements"],
  ["01 — Responsibilities", "responsibilities"],
  ["A) Benefits", "benefits"],
  ["IV. Interview process", "interview-process"],
  ["🎁 BENEFITS", "benefits"],
  ["✅ What you'll do?", "responsibilities"],
  ["𝗥𝗲𝗾𝘂𝗶𝘀𝗶𝘁𝗼𝘀", "requirements"],
  // French
  ["Vos principales tâches", "responsibilities"],
  ["Profil attendu", "requirements"],
  ["Les petits plus", "nice-to-have"],
  ["Vos avantages chez nous", "benefits"],
  ["Étapes de recrutement", "interview-process"],
  // German
  ["Deine Aufgaben im Team", "responsibilities"],
  ["Aufgaben, die dich wachsen lassen", "responsibilities"],
  ["Voraussetzungen für die Stelle", "requirements"],
  ["Das wäre wünschenswert", "nice-to-have"],
  ["Was wir Ihnen bieten können", "benefits"],
  ["So läuft der Bewerbungsprozess", "interview-process"],
  // Spanish
  ["Funciones del cargo", "responsibilities"],
  ["Requisitos excluyentes", "requirements"],
  ["Requisitos mínimos", "requirements"],
  ["Obowiązkowe", "requirements"],
  ["Wymagania niezbędne", "requirements"],
  ["The Successful Applicant", "requirements"],
  ["The successful candidate will have", "requirements"],
  ["About Our Client", "about-company"],
  ["Your advantages", "benefits"],
  ["advantages", "benefits"],
  ["Advantageous", "nice-to-have"],
  ["Requisitos deseados", "nice-to-have"],
  ["Conocimientos deseables", "nice-to-have"],
  ["Beneficios para ti", "benefits"],
  ["Etapas de la selección", "interview-process"],
  // Portuguese
  ["🧑‍💻 O QUE É NECESSÁRIO PARA A VAGA?", "requirements"],
  ["📚 O QUE SERIA UM DIFERENCIAL?", "nice-to-have"],
  ["👣 QUAIS SÃO AS ETAPAS DO PROCESSO SELETIVO?", "interview-process"],
  ["Suas atribuições", "responsibilities"],
  ["Benefícios da vaga", "benefits"],
  // Italian
  ["Le tue mansioni principali", "responsibilities"],
  ["Requisiti fondamentali", "requirements"],
  ["Titoli preferenziali graditi", "nice-to-have"],
  ["Cosa offriamo a te", "benefits"],
  ["Iter dei colloqui", "interview-process"],
  // negatives: no kind ("other"), never a guess
  ["SUPERVISION RECEIVED", null],
  ["Our story so far", "about-company"],
  ["Recruitment Consultant", null],
  ["Benefits Specialist", null],
  ["Senior Process Engineer", null],
  ["Strong experience with C#, .NET and Azure", null],
  ["Familiarity with cloud platforms (ideally Azure).", null],
  ["Layer B — Behavioural Analysis", null],
  ["Coming soon", null],
  ["Platform", null],
  ["Restrictions", null],
  ["Team Lead", null],
  ["Contexte et enjeux", "about-role"],
  ["Notre histoire en chiffres", "about-company"],
  ["Unsere Geschichte", null],
  ["Nuestra historia", null],
  ["A nossa história", null],
  ["La nostra storia", null],
  ["01", null],
  ["🚀", null],
];

describe("heading kind by weighted stems", () => {
  it.each(HEADINGS)("%s → %s", (heading, kind) => {
    const c = classifySectionHeading(heading).cls;
    expect(c?.kind ?? null).toBe(kind);
  });

  it.each(["Avisos similares", "Missions similaires", "Autres missions similaires", "Ähnliche Stellen", "Vagas semelhantes", "Podobne ogłoszenia"])(
    "reads %s as other postings: a similar word beside a word for jobs, nothing else",
    (heading) => expect(classifySectionHeading(heading).cls?.chrome).toBe("similar-jobs"),
  );

  it("leaves the tie of two kinds to the items", () => {
    expect(classifySectionHeading("Skills & Requirements").tied.sort()).toEqual(["requirements", "skills"]);
    expect(classifySectionHeading("Extra benefits").tied.sort()).toEqual(["benefits", "nice-to-have"]);
    expect(classifySectionHeading("Benefits and responsibilities").cls).toBeNull();
  });

  it("keeps an exact lexicon phrase as it is, chrome included", () => {
    expect(classifySectionHeading("Apply for this job").cls).toEqual({ chrome: "apply-form" });
    expect(classifySectionHeading("About us").cls?.kind).toBe("about-company");
  });

  it.each([
    ["1. Requirements", "Requirements"],
    ["01 About the team", "About the team"],
    ["A) Perks", "Perks"],
    ["🧑‍💻 Skills", "Skills"],
    ["2024 roadmap", "2024 roadmap"],
  ])("headingCore(%s) = %s", (raw, core) => {
    expect(headingCore(raw)).toBe(core);
  });
});

// Invented list items and the kind each reads as on its own (null: no kind leads).
const ITEMS: [string, Kind][] = [
  ["Ship features end to end with the product team", "responsibilities"],
  ["Review pull requests and mentor juniors", "responsibilities"],
  ["4+ years of Python in production", "requirements"],
  ["Comfortable with SQL and data modelling", "requirements"],
  ["Experience with Kubernetes is a plus", "nice-to-have"],
  ["Ideally some exposure to Rust", "nice-to-have"],
  ["30 days of paid holiday", "benefits"],
  ["Gym pass and a yearly learning budget", "benefits"],
  ["Private health insurance for you and your family", "benefits"],
  ["45-minute video call with the hiring manager", "interview-process"],
  ["Terraform", "skills"],
  ["Atender llamadas de clientes", "responsibilities"],
  ["Experiencia mínima de 2 años en ventas", "requirements"],
  ["Seguro médico privado", "benefits"],
  ["Contrôler la qualité des pièces livrées", "responsibilities"],
  ["Vous avez 3 ans d'expérience en comptabilité", "requirements"],
  ["Mutuelle prise en charge à 80%", "benefits"],
  ["Abgeschlossenes Studium der Informatik", "requirements"],
  ["30 Tage Urlaub und betriebliche Altersvorsorge", "benefits"],
  ["Erste Erfahrung mit React von Vorteil", "nice-to-have"],
  ["Plano de saúde e odontológico", "benefits"],
  ["Conhecimento em Excel será um diferencial", "nice-to-have"],
  ["Buoni pasto da 8 euro", "benefits"],
  ["Laurea in ingegneria gestionale", "requirements"],
  // Dutch, Polish and Vietnamese: the items vote in these languages as well
  ["Je ontwikkelt dashboards voor de salesafdeling", "responsibilities"],
  ["Het opstellen van maandrapportages", "responsibilities"],
  ["Minimaal 3 jaar ervaring als magazijnmedewerker", "requirements"],
  ["Ervaring met SAP is een pluspunt", "nice-to-have"],
  ["Reiskostenvergoeding en 25 vakantiedagen", "benefits"],
  ["Tworzenie raportów sprzedażowych", "responsibilities"],
  ["Znajomość języka angielskiego na poziomie B2", "requirements"],
  ["Doświadczenie w branży logistycznej mile widziane", "nice-to-have"],
  ["Prywatna opieka medyczna i karta Multisport", "benefits"],
  ["Phối hợp với đội thiết kế để hoàn thiện sản phẩm", "responsibilities"],
  ["Tốt nghiệp đại học chuyên ngành kế toán", "requirements"],
  ["Ưu tiên ứng viên có chứng chỉ IELTS", "nice-to-have"],
  ["Bảo hiểm sức khỏe cho nhân viên", "benefits"],
  // negatives
  ["Conocimientos en After Effects y Premiere", "requirements"],
  ["Het bedrijf werd opgericht in 1987 in Zwolle.", null],
  ["Nasza firma działa od 1995 roku.", null],
  ["We were founded in 2012 in a garage in Leeds.", null],
  ["maybe later", null],
  ["our office dog is called Biscuit", null],
];

describe("a list item's own vote", () => {
  it.each(ITEMS)("%s → %s", (item, kind) => {
    expect(itemKind(item)).toBe(kind);
  });
});

describe("a list's vote", () => {
  it("classifies a list by a clear majority of its items", () => {
    expect(listKind(["30 days off", "Gym pass", "Private health insurance", "Team lunches every Friday"])).toBe("benefits");
    expect(listKind(["Build the billing service", "Own our CI pipelines", "Write design docs"])).toBe("responsibilities");
    expect(listKind(["Kafka", "Terraform", "Go"])).toBe("skills");
  });

  it("gives no kind to an even mix or a menu", () => {
    expect(listKind(["Build the billing service", "5 years of Java", "Gym pass", "Home"])).toBeNull();
    // short names alone make skills only where the heading says skills: a menu stays "other"
    expect(kinds([blk("heading", "Explore"), blk("item", "Home"), blk("item", "About"), blk("item", "Contact")])[0][0]).toBe("other");
    expect(kinds([blk("heading", "Tools & requirements"), blk("item", "Kafka"), blk("item", "Terraform"), blk("item", "Go")])[0][0]).toBe("skills");
  });

  it("cuts a headingless list whose items change kind", () => {
    const items = [
      "Atender llamadas de clientes y registrar cada caso",
      "Resolver consultas de manera eficiente",
      "Mantener registros detallados de cada cliente",
      "Experiencia mínima de dos años en atención al cliente",
      "Conocimiento de Excel a nivel intermedio",
      "Nivel de inglés avanzado, oral y escrito",
      "Seguro médico privado desde el primer día",
      "Bonos por rendimiento cada trimestre",
      "Trabajo remoto desde casa dos días por semana",
    ];
    expect(segmentList(items)).toEqual([
      "responsibilities", "responsibilities", "responsibilities",
      "requirements", "requirements", "requirements",
      "benefits", "benefits", "benefits",
    ]);
    expect(segmentList(["Home", "Jobs", "Sign in", "Yes", "No"])).toBeNull();
  });
});

// ---- sections from blocks ---------------------------------------------------------------------------

let offset = 0;
function blk(type: Block["type"], text: string, extra: Partial<Block> = {}): Block {
  const start = offset;
  offset += text.length + 2;
  return { type, text, depth: type === "heading" ? 2 : 0, start, end: start + text.length, links: [], strong: false, list: type === "item" ? 1 : 0, pseudo: false, ...extra };
}

function kinds(blocks: Block[]): [Kind, string | null, number][] {
  return splitSections(blocks).sections.map((s) => [s.kind, s.heading?.text ?? null, s.blocks.filter((b) => b.type === "item").length]);
}

describe("sections by evidence", () => {
  it("gives an unknown heading's list the kind its items share", () => {
    const out = kinds([blk("heading", "The good stuff"), blk("item", "30 days of paid holiday"), blk("item", "Gym pass"), blk("item", "Private health insurance")]);
    expect(out).toEqual([["benefits", "The good stuff", 3]]);
  });

  it("keeps a list under a heading that plainly names another kind", () => {
    const out = kinds([blk("heading", "About us"), blk("item", "30 days of paid holiday"), blk("item", "Gym pass"), blk("item", "Private health insurance")]);
    expect(out[0][0]).toBe("about-company");
  });

  it("lets the items settle a vague heading", () => {
    const out = kinds([blk("heading", "The role"), blk("item", "30 days of paid holiday"), blk("item", "Gym pass"), blk("item", "Pension plan with a 5% match")]);
    expect(out[0][0]).toBe("benefits");
  });

  it("ends a list at a run of label/value lines, which are facts", () => {
    const out = kinds([
      blk("heading", "Benefits"),
      blk("item", "Free lunch"),
      blk("paragraph", "Department"),
      blk("paragraph", "Finance"),
      blk("paragraph", "Employment type"),
      blk("paragraph", "Part-time"),
    ]);
    expect(out).toEqual([["benefits", "Benefits", 1], ["other", null, 0]]);
  });

  it("ends a list of lines at a company card: a label, its value and prose, after a blank line", () => {
    const out = kinds([
      blk("heading", "Ce que nous offrons"),
      blk("item", "Véhicule de fonction"),
      blk("item", "Mutuelle prise en charge à 70 %"),
      blk("item", "Entreprise", { list: 2 }),
      blk("item", "BRUNVALD INDUSTRIES", { list: 2 }),
      blk("item", "Fondée en 1931, Brunvald Industries usine des pièces de précision pour l'aéronautique et emploie 300 personnes à Annecy.", { list: 2 }),
    ]);
    expect(out[0]).toEqual(["benefits", "Ce que nous offrons", 2]);
  });

  it("keeps a label line inside a list of short lines where no prose follows", () => {
    const out = kinds([blk("heading", "Benefits"), blk("item", "Company car"), blk("item", "Location", { list: 2 }), blk("item", "Remote budget", { list: 2 }), blk("item", "Gym pass", { list: 2 })]);
    expect(out[0][0]).toBe("benefits");
    expect(out[0][2]).toBe(4);
  });

  it("ends a list at a firm's card: its name, a street address and its site", () => {
    const out = kinds([
      blk("heading", "Vi tilbyder"),
      blk("item", "Firmabil med værktøjsindretning"),
      blk("item", "Pension og sundhedsforsikring"),
      blk("item", "Holmgaard & Søn ApS", { list: 2 }),
      blk("item", "Skovvej 12, 8000 Aarhus C", { list: 2 }),
      blk("item", "www.holmgaard.example.dk", { list: 2 }),
    ]);
    expect(out[0]).toEqual(["benefits", "Vi tilbyder", 2]);
  });

  it("ends a list at a firm's card: its name with its legal form and a row of its facts", () => {
    const out = kinds([
      blk("heading", "Etapy rekrutacji"),
      blk("item", "Rozmowa z rekruterką (20 min)"),
      blk("item", "Rozmowa techniczna (90 min)"),
      blk("item", "Wawelsoft sp. z o.o.", { list: 2 }),
      blk("item", "Software house · 120 pracowników · Kraków", { list: 2 }),
      blk("item", "Zobacz profil firmy", { list: 2 }),
    ]);
    expect(out[0]).toEqual(["interview-process", "Etapy rekrutacji", 2]);
  });

  // negative: a perk naming a firm's product beside a row of facts, with no legal form, stays a perk
  it("keeps a list's lines with a row of parts but no firm's name", () => {
    const out = kinds([blk("heading", "Benefits"), blk("item", "Private health cover"), blk("item", "Gym pass", { list: 2 }), blk("item", "Lunch · Coffee · Fruit", { list: 2 })]);
    expect(out[0]).toEqual(["benefits", "Benefits", 3]);
  });

  it("gives a site's header with its menu row no list kind", () => {
    const out = kinds([blk("item", "Tui Health Jobs"), blk("item", "Aotearoa's health job board"), blk("item", "Home | Search Jobs | Employers | Advertise | Contact Us")]);
    expect(out[0][0]).toBe("other");
  });

  it("reads a bare field label above its value as a label, not a heading", () => {
    const out = kinds([blk("heading", "Location", { pseudo: true }), blk("paragraph", "Lisbon, Portugal"), blk("heading", "Requirements"), blk("item", "Fluent Portuguese")]);
    expect(out.map((o) => o[1])).not.toContain("Location");
    expect(out.at(-1)).toEqual(["requirements", "Requirements", 1]);
  });

  it("leaves the answer options of a screening question alone", () => {
    const out = kinds([blk("heading", "01"), blk("paragraph", "Do you have a valid driving licence?"), blk("item", "Yes, with 5 years of driving experience"), blk("item", "No")]);
    expect(out[0][0]).toBe("other");
  });

  // a heading given a process or an application by a word any sentence holds: its items say which list it is
  const MUSTS = ["3+ years of experience in payroll", "Degree in accounting or finance", "Strong knowledge of Excel", "Ability to work to deadlines"];
  const STEM_ROWS: [string, string[], (SectionKind | null)[]][] = [
    ["We are looking to recruit a Candidate:", MUSTS, ["requirements"]],
    ["The Candidate", MUSTS, ["requirements"]],
    ["Recrutamento do candidato", ["Experiência de 2 anos em logística", "Conhecimento de Excel avançado", "Formação superior completa"], ["requirements"]],
    ["Payroll Processing", ["Process payroll for the office every two weeks", "Prepare and submit payroll reports to the state", "Reconcile timesheets with the supervisors"], ["responsibilities"]],
    ["Training and Recruitment", ["Schedule election workers for every polling place", "Order the supplies of each polling place", "Prepare the reports for the election board"], ["responsibilities"]],
    // duties, then musts, under one such heading: the list cut at the change
    ["Ballot Processing", ["Distribute workload and monitor the scan room", "Coordinate the maintenance of ballot scanners", "Assist in the production of election results", "Experience leading a diverse team of workers", "Demonstrated ability to communicate clearly", "3+ years of experience in data tracking"], ["responsibilities", "requirements"]],
    // negatives: the items read as steps, or the heading is negated, or the lexicon knows the heading whole
    ["Tentative Hiring Timeline", ["Phone screening: November 16th", "First round interviews: November 18th", "Second round interviews: November 21st", "Plan the ballot layout for each election", "Train the temporary election judges", "Answer voter questions by phone"], ["interview-process"]],
    ["Please do NOT apply if:", ["You are a recruiting agency", "You are offering a consulting service", "You want to work fully remote", "You have less than 2 years of experience"], ["how-to-apply"]],
    ["Como se candidatar", ["Envie o seu currículo atualizado", "Indique a sua pretensão salarial", "Informe a sua disponibilidade"], ["how-to-apply"]],
    ["Candidature", ["Envoyez votre CV et une lettre de motivation", "Précisez vos disponibilités", "Indiquez vos prétentions salariales"], ["how-to-apply"]],
    // a prose kind named only by a phrase inside the heading: the items say which list it is
    ["Our commitment to you:", ["Medical, dental and vision plans paid at 85%", "403(b) retirement plan with a 7% contribution", "Four weeks of paid vacation plus 12 paid holidays", "Tuition assistance for graduate study"], ["benefits"]],
    ["What you'd bring to the team:", ["At least 3 years of building web applications with Python", "Experience delivering products in an agile team", "A solid understanding of software design patterns"], ["requirements"]],
    ["Our commitment to diversity", ["We hire without regard to race or religion", "We offer accommodations in the hiring process", "We publish our pay gap every year"], ["diversity"]],
    // a heading of musts that says skills: names of skills make skills, sentences stay musts
    ["Required skills", ["Transport Planning", "Route Optimisation", "Paragon", "Microsoft Excel", "Road Haulage"], ["skills"]],
    ["Compétences", ["Direction artistique", "InDesign", "Illustrator", "Figma", "After Effects"], ["skills"]],
    ["Required skills", ["3+ years of experience planning routes", "Strong knowledge of the drivers' hours rules", "Ability to stay calm under pressure"], ["requirements"]],
  ];
  for (const [heading, items, want] of STEM_ROWS) {
    it(`reads "${heading}" by its items where its words are common`, () => {
      const out = kinds([blk("heading", heading), ...items.map((t) => blk("item", t))]);
      expect(out.map((o) => o[0])).toEqual(want);
    });
  }

  it("keeps a deeper heading of the same kind as a group inside the section", () => {
    const out = kinds([blk("heading", "Who you are"), blk("heading", "Core experience", { depth: 3 }), blk("item", "8+ years building web products"), blk("item", "Experience leading projects")]);
    expect(out).toEqual([["requirements", "Who you are", 2]]);
  });
});
