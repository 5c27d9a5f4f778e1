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
    ["two tables in one paragraph", ["| Role | Agency | Status |", "|---|---|---|", "| Clerk | City of Dover | Open |", "| Planner | City of Dover | Open |", "| Role | Agency | Status |", "|---|---|---|", "| Auditor | Town of Bree | Closed |", "| Driver | Town of Bree | Closed |"], ["item:Clerk: City of Dover, Open", "item:Planner: City of Dover, Open", "item:Auditor: Town of Bree, Closed", "item:Driver: Town of Bree, Closed"]],
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

  it("reads an HTML table the same way: a layout table's first row is a fact, a skills table one item per row", () => {
    const r = parseJobPosting([
      "<html><body><h1>Backend Engineer</h1><p>We are building payment rails for small shops across Europe.</p>",
      "<table><tr><td>Location</td><td>Lisbon, Portugal</td></tr><tr><td>Salary</td><td>€50,000 - €60,000 per year</td></tr></table>",
      "<h2>Skills</h2><table><tr><th>Skill</th><th>Level</th></tr><tr><td>Go</td><td>advanced</td></tr><tr><td>PostgreSQL</td><td>regular</td></tr></table>",
      "</body></html>",
    ].join("\n"));
    expect(r.locations[0]?.city).toBe("Lisbon");
    expect(r.salary).toMatchObject({ min: 50000, max: 60000 });
    expect(r.skills).toEqual(["Go", "PostgreSQL"]);
  });
});
