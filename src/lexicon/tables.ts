/**
 * Column names a Markdown table's header row uses when its rows are label/value facts
 * (`| Field | Value |`, `| Kenmerk | Waarde |`): such a header is dropped, any other header of a
 * two-column table is itself a fact (`| Uren | 24 - 32 uur |` written as the first row). Lowercase.
 */
export const TABLE_COLUMN_WORDS = [
  "", "-", "label", "labels", "value", "values", "field", "fields", "key", "item", "items", "detail", "details", "info", "information",
  "description", "property", "attribute", "name", "fact", "facts", "data", "summary", "overview", "question", "answer", "level", "tool", "tools", "technology", "skill", "years", "type",
  "feld", "wert", "angabe", "angaben", "merkmal", "beschreibung", "champ", "valeur", "détail", "détails", "information", "campo", "valor",
  "dato", "datos", "detalle", "detalles", "dado", "dados", "valore", "dettaglio", "dettagli", "kenmerk", "waarde", "gegevens", "veld",
  "pole", "wartość", "szczegóły", "felt", "værdi", "verdi", "fält", "värde", "oplysning", "opplysning", "uppgift",
];
