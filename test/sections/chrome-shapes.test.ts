// Board chrome found by shape and a little vocabulary, on boards nobody has seen: buttons, sentences
// about the site, cross-links, counters, listing cards and screening questions. Invented rows in the
// shapes of real boards, in every lexicon language; the negatives are the employer's own lines.
import { classifySectionHeading } from "../../src/sections/classify.js";
import { describe, expect, it } from "vitest";
import { parseJobPosting } from "../../src/index.js";
import { counterLine, crossLinkLine, gluedTail, listingHeading, shareBar, siteSentence, uiActionLine } from "../../src/sections/chrome-shapes.js";

const now = "2026-11-27";
const parse = (text: string, format: "text" | "markdown" = "markdown") => parseJobPosting(text, { now, format });

describe("uiActionLine: a button's verb and what it acts on", () => {
  const buttons: [string, string][] = [
    ["en", "Submit Application"],
    ["en", "Email this job to a friend"],
    ["en", "View all jobs from this employer (3)"],
    ["en", "See all jobs at Saguaro Valley Health"],
    ["en", "Refer a friend"],
    ["en", "Back to search results"],
    ["en", "Meet the hiring team"],
    ["en", "View company profile"],
    ["en", "Book a demo"],
    ["en", "Read our Privacy Policy"],
    ["en", "Log inBook a demo"],
    ["fr", "Voir l'entreprise"],
    ["fr", "Signaler cette offre"],
    ["fr", "Partager l'annonce"],
    ["es", "Inscribirme en esta oferta"],
    ["es", "Ver empresa"],
    ["de", "Stelle merken"],
    ["de", "Jetzt bewerben"],
    ["de", "Unternehmen ansehen"],
    ["pt", "Candidatar-me à vaga"],
    ["pt", "Compartilhar vaga"],
    ["it", "Salva offerta"],
    ["it", "Condividi annuncio"],
    ["nl", "Bekijk vacature"],
    ["nl", "Vacature bewaren"],
    ["pl", "Aplikuj na ofertę"],
    ["pl", "Zapisz ofertę"],
    // a chat, a watchlist, a channel, an app, a CV: the buttons of boards' cards
    ["en", "Chat Now"],
    ["en", "Add to Watchlist"],
    ["en", "Subscribe to Job Alerts"],
    ["en", "Join Our Telegram Channel"],
    ["es", "Descarga la app"],
    ["pt", "Enviar CV"],
  ];
  it.each(buttons)("%s: %s is a button", (_lang, line) => {
    expect(uiActionLine(line)).toBe(true);
  });

  const employer: [string, string][] = [
    ["en", "Share knowledge with the team"],
    ["en", "Review pull requests"],
    ["en", "Report to the CFO"],
    ["en", "Refer patients to the specialist clinics"],
    ["en", "We work at Harbourview Rehab"],
    ["en", "Apply best practices"],
    ["en", "Apply paint with brush and roller"],
    ["en", "Please apply via our website with your CV."],
    ["en", "Submit your application by 31 May"],
    ["en", "Send your CV to jobs@lindenvale.example"],
    ["en", "Apply here: lindenvale.io/careers"],
    ["en", "See your work used by thousands of clinics"],
    ["en", "Professional association (job board or email)"],
    ["fr", "Partager vos connaissances avec l'équipe"],
    ["de", "Wissen im Team teilen und Kollegen einarbeiten"],
    ["es", "Reportar al director financiero cada semana sobre el presupuesto"],
    ["pl", "Udostępniasz wiedzę zespołowi"],
    // a clause, an address, a line that leads into the next
    ["en", "Join our team, apply today!"],
    ["en", "Join us here: https://lindenvale.example/jobs/42"],
    ["es", "Envía tu CV a"],
    ["en", "Chat with customers every day"],
    ["en", "Add a new dashboard for finance"],
  ];
  it.each(employer)("%s: %s is the employer's line", (_lang, line) => {
    expect(uiActionLine(line)).toBe(false);
  });
});

