import { describe, expect, it } from "vitest";
import { parseJobPosting } from "../../src/index.js";

const title = (text: string) => parseJobPosting(text, { now: "2026-12-07" }).title;

// The employer's name by its legal form, under the title and repeated in the text, is not the title.
describe("a firm's name is no title", () => {
  it.each([
    ["de", "Anlagenmechaniker/in für Lüftungstechnik (m/w/d)\nBergholz Gebäudetechnik GmbH\n\nArbeitsort: 4020 Linz\nArbeitszeit: Vollzeit\nAusbildung: Lehre\n\nWir bieten:\n- Firmenwagen\n\nKontakt\nBergholz Gebäudetechnik GmbH\nHauptplatz 3, 4020 Linz", "Anlagenmechaniker/in für Lüftungstechnik (m/w/d)"],
    ["en", "Maintenance Technician (Nights)\nCopperfield Packaging Ltd\n\nLocation: Wigan\nContract: Permanent\n\nWhat you'll do\n- Fix machines\n\nApply to\nCopperfield Packaging Ltd\n1 Mill Lane, Wigan", "Maintenance Technician (Nights)"],
  ])("%s", (_lang, text, want) => {
    expect(title(text)).toBe(want);
  });
  it("a title joined to its employer keeps the title", () => {
    expect(title("Junior Controller (m/w/d) at Nordlicht Handel GmbH\n\nAbout the company\nNordlicht Handel GmbH sells lamps.\n\nRequirements\n- Excel")).toBe("Junior Controller (m/w/d)");
  });
});

// A role written with a hyphen ("Aide-soignant(e)", "Hilfs-Koch") is a role of the lexicon; the terms after a dash
// on the title's line do not make it a badge line.
describe("a hyphenated role and the terms after it", () => {
  it("reads the title line", () => {
    expect(title("Accueil > Offres d'emploi > Santé\n\nAide-soignante (H/F) – CDI 35h/semaine\nMaison de retraite Les Tilleuls\nMetz\n\nMissions :\n- Soins d'hygiène")).toBe("Aide-soignante (H/F)");
  });
  it("a hyphenated word that is no role stays none", () => {
    expect(title("Self-starter – CDI 35h/semaine\n\nMissions :\n- Soins")).toBeNull();
  });
});

// A classified ad's headline in sentence case: the role in lower case with a hiring word, facts under it.
describe("a classified ad's sentence-case headline", () => {
  it.each([
    ["en", "Home > Jobs > Cleaning Jobs > Dundee\n\nEvening cleaner needed - small office near the station\nDundee, Dundee City\n£12.60 per hour\nPosted 2 days ago\n\nDescription\nWe need someone reliable for two hours each evening.", "Evening cleaner needed - small office near the station"],
    ["it", "Bakeca Lecce > Offerte di lavoro > Ristorazione\n\nCercasi aiuto cuoco per trattoria in centro\nLecce\n1.300 € al mese\nPubblicato 3 giorni fa\n\nDescrizione\nTrattoria in centro cerca aiuto cuoco.", "Cercasi aiuto cuoco per trattoria in centro"],
  ])("%s", (_lang, text, want) => {
    expect(title(text)).toBe(want);
  });
  it("a sentence-case line with no facts under it stays no title", () => {
    expect(title("Help needed with our garden this weekend\n\nWe are a family in Leeds and need a hand.\n\nDetails\n- Saturday only")).toBeNull();
  });
});
