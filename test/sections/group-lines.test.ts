import { describe, expect, it } from "vitest";
import { parseJobPosting } from "../../src/index.js";
import { itemKind } from "../../src/sections/classify.js";

const parse = (lines: string[], format: "text" | "markdown" = "text") => parseJobPosting(lines.join("\n"), { format, now: "2026-12-07" });

type Row = {
  name: string;
  lines: string[];
  format?: "text" | "markdown";
  /** the list the group's items must land in, and the list they must not */
  into: "benefits" | "niceToHave" | "requirements" | "responsibilities";
  from: "benefits" | "niceToHave" | "requirements" | "responsibilities";
  item: string;
};

// Invented postings: a short line inside a list's section whose own items clearly read as another
// kind of list ends the list above it, whatever its words ("WHY US?", "The good stuff:").
const SPLITS: Row[] = [
  {
    name: "English, capitals and a question mark, plain text",
    lines: ["Warehouse Picker", "", "PREFERRED", "* Reach truck licence", "* Experience with SAP EWM", "", "WHY HOLLOWAY?", "* Medical, dental and vision from day one", "* 401(k) with a 5% match", "* Paid time off from your first month", "* Free parking on site"],
    into: "benefits",
    from: "niceToHave",
    item: "401(k) with a 5% match",
  },
  {
    name: "English, a colon line in Markdown bullets",
    format: "markdown",
    lines: ["## Bonus points if you have", "", "- Worked in a fintech", "- Used dbt in production", "", "The fun part:", "", "- Health insurance for you and your family", "- Pension with 6% employer contribution", "- 28 days annual leave and your birthday off"],
    into: "benefits",
    from: "niceToHave",
    item: "Pension with 6% employer contribution",
  },
  {
    name: "German, a line of its own between lists",
    lines: ["Deine Aufgaben", "- Du betreust unsere Kunden am Telefon", "- Du pflegst Daten im CRM", "- Du erstellst Angebote", "", "Darum wir", "- 30 Tage Urlaub", "- Betriebliche Altersvorsorge", "- Jobrad und Fitnessstudio-Zuschuss", "- Flexible Arbeitszeiten"],
    into: "benefits",
    from: "responsibilities",
    item: "30 Tage Urlaub",
  },
  {
    name: "Spanish, a short exclamation between lists",
    lines: ["Funciones", "- Atender a los clientes en tienda", "- Reponer el producto en los lineales", "- Cobrar en caja", "", "¡Te ofrecemos!", "- Seguro médico privado", "- Vacaciones de 23 días laborables", "- Descuentos en productos de la marca"],
    into: "benefits",
    from: "responsibilities",
    item: "Seguro médico privado",
  },
];

// Lines that only group the list they stand in: the items stay where they are.
const KEEPS: Row[] = [
  {
    name: "a line that leads into the items it groups ('Ability to')",
    lines: ["Requirements", "- 3 years of experience in logistics", "- Valid driving licence", "", "Ability to", "- Work without supervision", "- Maintain strict confidentiality", "- Review and interpret regulations", "- Train seasonal staff"],
    into: "requirements",
    from: "responsibilities",
    item: "Work without supervision",
  },
  {
    name: "a lead-in whose items only touch another kind's words",
    lines: ["What you'll do", "- Write design docs for new services", "- Review pull requests", "", "Example projects could include:", "- Using LLMs to turn doctors' notes into medical records", "- Building a search index over patient health data", "- Moving message parsing to a new protocol", "- Reviewing work of other engineers"],
    into: "responsibilities",
    from: "benefits",
    item: "Building a search index over patient health data",
  },
  {
    name: "a sub-group of the same kind",
    lines: ["Benefits", "- Private health insurance", "- Pension plan", "", "Time off", "- 30 days of holiday", "- Paid parental leave", "- Your birthday off"],
    into: "benefits",
    from: "niceToHave",
    item: "Paid parental leave",
  },
];

describe("a short line whose items read as another list kind opens that list", () => {
  for (const row of [...SPLITS, ...KEEPS]) {
    it(row.name, () => {
      const r = parse(row.lines, row.format);
      expect(r[row.into]).toContain(row.item);
      expect(r[row.from]).not.toContain(row.item);
    });
  }
});