describe("siteSentence: about the site, not the job", () => {
  it.each([
    "Please see our Privacy Policy.",
    "Powered by Greenhouse",
    "Report a problem with this page",
    "Your browser is out of date: enable JavaScript to apply.",
    "Politique de confidentialité",
    "Todos los derechos reservados",
    "Diese Website verwendet Cookies, um Ihnen das beste Erlebnis zu bieten. Mit der Nutzung dieser Website stimmen Sie der Datenschutzerklärung zu.",
    "Questo sito utilizza cookie tecnici e di profilazione; leggi l'informativa sulla privacy.",
    // a cookie notice of many words and a single site term
    "Usiamo i cookie per offrirti la migliore esperienza possibile sul nostro sito e per mostrarti annunci in linea con i tuoi interessi. Accetta | Personalizza",
    "Używamy plików cookies, aby dopasować treści do Twoich potrzeb i ułatwić korzystanie z serwisu. Możesz zmienić ustawienia w przeglądarce. Zgadzam się",
    // Norwegian and Swedish: "informasjonskapsler", "kakor"
    "Vi bruker informasjonskapsler for å gi deg en bedre opplevelse på nettstedet. Godta alle",
    "Vi använder kakor för att förbättra din upplevelse. Acceptera",
  ])("%s", (line) => {
    expect(siteSentence(line)).toBe(true);
  });

  it.each([
    "We are an equal opportunity employer and value diversity at our company. All employment is decided on the basis of qualifications, merit, and business need; read more on our careers site about how we hire and how we handle your data.",
    "Maintain the department's web pages and newsletters.",
    "On this page you will find:",
    "Experience with JavaScript and modern browsers",
    "Kenntnisse im Datenschutz und in der IT-Sicherheit",
    "You will bake cookies, scones and bread for our cafés every morning, using recipes we have refined over twenty years of trading.",
  ])("not: %s", (line) => {
    expect(siteSentence(line)).toBe(false);
  });

  it("inside a list of the job only a dense line counts", () => {
    expect(siteSentence("Please see our Privacy Policy.", true)).toBe(false);
    expect(siteSentence("This site uses cookies; see our cookie policy and privacy policy.", true)).toBe(true);
  });
});

describe("crossLinkLine: a board's links to its other pages", () => {
  it.each([
    "Warehouse Operative jobs in Leeds",
    "Payroll Clerk salaries in Manchester",
    "Jobs at Fernmoor Logistics in Bristol",
    "Emplois Comptable à Lyon",
    "Empleos de Vendedor en La Paz",
    "Stellenangebote Koch in Hamburg",
    "Vagas de Java em Santos",
    "Vacatures Monteur in Utrecht",
  ])("%s", (line) => {
    expect(crossLinkLine(line)).toBe(true);
  });

  it.each([
    "Experience running batch jobs in Airflow",
    "We have jobs in Berlin and Lisbon.",
    "Jobs in tech are changing fast.",
    "Schedule cron jobs in Kubernetes",
  ])("not: %s", (line) => {
    expect(crossLinkLine(line)).toBe(false);
  });
});

describe("counterLine, listingHeading, shareBar", () => {
  it.each([["51 to 200 Employees"], ["792K members"], ["118 Ratings"], ["Salariés : 85"], ["1.2k seguidores"]])("counter: %s", (line) => {
    expect(counterLine(line)).toBe(true);
  });
  it.each([["65% of our employees work remotely"], ["Applications close on 29 July"], ["We are a team of 40 employees."]])("no counter: %s", (line) => {
    expect(counterLine(line)).toBe(false);
  });
  it("listing headings name no section", () => {
    expect(listingHeading("More store roles")).toBe(true);
    expect(listingHeading("Ofertas similares")).toBe(true);
    expect(listingHeading("Roles and responsibilities")).toBe(false);
    expect(listingHeading("www.county.jobs")).toBe(false);
  });
  it("share bars", () => {
    expect(shareBar("Compartir oferta: Twitter | LinkedIn | Facebook | WhatsApp")).toBe(true);
    expect(shareBar("Partager l'offre : LinkedIn · Facebook · E-mail")).toBe(true);
    expect(shareBar("Tech stack: Python, Django, Postgres")).toBe(false);
  });
});

