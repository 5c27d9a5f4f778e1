import { describe, expect, it } from "vitest";
import { parseJobPosting } from "../../src/index.js";
import type { SectionKind } from "../../src/schema.js";
import { leadInKind } from "../../src/sections/classify.js";
import { headingTail } from "../../src/tree/tails.js";

type Kind = SectionKind | null;

// Invented lead-in sentences over invented lists: the kind the sentence's last clause names
// (null: the sentence names no list, or its items read as another kind).
const LEAD_INS: [string, string[], Kind][] = [
  // English
  ["In this position your main responsibilities will involve:", ["Running the weekly payroll", "Reconciling supplier accounts", "Preparing audit files"], "responsibilities"],
  ["Working closely with the head chef, your daily duties include:", ["Prep vegetables and sauces", "Keep the cold room in order", "Clean the line after service"], "responsibilities"],
  ["It would be a real bonus if you also had some exposure to:", ["Terraform modules", "Grafana dashboards", "Incident reviews"], "nice-to-have"],
  ["Ideally, you will also have worked with:", ["Event sourcing", "Message queues", "Feature flags"], "nice-to-have"],
  ["Experience in the following areas would be beneficial:", ["Retail banking", "Card schemes", "Fraud tooling"], "nice-to-have"],
  ["We're looking for someone who:", ["Has 3+ years of experience with Kotlin", "Has a degree in computer science", "Is fluent in English"], "requirements"],
  ["As a member of our team you can expect the following benefits:", ["Private health cover", "Cycle to work scheme", "Extra day off on your birthday"], "benefits"],
  // French, Spanish, German, Portuguese
  ["Rattaché(e) au responsable d'atelier, vos principales missions seront les suivantes :", ["Préparer les commandes", "Contrôler la qualité des pièces", "Ranger le stock"], "responsibilities"],
  ["Pour ce poste, vos tâches seront :", ["Accueillir les clients", "Tenir la caisse", "Mettre en rayon"], "responsibilities"],
  ["En este puesto tus principales funciones serán:", ["Atender a los clientes", "Gestionar pedidos", "Controlar el inventario"], "responsibilities"],
  ["Daneben bieten wir Dir:", ["30 Tage Urlaub", "Betriebliche Altersvorsorge", "Jobrad"], "benefits"],
  ["No dia a dia, suas atividades serão:", ["Atender clientes por telefone", "Organizar a agenda da equipe", "Emitir notas fiscais"], "responsibilities"],
  ["Shortlisted candidates will be invited to:", ["Online application form and short video questions", "Video interview with a site engineer (45 minutes)", "Assessment day at our Leeds office"], "interview-process"],
  // negatives: the sentence names no list, or a word only looks like one
  ["You will also be invited to:", ["Our summer party", "Monthly team lunches", "Quarterly offsites"], null],
  ["For more information about this recruitment, please contact:", ["Jane Doe", "HR Officer", "jane@example.org"], null],
  ["Your application package must be received by the closing date and must include the following:", ["A resume", "A cover letter", "Three references"], null],
  ["We serve our community in many ways, including:", ["Food banks", "After-school clubs", "Legal clinics"], null],
  ["Our offices (requiring two days a week on site):", ["Lisbon", "Porto"], null],
  // a clause that names nothing leads into the list its items clearly make
  ["Reporting to the Finance Manager, the Payroll Analyst will:", ["Process weekly payroll for 300 staff", "Reconcile payroll to the ledger", "Prepare year-end filings", "Answer employee pay questions"], "responsibilities"],
  ["Sous l'autorité du chef de chantier, vous allez :", ["Poser des bordures", "Réparer des voiries", "Aider sur les chantiers"], "responsibilities"],
  ["Reporting to the Finance Manager, the analyst:", ["Leeds", "Manchester", "Remote"], null],
  ["Reporting to the Finance Manager, the analyst will:", ["Process weekly payroll", "Has 3+ years of payroll experience"], null],
  ["Horaires prévisionnels selon la tournée :", ["matin : 5h-12h", "soir : 14h-21h"], null],
  ["Here is a little more about us:", ["Founded in 2012", "Offices in three countries", "Profitable since 2019"], null],
  ["This job is for you if you:", ["Love building things from scratch", "Enjoy talking to customers"], null],
  ["Our tools:", ["Kafka", "Terraform"], "skills"],
  ["Our tools and process:", ["Call with the founder", "Design review"], null],
  ["Your main responsibilities will involve:", ["One lone item"], null],
];