// Invented postings: a second list inside a section, after a line of prose, whose items read as
// another kind than the section's and than its first list opens a section of that kind; a lead-in
// that reads as the section's own kind ("Ability to:") keeps the list where it is.
const SECOND_LISTS: Row[] = [
  {
    name: "English: a benefits tab pasted under the requirements, tab-separated",
    lines: ["Requirements", "- Two years of experience in elections administration", "- Valid driver's license", "- Knowledge of state election law", "", "Millbrook County offers a competitive benefit program to its employees.", "Medical Insurance\tDental Insurance\tVision Insurance\tPaid Holidays\tPension Plan\tTuition Reimbursement"],
    into: "benefits",
    from: "requirements",
    item: "Dental Insurance",
  },
  {
    name: "English: musts after the duties, a sentence between",
    lines: ["Key Responsibilities", "- Prepare monthly payroll reports", "- Reconcile benefit deductions", "- Answer employee questions", "", "The successful candidate will bring the following.", "- 3+ years of payroll experience", "- Strong Excel skills", "- Knowledge of provincial employment standards", "- Degree in accounting or a related field"],
    into: "requirements",
    from: "responsibilities",
    item: "Strong Excel skills",
  },
  {
    name: "French: perks after the musts in plain text",
    lines: ["Profil recherché", "- Vous avez 2 ans d'expérience en logistique", "- Maîtrise d'Excel", "- Permis B exigé", "", "Rejoignez une équipe soudée.", "- Mutuelle prise en charge à 80%", "- Tickets restaurant", "- Prime annuelle", "- RTT"],
    into: "benefits",
    from: "requirements",
    item: "Tickets restaurant",
  },
];

const SECOND_KEEPS: Row[] = [
  {
    name: "a lead-in that reads as the section's kind",
    lines: ["Qualifications", "- Knowledge of budgeting principles", "- Knowledge of public records law", "- Skill in spreadsheets", "", "Ability to:", "- Plan and organise elections", "- Train and supervise office personnel", "- Prepare clear reports", "- Work independently"],
    into: "requirements",
    from: "responsibilities",
    item: "Train and supervise office personnel",
  },
];

describe("a second list of another kind inside a section opens that kind", () => {
  for (const row of [...SECOND_LISTS, ...SECOND_KEEPS]) {
    it(row.name, () => {
      const r = parse(row.lines, row.format);
      expect(r[row.into]).toContain(row.item);
      expect(r[row.from]).not.toContain(row.item);
    });
  }
});

describe("a question heading over a list written on one line", () => {
  it("Dutch: question lines over semicolon lists", () => {
    const r = parse(["Magazijnmedewerker", "", "Wat vragen wij?", "Rijbewijs B; minimaal 2 jaar ervaring in een magazijn; heftruckcertificaat", "", "Wat bieden wij?", "Salaris volgens cao; reiskostenvergoeding; 25 vakantiedagen"]);
    expect(r.requirements).toContain("heftruckcertificaat");
    expect(r.benefits).toContain("reiskostenvergoeding");
  });

  it("English: an FAQ's questions stay chrome", () => {
    const r = parse(["Support Agent", "", "Benefits", "- Health insurance", "- Remote stipend", "", "Frequently Asked Questions", "", "How much does this role pay?", "", "Is this job remote?", "", "Find answers to common questions"]);
    expect(r.benefits).toEqual(["Health insurance", "Remote stipend"]);
  });
});