describe("whole postings: chrome leaves the description and the lists, and is reported", () => {
  it("a German board's buttons and a similar-jobs run", () => {
    const r = parse(
      "# Buchhalter (m/w/d)\n\nKestrelwerk GmbH · Leipzig\n\nJetzt bewerben\n\n## Deine Aufgaben\n\n- Laufende Buchhaltung für 30 Mandanten\n- Teilen von Wissen im Team\n\n## Dein Profil\n\n- Ausbildung als Steuerfachangestellte\n- Sicher in DATEV\n\nStelle merken\n\n### Mehr Jobs\n\n- Lohnbuchhalter (m/w/d)\n- Dresden\n- Steuerfachangestellter (m/w/d)\n- Halle\n",
    );
    expect(r.description).not.toContain("Jetzt bewerben");
    expect(r.description).not.toContain("Stelle merken");
    expect(r.description).not.toContain("Lohnbuchhalter");
    expect(r.responsibilities).toContain("Teilen von Wissen im Team");
    expect(r.removed.map((x) => x.text).join("\n")).toContain("Stelle merken");
  });

  it("an English page's cross-links, counters and privacy line", () => {
    const r = parse(
      "# Forklift Driver\n\nBarrowdale Freight\n\n## Responsibilities\n\n- Load and unload trailers\n- Report to the shift lead\n\n## Requirements\n\n- Valid forklift licence\n\nPlease apply via our website with your CV.\n\nForklift Driver jobs in Derby\n\nJobs at Barrowdale Freight in Derby\n\n## About the company\n\nBarrowdale Freight moves parcels across the Midlands.\n\n51 to 200 employees\n\nPlease see our Privacy Policy.\n",
    );
    expect(r.description).toContain("Please apply via our website with your CV.");
    expect(r.description).toContain("Barrowdale Freight moves parcels");
    for (const chrome of ["jobs in Derby", "Jobs at Barrowdale", "51 to 200 employees", "Privacy Policy"]) expect(r.description).not.toContain(chrome);
    expect(r.responsibilities).toEqual(["Load and unload trailers", "Report to the shift lead"]);
    expect(r.removed.length).toBeGreaterThanOrEqual(4);
  });

  it("a screening question and its answers", () => {
    const r = parse(
      "Warehouse Associate\nAlderbank Supply\n\nDo you have a valid forklift licence?\nYes\nNo\nSkip\n\nFull job description\nAlderbank Supply is hiring a warehouse associate for the day shift. You will pick and pack orders.",
      "text",
    );
    expect(r.description).not.toContain("forklift licence?");
    expect(r.description).toContain("pick and pack orders");
  });

  it("numbered supplemental questions", () => {
    const r = parse(
      "# Elections Clerk\n\n## Duties\n\n- Process voter registrations\n- Staff the front counter\n\n## 01\n\nDo you have a high school diploma?\n\n- Yes\n- No\n\n## 02\n\nDescribe your customer service experience.\n\n## 03\n\nAre you able to lift 25 pounds?\n\n- Yes\n- No\n",
    );
    expect(r.description).not.toContain("high school diploma?");
    expect(r.description).not.toContain("lift 25 pounds");
    expect(r.responsibilities).toEqual(["Process voter registrations", "Staff the front counter"]);
  });

  it("a Spanish board's button heading and share bar; the employer's prose stays", () => {
    const r = parse(
      "# Técnico de soporte\n\nNaranjo Sistemas · Sevilla\n\nInscribirme en esta oferta\n\n## Descripción de la oferta\n\nEn Naranjo Sistemas damos soporte a 300 clínicas dentales.\n\n## Requisitos\n\n- Dos años de experiencia en soporte\n\nCompartir oferta: Twitter | LinkedIn | Facebook\n",
    );
    expect(r.description).not.toContain("Inscribirme");
    expect(r.description).not.toContain("Compartir oferta");
    expect(r.description).toContain("damos soporte a 300 clínicas");
  });
});

