// Table tests of hiring steps read by shape, in every lexicon language: invented postings in the
// layouts boards print (lists, one line with arrows, short lines, numbered cards, prose), and
// negatives (benefits, onboarding plans, duties with durations, a path with arrows) that give none.
import { describe, expect, it } from "vitest";
import { durationMinutes } from "../../src/detectors/interview-process.js";
import { chainSteps, enumeration, sequenceSteps } from "../../src/detectors/step-text.js";
import { parseJobPosting } from "../../src/index.js";

const NOW = "2026-11-27";
const steps = (text: string, format: "markdown" | "text" | "html" = "markdown") =>
  parseJobPosting(text, { format, now: NOW }).interviewProcess.map((s) => [s.name, s.durationMinutes] as const);

/** A posting around one block: a title, duties, the block, benefits after it. */
function posting(block: string, lang: "en" | "de" | "fr" | "es" | "pt" | "it" | "nl" | "pl" = "en"): string {
  const head: Record<string, string> = {
    en: "# Data Analyst\n\n## What you'll do\n\n- Build dashboards for the sales team\n- Clean and model data in dbt\n",
    de: "# Datenanalyst (m/w/d)\n\n## Deine Aufgaben\n\n- Du baust Dashboards für den Vertrieb\n- Du pflegst unsere Datenmodelle\n",
    fr: "# Analyste de données (H/F)\n\n## Vos missions\n\n- Construire des tableaux de bord\n- Modéliser les données de ventes\n",
    es: "# Analista de datos\n\n## Funciones\n\n- Crear cuadros de mando para ventas\n- Modelar los datos de clientes\n",
    pt: "# Analista de dados\n\n## Atividades\n\n- Criar painéis para o time de vendas\n- Modelar dados de clientes\n",
    it: "# Analista dati\n\n## Responsabilità\n\n- Costruire dashboard per le vendite\n- Modellare i dati dei clienti\n",
    nl: "# Data-analist\n\n## Wat ga je doen\n\n- Je bouwt dashboards voor sales\n- Je modelleert klantdata\n",
    pl: "# Analityk danych\n\n## Zakres obowiązków\n\n- Tworzenie raportów dla działu sprzedaży\n- Modelowanie danych klientów\n",
  };
  return `${head[lang]}\n${block}\n\n## Benefits\n\n- Lunch every Friday\n- 30 days of holiday\n`;
}

type Row = [string, string, (readonly [string, number | null])[], ("markdown" | "text" | "html")?];