describe("a run of facts rows ends the list above it", () => {
  it("Portuguese: contract, hours and place rows after the pluses are facts, not pluses", () => {
    const r = parse([
      "Diferenciais",
      "Experiência com ERP",
      "Inglês intermediário",
      "",
      "Regime de contratação: CLT",
      "Jornada: Integral, de segunda a sexta",
      "Nível hierárquico: Assistente",
      "Local de trabalho: Centro, Curitiba - PR",
    ]);
    expect(r.niceToHave).toEqual(["Experiência com ERP", "Inglês intermediário"]);
  });

  it("English: job type and pay rows after the perks are facts, not perks", () => {
    const r = parse(["Benefits", "- Company pension", "- Free parking", "- Employee discount", "", "Job Types: Full-time, Part-time", "Pay: £12.50-£13.00 per hour", "Schedule: Day shift"]);
    expect(r.benefits).toEqual(["Company pension", "Free parking", "Employee discount"]);
    expect(r.employmentType).not.toBeNull();
  });

  it("keeps rows whose values are sentences as the list's items ('Formação: Graduação concluída na área de TI.')", () => {
    const r = parse(["Requisitos", "Experiência: Vivência com atendimento ao cliente em empresas de tecnologia.", "Formação: Graduação concluída em Sistemas de Informação ou áreas afins.", "Certificação: ITIL Foundation é obrigatória para a vaga."]);
    expect(r.requirements.length).toBe(3);
  });

  it("keeps a list whose items merely have colons ('Python: 3+ years')", () => {
    const r = parse(["Requirements", "- Python: 3+ years in production", "- SQL: window functions and query plans", "- English: B2 or better", "- Git: branching and reviews"]);
    expect(r.requirements.length).toBe(4);
  });
});

describe("words that end like an infinitive but are no verb do not make a task", () => {
  const ROWS: [string, string | null][] = [
    ["Notre client, spécialisé en plasturgie, vous attend", null],
    ["Votre agence vous accompagne", null],
    ["PARTNAIRE vous propose ce poste", null],
    ["Auxiliar administrativo con experiencia", null],
    ["Gérer la relation avec les fournisseurs", "responsibilities"],
    ["Atender llamadas de clientes", "responsibilities"],
    ["Controlar la calidad del producto", "responsibilities"],
  ];
  for (const [text, kind] of ROWS) it(text, () => expect(itemKind(text) === "responsibilities" ? "responsibilities" : null).toBe(kind));
});

describe("a paragraph written as a list under a list heading gives its pieces", () => {
  const ROWS: [string, string[], "benefits" | "skills" | "requirements", string[]][] = [
    ["Portuguese: a long comma list of perks", ["Auxiliar Administrativo", "", "Benefícios", "", "Plano de saúde / Coparticipação, Plano odontológico, Participação nos lucros, Previdência privada, Seguro de vida em grupo, Vale-refeição, Vale-transporte"], "benefits", ["Plano odontológico", "Vale-transporte"]],
    ["English: perks parted by semicolons, an abbreviation inside", ["Java Developer", "", "Perks and Benefits", "", "Medical cover of Rs. 3 lakh for your family; quarterly bonus; free shuttle from the metro; subsidised canteen."], "benefits", ["quarterly bonus", "free shuttle from the metro"]],
    ["English: skills parted by pipes", ["Java Developer", "", "Key Skills", "", "Go | gRPC | PostgreSQL | Kubernetes | Terraform"], "skills", ["gRPC", "Terraform"]],
    ["Spanish: skills parted by middle dots", ["Desarrollador Backend", "", "Tecnologías", "", "Python · Django · Celery · Redis"], "skills", ["Django", "Redis"]],
  ];
  for (const [name, lines, field, some] of ROWS) {
    it(name, () => {
      const r = parse(lines);
      for (const t of some) expect(r[field]).toContain(t);
    });
  }

  it("keeps a short comma sentence whole", () => {
    const r = parse(["Requirements", "", "You hold a degree in statistics, economics, physics, or a similar field.", "", "You write clean SQL and Python."]);
    expect(r.requirements).toContain("You hold a degree in statistics, economics, physics, or a similar field.");
  });

  it("keeps prose whole: sentences are no pieces", () => {
    const r = parse(["Benefits", "", "We pay well. Our office has a gym, a canteen, a library, a roof terrace and bike parking. You get a laptop of your choice."]);
    expect(r.benefits.some((t) => t === "a canteen")).toBe(false);
  });
});

describe("a question standing over a list names it", () => {
  const ROWS: [string, string[], "responsibilities" | "requirements"][] = [
    ["Spanish", ["Sobre la empresa", "Somos una cadena de tiendas con 12 locales.", "¿Qué vas a hacer?", "- Atender a los clientes en el salón", "- Cobrar en caja", "- Reponer la mercadería"], "responsibilities"],
    ["English", ["About us", "We build boats.", "What will you do?", "- Sand and varnish hulls", "- Fit deck hardware", "- Keep the workshop tidy"], "responsibilities"],
    ["Portuguese", ["Sobre nós", "Somos uma cooperativa.", "O que buscamos?", "- Ensino médio completo", "- Experiência de 1 ano com vendas", "- Boa comunicação"], "requirements"],
  ];
  for (const [name, lines, field] of ROWS) {
    it(name, () => {
      const r = parse(lines);
      expect(r[field].length).toBe(3);
    });
  }
});

