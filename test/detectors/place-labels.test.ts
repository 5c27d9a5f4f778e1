// A place label's value that is no place itself: a site's name over its address, a line leading into
// the place under it, a town after its country's code. Invented pages.
import { describe, expect, it } from "vitest";
import { parseJobPosting } from "../../src/index.js";
import { parseWorkplaceStatement } from "../../src/fields/workplace.js";

const parse = (text: string) => parseJobPosting(text, { now: "2026-11-27", format: "text" });
const place = (text: string) => parse(text).locations.map((l) => [l.city, l.countryCode]);

describe("a place label whose value is no place", () => {
  it("a site's name over its address: the town above a British or Canadian postcode", () => {
    expect(place("Healthcare Assistant\n\nJob locations\nHolmfirth Community Hospital\nDunford Road\nHolmfirth\nHD9 2AB\n\nJob summary\nCare for patients.")).toEqual([["Holmfirth", "GB"]]);
    expect(place("Line Cook\n\nLocation\nHarbour House Hotel\nWater Street\nYarmouth\nB5A 1K1\n\nCook for 80 covers.")).toEqual([["Yarmouth", "CA"]]);
  });

  it("a value that leads into the place under it", () => {
    expect(place("Lock Operator\n\nLocation\n2 vacancies in the following location:\nPeoria, IL\n\nDuties\nOperate the lock.")).toEqual([["Peoria", "US"]]);
  });

  it("a town after its country's ISO code", () => {
    expect(place("Data Analyst\n\nJob Locations\nGR-Thessaloniki\n\nCategory\nFinance\n\nYou will analyse.")).toEqual([["Thessaloniki", "GR"]]);
    expect(place("Data Analyst\n\nJob Location\nUS-TX-Austin\n\nYou will analyse.")).toEqual([["Austin", "US"]]);
  });

  // negatives: a street with no postcode under it, a code that is no country, a lead-in over no place
  it("leaves what names no town", () => {
    expect(place("Porter\n\nJob locations\nAshgrove Hospital\nMill Lane\n\nMove patients.")).toEqual([]);
    expect(place("Analyst\n\nLocation\nXQ-Nowhere\n\nAnalyse.")).not.toContainEqual(["Nowhere", "XQ"]);
    expect(place("Clerk\n\nLocation\nSee the list below:\nOur offices vary by season\n\nFile papers.")).toEqual([]);
  });
});

describe("one or two home-office days a week are hybrid work", () => {
  it.each(["Gleitzeit und die Möglichkeit auf einen Homeoffice-Tag pro Woche", "2 Tage Homeoffice pro Woche", "1 Tag Home-Office"])("%s", (text) => {
    expect(parseWorkplaceStatement(text)).toBe("hybrid");
  });
});
