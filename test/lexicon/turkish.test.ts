import { describe, expect, it } from "vitest";
import { parseAbsoluteDate, parseRelativeDate } from "../../src/fields/dates.js";
import { parseEducation } from "../../src/fields/education.js";
import { parseExperience } from "../../src/fields/experience.js";
import { parseJobPosting } from "../../src/index.js";
import { chromeLine, classifyHeading, labelField } from "../../src/sections/phrases.js";

// Headings, labels and lines in the shapes of Turkish boards (invented), and neighbours that must stay theirs.
const HEADINGS: [string, string][] = [
  ["İş Tanımı", "responsibilities"], ["Görev ve Sorumluluklar", "responsibilities"], ["Sorumluluklar", "responsibilities"], ["Temel Görevler", "responsibilities"],
  ["Aranan Nitelikler", "requirements"], ["Genel Nitelikler", "requirements"], ["Nitelikler", "requirements"], ["Adaylarda Aradığımız Nitelikler", "requirements"],
  ["Tercih Sebebi", "nice-to-have"], ["Tercihen", "nice-to-have"],
  ["Yan Haklar", "benefits"], ["Sunduklarımız", "benefits"], ["Neler Sunuyoruz?", "benefits"],
  ["Hakkımızda", "about-company"], ["Şirket Hakkında", "about-company"], ["Başvuru", "how-to-apply"], ["İşe Alım Süreci", "interview-process"],
];
const NOT_HEADINGS = ["Kadıköy'deki ofisimizde küçük bir ekiple çalışıyor ve bolca çay içiyoruz", "Ayşe Yılmaz", "Eskişehir"];
const LABELS: [string, string][] = [
  ["Pozisyon", "title"], ["Firma Adı", "company"], ["Şehir", "location"], ["Çalışma Şekli", "employmentType"], ["Çalışma Tercihi", "workplaceType"],
  ["Deneyim", "experience"], ["Eğitim Seviyesi", "education"], ["Departman", "department"], ["İlan Tarihi", "postedAt"], ["Son Başvuru Tarihi", "validThrough"],
];
const CHROME = ["Başvur", "Hemen Başvur", "Kaydet", "Paylaş", "Giriş Yap", "Üye Ol"];

describe("Turkish words", () => {
  it.each(HEADINGS)("heading %s", (text, kind) => {
    expect(classifyHeading(text)?.kind).toBe(kind);
  });
  it.each(NOT_HEADINGS)("no heading: %s", (text) => {
    expect(classifyHeading(text)?.kind ?? null).toBeNull();
  });
  it.each(LABELS)("label %s", (text, field) => {
    expect(labelField(text)).toBe(field);
  });
  it.each(CHROME)("chrome %s", (text) => {
    expect(chromeLine(text)).not.toBeNull();
  });
  it("reads degrees, years and dates", () => {
    expect(parseEducation("Üniversite (Mezun)", { lang: "tr" })?.level).toBe("bachelor");
    expect(parseEducation("Ön Lisans (Mezun)", { lang: "tr" })?.level).toBe("associate");
    expect(parseEducation("Yüksek Lisans (Mezun)", { lang: "tr" })?.level).toBe("master");
    expect(parseEducation("Lise mezunu", { lang: "tr" })?.level).toBe("high-school");
    expect(parseEducation("Doktora", { lang: "tr" })?.level).toBe("doctorate");
    expect(parseExperience("Satış alanında en az 3 yıl deneyimli")?.minYears).toBe(3);
    expect(parseExperience("Lojistik sektöründe 5 yıllık tecrübe")?.minYears).toBe(5);
    expect(parseAbsoluteDate("Son Başvuru: 15 Ocak 2027")?.date).toBe("2027-01-15");
    expect(parseAbsoluteDate("27 Kasım 2026")?.date).toBe("2026-11-27");
    expect(parseAbsoluteDate("3 Ağustos 2026")?.date).toBe("2026-08-03");
    const now = new Date("2026-12-07T00:00:00Z");
    expect(parseRelativeDate("2 gün önce", now)?.date).toBe("2026-12-05");
    expect(parseRelativeDate("Bugün", now)?.date).toBe("2026-12-07");
  });
});

