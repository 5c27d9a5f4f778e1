import { describe, expect, it } from "vitest";
import { parseJobPosting } from "../../src/index.js";
import { listInLine, runOnItems } from "../../src/tree/blocks.js";

const NOW = "2026-11-27";

describe("lists written in prose are items", () => {
  it.each([
    ["numbers glued to the words", "Duties: 1.Prepare reports. 2.Reconcile ledgers. 3.Train new staff.", "Duties:", ["Prepare reports.", "Reconcile ledgers.", "Train new staff."]],
    ["numbers in brackets, 'and' before the last", "We focus on (1) safer roads, (2) cleaner air and (3) quieter streets.", "We focus on", ["safer roads", "cleaner air", "quieter streets."]],
    ["two numbered items after a colon", "Aufgaben: 1) Berichte erstellen 2) Konten abstimmen", "Aufgaben:", ["Berichte erstellen", "Konten abstimmen"]],
    ["semicolons after a lead-in", "Tâches : classement; accueil téléphonique; commandes de fournitures", "Tâches :", ["classement", "accueil téléphonique", "commandes de fournitures"]],
  ])("%s", (_name, text, lead, items) => {
    const r = listInLine(text);
    expect(r?.lead).toBe(lead);
    expect(r?.items).toEqual(items);
  });

  it("the sentences after the last numbered item are not part of it", () => {
    const r = listInLine("Experience in one of: 1) payroll; or 2) bookkeeping; or 3) audit work. Equivalent experience may count.");
    expect(r?.items).toEqual(["payroll", "bookkeeping", "audit work."]);
    expect(r?.tail).toBe("Equivalent experience may count.");
  });

  it.each([
    ["a version number", "We run Python 3.12 and Node 2.1 in production on 1. day."],
    ["numbers out of sequence", "Founded in 1. year, we moved 3. times and grew 2. fold."],
    ["prose with semicolons and no lead-in", "We are small; we are friendly; we are growing fast in Leeds."],
    ["a colon lead-in with long sentences between semicolons", "Note: this is a long sentence. It goes on; and on. It does; and so on."],
    ["one numbered mention", "Step 1. Apply online and wait for our answer."],
  ])("not a list: %s", (_name, text) => {
    expect(listInLine(text)).toBeNull();
  });

  it("lines ending in ';' are items even when they start in lower case", () => {
    const r = parseJobPosting("Bookkeeper\n\nWhat you will do\nprepare the monthly reports;\nreconcile the ledgers;\ntrain new staff.\n", { now: NOW, evidence: true });
    expect(r.responsibilities).toEqual(["prepare the monthly reports;", "reconcile the ledgers;", "train new staff."]);
  });

  it("an inline numbered list gives items with exact spans", () => {
    const text = "Bookkeeper\n\nAbout the job\nWe are a small accounting firm in Leeds.\n\nResponsibilities: 1.Prepare reports. 2.Reconcile ledgers. 3.Train new staff.\n";
    const r = parseJobPosting(text, { now: NOW, evidence: true });
    expect(r.responsibilities).toEqual(["Prepare reports.", "Reconcile ledgers.", "Train new staff."]);
    const s = r.evidence!["responsibilities[1]"].spans[0];
    expect(text.slice(s.start, s.end)).toBe("Reconcile ledgers.");
  });
});

describe("bullets run into one line are items again", () => {
  it.each([
    ["a sentence, a dash, a capital", "Design banners and event visuals for the brand.- Prepare print files for the agency.- Support other teams with layouts", ["Design banners and event visuals for the brand.", "Prepare print files for the agency.", "Support other teams with layouts"]],
    ["after an ellipsis and a word", "Ontwerp van logo's, banners,...- Opmaak van drukwerk voor klanten", ["Ontwerp van logo's, banners,...", "Opmaak van drukwerk voor klanten"]],
    ["Vietnamese, glued after a word", "Tuyển nhân viên kho hàng- Cẩn thận, tỉ mỉ và chăm chỉ trong công việc", ["Tuyển nhân viên kho hàng", "Cẩn thận, tỉ mỉ và chăm chỉ trong công việc"]],
  ])("%s", (_name, text, items) => {
    expect(runOnItems(text)).toEqual(items);
  });

  it.each([
    ["a hyphenated compound with a lower-case word after", "Experience with front- and back-end development in modern frameworks"],
    ["a German elided compound", "Vertrieb in Nord- und Südamerika sowie in ganz Europa und Asien"],
    ["a spaced dash between words", "Build the platform - Own the on-call rotation for the whole team"],
    ["a piece too short to be an item", "Strong SQL and dbt skills are expected here- Go"],
    ["a short item", "Python- Django"],
  ])("%s stays whole", (_name, text) => {
    expect(runOnItems(text)).toEqual([text]);
  });

  it("through the parser: one glued bullet line gives one requirement per bullet", () => {
    const text = "Requirements\n- Two years of warehouse experience.- A forklift licence.- Able to lift 20 kg safely\n";
    expect(parseJobPosting(text, { now: NOW }).requirements).toEqual(["Two years of warehouse experience.", "A forklift licence.", "Able to lift 20 kg safely"]);
  });
});