describe("leadInKind: the list a lead-in sentence opens, by its last clause's stems", () => {
  it.each(LEAD_INS)("%s", (text, items, kind) => {
    expect(leadInKind(text, items)).toBe(kind);
  });
});

describe("a lead-in sentence over a list opens its section in a parsed posting", () => {
  it("gives the French missions to responsibilities", () => {
    const text = [
      "Notre client, une menuiserie de 40 personnes, recrute un peintre (H/F).",
      "",
      "Sous la responsabilité du chef d'atelier, vos principales missions seront les suivantes :",
      "",
      "- Préparer les surfaces avant peinture",
      "- Appliquer les vernis au pistolet",
      "- Vérifier les stocks de produits",
      "",
      "Salaire selon expérience.",
    ].join("\n");
    const r = parseJobPosting(text, { now: "2026-11-27" });
    expect(r.responsibilities).toEqual(["Préparer les surfaces avant peinture", "Appliquer les vernis au pistolet", "Vérifier les stocks de produits"]);
  });

  it("reads a lead-in closing a long paragraph of prose, and goes back to the prose's section after its list", () => {
    const prose = "The Borough of Eastfield is a small, friendly council serving some 40,000 residents along the river. Our elections office runs every municipal, state and federal election in the borough, and it is growing with the new early-voting centres. ";
    const text = [
      "Elections Clerk",
      "",
      "## About the job",
      "",
      prose + "This year we are proud to add the following employee benefit enhancements:",
      "",
      "- Deferred compensation plan",
      "- Tuition reimbursement",
      "- Paid parental leave",
      "",
      "The clerk supports the elections supervisor in the day-to-day running of the office.",
      "",
      "- Process voter registration forms",
      "- Answer voters' questions by phone and e-mail",
      "- Prepare poll books before each election",
    ].join("\n");
    const r = parseJobPosting(text, { format: "markdown", now: "2026-11-27" });
    expect(r.benefits).toEqual(["Deferred compensation plan", "Tuition reimbursement", "Paid parental leave"]);
    expect(r.responsibilities).toEqual(["Process voter registration forms", "Answer voters' questions by phone and e-mail", "Prepare poll books before each election"]);
  });

  it("keeps a heading that already named its list", () => {
    const text = [
      "## Nice to have",
      "",
      "While the basics matter most, the following requirements will make you stand out:",
      "",
      "- Experience with Rust",
      "- Open-source contributions",
    ].join("\n");
    const r = parseJobPosting(text, { format: "markdown", now: "2026-11-27" });
    expect(r.niceToHave).toEqual(["Experience with Rust", "Open-source contributions"]);
    expect(r.requirements).toEqual([]);
  });
});