describe("other postings' cards, under any heading or none, in any language", () => {
  const prose = "Somerled Clinic runs three day clinics in the city for about 90,000 patients a year. For our new clinic in the north we are hiring a practice nurse to join the team this winter, on days and some evenings.";

  it("takes a run of cards under a heading the lexicon does not know, with its heading", () => {
    const r = parse(`# Practice Nurse\n\n${prose}\n\n## Obowiązki\n\n- Prepare patients for appointments\n- Take blood samples\n\n### Locuri similare\n\n- Asistent Medical Laborator · Laborator Napoca · Cluj-Napoca\n- Asistent Medical Radiologie · Centrul Imagistic · Turda\n`);
    expect(r.description).not.toContain("Laborator Napoca");
    expect(r.description).not.toContain("Locuri similare");
    expect([...r.responsibilities, ...r.benefits, ...r.requirements].join(" ")).not.toContain("Turda");
    expect(r.responsibilities).toEqual(["Prepare patients for appointments", "Take blood samples"]);
  });

  it("takes a run of cards with no heading, and the short line over them", () => {
    const r = parse(["UX Designer (m/w/d)", "", prose, "", "Deine Aufgaben", "- Wireframes und Prototypen entwerfen", "- Usability-Tests durchführen", "", "Weitere Jobs von Donaukanal Digital GmbH", "Frontend Developer (m/w/d) · Wien · Vollzeit", "Projektmanager:in Digital · Wien · Vollzeit"].join("\n"), "text");
    expect(r.description).not.toContain("Frontend Developer");
    expect(r.description).not.toContain("Weitere Jobs von");
    expect(r.responsibilities).toEqual(["Wireframes und Prototypen entwerfen", "Usability-Tests durchführen"]);
  });

  // negatives: the employer's own lines of parts (perks, teams, tools), and the page's own header row
  it("leaves lines of parts no title or town proves, and the header's row", () => {
    const perks = parse(`# Data Engineer\n\n${prose}\n\n## Benefits\n\n- Health insurance · Dental · Vision\n- Pension · 5% match\n`);
    expect(perks.benefits).toEqual(["Health insurance · Dental · Vision", "Pension · 5% match"]);
    const teams = parse(`# Data Engineer\n\n${prose}\n\n## What you will do\n\n- Build pipelines · Airflow · dbt\n- Model data · Snowflake\n`);
    expect(teams.responsibilities).toEqual(["Build pipelines · Airflow · dbt", "Model data · Snowflake"]);
    const header = parse(["Practice Nurse · Somerled Clinic · Glasgow", "Staff Nurse · Full time · Glasgow", "", prose].join("\n"), "text");
    expect(header.description).toContain("Somerled Clinic");
  });
});

describe("folded chips, one-line polls and widgets after a button", () => {
  it("'+8 more' and 'Was this helpful? Yes No' are chrome; a pay line with a plus is not", async () => {
    const { moreCount, askedAndAnswered } = await import("../../src/sections/chrome-shapes.js");
    expect(moreCount("+8 more")).toBe(true);
    expect(moreCount("+12 weitere")).toBe(false);
    expect(moreCount("+3")).toBe(true);
    expect(moreCount("+ 401(k) match")).toBe(false);
    expect(askedAndAnswered("Was this job posting helpful? Yes No")).toBe(true);
    expect(askedAndAnswered("Cette offre vous a-t-elle été utile ? Oui Non")).toBe(true);
    expect(askedAndAnswered("Do you like puzzles? Then you will love this role")).toBe(false);
  });

  it("a recruiter card under 'Meet the hiring team' leaves with it", () => {
    const r = parse(
      "Data Analyst\nQuillmere\nLisbon · Hybrid\n\nAbout the job\nQuillmere builds booking software for dental clinics. You will own our reporting.\n\nResponsibilities\nBuild dashboards in Looker\nShare findings with the product team\n\nMeet the hiring team\nJoana Reis\nTalent Partner at Quillmere\nMessage\n\nAbout the company\nQuillmere has 80 people in Lisbon and Porto.",
      "text",
    );
    expect(r.description).not.toContain("Joana Reis");
    expect(r.description).not.toContain("Meet the hiring team");
    expect(r.description).toContain("Quillmere has 80 people");
    expect(r.responsibilities).toContain("Share findings with the product team");
  });
});