const POSITIVES: Row[] = [
  // lists under headings of every language
  ["en list, durations in brackets", posting("## Our hiring process\n\n1. Phone screen (30 min)\n2. Technical interview (90 minutes)\n3. Offer"),
    [["Phone screen", 30], ["Technical interview", 90], ["Offer", null]]],
  ["en bullets, 'an hour' and 'half a day'", posting("## What happens next\n\n- An intro call of half an hour with our recruiter\n- Pairing session (1h)\n- A trial visit of half a day at our office"),
    [["An intro call of half an hour with our recruiter", 30], ["Pairing session", 60], ["A trial visit of half a day at our office", 240]]],
  ["de list, 'Min.' and '1,5 h'", posting("## So läuft deine Bewerbung ab\n\n- Telefonat mit unserem Recruiting (20 Min.)\n- Fachgespräch mit dem Team (1,5 h)\n- Probetag vor Ort (1 Tag)", "de"),
    [["Telefonat mit unserem Recruiting", 20], ["Fachgespräch mit dem Team", 90], ["Probetag vor Ort", 480]]],
  ["de 'Wie geht es weiter?'", posting("## Wie geht es weiter?\n\n- Kurzes Kennenlernen per Video (30 Minuten)\n- Gespräch mit der Teamleitung\n- Angebot", "de"),
    [["Kurzes Kennenlernen per Video", 30], ["Gespräch mit der Teamleitung", null], ["Angebot", null]]],
  ["fr list", posting("## Processus de recrutement\n\n- Échange téléphonique avec la RH (30 min)\n- Entretien technique (1h30)\n- Rencontre avec l'équipe", "fr"),
    [["Échange téléphonique avec la RH", 30], ["Entretien technique", 90], ["Rencontre avec l'équipe", null]]],
  ["es list", posting("## Proceso de selección\n\n- Llamada con RR. HH. (20 minutos)\n- Prueba técnica (2 horas)\n- Entrevista final con el CTO", "es"),
    [["Llamada con RR. HH.", 20], ["Prueba técnica", 120], ["Entrevista final con el CTO", null]]],
  ["pt list", posting("## Etapas do processo seletivo\n\n- Conversa com o RH (30 minutos)\n- Desafio técnico\n- Entrevista com a liderança (1 hora)", "pt"),
    [["Conversa com o RH", 30], ["Desafio técnico", null], ["Entrevista com a liderança", 60]]],
  ["it list", posting("## Processo di selezione\n\n- Colloquio conoscitivo con HR (30 minuti)\n- Prova tecnica\n- Colloquio finale con il responsabile", "it"),
    [["Colloquio conoscitivo con HR", 30], ["Prova tecnica", null], ["Colloquio finale con il responsabile", null]]],
  ["nl list", posting("## Sollicitatieprocedure\n\n- Kennismakingsgesprek (45 minuten)\n- Assessment\n- Tweede gesprek met het team (1 uur)", "nl"),
    [["Kennismakingsgesprek", 45], ["Assessment", null], ["Tweede gesprek met het team", 60]]],
  ["pl list", posting("## Etapy rekrutacji\n\n- Rozmowa z HR (30 min)\n- Zadanie rekrutacyjne\n- Rozmowa techniczna (1,5h)", "pl"),
    [["Rozmowa z HR", 30], ["Zadanie rekrutacyjne", null], ["Rozmowa techniczna", 90]]],
  // one line with arrows or chevrons
  ["en arrows", posting("## Interview process\n\nPhone screen (30 min) → Technical interview (90 min) → Offer"),
    [["Phone screen", 30], ["Technical interview", 90], ["Offer", null]]],
  ["pl chevrons", posting("## Proces rekrutacji\n\nRozmowa z HR (30 min) > rozmowa techniczna (1,5h) > spotkanie z CTO", "pl"),
    [["Rozmowa z HR", 30], ["rozmowa techniczna", 90], ["spotkanie z CTO", null]]],
  ["en ascii arrows with a count before them", posting("## Recruitment process\n\n4 stages: Screening call -> Hiring manager chat -> Case study -> Team meeting"),
    [["Screening call", null], ["Hiring manager chat", null], ["Case study", null], ["Team meeting", null]]],
  ["de arrows in a paragraph with a note after", posting("## Bewerbungsprozess\n\nBewerbung → Telefoninterview (30 Min.) → Fallstudie → Zusage\n\nWir melden uns innerhalb einer Woche bei dir, versprochen – auch wenn es einmal nicht passt und wir dir absagen müssen, bekommst du von uns eine ehrliche Rückmeldung.", "de"),
    [["Bewerbung", null], ["Telefoninterview", 30], ["Fallstudie", null], ["Zusage", null]]],
  ["fr chevrons »", posting("## Les étapes\n\nAppel RH (20 min) » Entretien métier (1h) » Cas pratique", "fr"),
    [["Appel RH", 20], ["Entretien métier", 60], ["Cas pratique", null]]],
  ["es dashes in a process section", posting("## Etapas\n\nLlamada inicial – Prueba técnica – Entrevista con el equipo – Oferta", "es"),
    [["Llamada inicial", null], ["Prueba técnica", null], ["Entrevista con el equipo", null], ["Oferta", null]]],
  ["en arrows told anywhere, no heading", "# Backend Engineer\n\nWe build payment rails for small shops.\n\nHow it works: Application review → Recruiter call (30 min) → Technical interview (1h) → Offer.\n\n## Requirements\n\n- Go\n- SQL\n",
    [["Application review", null], ["Recruiter call", 30], ["Technical interview", 60], ["Offer", null]]],
  // short lines without bullets
  ["en short lines, 'Name: 45 minutes'", posting("## Interview process:\n\nIntro call with our talent partner: 45 minutes\n\nTechnical interview with two engineers: 90 minutes\n\nValues chat: 30 minutes"),
    [["Intro call with our talent partner", 45], ["Technical interview with two engineers", 90], ["Values chat", 30]]],
  ["en short lines with a lead-in", posting("## How we hire\n\nHere is what to expect:\n\nA quick phone call with one of the team\n\nA short coding exercise in your own time\n\nVideo interview for 60 mins\n\nFinal chat with the founders"),
    [["A quick phone call with one of the team", null], ["A short coding exercise in your own time", null], ["Video interview", 60], ["Final chat with the founders", null]]],
  ["pt short lines with icons and semicolons", posting("## Etapas do processo seletivo:\n\n✍️ Inscrição e avaliação inicial;\n\n🤝 Bate-papo com o time;\n\n📝 Teste prático;\n\n🙂 Entrevista com a liderança;\n\n🎉 Proposta.", "pt"),
    [["Inscrição e avaliação inicial", null], ["Bate-papo com o time", null], ["Teste prático", null], ["Entrevista com a liderança", null], ["Proposta.", null]]],
  ["text lines under a heading with a flourish", "Data Analyst\n\nResponsibilities\n- Build dashboards\n- Model data\n\nLe processus de recrutement (rapide et humain) 🔍\n\nPremier échange (30 min) avec notre chargée de recrutement\nEntretien (45 min) avec le responsable data\nCas technique (1h) à la maison\nEntretien final avec les fondateurs\n",
    [["Premier échange avec notre chargée de recrutement", 30], ["Entretien avec le responsable data", 45], ["Cas technique à la maison", 60], ["Entretien final avec les fondateurs", null]], "text"],
  ["en strong line with a dash flourish over a list (html)", "<h1>Ops Lead</h1><h2>Responsibilities</h2><ul><li>Run the warehouse</li><li>Plan shifts</li></ul><p><strong>Our hiring process - simple, quick and human.</strong></p><ol><li>Application review</li><li>A 30-minute call with our people partner</li><li>A 45-minute interview with the COO</li></ol><p>Join us and shape the future of logistics.</p>",
    [["Application review", null], ["A 30-minute call with our people partner", 30], ["A 45-minute interview with the COO", 45]], "html"],
  // numbered cards and sub-headings
  ["numbered cards: number, name, text (a page's text)", "Data Analyst\n\nWhat you'll do\n- Build dashboards\n- Model data\n\nOur hiring process\nWe focus on what you can do, not on where you studied, and we read every application ourselves.\n1.\nApplication review\nOur talent team reads every application.\n2.\nTalent interview\nA 45-minute chat about your goals.\n3.\nTeam interview\nA 1-hour conversation with your future manager.\n",
    [["Application review", null], ["Talent interview", 45], ["Team interview", 60]], "text"],
  ["sub-headings as steps", posting("## Interview process\n\n### Recruiter call\n\nA 20-minute call to get to know you.\n\n### Take-home assignment\n\nA small task, about 2 hours of work.\n\n### Final interview\n\nMeet the team on site."),
    [["Recruiter call", 20], ["Take-home assignment", 120], ["Final interview", null]]],
  // prose
  ["en sequence in one sentence", posting("## Our process\n\nFirst a short call (15 min), then a visit on site, then a trial day."),
    [["First a short call", 15], ["then a visit on site", null], ["then a trial day.", null]]],
  ["de sequence", posting("## Ablauf\n\nZuerst ein kurzes Telefonat (15 Minuten), danach ein Gespräch im Büro und zum Schluss ein Probetag.", "de"),
    [["Zuerst ein kurzes Telefonat", 15], ["danach ein Gespräch im Büro", null], ["zum Schluss ein Probetag.", null]]],
  ["fr sequence over sentences", posting("## Déroulement\n\nD'abord, un appel de 20 minutes avec la RH. Ensuite, un entretien technique d'une heure. Enfin, une rencontre avec l'équipe.", "fr"),
    [["D'abord, un appel de 20 minutes avec la RH.", 20], ["Ensuite, un entretien technique d'une heure.", 60], ["Enfin, une rencontre avec l'équipe.", null]]],
  ["pl sequence", posting("## Jak wygląda rekrutacja?\n\nNajpierw rozmowa telefoniczna (20 minut), następnie zadanie techniczne, na koniec spotkanie z zespołem.", "pl"),
    [["Najpierw rozmowa telefoniczna", 20], ["następnie zadanie techniczne", null], ["na koniec spotkanie z zespołem.", null]]],
  ["en enumeration after a listing verb", posting("## Next steps\n\nOur process consists of a 30-minute call with the hiring manager, a take-home task and a final interview with the team."),
    [["a 30-minute call with the hiring manager", 30], ["a take-home task", null], ["a final interview with the team", null]]],
  ["it enumeration after 'comprende' outside a process section", "# Data Engineer\n\n## Chi siamo\n\nSiamo una società di consulenza. L'iter di selezione comprende un colloquio con HR, un colloquio tecnico con un manager ed un colloquio finale con un partner.\n\n## Requisiti\n\n- SQL\n",
    [["un colloquio con HR", null], ["un colloquio tecnico con un manager", null], ["un colloquio finale con un partner", null]]],
  ["en whole sentence is the list", posting("## Hiring process\n\nRecruiter call, hiring manager conversation, take-home assessment, and a final loop with the team."),
    [["Recruiter call", null], ["hiring manager conversation", null], ["take-home assessment", null], ["a final loop with the team", null]]],
  ["en count lead with an em dash", posting("## Interview process\n\nThree stages—30-minute values call, 45-minute CV review, and technical assessment with team leads (60 minutes each)"),
    [["30-minute values call", 30], ["45-minute CV review", 45], ["technical assessment with team leads", 60]]],
  ["es enumeration after a colon naming the process", "# Analista\n\n## Sobre nosotros\n\nSomos una tienda online. Nuestro proceso de selección: una llamada con recursos humanos, una prueba técnica y una entrevista con el equipo.\n",
    [["una llamada con recursos humanos", null], ["una prueba técnica", null], ["una entrevista con el equipo", null]]],
  ["nl sequence", posting("## Hoe verloopt de sollicitatie?\n\nEerst een kennismakingsgesprek van een half uur, daarna een assessment en tot slot een gesprek met het team.", "nl"),
    [["Eerst een kennismakingsgesprek van een half uur", 30], ["daarna een assessment", null], ["tot slot een gesprek met het team.", null]]],
  // numbers, keycaps, timelines
  ["en numbers inside one line", posting("## Recruitment process\n\n1) Call with HR 2) Technical test 3) Final interview with the CTO"),
    [["Call with HR", null], ["Technical test", null], ["Final interview with the CTO", null]]],
  ["pt numbers inside one line after a label", posting("## Processo seletivo\n\nEtapas: 1. Triagem de currículos 2. Entrevista com RH 3. Teste técnico 4. Proposta", "pt"),
    [["Triagem de currículos", null], ["Entrevista com RH", null], ["Teste técnico", null], ["Proposta", null]]],
  ["keycap emoji lines, 'Meet the team' last", posting("## Our process\n\n1️⃣ Call with HR (20 min)\n\n2️⃣ Technical interview (60 min)\n\n3️⃣ Meet the team"),
    [["Call with HR", 20], ["Technical interview", 60], ["Meet the team", null]]],
  ["a timeline list, then duties in the same section", posting("## Tentative hiring timeline\n\n- Phone screening: May 4\n- First round interviews: May 11\n- Second round interviews: May 18\n\nThe role leads a team of six.\n\n- Supervise staff and plan the workload\n- Prepare the annual budget\n- Report to the director"),
    [["Phone screening: May 4", null], ["First round interviews: May 11", null], ["Second round interviews: May 18", null]]],
  // a line led by the process's name, wherever it stands
  ["en label line in a run of facts, count and 'including'", "# .NET Developer\n\n## Nice to have\n\n- Azure\n\nWork authorization: EU\nHiring Process: Four stages including recruiter screen, manager interview, technical assessment, and founder/peer discussion\n",
    [["recruiter screen", null], ["manager interview", null], ["technical assessment", null], ["founder/peer discussion", null]]],
  ["en 'followed by' after a lead that names the process", "# Robotics Engineer\n\nWe build farm robots. The interview process is fast and respects your time: one online technical interview, followed by one in-person interview with the founder.\n",
    [["one online technical interview", null], ["one in-person interview with the founder", null]]],
];

