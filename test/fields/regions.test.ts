import { describe, expect, it } from "vitest";
import { codedTown, parseLocations } from "../../src/fields/location.js";
import { parseJobPosting } from "../../src/index.js";
import { leadingCountry, readCountryEvidence } from "../../src/fields/country-evidence.js";

type Place = [city: string | null, region: string | null, countryCode: string | null];
const read = (text: string, countries: string[] = [], strict = false): Place[] =>
  parseLocations(text, { countries, strict }).map((l) => [l.city, l.region, l.countryCode]);

// Location values (invented, in the shapes boards write them), the posting's countries (weightiest
// first), and the places they name. Towns the gazetteer lacks, beside regions of countries it lacked.
const VALUES: [string, string[], Place[]][] = [
  // 1. a town and a first-level region, prefixed or not
  ["Tauranga South, Bay of Plenty", [], [["Tauranga South", "Bay of Plenty", "NZ"]]],
  ["Hamilton, Waikato", ["US", "GB"], [["Hamilton", "Waikato", "NZ"]]],
  ["Klang, Selangor", [], [["Klang", "Selangor", "MY"]]],
  ["Ikeja, Lagos State", [], [["Ikeja", "Lagos State", "NG"]]],
  ["Abeokuta, Ogun State, Nigeria", [], [["Abeokuta", "Ogun State", "NG"]]],
  ["Paarl, Western Cape", [], [["Paarl", "Western Cape", "ZA"]]],
  ["Thika, Kiambu County", [], [["Thika", "Kiambu County", "KE"]]],
  ["Celbridge, Co. Kildare", [], [["Celbridge", "Co. Kildare", "IE"]]],
  ["Ennis, County Clare", [], [["Ennis", "County Clare", "IE"]]],
  ["Lapu-Lapu City, Cebu", [], [["Lapu-Lapu City", "Cebu", "PH"]]],
  ["Hosur, Tamil Nadu", [], [["Hosur", "Tamil Nadu", "IN"]]],
  ["Frutillar, Región de Los Lagos", ["CL", "ES"], [["Frutillar", "Región de Los Lagos", "CL"]]],
  ["Chillán, Región del Ñuble", [], [["Chillán", "Región del Ñuble", "CL"]]],
  ["Gualaceo, Azuay", [], [["Gualaceo", "Azuay", "EC"]]],
  ["Godoy Cruz, Provincia de Mendoza", [], [["Godoy Cruz", "Provincia de Mendoza", "AR"]]],
  ["Santa Catarina, Nuevo León", [], [["Santa Catarina", "Nuevo León", "MX"]]],
  ["Ecatepec, Estado de México", [], [["Ecatepec", "Estado de México", "MX"]]],
  ["Marinha Grande, Distrito de Leiria", [], [["Marinha Grande", "Distrito de Leiria", "PT"]]],
  ["Envigado, Antioquia", [], [["Envigado", "Antioquia", "CO"]]],
  ["Huancayo, Junín", [], [["Huancayo", "Junín", "PE"]]],
  ["Södertälje, Stockholms län", [], [["Södertälje", "Stockholms län", "SE"]]],
  ["Asker, Akershus", [], [["Asker", "Akershus", "NO"]]],
  ["Pontypridd, South Wales", [], [["Pontypridd", "South Wales", "GB"]]],
  ["Horsham, West Sussex", [], [["Horsham", "West Sussex", "GB"]]],
  ["Feldkirch, Vorarlberg", [], [["Feldkirch", "Vorarlberg", "AT"]]],
  ["Veenendaal, Utrecht", ["NL"], [["Veenendaal", "Utrecht", "NL"]]],
  ["Selangor", [], [[null, "Selangor", "MY"]]],
  ["Selangor - Shah Alam", [], [["Shah Alam", "Selangor", "MY"]]],
  ["Selangor, Shah Alam", [], [["Shah Alam", "Selangor", "MY"]]],
  ["México - Nuevo León - Apodaca", [], [["Apodaca", "Nuevo León", "MX"]]],
  ["Malaysia, Selangor, Shah Alam", [], [["Shah Alam", "Selangor", "MY"]]],
  ["Bavaria / Berlin", [], [[null, "Bavaria", "DE"], ["Berlin", null, "DE"]]],
  ["Lagos State", [], [[null, "Lagos State", "NG"]]],
  // 2. the region beside a town decides which namesake it is
  ["Perth, Scotland", [], [["Perth", "Scotland", "GB"]]],
  ["Bergen (NH)", ["NL", "BE"], [["Bergen", "NH", "NL"]]],
  ["Bergen, Noord-Holland", [], [["Bergen", "Noord-Holland", "NL"]]],
  ["Heemskerk, NH", ["NL", "BE"], [["Heemskerk", "NH", "NL"]]],
  ["Concord, NH", ["US", "GB"], [["Concord", "NH", "US"]]],
  ["Cuenca, Azuay", [], [["Cuenca", "Azuay", "EC"]]],
  ["Bendigo, Victoria", ["US", "GB", "CA", "AU"], [["Bendigo", "Victoria", "AU"]]],
  ["Katherine, Northern Territory", [], [["Katherine", "Northern Territory", "AU"]]],
  ["South Florida", [], [[null, "South Florida", "US"]]],
  ["Kent, Ohio", [], [["Kent", "Ohio", "US"]]],
  ["Christchurch, Canterbury", [], [["Christchurch", "Canterbury", "NZ"]]],
  // 3. a known town keeps the region its code names
  ["Recife (PE)", ["BR", "PT"], [["Recife", "PE", "BR"]]],
  ["Milano (MI)", ["IT"], [["Milano", "MI", "IT"]]],
  ["Pune, MH", ["IN", "US"], [["Pune", "MH", "IN"]]],
  // 4. a postcode before a town
  ["67433 Neustadt an der Weinstraße", ["DE", "AT", "CH"], [["Neustadt an der Weinstraße", null, "DE"]]],
  ["1012 AB Amsterdam", [], [["Amsterdam", null, "NL"]]],
  ["28001 Madrid", ["ES"], [["Madrid", null, "ES"]]],
  ["00-950 Warszawa", ["PL"], [["Warszawa", null, "PL"]]],
  ["4051 Basel", ["DE", "AT", "CH"], [["Basel", null, "CH"]]],
  ["44800 Saint-Herblain", ["FR", "BE", "CH"], [["Saint-Herblain", null, "FR"]]],
  // 5. ATS strings: town, region code, country code, postcode
  ["Walldorf, BW, DE, 69190", [], [["Walldorf", "BW", "DE"]]],
  ["Neckarsulm, BW, DE, 74172", ["US"], [["Neckarsulm", "BW", "DE"]]],
  ["Santiago, RM, CL", [], [["Santiago", "RM", "CL"]]],
  ["Madrid, MD, ES, 28050", [], [["Madrid", "MD", "ES"]]],
  ["Amsterdam, NH, NL, 1082 MS", [], [["Amsterdam", "NH", "NL"]]],
  ["Bangalore, Karnataka, IN, 560066", [], [["Bangalore", "Karnataka", "IN"]]],
  ["Stockholm, AB, SE", [], [["Stockholm", "AB", "SE"]]],
  ["Wien, W, AT, 1010", [], [["Wien", "W", "AT"]]],
  ["Prescott, AZ, AZ, 86305", [], [["Prescott", "AZ", "US"]]],
  // 6. a town and its province named after a city; two big cities stay two
  ["Getafe, Madrid", [], [["Getafe", "Madrid", "ES"]]],
  ["Sesto San Giovanni, Milano", [], [["Sesto San Giovanni", "Milano", "IT"]]],
  ["Cornellà de Llobregat, Barcelona", ["ES"], [["Cornellà de Llobregat", "Barcelona", "ES"]]],
  ["Madrid, Barcelona", [], [["Madrid", null, "ES"], ["Barcelona", null, "ES"]]],
  ["Berlin, Munich", [], [["Berlin", null, "DE"], ["Munich", null, "DE"]]],
  ["Auckland, Wellington", [], [["Auckland", null, "NZ"], ["Wellington", null, "NZ"]]],
  ["Kreuzberg, Berlin", [], [["Berlin", null, "DE"]]],
  // a region named like its capital: alone or before its country, the town; after a town, its region
  ["Nakuru, Kenya", [], [["Nakuru", null, "KE"]]],
  ["Tumbes", [], [["Tumbes", null, "PE"]]],
  ["Naivasha, Nakuru", [], [["Naivasha", "Nakuru", "KE"]]],
  ["Nakuru, Kisumu", [], [["Nakuru", null, "KE"], ["Kisumu", null, "KE"]]],
  ["Jerez, Zacatecas", [], [["Jerez", "Zacatecas", "MX"]]],
  // a town near a known one is in its country
  ["Gräfelfing bei München", [], [["Gräfelfing", null, "DE"]]],
  ["Marly près de Fribourg", [], [["Marly", null, "CH"]]],
  // a region code written with periods; a region of a country the town's namesake is not in
  ["Bogotá, D.C.", [], [["Bogotá", "DC", "CO"]]],
  ["Monterrey, N.L.", [], [["Monterrey", "NL", "MX"]]],
  ["Washington, D.C.", [], [["Washington", "DC", "US"]]],
  ["Valencia, Carabobo", [], [["Valencia", "Carabobo", "VE"]]],
  ["Palermo, Capital Federal", ["AR", "ES"], [["Palermo", "Capital Federal", "AR"]]],
  ["Capital Federal, Buenos Aires", [], [["Buenos Aires", "Capital Federal", "AR"]]],
  ["São Paulo, SP, BR, 04578-000", [], [["São Paulo", "SP", "BR"]]],
  ["Zug, Canton of Zug", [], [["Zug", "Canton of Zug", "CH"]]],
  ["Zug, Switzerland", [], [["Zug", null, "CH"]]],
  // 8. region names holding a joining word; a region word after the name; namesakes decided by region, code or country
  ["Crieff, Perth and Kinross", [], [["Crieff", "Perth and Kinross", "GB"]]],
  ["Perth, Perth and Kinross", [], [["Perth", "Perth and Kinross", "GB"]]],
  ["Ponferrada, Castilla y León", [], [["Ponferrada", "Castilla y León", "ES"]]],
  ["Mérida, Badajoz provincia", ["ES"], [["Mérida", "Badajoz provincia", "ES"]]],
  ["Almendralejo, Badajoz provincia", [], [["Almendralejo", "Badajoz provincia", "ES"]]],
  ["Cartagena, Bolívar", ["US", "CA"], [["Cartagena", "Bolívar", "CO"]]],
  ["Mérida, Yucatán", [], [["Mérida", "Yucatán", "MX"]]],
  ["Toledo - PR", ["BR"], [["Toledo", "PR", "BR"]]],
  ["Cascavel - PR", ["BR"], [["Cascavel", "PR", "BR"]]],
  ["Lebanon, TN 37087, USA", ["US"], [["Lebanon", "TN", "US"]]],
  ["Jordan, MN", ["US"], [["Jordan", "MN", "US"]]],
  ["Al Ain, Abu Dhabi, United Arab Emirates", [], [["Al Ain", "Abu Dhabi", "AE"]]],
  ["Heliopolis, Alexandria, Egypt", [], [["Alexandria", null, "EG"]]],
  // 7. an accented form one country writes
  ["Los Ángeles", ["CL"], [["Los Ángeles", null, "CL"]]],
  ["Los Angeles", ["CL"], [["Los Angeles", "CA", "US"]]],
];