// Invented lines whose last words are a sub-heading glued on when the line breaks were lost.
const TAILS: [string, { head: string; tail: string } | null][] = [
  ["Được ghi nhận những đóng góp kịp thời, chính xác.(-) Chế độ phúc lợi:", { head: "Được ghi nhận những đóng góp kịp thời, chính xác.(-)", tail: "Chế độ phúc lợi" }],
  ["At least 3 years in a similar role is preferredPersonal qualities we value:", { head: "At least 3 years in a similar role is preferred", tail: "Personal qualities we value" }],
  ["Permis B exigé pour les déplacements en clientèleProfil :", { head: "Permis B exigé pour les déplacements en clientèle", tail: "Profil" }],
  ["Avoir le CACES 3 à jour (obligatoire) Vos avantages :", { head: "Avoir le CACES 3 à jour (obligatoire)", tail: "Vos avantages" }],
  ["Connaissance des normes de sécurité en atelier Rémunération :", { head: "Connaissance des normes de sécurité en atelier", tail: "Rémunération" }],
  ["Đánh giá, xét tăng lương 1 lần/năm2. Chế độ phúc lợi:", { head: "Đánh giá, xét tăng lương 1 lần/năm", tail: "Chế độ phúc lợi" }],
  ["pomoc przy organizacji wyjazdu na miejscu Wymagania:", { head: "pomoc przy organizacji wyjazdu na miejscu", tail: "Wymagania" }],
  // the next heading's number glued to the line: a long tail, Vietnamese or English
  ["Quà tặng sinh nhật và các ngày lễ trong năm2. Bảo hiểm & chăm sóc sức khỏe toàn diện cho gia đình:", { head: "Quà tặng sinh nhật và các ngày lễ trong năm", tail: "Bảo hiểm & chăm sóc sức khỏe toàn diện cho gia đình" }],
  ["Share what you learn with the rest of the studio team3. People & Team Management:", { head: "Share what you learn with the rest of the studio team", tail: "People & Team Management" }],
  // negatives: a lead-in, a brand name, prose that goes on, a bracket opened before
  ["Strong hands-on experience with cloud warehouses, including:", null],
  ["Three years of experience with JavaScript:", null],
  ["Pay depends on the office you join. Salary is set by experience and location:", null],
  ["We are looking to recruit a Candidate:", null],
  ["Pour un projet naissant (secteur: Santé et Bien-être) nous proposons les missions suivantes:", null],
  ["Short Profil:", null],
  ["Upgrade the fleet to version 2. New vans will arrive with the following kit and tooling on board:", null],
  // a short head in capitals is the heading's own first words
  ["Preferred Soft Skills:", null],
  ["Bonus Points For (Nice-to-Haves):", null],
  ["Gewünschte Soft Skills:", null],
  // a run of capitalised words going on across the cut is a name, not a lost break
  ["As a Senior Data Engineer you will:", null],
  ["En tant que Responsable Qualité Fournisseurs vous aurez pour missions :", null],
  ["Licenses, Registrations, Certifications, or Special Requirements:", null],
  ["Reporting to the FP&A Manager, you will:", null],
  // (a word in capitals before the cut is no name that goes on: a lost break after an acronym)
  ["znajomość narzędzi JIRA Wymagane cechy i predyspozycje:", { head: "znajomość narzędzi JIRA", tail: "Wymagane cechy i predyspozycje" }],
];

describe("headingTail: a sub-heading glued to the end of a line", () => {
  it.each(TAILS)("%s", (text, want) => {
    expect(headingTail(text)).toEqual(want);
  });
});

describe("a run of badges after a section's list is not more of the list", () => {
  it("leaves 'Nível: Pleno / CLT / Remoto' out of the requirements", () => {
    const text = [
      "Requisitos",
      "Experiência com Java e Spring Boot.",
      "Conhecimento em bancos de dados relacionais.",
      "Vivência com metodologias ágeis.",
      "",
      "Nível (Senioridade): Pleno.",
      "CLT",
      "Remoto",
    ].join("\n");
    const r = parseJobPosting(text, { format: "text", now: "2026-11-27" });
    expect(r.requirements).toEqual(["Experiência com Java e Spring Boot.", "Conhecimento em bancos de dados relacionais.", "Vivência com metodologias ágeis."]);
  });

  it("keeps a second short list that reads as the section's kind", () => {
    const text = [
      "Requirements",
      "- 3+ years of experience with Go",
      "- Experience with PostgreSQL",
      "- Strong written English",
      "",
      "- Degree in computer science",
      "- Experience with Kafka",
    ].join("\n");
    const r = parseJobPosting(text, { format: "text", now: "2026-11-27" });
    expect(r.requirements).toHaveLength(5);
  });
});