const NEGATIVES: [string, string, ("markdown" | "text" | "html")?][] = [
  ["benefits with durations", "# Analyst\n\n## Benefits\n\n- 30 days of holiday\n- A 1-hour lunch break\n- Half a day off on your birthday\n"],
  ["onboarding plan", "# Analyst\n\n## Your first 30 days\n\n- Meet your team (1 day)\n- Shadow a senior analyst\n- Ship your first dashboard\n"],
  ["duties with durations", "# Support Lead\n\n## Responsibilities\n\n- Run a 15-minute stand-up every morning\n- Hold 1:1s of 30 minutes with each agent\n- Review calls → write coaching notes → track results\n"],
  ["a data path with arrows in a duty", "# Embedded Engineer\n\n## What you'll do\n\n- Own the boot chain (ROM → bootloader → kernel → rootfs)\n- Ship OTA updates\n"],
  ["arrows between products, no steps", "# Data Engineer\n\nWe move data from Postgres → Kafka → Snowflake every minute.\n\n## Requirements\n\n- Python\n"],
  ["a process section in prose with no steps", "# Analyst\n\n## Our interview process\n\nWe keep it short and friendly, and we answer every application within a week.\n"],
  ["a label line 'Process:' with an apply link", "# SRE\n\nLocation: Berlin\n\nProcess: If you're interested, please apply here https://jobs.example.com/sre\n"],
  ["a company line named Recruiting", "# Fahrer (m/w/d)\n\n## Aufgaben\n\n- Touren fahren\n- Fahrzeuge pflegen\n\n## Recruiting Nordlicht GmbH\n\n<a ----------\n\nhttp://www.nordlicht.example\n"],
  ["a duty group that names processes", "# Assistenz\n\n## Aufgaben\n\nProjekt- & Prozessunterstützung (Execution)\n\n- Recherche und Analyse relevanter Informationen aus der Branche\n- Unterstützung bei Vertrags- und Dokumentenmanagement\n- Mitarbeit an Projekten wie Team-Launches und Marketingkampagnen\n"],
  ["a sentence about interviews", "# Clerk\n\n## Notes\n\nINTERVIEW NOTICE: I understand that all interviews for this vacancy, will be scheduled by phone or email.\n"],
  ["a figure after a hiring label", "# Clerk\n\n## Details\n\nThe hiring range for this role is: $46,500 - $60,000 a year.\n"],
  ["benefits told in sequence words", "# Cook\n\n## What we offer\n\nFirst, a fair wage; then free meals on every shift. Finally, two weeks of paid leave.\n"],
  ["requirements with 'first' and 'then'", "# Mechanic\n\n## Requirements\n\n- First aid certificate\n- Then again, a driving licence is a must\n"],
  ["a how-to-apply list of documents", "# Teacher\n\n## How to apply\n\n- Cover letter\n- CV\n- Copies of certificates\n"],
  ["facts under a process heading", "# Backend Developer\n\n## Job details and application process\n\n- Role offered on a fixed term of 6 months\n- Full time position in our Leeds office\n- Salary up to £45K depending on experience\n- No relocation support available\n"],
  ["numbers inside a line out of order", "# Analyst\n\n## Interview process\n\nWe answer within 3 days. 2. Bring your CV 1. Bring your ID\n"],
];

