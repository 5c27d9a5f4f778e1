import { describe, expect, it } from "vitest";
import { findSalaries } from "../../src/fields/salary.js";
import { parseJobPosting } from "../../src/index.js";

const pay = (text: string) => {
  const s = parseJobPosting(text, { now: "2026-11-27" }).salary;
  return s ? [s.min, s.currency] : null;
};

// Invented postings: a bare "$" is the dollar or peso of the country the posting itself points to.
const POSTINGS: [string, string, [number, string] | null][] = [
  [
    "pesos in an Argentine posting with no place named",
    "Vendedor de salón\n\nSueldo: $ 900.000 mensuales.\n\nEnviá tu CV a rrhh@muebles-ejemplo.com.ar o escribinos al +54 11 5555 0101.",
    [900000, "ARS"],
  ],
  [
    "pesos in a Mexican posting",
    "Auxiliar contable\n\nSalario: $18,000 al mes.\n\nInformes al +52 55 5555 0101, oficinas en México.",
    [18000, "MXN"],
  ],
  [
    "a written US dollar stays the US dollar",
    "Desarrollador remoto\n\nPago: US$ 2.500 mensuales.\n\nContacto: +54 11 5555 0101",
    [2500, "USD"],
  ],
  [
    "the dollar of a US posting",
    "Cashier\n\nPay: $18/hour.\n\nCall (785) 555-0101 or +1 785 555 0101 to apply.",
    [18, "USD"],
  ],
  [
    "the rand in a South African posting",
    "Sales Consultant\n\nSalary: R25 000 per month.\n\nSend your CV to jobs@retail-example.co.za or call +27 21 555 0101.",
    [25000, "ZAR"],
  ],
];

describe("the currency of a bare sign by the posting's country", () => {
  it.each(POSTINGS)("%s", (_name, text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it("reads a certificate or requisition code as no pay outside South Africa", () => {
    expect(findSalaries("Habilitation R408 exigée", { country: "FR" })).toEqual([]);
    expect(findSalaries("Requisition R5038007", { country: null })).toEqual([]);
    expect(findSalaries("Salary: R25 000 per month", { country: "ZA" }).map((h) => h.salary.currency)).toEqual(["ZAR"]);
  });
});
