import { SKILL_LEVEL_WORDS } from "../lexicon/skills.js";

/*
 * A skill's name without the level a board rated it with: "Kubernetes — advanced", "Python: regular",
 * "SQL (nice to have)", "Go - 3+ years", "English (C1)". Only a suffix made wholly of level words,
 * numbers and CEFR levels goes: "Amazon Web Services (AWS)", "Node.js - Express" and "CI/CD: GitHub
 * Actions" keep every word.
 */

const LEVELS = new Set(SKILL_LEVEL_WORDS);
/** Separators a rating follows, longest first. */
const SEPARATORS = [" — ", " – ", " - ", " -- ", ": ", " : ", " | ", " / "];
const CEFR = new Set(["a1", "a2", "b1", "b2", "c1", "c2"]);

function isNumber(token: string): boolean {
  let digits = 0;
  for (const ch of token) {
    if (ch >= "0" && ch <= "9") digits++;
    else if (ch !== "+" && ch !== "." && ch !== "," && ch !== "%" && ch !== "-" && ch !== "–" && ch !== "/") return false;
  }
  return digits > 0;
}

/** Whether a suffix names only a level: "advanced", "nice to have", "3+ years", "B2", "★★★". */
export function isSkillLevel(text: string): boolean {
  const tokens = text.toLowerCase().split(" ").map((t) => trimPunct(t)).filter(Boolean);
  if (tokens.length === 0 || tokens.length > 6) return false;
  return tokens.every((t) => LEVELS.has(t) || isNumber(t) || CEFR.has(t) || isStars(t));
}

function isStars(t: string): boolean {
  for (const ch of t) if (ch !== "★" && ch !== "☆" && ch !== "*" && ch !== "●" && ch !== "○") return false;
  return true;
}

function trimPunct(t: string): string {
  let a = 0;
  let b = t.length;
  const punct = (ch: string) => ch === "(" || ch === ")" || ch === "[" || ch === "]" || ch === "," || ch === ";" || ch === ":" || ch === "!" || ch === ".";
  while (a < b && punct(t[a])) a++;
  while (b > a && punct(t[b - 1])) b--;
  return t.slice(a, b);
}

/**
 * The skill's name with its rating taken off; null when the piece is only a rating ("advanced",
 * "5") and names no skill.
 */
export function skillName(piece: string): string | null {
  let name = piece.trim();
  for (let guard = 0; guard < 3; guard++) {
    const before = name;
    // "SQL (nice to have)", "Terraform [must]"
    const close = name.endsWith(")") ? "(" : name.endsWith("]") ? "[" : null;
    if (close) {
      const open = name.lastIndexOf(close);
      if (open > 0 && isSkillLevel(name.slice(open + 1, -1))) name = name.slice(0, open).trim();
    }
    for (const sep of SEPARATORS) {
      const at = name.lastIndexOf(sep);
      if (at > 0 && isSkillLevel(name.slice(at + sep.length))) {
        name = name.slice(0, at).trim();
        break;
      }
    }
    // "PostgreSQL ★★★★": a row of stars after a space
    const space = name.lastIndexOf(" ");
    if (space > 0 && isStars(name.slice(space + 1))) name = name.slice(0, space).trim();
    if (name === before) break;
  }
  return name.length === 0 || isSkillLevel(name) ? null : name;
}