describe("a contact card at the end of a list section is no item of it", () => {
  it("leaves the recruiter's card out of the benefits", () => {
    const text = [
      "## Was wir bieten",
      "",
      "- 30 Tage Urlaub",
      "- Betriebliche Altersvorsorge",
      "- Jobticket",
      "",
      "Fragen? Sprich uns an.",
      "",
      "- Erika Beispiel",
      "- Talent Acquisition",
      "- +49 (0)40 123 456 78",
    ].join("\n");
    const r = parseJobPosting(text, { format: "markdown", now: "2026-11-27" });
    expect(r.benefits).toEqual(["30 Tage Urlaub", "Betriebliche Altersvorsorge", "Jobticket"]);
  });

  it("keeps a list whose lines are sentences, though one gives a number", () => {
    const text = ["## Benefits", "", "- Health insurance for you and your family.", "- Call our benefits desk at 555 010 2000."].join("\n");
    const r = parseJobPosting(text, { format: "markdown", now: "2026-11-27" });
    expect(r.benefits).toHaveLength(2);
  });
});

describe("answers nested under a question item take the kind the question names", () => {
  it("reads the interview steps of an FAQ list", () => {
    const text = [
      "## Good to know",
      "",
      "- Where is the team based?",
      "  - Mostly in Lisbon, some of us remote.",
      "- How does the interview process work?",
      "  - A 30-minute call with a recruiter.",
      "  - A technical interview with two engineers.",
      "  - A final chat with the founders.",
      "- Do you sponsor visas?",
      "  - Not at the moment.",
    ].join("\n");
    const r = parseJobPosting(text, { format: "markdown", now: "2026-11-27" });
    expect(r.interviewProcess.map((s) => s.name)).toEqual(["A 30-minute call with a recruiter.", "A technical interview with two engineers.", "A final chat with the founders."]);
  });

  it("leaves answers under a question that names no kind where they were", () => {
    const text = ["## Good to know", "", "- Who works here?", "  - Engineers and designers.", "  - A small sales team."].join("\n");
    const r = parseJobPosting(text, { format: "markdown", now: "2026-11-27" });
    expect(r.interviewProcess).toEqual([]);
  });
});