describe("inside a list of the job, a button must end at its object", () => {
  it.each([
    ["Report this job", true],
    ["Share this job with a friend", true],
    ["Diese Stelle melden", true],
    ["Share job openings on social media", false],
    ["Save company money on cloud costs", false],
    ["Apply best practices to the team's code", false],
  ])("%s → %s", (line, chrome) => {
    expect(uiActionLine(line, true)).toBe(chrome);
  });
});

describe("inside a list, a counter must be a board's size bucket", () => {
  it.each([
    ["201 to 500 Employees", true],
    ["51-200 empleados", true],
    ["+400 colaboradores", false],
    ["Over 500 employees worldwide", false],
  ])("%s → %s", (line, chrome) => {
    expect(counterLine(line, true)).toBe(chrome);
  });
});

describe("gluedTail: buttons glued to the end of a one-line scrape", () => {
  const block = (text: string, type: "paragraph" | "item" = "paragraph") => ({ type, text, depth: 0, start: 0, end: text.length, links: [], strong: false, list: 0, pseudo: false });
  it.each([
    ["Oferujemy: prywatną opiekę medyczną i kartę sportową. Kontakt: Kliknij tutaj, aby wysłać swoje CV » Aplikuj na tę ofertę", "Oferujemy: prywatną opiekę medyczną i kartę sportową. Kontakt"],
    ["We would love to hear from you and meet you in person. Apply for this job", "We would love to hear from you and meet you in person."],
    ["Wir freuen uns auf Ihre Bewerbung und ein erstes Gespräch mit Ihnen. Jetzt bewerben", "Wir freuen uns auf Ihre Bewerbung und ein erstes Gespräch mit Ihnen."],
    ["Nous avons hâte de vous rencontrer dans nos bureaux de Lyon | Postuler à cette offre", "Nous avons hâte de vous rencontrer dans nos bureaux de Lyon"],
  ])("%s", (text, kept) => {
    const r = gluedTail(block(text), false);
    expect(r?.kept.text).toBe(kept);
  });

  it.each([
    ["Please send your CV and a short cover letter to jobs@fernmoor.example. We reply within a week."],
    ["You will report to the Head of Finance. Share knowledge with the team and mentor juniors."],
    ["Refer a friend by clicking here: Email"],
    ["Contact: Marta Nowak, Head of People"],
  ])("not: %s", (text) => {
    expect(gluedTail(block(text), false)).toBeNull();
  });

  it("inside a list, the tail must be a whole button", () => {
    expect(gluedTail(block("Private health insurance for you and your family. Report this job", "item"), true)?.kept.text).toBe("Private health insurance for you and your family.");
    expect(gluedTail(block("Mentor two junior analysts. Share findings with the product team", "item"), true)).toBeNull();
  });
});

describe("a company site's menu, footer, back links and glued buttons", () => {
  it("the header's menu of a careers site and its glued buttons leave; the job stays", () => {
    const r = parse(
      "- Platform\n- For clinics\n- Pricing\n- Customers\n- Careers\n\nLog inRequest a demo\n\n← All open positions\n\n# Support Engineer\n\nCallowmere builds scheduling software for physiotherapy clinics. You will answer our customers' technical questions.\n\n## What you'll do\n\n- Answer tickets in Zendesk\n- Write help-centre articles\n",
    );
    expect(r.description).not.toContain("Pricing");
    expect(r.description).not.toContain("Request a demo");
    expect(r.description).not.toContain("All open positions");
    expect(r.description).toContain("Callowmere builds scheduling software");
    expect(r.responsibilities).toEqual(["Answer tickets in Zendesk", "Write help-centre articles"]);
  });

  it("a back link in French", () => {
    const r = parse("« Retour aux offres\n\n# Comptable H/F\n\nLe cabinet Morvan recrute un comptable pour son agence de Rennes. Vous tenez les dossiers de 40 clients.\n");
    expect(r.description).not.toContain("Retour aux offres");
  });
});