describe("a Turkish posting gets its lists and facts", () => {
  it("reads duties, musts, pluses, perks, the contract, the workplace and the dates", () => {
    const text = [
      "Satış Temsilcisi", "Anadolu Beyaz Eşya Pazarlama A.Ş.", "Ankara (Çankaya)", "Tam Zamanlı", "Hibrit", "İlan Tarihi: 2 gün önce", "Başvur", "Kaydet", "",
      "Bu ilana 87 kişi başvurdu", "",
      "Görev ve Sorumluluklar", "• Bölgedeki bayilerin düzenli ziyaretlerinin yapılması,", "• Satış hedeflerinin takip edilmesi,", "• Aylık satış raporlarının hazırlanması.", "",
      "Aranan Nitelikler", "• Üniversitelerin İşletme veya İktisat bölümlerinden mezun,", "• Satış alanında en az 2 yıl deneyimli,", "• B sınıfı ehliyet sahibi,", "• Erkek adaylar için askerlik hizmetini tamamlamış.", "",
      "Tercih Sebebi", "• Beyaz eşya sektöründe deneyim.", "",
      "Yan Haklar", "• Özel sağlık sigortası", "• Yemek kartı", "• Prim sistemi", "",
      "Benzer İlanlar", "Satış Uzmanı - İstanbul - Marmara Elektrik Ltd. Şti.",
    ].join("\n");
    const r = parseJobPosting(text, { now: "2026-12-07" });
    expect(r.language).toBe("tr");
    expect(r.warnings.some((w) => w.includes("vocabulary"))).toBe(false);
    expect(r.company).toBe("Anadolu Beyaz Eşya Pazarlama A.Ş.");
    expect(r.responsibilities).toHaveLength(3);
    expect(r.requirements).toHaveLength(4);
    expect(r.niceToHave).toEqual(["Beyaz eşya sektöründe deneyim."]);
    expect(r.benefits).toEqual(["Özel sağlık sigortası", "Yemek kartı", "Prim sistemi"]);
    expect(r.employmentType).toBe("full-time");
    expect(r.workplaceType).toBe("hybrid");
    expect(r.experience?.minYears).toBe(2);
    expect(r.education?.level).toBe("bachelor");
    expect(r.postedAt).toBe("2026-12-05");
    expect(r.description).not.toContain("Benzer İlanlar");
    expect(r.description).not.toContain("kişi başvurdu");
  });
  it("reads a table of facts, a part-time remote job and its pay", () => {
    const text = [
      "Müşteri Hizmetleri Temsilcisi", "",
      "Pozisyon Bilgileri", "Çalışma Şekli: Yarı Zamanlı", "Çalışma Tercihi: Uzaktan", "Eğitim Seviyesi: Lise (Mezun)", "Son Başvuru Tarihi: 31.12.2026", "Maaş: 25.000 - 30.000 TL brüt / aylık", "",
      "İş Tanımı", "- Gelen çağrıların karşılanması", "- Müşteri taleplerinin kayıt altına alınması",
    ].join("\n");
    const r = parseJobPosting(text, { now: "2026-12-07" });
    expect(r.employmentType).toBe("part-time");
    expect(r.workplaceType).toBe("remote");
    expect(r.education?.level).toBe("high-school");
    expect(r.validThrough).toBe("2026-12-31");
    expect(r.salary).toMatchObject({ min: 25000, max: 30000, currency: "TRY", period: "month" });
    expect(r.responsibilities).toHaveLength(2);
  });
});

describe("neighbours keep their own words", () => {
  it("a German posting stays German, its kinds unchanged", () => {
    const text = ["Sachbearbeiter (m/w/d)", "", "Ihre Aufgaben", "- Bearbeitung von Anfragen", "- Pflege der Kundendaten", "", "Ihr Profil", "- Abgeschlossene Ausbildung", "- Mindestens 2 Jahre Berufserfahrung", "", "Wir bieten", "- 30 Tage Urlaub"].join("\n");
    const r = parseJobPosting(text, { now: "2026-12-07" });
    expect(r.language).toBe("de");
    expect(r.responsibilities).toHaveLength(2);
    expect(r.requirements).toHaveLength(2);
    expect(r.benefits).toEqual(["30 Tage Urlaub"]);
    expect(r.experience?.minYears).toBe(2);
  });
  it("an English posting with an Istanbul office stays English", () => {
    const text = ["Backend Engineer", "Istanbul, Türkiye · Hybrid", "", "What you'll do", "- Build payment services", "", "Requirements", "- 3+ years of experience with Go"].join("\n");
    const r = parseJobPosting(text, { now: "2026-12-07" });
    expect(r.language).toBe("en");
    expect(r.workplaceType).toBe("hybrid");
    expect(r.requirements).toEqual(["3+ years of experience with Go"]);
  });
});
