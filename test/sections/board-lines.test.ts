import { describe, expect, it } from "vitest";
import { parseJobPosting } from "../../src/index.js";

const NOW = "2026-12-07";

// Invented pages in the shape of the biggest boards' local sites: their own lines (profile insights,
// "from the full job description", disclaimers, scam notes, counters, related searches) are chrome in
// every language, and a board's line standing between a heading and its list does not take the list.
describe("a board's own lines are kept out of the description in every language", () => {
  it.each([
    ["fr", "Vendeur en boulangerie (H/F)\nFournil des Tilleuls\nNantes (44)\n\nInsights sur le profil\nDécouvrez dans quelle mesure vos compétences correspondent à la description du poste\n\nDescription du poste\nNous recherchons un vendeur pour notre boutique du centre-ville. Vous accueillez les clients et tenez la caisse.\n\nNe communiquez jamais vos coordonnées bancaires.\n\nRecherches associées\nVendeur boulangerie Nantes\n", ["Insights sur le profil", "Recherches associées"], "Nous recherchons un vendeur"],
    ["es", "Ejecutivo de ventas\nGrupo Norteño\nMonterrey, N. L.\n\nExtraído de la descripción completa del empleo\n\nBuscamos un ejecutivo de ventas para atender a clientes industriales en la zona norte.\n\nBúsquedas relacionadas\nEjecutivo de ventas Monterrey\n", ["Extraído de la descripción completa", "Búsquedas relacionadas"], "Buscamos un ejecutivo de ventas"],
    ["nl", "Wijkverpleegkundige\nZorggroep Lindeveld\nUtrecht\n\nProfielinzichten\nZo sluit je profiel aan op de vacature\n\nAfkomstig uit de volledige vacaturetekst\n\nWij zoeken een wijkverpleegkundige voor ons team in Utrecht-Oost.\n", ["Profielinzichten", "Afkomstig uit de volledige vacaturetekst"], "Wij zoeken een wijkverpleegkundige"],
    ["en", "Sales Representative\nOkoro Foods Ltd\nLagos\n\nWe are looking for a sales representative to grow our retail accounts in Lagos.\n\nDo not make any payment without confirming with the board's customer support team.\n\nRelated searches\nSales jobs in Lagos\n", ["make any payment", "Related searches"], "We are looking for a sales representative"],
  ])("%s", (_lang, text, gone, kept) => {
    const r = parseJobPosting(text, { now: NOW });
    for (const g of gone) expect(r.description ?? "").not.toContain(g);
    expect(r.description ?? "").toContain(kept);
  });

  it("a board's line between the benefits heading and its list does not take the list", () => {
    const text = "## Beneficios\n\n_Extraído de la descripción completa del empleo_\n\n- Vales de despensa\n- Seguro de gastos médicos mayores\n- Automóvil de la empresa\n\n## Requisitos\n\n- Licencia de manejo vigente\n";
    const r = parseJobPosting(text, { now: NOW, format: "markdown" });
    expect(r.benefits).toEqual(["Vales de despensa", "Seguro de gastos médicos mayores", "Automóvil de la empresa"]);
    expect(r.niceToHave).toEqual([]);
  });

  it("a heading the lexicon knows whole keeps its kind", () => {
    const r = parseJobPosting("## Benefits\n\n- Dental plan\n- Gym budget\n", { now: NOW, format: "markdown" });
    expect(r.benefits).toEqual(["Dental plan", "Gym budget"]);
  });
});

// A board's taxonomy after the posting: a label line over a list of links to its categories is no more of the
// list above it; a lead-in over the employer's own list, or over lines that are not links, still is.
describe("a board's taxonomy of links after a list and its prose", () => {
  const page = (label: string, items: string[]) =>
    parseJobPosting(["# Research Associate", "", "## What we offer", "", "- 41 days of annual leave", "- A pension scheme", "", "For informal enquiries, please contact Dr Jane Doe. Interviews are expected in January.", "", label, "", ...items].join("\n"), { now: NOW, format: "markdown" });

  it("leaves the board's category links out of the perks", () => {
    const r = page("Subject Area(s):", ["- [Geography](https://board.example/categories/geography)", "- [Oceanography](https://board.example/categories/oceanography)"]);
    expect(r.benefits).toEqual(["41 days of annual leave", "A pension scheme"]);
  });

  // negative: a lead-in that is a sentence stays with the perks, though its lines are links
  it("keeps more perks after a sentence's lead-in", () => {
    expect(page("We also offer:", ["- [Cycle to work](https://example.org/cycle)", "- [Staff discounts](https://example.org/discounts)"]).benefits).toContain("Cycle to work");
  });
});
