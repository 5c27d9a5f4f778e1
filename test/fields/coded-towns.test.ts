import { describe, expect, it } from "vitest";
import { codedTown, parseLocations } from "../../src/fields/location.js";

type Place = [city: string, region: string, countryCode: string] | null;

// A town with its region code or name (invented values in the shapes boards write), the posting's countries, and the place.
const CODED: [string, string[], Place][] = [
  ["Montevarchi (AR)", ["IT", "CH"], ["Montevarchi", "AR", "IT"]],
  ["Sesto San Giovanni (MI)", ["IT"], ["Sesto San Giovanni", "MI", "IT"]],
  ["Pontedera (PI)", ["IT"], ["Pontedera", "PI", "IT"]],
  ["Auray (56)", ["FR", "BE"], ["Auray", "56", "FR"]],
  ["Ajaccio (2A)", ["FR"], ["Ajaccio", "2A", "FR"]],
  ["Villefranche-sur-Saône 69", ["FR"], ["Villefranche-sur-Saône", "69", "FR"]],
  ["Santos - SP", ["BR", "PT"], ["Santos", "SP", "BR"]],
  ["Campinas / SP / BR", [], ["Campinas", "SP", "BR"]],
  ["Jundiaí/SP", ["BR"], ["Jundiaí", "SP", "BR"]],
  ["Joinville - SC - Brasil", [], ["Joinville", "SC", "BR"]],
  ["Zürich ZH", [], ["Zürich", "ZH", "CH"]],
  ["Winterthur (ZH)", ["CH", "DE"], ["Winterthur", "ZH", "CH"]],
  ["Baar ZG", ["CH"], ["Baar", "ZG", "CH"]],
  ["Rzeszów podkarpackie", [], ["Rzeszów", "podkarpackie", "PL"]],
  ["Nowy Targ małopolskie", [], ["Nowy Targ", "małopolskie", "PL"]],
  ["Bielsko-Biała / śląskie", [], ["Bielsko-Biała", "śląskie", "PL"]],
  ["Melbourne VIC", [], ["Melbourne", "VIC", "AU"]],
  ["Trabalhar em Recife - PE", ["BR"], ["Recife", "PE", "BR"]],
  // negatives: a code no country of the posting uses, a word that is no town, two towns, a workplace word
  ["Montevarchi (AR)", [], null],
  ["Montevarchi (AR)", ["US"], null],
  ["Springfield (AR)", ["DE"], null],
  ["Transportation (16)", ["US"], null],
  ["Remote (SP)", ["BR"], null],
  ["Cambridge or Brighton, England", ["GB"], null],
  ["Engineering Department (MI)", ["IT"], null],
  ["Berlin (DE)", [], null],
  ["New York, NJ", ["US"], null],
  ["Paris (La Défense)", ["FR"], null],
  ["Business Intelligence (BI)", ["IT"], null],
];

describe("a town and its region code", () => {
  it.each(CODED)("%s with %j", (text, countries, place) => {
    const l = codedTown(text, countries);
    expect(l ? [l.city, l.region, l.countryCode] : null).toEqual(place);
  });

  it("reads a location value with its region code, not as two places", () => {
    const one = parseLocations("Santos - SP", { countries: ["BR"] });
    expect(one.map((l) => [l.city, l.region, l.countryCode])).toEqual([["Santos", "SP", "BR"]]);
    const pl = parseLocations("Poznań / wielkopolskie");
    expect(pl.map((l) => [l.city, l.region, l.countryCode])).toEqual([["Poznań", "wielkopolskie", "PL"]]);
  });
});

// Location values whose reading changed with this round's rules (invented), and what each names.
const VALUES: [string, boolean, [string | null, string | null, string | null][]][] = [
  ["NC", false, [[null, "NC", "US"]]],
  ["Dayton, OH, OH, 45402", false, [["Dayton", "OH", "US"]]],
  ["WA 98101-1234, WA, WA, 98104", false, [[null, "WA", "US"]]],
  ["Requisition ID", true, []],
  ["Pierce County – Tacoma, WA, WA, 98402", false, [["Tacoma", "WA", "US"]]],
  ["Landkreis Harburg - Hamburg", false, [["Hamburg", null, "DE"]]],
  ["Log IN", true, []],
  ["12 Elm St. Coolidge, AZ", false, [[null, "AZ", "US"]]],
  ["Amsterdam HQ", false, [["Amsterdam", null, "NL"]]],
  ["Stockholm Södermalm", false, [["Stockholm", null, "SE"]]],
  ["Denver or Austin - hybrid in both offices; Team size: 12 Stack: React / Elixir / Postgres", false, [["Denver", "CO", "US"], ["Austin", "TX", "US"]]],
  ["Manejo avanzado de MS Office", true, []],
  ["Conocimiento intermedio de SQL Server", true, []],
  ["Springfield IL", true, [["Springfield", "IL", "US"]]],
  // "HE" is Hessen's code beside a German town, never a US state
  ["Frankfurt am Main HE", true, [["Frankfurt am Main", "HE", "DE"]]],
  ["Remote - Europe (Madrid, Porto, Tallinn)", false, [["Madrid", null, "ES"], ["Porto", null, "PT"], ["Tallinn", null, "EE"]]],
  ["Deutschland (Hamburg / Köln)", false, [["Hamburg", null, "DE"], ["Köln", null, "DE"]]],
  ["Europe (preferably CET)", false, [[null, null, null]]],
];

describe("location values read by this round's rules", () => {
  it.each(VALUES)("%s (strict %s)", (text, strict, expected) => {
    expect(parseLocations(text, { strict }).map((l) => [l.city, l.region, l.countryCode])).toEqual(expected);
  });
});
