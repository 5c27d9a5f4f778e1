// A page flattened onto one line (research dumps, copies that lost every break) is split at the
// section headings written where its lines began; ";"-joined pieces become items. Invented rows.
import { describe, expect, it } from "vitest";
import { flattenedSections } from "../../src/tree/flattened.js";
import { parseJobPosting } from "../../src/index.js";

const now = "2026-11-27";

describe("flattened pages", () => {
  const polish =
    "Twój zakres obowiązków Prowadzenie ksiąg rachunkowych spółek z grupy;Przygotowywanie deklaracji VAT i CIT;Współpraca z audytorem przy badaniu sprawozdań. " +
    "Nasze wymagania Min. 2 lata doświadczenia w księgowości;Znajomość programu Symfonia;Dobra organizacja pracy własnej. " +
    "To oferujemy stabilne zatrudnienie na umowę o pracę;prywatną opiekę medyczną;kartę sportową.";

  it("splits at the headings and gives the ';' pieces as items", () => {
    const r = parseJobPosting(polish, { now });
    expect(r.responsibilities).toContain("Przygotowywanie deklaracji VAT i CIT");
    expect(r.requirements).toContain("Znajomość programu Symfonia");
    expect(r.benefits).toContain("prywatną opiekę medyczną");
  });

  it("reads a heading glued to its first item by a colon", () => {
    const parts = flattenedSections("Opis stanowiska podany przez pracodawcę: firma z branży logistycznej szuka osoby do działu kadr i płac w Poznaniu, praca od poniedziałku do piątku w godzinach 8-16 w biurze przy ul. Składowej Oczekujemy:Doświadczenie w naliczaniu płac;Znajomość przepisów prawa pracy;Obsługa programu Płatnik Oferujemy:Umowę o pracę;Pakiet medyczny;Dofinansowanie do obiadów");
    expect(parts?.filter((p) => p.kind === "heading").map((p) => p.texts[0])).toEqual(["Opis stanowiska podany przez pracodawcę", "Oczekujemy", "Oferujemy"]);
    expect(parts?.find((p) => p.kind === "items")?.texts).toContain("Znajomość przepisów prawa pracy");
  });

  // negatives
  it("leaves prose that opens sentences with a heading's words", () => {
    const prose =
      "We are looking for a Senior Data Engineer to join our platform team in Utrecht. The ideal candidate has built batch and streaming pipelines before and enjoys mentoring. " +
      "In this role, you will design our ingestion layer, review code and work with analysts every day. What we offer is a calm team, a good salary and time to learn new tools properly.";
    expect(flattenedSections(prose)).toBeNull();
  });

  it("leaves a long line with one heading", () => {
    expect(flattenedSections("Requirements: " + "solid experience with Kubernetes and Terraform in production, ".repeat(6))).toBeNull();
  });
});
