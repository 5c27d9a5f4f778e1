import { describe, expect, it } from "vitest";
import { parseWorkplaceBadge, parseWorkplaceStatement } from "../../src/fields/workplace.js";
import { parseJobPosting } from "../../src/index.js";

// Badges and label values as boards show them.
const BADGES: [string, "onsite" | "hybrid" | "remote" | null][] = [
  ["100% zdalnie", "remote"], ["Praca zdalna", "remote"], ["Praca hybrydowa", "hybrid"], ["Hybrydowo", "hybrid"], ["Praca stacjonarna", "onsite"],
  ["Thuiswerken", "remote"], ["Hybride werken", "hybrid"], ["Deels thuiswerken", "hybrid"], ["Op kantoor", "onsite"], ["Teletrabalho", "remote"],
  ["Làm việc từ xa", "remote"], ["하이브리드", "hybrid"],
  // partial remote, and a number of days from home, are hybrid
  ["Remoto parcial", "hybrid"], ["Modalidad mixta", "hybrid"], ["Sydney CBD with 2 days WFH", "hybrid"], ["3 days working from home", "hybrid"],
  ["On-site", "onsite"],
  ["Hybrid", "hybrid"],
  ["Remote", "remote"],
  ["Remote (EU)", "remote"],
  ["100% remote", "remote"],
  ["Remote or Hybrid", "hybrid"],
  ["Homeoffice möglich", "hybrid"],
  ["Télétravail partiel", "hybrid"],
  ["Presencial", "onsite"],
  ["Teletrabajo", "remote"],
  ["Vor Ort", "onsite"],
  ["In store – Manchester Arndale", "onsite"],
  ["Anywhere in the World", "remote"],
  ["Full Time", null],
  ["Toronto, ON", null],
  ["Engineering", null],
];

// Sentences about the role, each in the prose of a posting.
const STATEMENTS: [string, "onsite" | "hybrid" | "remote" | null][] = [
  ["Deux jours de télétravail par semaine après la période d'essai.", "hybrid"],
  ["Il ruolo non è da remoto: si lavora in magazzino.", "onsite"],
  ["Up to 2 days of remote work per week once onboarded.", "hybrid"],
  ["You work 16 hours a week, partly from our office in Leipzig.", "hybrid"],
  ["The role is partially on-site at our Bristol depot.", "hybrid"],
  ["Lavoro in presenza presso il nostro stabilimento di Brescia.", "onsite"],
  ["Il colloquio si svolgerà in presenza.", null],
  ["This is a hybrid role based in our London office, with Fridays at home.", "hybrid"],
  ["This position is fully remote and open to candidates across Canada.", "remote"],
  ["You'll be in the office three days a week and can work from home the rest.", "hybrid"],
  ["We work on-site five days a week from our studio in Leeds.", "onsite"],
  ["This role is not remote: the lab work needs you on the bench.", "onsite"],
  ["This is an in-office position in our Austin headquarters.", "onsite"],
  ["We are a remote-first company with teammates in nine countries.", "remote"],
  ["Flexible work from home or in-office, whatever suits your week.", "hybrid"],
  ["Remote work is possible occasionally, after onboarding.", "hybrid"],
  ["Ce poste est en télétravail complet, partout en France.", "remote"],
  ["Le poste est basé à Lyon avec 2 jours de télétravail par semaine.", "hybrid"],
  ["Du arbeitest 2 Tage pro Woche im Büro und den Rest im Homeoffice.", "hybrid"],
  ["Hybrides Arbeiten: zwei Tage im Büro in der Speicherstadt.", "hybrid"],
  ["Trabajo 100% remoto desde cualquier lugar de España.", "remote"],
  ["Modalidad: presencial en nuestras oficinas de Madrid.", "onsite"],
  ["Lavoro ibrido: tre giorni in sede e due da casa.", "hybrid"],
  ["Must be able to work on-site at client locations in Ohio.", "onsite"],
  ["Location- work from home : you should live near Los Angeles.", "remote"],
  ["Remote-friendly, with a desk in Berlin whenever you want one.", "remote"],
  // more wordings and the nl / pl / pt / vi lexicon
  ["All duties are performed remotely from your own home office.", "remote"],
  ["You'll work mostly from home, sometimes in the office for planning days.", "hybrid"],
  ["Flexible environment with the option to work remotely.", "hybrid"],
  ["Lokalizacja: 100% zdalnie, możliwość pracy w biurze w Gdańsku.", "remote"],
  ["Oferujemy pracę w modelu hybrydowym (2 dni w biurze).", "hybrid"],
  ["Praca zdalna z dowolnego miejsca w Polsce.", "remote"],
  ["Een fijne werkplek in Utrecht en de mogelijkheid tot thuiswerken.", "hybrid"],
  ["Je werkt 100% thuis, waar je ook woont in Nederland.", "remote"],
  ["Wij werken hybride: twee dagen op kantoor.", "hybrid"],
  ["Vaga 100% home office para todo o Brasil.", "remote"],
  ["Trabalho remoto com encontros trimestrais em São Paulo.", "remote"],
  ["Modelo híbrido, 3 vezes por semana no escritório.", "hybrid"],
  ["Làm việc tại văn phòng Hà Nội từ thứ 2 đến thứ 6.", "onsite"],
  ["Télétravail : oui", "hybrid"],
];