describe("hiring steps by shape, every language", () => {
  it.each(POSITIVES)("%s", (_name, text, want, format) => {
    expect(steps(text, format)).toEqual(want);
  });
  it.each(NEGATIVES)("none: %s", (_name, text, format) => {
    expect(steps(text, format)).toEqual([]);
  });
});

describe("durations in every form", () => {
  const ROWS: [string, number | null][] = [
    ["Technical interview (90 min)", 90], ["Gespräch (30 Min.)", 30], ["Fachgespräch (1,5 h)", 90], ["Case study (1h)", 60], ["Call (1.5 hours)", 90],
    ["Chat of an hour", 60], ["On-site visit of half a day", 240], ["Probetag (1 Tag)", 480], ["Une demi-journée d'immersion", 240], ["Rozmowa (45 minut)", 45],
    ["Entrevista (1 hora)", 60], ["Colloquio (mezz'ora)", 30], ["Meeloopdag (een halve dag)", 240], ["Trial day", null], ["Offer", null],
  ];
  it.each(ROWS)("%s", (text, want) => expect(durationMinutes(text)).toBe(want));
});

describe("the pieces", () => {
  const d = (t: string) => durationMinutes(t);
  it("a chain needs three steps and step words when nothing says it is a process", () => {
    expect(chainSteps("Phone screen → Technical interview → Offer", false, d)).toEqual(["Phone screen", "Technical interview", "Offer"]);
    expect(chainSteps("POC → production", false, d)).toBeNull();
    expect(chainSteps("ROM → U-Boot → kernel → rootfs", false, d)).toBeNull();
  });
  it("a sequence needs two sequence words", () => {
    expect(sequenceSteps("First a call, then a visit.")).toEqual(["First a call", "then a visit."]);
    expect(sequenceSteps("We reply within a week, then we call.")).toBeNull();
  });
  it("an enumeration outside the process's section opens in lower case and names steps", () => {
    expect(enumeration("a 20-minute call, a technical interview, and a visit", false, d)).toEqual(["a 20-minute call", "a technical interview", "a visit"]);
    expect(enumeration("$46,500 - $60,000 a year", false, d)).toBeNull();
    expect(enumeration("Python, SQL and dbt", false, d)).toBeNull();
  });
});