describe("a board's response rate", () => {
  it.each([
    ["Responded to 75% or more applications in the past 30 days, typically within 1 day.", true],
    ["A répondu à 80 % des candidatures au cours des 30 derniers jours", true],
    ["65% of our employees identify as women", false],
    ["90% of employees stay more than 2 years", false],
    ["We grew 40% in 2025 and now have 120 employees", false],
  ])("%s → %s", (line, chrome) => {
    expect(counterLine(line)).toBe(chrome);
  });
});

describe("whole postings in Italian, Dutch and Portuguese", () => {
  it("an Italian board's buttons and cross-links leave; the duties stay", () => {
    const r = parse(
      "# Magazziniere\n\nLogistica Cervi · Bologna\n\nCandidati ora\n\n## Mansioni\n\n- Carico e scarico merci\n- Condividi le procedure con il team\n\n## Requisiti\n\n- Patentino del muletto\n\nSalva offerta\n\nOfferte di lavoro Magazziniere a Bologna\n",
    );
    expect(r.description).not.toContain("Candidati ora");
    expect(r.description).not.toContain("Salva offerta");
    expect(r.description).not.toContain("Offerte di lavoro Magazziniere");
    expect(r.responsibilities).toContain("Condividi le procedure con il team");
  });

  it("a Dutch board's buttons and site sentence leave", () => {
    const r = parse(
      "# Verpleegkundige\n\nZorggroep Linde · Utrecht\n\nSolliciteer direct\n\n## Wat ga je doen\n\n- Zorg verlenen aan bewoners\n\n## Wat vragen wij\n\n- Diploma verpleegkunde\n\nVacature bewaren\n\nDeze website gebruikt cookies. Lees ons privacybeleid.\n",
    );
    expect(r.description).not.toContain("Vacature bewaren");
    expect(r.description).not.toContain("cookies");
    expect(r.description).toContain("Zorg verlenen aan bewoners");
  });

  it("a Brazilian board's cross-link and report button leave", () => {
    const r = parse(
      "# Analista de Dados\n\nLaranjeira Tech · São Paulo\n\n## Responsabilidades\n\n- Construir dashboards no Power BI\n- Compartilhar análises com o time de produto\n\nVagas de Analista de Dados em São Paulo\n\nDenunciar vaga\n",
    );
    expect(r.description).not.toContain("Vagas de Analista");
    expect(r.description).not.toContain("Denunciar vaga");
    expect(r.responsibilities).toContain("Compartilhar análises com o time de produto");
  });
});

describe("similar-job headings worded around 'similar to this'", () => {
  it.each(["Jobs similar to this one", "Roles similar to this", "Similar vacancies near you"])("%s is chrome", (h) => {
    expect(classifySectionHeading(h).cls).toEqual({ chrome: "similar-jobs" });
  });
});

describe("German similar-job headings, formal and informal", () => {
  it.each(["Das könnte Sie auch interessieren", "Das könnte dich auch interessieren", "Diese Jobs könnten Sie auch interessieren", "Das könnte Ihnen auch gefallen"])("%s is chrome", (h) => {
    expect(classifySectionHeading(h).cls).toEqual({ chrome: "similar-jobs" });
  });

  it("the cards under it stay out of the perks", () => {
    const r = parseJobPosting(
      ["Wir bieten Ihnen", "– 5 Wochen Ferien", "– Gleitzeit", "", "Das könnte Sie auch interessieren", "CNC-Dreher/in 100%", "Muster Drehteile AG", "Olten", "vor 3 Tagen"].join("\n"),
      { format: "text", now: "2026-12-07" },
    );
    expect(r.benefits).toEqual(["5 Wochen Ferien", "Gleitzeit"]);
  });
});