// Negatives: codes and words that name no region of these countries, or names that stay what they were.
const NEGATIVES: [string, string[], boolean, Place[]][] = [
  ["Cambridge, UK", ["US", "GB", "IN"], false, [["Cambridge", null, "GB"]]],
  ["SF, NL, IN", ["US", "IN"], true, []],
  ["AI/ML", ["US", "GB", "IN"], true, []],
  ["Delta", [], true, []],
  ["North West", [], true, []],
  ["Matera", ["IT"], true, []],
  ["Niamey, Niger", [], false, [["Niamey", null, "NE"]]],
  ["Customer Care (Sucre)", ["BO"], true, []],
  ["75002 Rue de la Paix", ["FR"], true, []],
  ["Loja", ["PT", "BR"], true, []],
  ["Paris, FR, FR", [], false, []],
  ["Canterbury", ["GB"], true, []],
  ["Misiones", ["ES", "AR"], true, []],
  ["Working near Berlin", ["DE"], true, []],
  ["Marketing, Kisumu", [], true, [["Kisumu", null, "KE"]]],
  ["4215 Alum Creek Dr", ["US"], true, []],
  // a firm's legal form is no state; a country beside a state code of another posting's market stays the country
  ["Scheldekant Logistics NV", ["BE", "NL"], true, []],
  ["Toledo - PR", [], true, [["Toledo", "OH", "US"]]],
  ["Toledo, OH", ["BR"], true, [["Toledo", "OH", "US"]]],
  ["Lebanon, TN", [], true, []],
  ["Jumeirah, Dubai", [], true, [["Dubai", null, "AE"]]],
];

