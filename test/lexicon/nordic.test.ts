import { describe, expect, it } from "vitest";
import { parseEmploymentType } from "../../src/fields/employment.js";
import { parseExperience } from "../../src/fields/experience.js";
import { detectLanguage } from "../../src/fields/language.js";
import { findSalaries } from "../../src/fields/salary.js";
import { parseWorkplaceStatement } from "../../src/fields/workplace.js";
import { looksLikeTitle } from "../../src/detectors/header-lines.js";
import { parseJobPosting } from "../../src/index.js";
import { chromeLine, classifyHeading, labelField } from "../../src/sections/phrases.js";

// Prose in the shapes of Danish, Swedish and Norwegian boards (invented), and neighbours that must stay theirs.
const LANGUAGE: [string, string][] = [
  ["Vi søger en struktureret medarbejder, der har lyst til at blive en del af vores team. Du får ansvar for planlægningen af arbejdet.", "da"],
  ["Som vores nye bogholder kommer du til at arbejde tæt sammen med økonomichefen. Vi forventer, at du har erfaring med Navision.", "da"],
  ["Send din ansøgning hurtigst muligt, da vi holder samtaler løbende. Stillingen er på fuldtid og ønskes besat efter aftale.", "da"],
  ["Hos os får du gode kolleger, en fleksibel hverdag og mulighed for efteruddannelse. Løn efter kvalifikationer.", "da"],
  ["Vi söker nu en engagerad säljare som vill utvecklas tillsammans med oss. Du kommer att ansvara för våra största kunder.", "sv"],
  ["Har du erfarenhet av ekonomiarbete och tycker om att arbeta i team? Då är det dig vi söker till tjänsten.", "sv"],
  ["Vi erbjuder en trygg anställning med kollektivavtal, friskvårdsbidrag och goda möjligheter till utveckling.", "sv"],
  ["Urval sker löpande, så skicka gärna din ansökan redan idag. Tjänsten är en tillsvidareanställning på heltid.", "sv"],
  ["Vi søker en engasjert rådgiver som ønsker å jobbe med spennende oppgaver i et godt arbeidsmiljø.", "nb"],
  ["Du vil få ansvar for oppfølging av våre kunder og samarbeide tett med resten av avdelingen.", "nb"],
  ["Hos oss får du gode kolleger, fleksibel arbeidstid og mulighet for faglig utvikling gjennom kurs.", "nb"],
  ["Vi ønsker søkere med relevant utdanning og erfaring. Det er ønskelig at du har kjennskap til regnskap.", "nb"],
  // neighbours: German shares "ä", "ö" with Swedish; Dutch "er", "om" and Polish "i" stay theirs
  ["Wir suchen für unser Team in Köln eine erfahrene Entwicklerin. Du übernimmst die Verantwortung für unsere Schnittstellen.", "de"],
  ["Wat ga je doen? Je werkt samen met het team aan de planning en je bent het aanspreekpunt voor klanten.", "nl"],
  ["Poszukujemy osoby do pracy w biurze i w magazynie, oferujemy umowę o pracę oraz pakiet benefitów.", "pl"],
  ["You will work with our Copenhagen and Oslo teams on the billing platform and own its roadmap.", "en"],
];

// Headings in the shapes of Nordic boards (invented).
const HEADINGS: [string, string][] = [
  ["Arbejdsopgaver", "responsibilities"], ["Dine opgaver", "responsibilities"], ["Dine opgaver som lagerchef", "responsibilities"],
  ["Vi forventer", "requirements"], ["Kvalifikationer", "requirements"], ["Det er en fordel", "nice-to-have"], ["Meriterende", "nice-to-have"],
  ["Vi tilbyder", "benefits"], ["Om virksomheden", "about-company"], ["Ansøgning", "how-to-apply"], ["Om stillingen", "about-role"],
  ["Arbetsuppgifter", "responsibilities"], ["Dina arbetsuppgifter som lagerchef", "responsibilities"], ["Vi söker dig som", "requirements"],
  ["Kvalifikationer", "requirements"], ["Meriterande", "nice-to-have"], ["Vi erbjuder", "benefits"], ["Om oss", "about-company"],
  ["Rekryteringsprocess", "interview-process"], ["Om tjänsten", "about-role"],
  ["Arbeidsoppgaver", "responsibilities"], ["Kvalifikasjoner", "requirements"], ["Personlige egenskaper", "requirements"],
  ["Ønskelige kvalifikasjoner", "nice-to-have"], ["Vi tilbyr", "benefits"], ["Om oss", "about-company"], ["Søknad", "how-to-apply"],
];