describe("a list line leading into the lines under it heads them, it is no item", () => {
  const read = (text: string) => parseJobPosting(text, { format: "markdown", now: "2026-11-27" });

  it("drops the lead-in of nested lines and keeps them in its section", () => {
    const r = read(["## Minimum qualifications", "", "- Considerable knowledge of:", "  - State election law.", "  - Voting equipment.", "- Ability to work evenings."].join("\n"));
    expect(r.requirements).toEqual(["State election law.", "Voting equipment.", "Ability to work evenings."]);
  });

  it("gives nested lines the kind the lead-in names, then goes on with the list", () => {
    const r = read(["## Skills required", "", "- Strong SQL.", "- Experience with the following is desired, but not required:", "  - GIS mapping", "  - Spanish", "- A full driving licence."].join("\n"));
    expect(r.requirements).toEqual(["Strong SQL.", "A full driving licence."]);
    expect(r.niceToHave).toEqual(["GIS mapping", "Spanish"]);
  });

  it("reads a lead-in in French and German", () => {
    const fr = read(["## Avantages", "", "- Nos avantages :", "  - Tickets restaurant", "  - Mutuelle prise en charge à 80 %"].join("\n"));
    expect(fr.benefits).toEqual(["Tickets restaurant", "Mutuelle prise en charge à 80 %"]);
    const de = read(["## Dein Profil", "", "- Sicher im Umgang mit:", "  - Excel", "  - SAP", "- Führerschein Klasse B"].join("\n"));
    expect(de.requirements).toEqual(["Excel", "SAP", "Führerschein Klasse B"]);
  });

  it("heads the lines after it in its own list when its words name a list", () => {
    const r = read(["## Requirements", "", "- Three years in a warehouse.", "- Bonus points for experience in:", "- Forklift licences.", "- Stock software."].join("\n"));
    expect(r.requirements).toEqual(["Three years in a warehouse."]);
    expect(r.niceToHave).toEqual(["Forklift licences.", "Stock software."]);
  });

  it("heads the lines after it when it names nothing, in its own list or as a list of one line", () => {
    expect(read(["## Duties", "", "- Meetings:", "- Weekly team meeting.", "- Monthly review."].join("\n")).responsibilities).toEqual(["Weekly team meeting.", "Monthly review."]);
    const text = (lines: string[]) => parseJobPosting(lines.join("\n"), { format: "text", now: "2026-11-27" });
    const duties = text(["Responsabilidades", "• Suporte ao Sistema Web:", "• Corrigir erros no sistema.", "• Monitorar o desempenho.", "• Documentação:", "• Manter a documentação atualizada."]);
    expect(duties.responsibilities).toEqual(["Corrigir erros no sistema.", "Monitorar o desempenho.", "Manter a documentação atualizada."]);
    const groups = read(["## Key duties", "", "- Polling places:", "", "1. Book the polling places.", "2. Keep the list of sites.", "", "- Staffing:", "", "1. Recruit the poll workers.", "2. Pay them on time."].join("\n"));
    expect(groups.responsibilities).toEqual(["Book the polling places.", "Keep the list of sites.", "Recruit the poll workers.", "Pay them on time."]);
  });

  it("reads pluses under a clause or heading that names pluses, though their lines read as musts", () => {
    const en = read(["## About you", "", "You will have:", "", "- A PhD in oceanography.", "- Experience of fieldwork at sea.", "", "It would be an advantage if you also have:", "", "- Experience with coastal models.", "- A boat handling certificate."].join("\n"));
    expect(en.niceToHave).toEqual(["Experience with coastal models.", "A boat handling certificate."]);
    const ca = read(["### Qualifications", "", "- A diploma in social work.", "- Two years of youth work.", "", "### Assets", "", "- Ability to speak Arabic or Spanish.", "- First Aid certification."].join("\n"));
    expect(ca.niceToHave).toEqual(["Ability to speak Arabic or Spanish.", "First Aid certification."]);
    const de = parseJobPosting(["Das bringst du mit", "- Abgeschlossene Ausbildung als Mechatroniker", "- Erfahrung mit SPS-Steuerungen", "", "Schön, wenn du mitbringst", "- Erste Erfahrung mit Robotik", "- Staplerschein", "", "Was wir dir bieten", "- 30 Tage Urlaub", "- Jobrad"].join("\n"), { format: "text", now: "2026-11-27" });
    expect(de.niceToHave).toEqual(["Erste Erfahrung mit Robotik", "Staplerschein"]);
  });

  it("keeps musts under a clause that names them as well as an ideal", () => {
    const r = read(["## The role", "", "Your skills and qualifications will ideally include:", "", "- 3+ years of Python experience.", "- Experience with unit tests.", "- Knowledge of SQL."].join("\n"));
    expect(r.niceToHave).toEqual([]);
    expect(r.requirements).toEqual(["3+ years of Python experience.", "Experience with unit tests.", "Knowledge of SQL."]);
  });

  // negatives: a label over its value, a last line with nothing under it, two lines a scraper glued together,
  // a long line naming nothing
  it("leaves labels, last lines, glued lines and long lines as items", () => {
    expect(read(["## Benefits", "", "- Pension", "- Salary:", "- £28,000"].join("\n")).benefits).toContain("Pension");
    expect(read(["## Requirements", "", "- A degree.", "- Three professional references:"].join("\n")).requirements).toEqual(["A degree.", "Three professional references:"]);
    const glued = ["umiejętność pracy w grupie Chcielibyśmy, abyś wniósł do zespołu:", "Annual leave. Holidays are as follows:"];
    for (const line of glued) expect(read(["## Requirements", "", `- ${line}`, "- Grafana.", "- Terraform."].join("\n")).requirements).toContain(line);
    const long = "Salary reviews twice a year with raises of five to twenty percent and bonuses tied to results:";
    expect(read(["## Benefits", "", `- ${long}`, "- Pension.", "- Gym."].join("\n")).benefits).toContain(long);
  });
});
