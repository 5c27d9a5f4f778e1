// A question written in capitals, alone on its line, heads a section in plain text (Brazilian and
// Spanish boards: "O QUE BUSCAMOS?", "¿QUÉ OFRECEMOS?"; English "WHAT WILL YOU DO?").
import { describe, expect, it } from "vitest";
import { parseJobPosting } from "../../src/index.js";

const NOW = "2026-11-27";
const posting = (heading: string, items: string[]) => `Desenvolvedor Backend\n\nSomos uma empresa de tecnologia em Curitiba.\n\n${heading}\n\n${items.join("\n")}\n`;

describe("capital question headings in plain text", () => {
  it.each([
    ["Portuguese requirements, led by an emoji", "🧑‍💻 O QUE É NECESSÁRIO PARA A POSIÇÃO?", ["Experiência com Node.js;", "Conhecimento de SQL;", "Inglês intermediário."], "requirements"],
    ["Portuguese benefits", "💘 QUAIS SÃO OS BENEFÍCIOS?", ["Plano de saúde;", "Vale refeição;", "Gympass."], "benefits"],
    ["Spanish benefits with an opening mark", "¿QUÉ OFRECEMOS?", ["Seguro médico privado", "Horario flexible", "Formación continua"], "benefits"],
    ["English responsibilities", "WHAT WILL YOU DO?", ["Build and run the billing service", "Review pull requests", "Take part in the on-call rota"], "responsibilities"],
  ])("%s", (_name, heading, items, kind) => {
    const r = parseJobPosting(posting(heading, items), { now: NOW });
    const section = r.sections.find((s) => s.heading?.includes(heading.replace(/^\S+ /u, "").slice(0, 10)));
    expect(section?.kind).toBe(kind);
    expect(section?.items).toEqual(items);
  });

  it.each([
    ["a capital question that names no kind", "READY TO JOIN?"],
    ["a question in sentence case stays prose", "What will you do here, and with whom?"],
  ])("%s is no section heading", (_name, line) => {
    const r = parseJobPosting(posting(line, ["Seguro médico privado", "Horario flexible", "Formación continua"]), { now: NOW });
    expect(r.sections.some((s) => s.heading === line && s.kind !== "other")).toBe(false);
  });
});