// Lines of those languages that are no heading: sentences, names, places.
const NOT_HEADINGS = [
  "Vi arbejder i et lille team i hjertet af Aarhus og drikker meget kaffe",
  "Mette Kristensen",
  "Du kommer att arbeta nära våra kunder i hela Norden",
  "Göteborg",
  "Stillingen rapporterer til daglig leder i Trondheim",
];

const LABELS: [string, string][] = [
  ["Ansøgningsfrist", "validThrough"], ["Sista ansökningsdag", "validThrough"], ["Søknadsfrist", "validThrough"],
  ["Publiceret", "postedAt"], ["Publicerad", "postedAt"], ["Publisert", "postedAt"], ["Arbejdssted", "location"], ["Arbetsort", "location"],
  ["Ansættelsesform", "employmentType"], ["Anställningsform", "employmentType"], ["Stillingsprosent", "employmentType"], ["Timeløn", "salary"],
  ["Lön", "salary"], ["Arbeidsgiver", "company"],
];

const CHROME = ["Søg jobbet", "Gem job", "Ansök nu", "Spara annons", "Lagre annonse"];

const EMPLOYMENT: [string, string | null][] = [
  ["Kolding · Fuldtid · Fastansættelse", "full-time"], ["Stillingen er på deltid, 25 timer om ugen", "part-time"],
  ["Tidsbegrænset ansættelse i 12 måneder", "temporary"], ["Tjänsten är en tillsvidareanställning på heltid", "full-time"],
  ["Visstidsanställning under sommaren", "temporary"], ["Fast stilling, 100 %", "full-time"], ["Vikariat i ett år", "temporary"],
  ["Vi holder til i Aarhus og har 40 medarbejdere", null],
];

const WORKPLACE: [string, string | null][] = [
  ["Der er mulighed for hjemmearbejde to dage om ugen", "hybrid"], ["Möjlighet till distansarbete två dagar i veckan", "hybrid"],
  ["Stillingen er 100% hjemmekontor", "remote"], ["Du arbetar helt på distans", "remote"], ["Vores kontor ligger ved havnen", null],
];

const SALARY: [string, { min: number; max: number; period: string } | null][] = [
  ["Timeløn fra 185 kr. plus tillæg", { min: 185, max: 185, period: "hour" }],
  ["Månadslön 32 000 kr", { min: 32000, max: 32000, period: "month" }],
  ["Løn: 38.000 kr/md", { min: 38000, max: 38000, period: "month" }],
  ["Årslønn 620 000 - 700 000 kr", { min: 620000, max: 700000, period: "year" }],
  ["Lön mellan 28 000 och 31 000 kr per månad", { min: 28000, max: 31000, period: "month" }],
  ["Vi har 250 medarbejdere i 4 lande", null],
];

const EXPERIENCE: [string, number | null][] = [
  ["Du har minst 3 års erfarenhet av backendutveckling", 3], ["Du har mindst 2 års erfaring fra et lager", 2],
  ["Minimum 5 års erfaring med Java", 5], ["Du har 6 måneders erfaring som kok", 0.5],
  ["Vi har 25 års erfaring i branchen og 300 kunder", null], ["Tjänsten är på 2 år med möjlighet till förlängning", null],
];

// Title lines of Nordic boards: the role noun ends a compound ("Lagermedarbejder"); prose and places are no title.
const TITLES: [string, boolean][] = [
  ["Lagermedarbejder til vores lager i Vejle", true], ["Systemutvecklare Backend", true], ["Sykepleier – vikariat", true],
  ["Projektledare inom bygg", true], ["Regnskapsfører 80 %", true], ["Undersköterska till hemtjänsten", true],
  ["Göteborg", false], ["Vi tilbyder en spændende hverdag.", false],
];

