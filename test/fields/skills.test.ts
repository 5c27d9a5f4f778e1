import { describe, expect, it } from "vitest";
import { skillName } from "../../src/fields/skills.js";

// Skills as rating boards write them (invented): the name without the rating.
const ROWS: [string, string | null][] = [
  ["Kubernetes — advanced", "Kubernetes"], ["Python: regular", "Python"], ["SQL (nice to have)", "SQL"], ["Go - 3+ years", "Go"],
  ["English (C1)", "English"], ["Java – 5+ years (expert)", "Java"], ["Docker: nice-to-have", "Docker"], ["React (min. 2 years)", "React"],
  ["Englisch (verhandlungssicher)", "Englisch"], ["PostgreSQL ★★★★", "PostgreSQL"], ["TypeScript - zaawansowany", "TypeScript"],
  ["Terraform [must]", "Terraform"], ["Excel (avancé)", "Excel"], ["Figma – meriterande", "Figma"],
  // negatives: names that hold no rating keep every word; a bare rating is no skill
  ["Amazon Web Services (AWS)", "Amazon Web Services (AWS)"], ["Node.js - Express", "Node.js - Express"], ["CI/CD: GitHub Actions", "CI/CD: GitHub Actions"],
  ["Professional Scrum Master", "Professional Scrum Master"], ["C++", "C++"], ["Spring Boot", "Spring Boot"], ["advanced", null], ["5", null], ["nice to have", null],
];

describe("skillName", () => {
  it.each(ROWS)("%s → %s", (piece, name) => expect(skillName(piece)).toBe(name));
});