describe("regions of the job markets the gazetteer lacked", () => {
  it.each(VALUES)("%s with %j", (text, countries, want) => {
    expect(read(text, countries)).toEqual(want);
  });
  it.each(NEGATIVES)("%s with %j is no new region", (text, countries, strict, want) => {
    expect(read(text, countries, strict)).toEqual(want);
  });
  it("reads a town and a region code of a country the posting names, never the big three's for an unknown town", () => {
    expect(codedTown("Zaandam (NH)", ["NL"])?.countryCode).toBe("NL");
    expect(codedTown("Zaandam (NH)", ["US"])).toBeNull();
    expect(codedTown("Porto (PT)", ["IT", "PT"])).toBeNull();
  });
});

const places = (text: string): Place[] => parseJobPosting(text, { now: "2026-11-27" }).locations.map((l) => [l.city, l.region, l.countryCode]);

// Whole invented postings: a region code in brackets on a header line, a badge line, after a pin; a
// postcode in a posting of one country; a town several countries share by the posting's evidence.
const POSTINGS: [string, string, Place[]][] = [
  ["a Brazilian header line", "Analista de Dados\nRecife (PE)\n\nVocê vai construir painéis e relatórios.\nRequisitos\n• SQL avançado", [["Recife", "PE", "BR"]]],
  ["a badge line split at dots", "Engenheiro de Software\nPresencial · Recife (PE) · CLT\n\nSobre a vaga\nVocê vai manter nossos sistemas.", [["Recife", "PE", "BR"]]],
  ["after a place pin", "Vendedor Externo\n📍 Recife (PE)\n\nSobre a vaga\nVisitar clientes da região.", [["Recife", "PE", "BR"]]],
  [
    "a Dutch posting's Bergen",
    "Verkoopmedewerker\nLocatie: Bergen (NH)\n\nWat ga je doen?\n• Klanten adviseren in onze winkel\n\nWat vragen wij?\n• Je spreekt goed Nederlands",
    [["Bergen", "NH", "NL"]],
  ],
  [
    "a German posting's postcode and town",
    "Lagerist (m/w/d)\nStandort: 67433 Neustadt an der Weinstraße\n\nDeine Aufgaben\n• Ware annehmen und prüfen\n\nBewirb dich unter jobs@beispiel-lager.de",
    [["Neustadt an der Weinstraße", null, "DE"]],
  ],
  [
    "Lagos in a Portuguese posting is Portugal's",
    "Rececionista de Hotel\nLocalização: Lagos\n\nProcuramos rececionista para hotel no Algarve. Contacto: +351 282 000 000, recrutamento@hotel-exemplo.pt",
    [["Lagos", null, "PT"]],
  ],
  [
    "Lagos in a Nigerian posting stays Nigeria's",
    "Sales Executive\nLocation: Lagos\n\nWe are hiring a sales executive. Call +234 801 000 0000. Salary: NGN 350,000 monthly.",
    [["Lagos", null, "NG"]],
  ],
  [
    "an accented namesake in a Chilean posting",
    "Operario de Bodega\nUbicación: Los Ángeles\n\nEmpresa de la Región del Biobío busca operario. Postula a empleos@bodega-ejemplo.cl o llama al +56 43 000 0000.",
    [["Los Ángeles", null, "CL"]],
  ],
  [
    "an SAP SuccessFactors location string",
    "Developer Associate\nLocation: Walldorf, BW, DE, 69190\n\nWhat you'll do\n• Build services",
    [["Walldorf", "BW", "DE"]],
  ],
  [
    "a shared town name beside a region the posting names elsewhere",
    "Warehouse Supervisor\nLocation: Georgetown\n\nOur distribution centre serves retailers across Pulau Pinang and Kedah.\n\nRequirements\n• Forklift licence",
    [["Georgetown", null, "MY"]],
  ],
  [
    "the same town with no such evidence is given no country",
    "Warehouse Supervisor\nLocation: Georgetown\n\nOur distribution centre serves retailers across the country.\n\nRequirements\n• Forklift licence",
    [["Georgetown", null, null]],
  ],
  [
    "a New Zealand header line",
    "Dairy Farm Assistant\nGreen Pastures Ltd\nMorrinsville, Waikato\nFull time\n\nWe run a 600-cow farm.\n\nWhat you'll need\n• A full driver licence",
    [["Morrinsville", "Waikato", "NZ"]],
  ],
  [
    "an Argentine header line with a town and its province",
    "Vendedor\nMaipú, Mendoza\n\nBuscamos vendedor para sucursal.\n\nRequisitos\n• Secundario completo\n\nEnviar CV a rrhh@ejemplo.com.ar",
    [["Maipú", "Mendoza", "AR"]],
  ],
  [
    "a postcode and a town after a place pin",
    "Lagermitarbeiter (m/w/d)\n📍 67433 Neustadt an der Weinstraße\nVollzeit\n\nDeine Aufgaben\n• Kommissionierung\n\nKontakt: jobs@lager-beispiel.de",
    [["Neustadt an der Weinstraße", null, "DE"]],
  ],
  [
    "a team and a city on an English header line",
    "Data Engineer\nEngineering, Barcelona\n\nWhat you'll do\n• Build pipelines\n\nRequirements\n• Python",
    [["Barcelona", null, "ES"]],
  ],
  [
    "a region two countries name alike, in a Belgian posting",
    "Magazijnier\nRegio: Limburg\n\nWat ga je doen?\n• Orders klaarmaken\n\nBel ons op +32 11 00 00 00 of mail naar jobs@magazijn-voorbeeld.be",
    [[null, "Limburg", "BE"]],
  ],
  [
    "the same region with no evidence stays the table's first reading",
    "Magazijnier\nRegio: Limburg\n\nWat ga je doen?\n• Orders klaarmaken",
    [[null, "Limburg", "NL"]],
  ],
  [
    "a region word in prose is no place",
    "Data Analyst\n\nWe serve clients across the Western Cape wine industry and beyond.\n\nRequirements\n• SQL",
    [],
  ],
  [
    "a country label and, further down, a city label: the city in that country",
    "Postdoctoral Researcher in Soil Ecology\nCOUNTRY\nGermany\nAPPLICATION DEADLINE\n31 Jan 2027\n\nOffer description\nWe study soils.\n\nWork location\nCompany/Institute\nInstitut für Bodenkunde\nCity\nCottbus\nPostal Code\n03046",
    [["Cottbus", null, "DE"]],
  ],
  [
    "a country label and no city label stays the country",
    "Postdoctoral Researcher in Soil Ecology\nCOUNTRY\nGermany\nAPPLICATION DEADLINE\n31 Jan 2027\n\nOffer description\nWe study soils across Europe.",
    [[null, null, "DE"]],
  ],
  [
    "a place label whose value is a site's name, its address on the lines after it",
    "Forklift Technician\nLocations\n**Brackenfield Metals - Paris Plant**\n220 Industrial Park Rd\nParis, TX 75460, USA\n\nWhat you'll do\n• Repair forklifts",
    [["Paris", "TX", "US"]],
  ],
  [
    "an applicant-area label of a remote board",
    "Remote Support Engineer\nHiring from: United States, Canada\n\nWhat you'll do\n• Answer tickets",
    [[null, null, "US"], [null, null, "CA"]],
  ],
];

describe("regions in whole postings", () => {
  it.each(POSTINGS)("%s", (_name, text, want) => {
    expect(places(text)).toEqual(want);
  });
});

describe("region names as evidence of the posting's country", () => {
  it("votes for a region's country, never enough to lead alone", () => {
    const e = readCountryEvidence("We ship across Selangor and Johor. Selangor warehouse; Selangor drivers; Selangor office.", "en");
    expect(e.votes.get("MY")).toBe(2);
    expect(leadingCountry(e)).toBeNull();
  });
  it("with another vote, makes the country lead", () => {
    const e = readCountryEvidence("Our Selangor and Johor depots are hiring. Call +60 3 0000 0000.", "en");
    expect(leadingCountry(e)).toBe("MY");
  });
  it("a region that is a town's, a word's or several countries' name is no vote", () => {
    const e = readCountryEvidence("Delta Airlines flights to Limburg and Victoria, with Misiones on the menu.", "en");
    expect([...e.votes.keys()]).toEqual([]);
  });
});