describe("Nordic languages", () => {
  it.each(TITLES)("title %s → %s", (text, yes) => expect(looksLikeTitle(text)).toBe(yes));
  it.each(EXPERIENCE)("%s → %s", (text, years) => expect(parseExperience(text)?.minYears ?? null).toBe(years));
  it.each(LANGUAGE)("%s → %s", (text, lang) => expect(detectLanguage(text)).toBe(lang));
  it.each(HEADINGS)("heading %s → %s", (text, kind) => expect(classifyHeading(text)?.kind).toBe(kind));
  it.each(NOT_HEADINGS)("%s is no heading", (text) => expect(classifyHeading(text)?.kind ?? null).toBeNull());
  it.each(LABELS)("label %s → %s", (label, field) => expect(labelField(label)).toBe(field));
  it.each(CHROME)("%s is chrome", (line) => expect(chromeLine(line)).not.toBeNull());
  it.each(EMPLOYMENT)("%s → %s", (text, type) => expect(parseEmploymentType(text)?.value ?? null).toBe(type));
  it.each(WORKPLACE)("%s → %s", (text, type) => expect(parseWorkplaceStatement(text)).toBe(type));
  it.each(SALARY)("%s", (text, want) => {
    const got = findSalaries(text, { labelled: false, country: null })[0]?.salary ?? null;
    expect(got && { min: got.min, max: got.max, period: got.period }).toEqual(want);
  });

  it("reads a Danish posting: sections, lists, contract, pay in kroner, dates", () => {
    const r = parseJobPosting([
      "# Lagermedarbejder", "", "Fuldtid · Fastansættelse", "", "Publiceret: 3. marts 2027", "",
      "Vi søger en mødestabil kollega, der har lyst til at blive en del af vores travle lager.", "",
      "## Dine opgaver", "", "- Plukning og pakning af ordrer", "- Modtagelse af varer", "",
      "## Vi forventer", "", "- Erfaring fra et lager", "- Truckcertifikat", "",
      "## Det er en fordel", "", "- Kendskab til SAP", "",
      "## Vi tilbyder", "", "- Timeløn fra 185 kr. plus tillæg", "- Pension og frokostordning", "",
      "## Ansøgning", "", "Ansøgningsfrist: 31. marts 2027.",
    ].join("\n"), { now: new Date("2027-03-05T00:00:00Z") });
    expect(r.language).toBe("da");
    expect(r.responsibilities).toEqual(["Plukning og pakning af ordrer", "Modtagelse af varer"]);
    expect(r.requirements).toEqual(["Erfaring fra et lager", "Truckcertifikat"]);
    expect(r.niceToHave).toEqual(["Kendskab til SAP"]);
    expect(r.benefits).toHaveLength(2);
    expect(r.employmentType).toBe("full-time");
    expect(r.salary).toMatchObject({ min: 185, currency: "DKK", period: "hour" });
    expect(r.postedAt).toBe("2027-03-03");
    expect(r.validThrough).toBe("2027-03-31");
    expect(r.warnings.join(" ")).not.toContain("no vocabulary");
  });

  it("reads a Swedish public board's occupation as the category, its headline as the title, and the firm at its workplace", () => {
    const text = ["Tillbaka till sökresultatet", "", "Sjuksköterska till vårdcentralen i Skellefteå", "Norrbacka Vård AB", "Yrkesroll: Sjuksköterska, grundutbildad", "Kommun: Skellefteå", "Publicerad: 2026-12-02", "", "Om jobbet", "Norrbacka Vård AB driver två vårdcentraler i Skellefteå. Vi söker en sjuksköterska till mottagningen.", "", "Arbetsplats", "Norrbacka Vård AB", "Storgatan 12", "931 30 Skellefteå"].join("\n");
    const r = parseJobPosting(text, { now: "2026-12-08", format: "text" });
    expect(r.title).toBe("Sjuksköterska till vårdcentralen i Skellefteå");
    expect(r.category).toBe("Sjuksköterska, grundutbildad");
    expect(r.company).toBe("Norrbacka Vård AB");
  });

  it("moves the pluses of a requirements list to the nice-to-haves", () => {
    const r = parseJobPosting(["# Lagerchef", "", "## Kvalifikationer", "", "- Erfaring fra et lager", "- Kendskab til SAP er en fordel", "- Truckcertifikat är meriterande", "- Erfaring fra sykehus er ønskelig", "- Kørekort er et plus"].join("\n"));
    expect(r.requirements).toEqual(["Erfaring fra et lager"]);
    expect(r.niceToHave).toHaveLength(4);
  });

  it("reads a bare 'kr' as the Norwegian krone in a Norwegian posting and the krona in a Swedish one", () => {
    const nb = parseJobPosting("Vi søker en rådgiver til vårt kontor. Du vil få ansvar for oppfølging av våre kunder.\n\nLønn: 48 000 kr per måned\n\nSøknadsfrist: 1. desember 2027");
    expect(nb.language).toBe("nb");
    expect(nb.salary?.currency).toBe("NOK");
    expect(nb.validThrough).toBe("2027-12-01");
    const sv = parseJobPosting("Vi söker en rådgivare till vårt kontor. Du kommer att ansvara för våra kunder.\n\nLön: 38 000 kr per månad");
    expect(sv.language).toBe("sv");
    expect(sv.salary?.currency).toBe("SEK");
  });
});
