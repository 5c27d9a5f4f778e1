import { describe, expect, it } from "vitest";
import { parseJobPosting } from "../../src/index.js";

type Place = [city: string | null, region: string | null, countryCode: string | null];

const places = (text: string): Place[] => parseJobPosting(text, { now: "2026-11-27" }).locations.map((l) => [l.city, l.region, l.countryCode]);

// Whole invented postings: where the job is, read with the posting's own evidence of its country.
const POSTINGS: [string, string, Place[]][] = [
  [
    "a town several countries share, in an Argentine posting",
    "Analista Contable\nUbicación: Córdoba\n\nBuscamos un analista para nuestra planta. Sueldo a convenir.\nEnviá tu CV a rrhh@lacteos-ejemplo.com.ar o llamá al +54 351 555 0101.",
    [["Córdoba", null, "AR"]],
  ],
  [
    "the same town in a Spanish posting",
    "Analista Contable\nUbicación: Córdoba\n\nBuscamos un analista para nuestra oficina. Envía tu CV a empleo@ejemplo.es o llama al +34 957 000 000.",
    [["Córdoba", null, "ES"]],
  ],
  [
    "a town in a Bolivian posting paid in bolivianos",
    "Cajero/a\n\nUbicación: Santa Cruz\n\nSalario: Bs 3.500 mensuales. Requisitos: experiencia en caja.",
    [["Santa Cruz", null, "BO"]],
  ],
  [
    "a common word of the posting's language on a header line is no town",
    "📍\nSanta Cruz de la Sierra\n💡\nComo\n, serás responsable del área de ventas y de cumplir metas como parte del equipo.\n\nRequisitos\n• Experiencia en ventas",
    [["Santa Cruz de la Sierra", null, "BO"]],
  ],
  [
    "a Polish town and its voivodeship inside a run-on line",
    "Kto szuka: Przykład Sp. z o.o. Stanowisko: Magazynier Lokalizacja: Kalisz wielkopolskie Opis stanowiska podany przez pracodawcę: praca na magazynie.",
    [["Kalisz", "wielkopolskie", "PL"]],
  ],
  [
    "a Brazilian town and its state in prose",
    "Desenvolvedor PHP\n\nO que você irá fazer?\n• Manter sistemas internos\n\nModelo de trabalho: presencial em Sorocaba - SP\n",
    [["Sorocaba", "SP", "BR"]],
  ],
  [
    "a French town and its département in the header",
    "Technicien de maintenance (H/F)\nVannes-le-Châtel (54)\nCDI\n\nNotre client, une entreprise de la verrerie, recherche un technicien pour son atelier.\n\nVos missions\n- Entretenir les machines de production\n- Assurer le dépannage des lignes",
    [["Vannes-le-Châtel", "54", "FR"]],
  ],
  [
    "an Italian town and its province in the header",
    "Magazziniere\nPoggibonsi (SI)\n\nLa nostra azienda cerca un magazziniere per il nuovo deposito, con contratto a tempo pieno.\n\nCosa farai\n- Gestione del magazzino e delle spedizioni\n- Carico e scarico merci",
    [["Poggibonsi", "SI", "IT"]],
  ],
];

// A name the prose calls a town ("dans la région de X", "en la ciudad de X", "na cidade de X"), known to the lexicon or not.
const TOWN_STATEMENTS: [string, Place[]][] = [
  ["Notre client, basé dans la région de Ploërmel, recherche un soudeur pour son atelier de chaudronnerie.", [["Ploërmel", null, null]]],
  ["Empresa líder busca vendedores para trabajar en la ciudad de Tarija, con horario de lunes a viernes.", [["Tarija", null, "BO"]]],
  ["Estamos contratando desenvolvedores para atuar na cidade de Londrina, com contrato CLT e benefícios.", [["Londrina", null, "BR"]]],
  ["We are hiring a clerk to serve voters who live in the city of Ames and the county around it.", [["Ames", null, null]]],
  // negatives: the word after the phrase is no name, or a common word of the text
  ["Notre client, basé dans la région, recherche un soudeur pour son atelier de chaudronnerie.", []],
  ["We are hiring in the city of our headquarters, with a team of twelve people and a great office.", []],
];

describe("a town the prose names as a town", () => {
  it.each(TOWN_STATEMENTS)("%s", (text, expected) => {
    expect(places(`Operario\n\n${text}\n\nRequisitos\n- Experiencia previa\n- Disponibilidad horaria`)).toEqual(expected);
  });
});

describe("places read with the posting's country evidence", () => {
  it.each(POSTINGS)("%s", (_name, text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it("keeps a town with its country written beside it", () => {
    expect(places("Analista\nUbicación: Córdoba, España\n\nContacto: +54 351 555 0101")).toEqual([["Córdoba", null, "ES"]]);
  });

  it("reads no region code of a country the posting never points to", () => {
    expect(places("Warehouse Operative\nMontevarchi (AR)\n\nWhat you will do\n- Pick and pack orders\n- Load vans")).toEqual([]);
  });
});
