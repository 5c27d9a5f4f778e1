import { describe, expect, it } from "vitest";
import { parseJobPosting } from "../../src/index.js";
import { pipeCells, pipeTableLines } from "../../src/tree/tables.js";

// Markdown pipe tables in the shapes boards and exports write them (invented).
const read = (lines: string[]) => pipeTableLines(lines)?.flatMap((l) => (l ? l.texts.map((t) => `${l.type}:${t}`) : [])) ?? null;

describe("pipe tables", () => {
  it.each([
    ["| a | b |", ["a", "b"]],
    ["a | b", ["a", "b"]],
    ["| Skills: | Backend | Python |", ["Skills:", "Backend", "Python"]],
    ["| Shell | `a \\| b` |", ["Shell", "`a | b`"]],
  ])("cells of %s", (line, cells) => expect(pipeCells(line)).toEqual(cells));

  it.each<[string, string[], string[] | null]>([
    ["a two-column table whose first row is a fact", ["| Uren | 24 - 32 uur |", "|---|---|", "| Locatie | Utrecht |"], ["paragraph:Uren: 24 - 32 uur", "paragraph:Locatie: Utrecht"]],
    ["a two-column table under column names", ["| Field | Value |", "| :--- | ---: |", "| Location | Denver, CO |", "| Salary | $90k |"], ["paragraph:Location: Denver, CO", "paragraph:Salary: $90k"]],
    ["a horizontal fact row", ["| Location | Contract | Salary |", "|---|---|---|", "| Lisbon | Permanent | €40k |"], ["paragraph:Location: Lisbon", "paragraph:Contract: Permanent", "paragraph:Salary: €40k"]],
    ["a lone labelled row", ["| Skills: | Backend | Python |", "|---|---|---|"], ["paragraph:Skills: Backend, Python"]],
    ["a table of several columns and rows", ["| Stack | Level | Years |", "|---|---|---|", "| Python | advanced | 5 |", "| SQL | regular | 2 |"], ["item:Python: advanced, 5", "item:SQL: regular, 2"]],
    ["prose after the table", ["| Standort | Berlin |", "|--|--|", "Wir freuen uns auf dich."], ["paragraph:Standort: Berlin", "paragraph:Wir freuen uns auf dich."]],
    // negatives: pipes without a delimiter row, a delimiter with nothing above it
    ["pipes in prose", ["Remote | Full-time | Senior", "We build tools for farmers."], null],
    ["a lone rule", ["---|---"], null],
  ])("%s", (_name, lines, want) => expect(read(lines)).toEqual(want));

  it("reads a posting's fact table as labels and never shows the delimiter row", () => {
    const r = parseJobPosting([
      "# Data Engineer", "", "| Location | Denver, CO |", "|---|---|", "| Salary | $120,000 - $140,000 per year |", "| Employment type | Part-time |", "",
      "We are hiring a data engineer to build and run our pipelines.", "", "## Tech stack", "",
      "| Tool | Level |", "|---|---|", "| Kubernetes | advanced |", "| Python | regular |",
    ].join("\n"));
    expect(r.locations[0]?.city).toBe("Denver");
    expect(r.salary).toMatchObject({ min: 120000, max: 140000, period: "year" });
    expect(r.employmentType).toBe("part-time");
    expect(JSON.stringify(r)).not.toContain("---");
    expect(r.skills).toEqual(["Kubernetes", "Python"]);
  });
});