describe("a skills heading over sentences of musts is a list of requirements", () => {
  it("English", () => {
    const r = parse(["What skills do I need?", "- 5+ years of experience selling SaaS to enterprises", "- Demonstrated record of quota attainment", "- Strong written and verbal communication skills"]);
    expect(r.requirements.length).toBe(3);
    expect(r.skills).toEqual([]);
  });
  it("keeps names as skills", () => {
    const r = parse(["Skills", "- Kafka", "- Terraform", "- Go", "- PostgreSQL"]);
    expect(r.skills).toEqual(["Kafka", "Terraform", "Go", "PostgreSQL"]);
  });
});

describe("a labelled list written as one of several bare lines leads its own items", () => {
  const ROWS: [string, string[], "niceToHave" | "benefits", string[]][] = [
    ["Portuguese pluses among the requirement lines", ["Analista de Dados", "", "Requisitos", "Ensino superior completo;", "SQL avançado;", "Diferenciais: conhecimento do varejo; experiência com Airflow", "Regime de contratação: CLT"], "niceToHave", ["conhecimento do varejo", "experiência com Airflow"]],
    ["Spanish 'Suma:' paragraph after the requirements", ["Vendedor", "", "Requisitos", "- Secundario completo", "- Experiencia en ventas", "", "Suma: manejo de redes sociales; experiencia en retail"], "niceToHave", ["manejo de redes sociales", "experiencia en retail"]],
    ["English perks line among facts lines", ["Barista", "", "Location: Leeds", "Benefits: free lunch, staff discount, pension, paid breaks", "Hours: 30 per week"], "benefits", ["free lunch", "pension"]],
  ];
  for (const [name, lines, field, some] of ROWS) {
    it(name, () => {
      const r = parse(lines);
      for (const t of some) expect(r[field]).toContain(t);
    });
  }
  it("a field's label over a comma list stays a fact ('Skills: Go, SQL, Git' is no perk)", () => {
    const r = parse(["Engineer", "", "Location: Berlin", "Languages: German, English, French", "Hours: 40 per week"]);
    expect(r.benefits).toEqual([]);
    expect(r.niceToHave).toEqual([]);
  });
});

describe("a date standing alone in the header is the posting's day", () => {
  const ROWS: [string, string[], string | null][] = [
    ["Italian day and month with a time", ["Magazziniere", "Logistica Arno S.r.l.", "Empoli (FI)", "03 dic alle 10:45", "", "Descrizione", "Cerchiamo un magazziniere."], "2026-12-03"],
    ["dotted day, month and year", ["Účetní", "Firma s.r.o.", "27.11.2026", "", "Náplň práce", "Vedení účetnictví."], "2026-11-27"],
    ["a labelled date of something else stays out", ["Data Engineer", "Acme", "Start date: 02.11.2026", "", "About the role", "You build pipelines."], null],
    ["a date after today is no posting day", ["Nurse", "City Hospital", "20 December 2026", "", "About the role", "You care for patients."], null],
  ];
  for (const [name, lines, date] of ROWS) it(name, () => expect(parse(lines).postedAt).toBe(date));
});

describe("a paragraph of pluses under a heading the lexicon files as 'other' gives pluses", () => {
  it("English", () => {
    const r = parse(["Election Coordinator", "", "Qualifications", "- Two years of office experience", "- Valid driving licence", "", "Additional Considerations", "", "Experience in county election work preferred. Experience with GIS tools preferred."]);
    expect(r.niceToHave).toEqual(["Experience in county election work preferred.", "Experience with GIS tools preferred."]);
  });
  it("not under a page with no heading at all", () => {
    const r = parse(["Work with us on web tools, Python preferred. Remote hours preferred."]);
    expect(r.niceToHave).toEqual([]);
  });
});