// Perks, meetings, occasions and conditions: they say nothing about where the job is done.
const NOT_ROLE: string[] = [
  "You can work from anywhere for up to 4 weeks a year.",
  "We offer a home office allowance of $500 in your first year.",
  "Join daily remote stand-ups with the team at 9:30.",
  "Flexible working hours and 30 days of vacation.",
  "We meet in person once a quarter for our offsite.",
  "Healthy lunches are complimentary when working in-office.",
  "You will provide remote support to customers across the region.",
  "Comfort with remote work environments and async writing.",
  "Our team is distributed across Europe and Asia.",
  "We build software for hospitals and clinics.",
  "6 weeks of full remote per year to travel.",
  "Workation: spend up to 30 days working remotely from another country.",
  "Cà phê và trà luôn sẵn sàng tại văn phòng.",
];

describe("parseWorkplaceBadge", () => {
  it.each(BADGES)("%s", (text, want) => expect(parseWorkplaceBadge(text)).toBe(want));
});

describe("parseWorkplaceStatement", () => {
  it.each(STATEMENTS)("%s", (text, want) => expect(parseWorkplaceStatement(text)).toBe(want));
  it.each(NOT_ROLE)("ignores %s", (text) => expect(parseWorkplaceStatement(text)).toBeNull());
});

describe("workplace type detector", () => {
  it("keeps a job on-site when the perks mention remote weeks", () => {
    const r = parseJobPosting("Store Manager\n\nLeeds\n\nOn-site\n\nBenefits\n\n- Work from anywhere for up to 4 weeks a year\n- 25 days of holiday", { now: "2026-11-27" });
    expect(r.workplaceType).toBe("onsite");
  });

  it("never collapses hybrid into remote", () => {
    const r = parseJobPosting("Product Designer\n\nBerlin · Hybrid\n\nAbout the role\n\nYou can work remotely on some days.", { now: "2026-11-27" });
    expect(r.workplaceType).toBe("hybrid");
  });

  it("reads a statement about the role inside About us", () => {
    const r = parseJobPosting("Data Engineer\n\nAbout us\n\nWe build tools for farmers. This is a hybrid role, 3 days in Leeds.\n\nWhat you'll do\n\n- Build pipelines\n- Own the warehouse", { now: "2026-11-27" });
    expect(r.workplaceType).toBe("hybrid");
  });

  it("puts a conflict in the warnings", () => {
    const r = parseJobPosting("Data Analyst\n\nDenver, CO · On-site\n\nAbout the role\n\nThis position is fully remote.", { now: "2026-11-27" });
    expect(r.workplaceType).toBe("onsite");
    expect(r.warnings.some((w) => w.startsWith("workplaceType"))).toBe(true);
  });
});
