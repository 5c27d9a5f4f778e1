import { describe, expect, it } from "vitest";
import { parseJobPosting } from "../../src/index.js";
import { gluedItems } from "../../src/tree/tails.js";

// Invented rows: lists whose line breaks were lost with no space left between the items, in the
// languages boards copy them in, and lines that only look glued (names, abbreviations, versions).
const SPLITS: [string, string, string[]][] = [
  ["Vietnamese, a word glued to the next item's capital", "Thiết kế giao diện ứng dụngPhối hợp với đội ngũ phát triểnKiểm thử sản phẩm trước khi phát hành", ["Thiết kế giao diện ứng dụng", "Phối hợp với đội ngũ phát triển", "Kiểm thử sản phẩm trước khi phát hành"]],
  ["Vietnamese, a full stop glued to the next item", "Lương cạnh tranh.Thưởng tháng 13.Bảo hiểm đầy đủ theo luật", ["Lương cạnh tranh.", "Thưởng tháng 13.", "Bảo hiểm đầy đủ theo luật"]],
  ["Vietnamese, a number's full stop glued to the next item", "Lương từ 15 triệu, làm việc từ thứ 2 đến thứ 6.Hỗ trợ ăn trưa tại văn phòng.Tham quan du lịch hằng năm", ["Lương từ 15 triệu, làm việc từ thứ 2 đến thứ 6.", "Hỗ trợ ăn trưa tại văn phòng."]],
  ["French, a full stop glued to the next item", "Rédiger les rapports mensuels.Suivre les indicateurs qualité.Animer les réunions d'équipe", ["Rédiger les rapports mensuels.", "Suivre les indicateurs qualité.", "Animer les réunions d'équipe"]],
  ["English, words glued and an ellipsis", "Team playerProblem solverStrong writing skills and so on...Happy to travel now and then", ["Team player", "Problem solver", "Strong writing skills and so on...", "Happy to travel now and then"]],
];

const WHOLE: [string, string][] = [
  ["names in camel case", "Experience with JavaScript, TypeScript and GitHub Actions in a DevOps team"],
  ["a version and a framework with a dot", "Good knowledge of Node.Js and ASP.Net, plus iOS and macOS builds"],
  ["plural abbreviations", "You will write PDFs and call REST APIs for our partners every day"],
  ["abbreviations run into words", "Build RESTful services, HTTPServer wrappers and URLs for IDs in the VNĐLàm app"],
  ["one glued place only", "Work with the teamWe are friendly people who like to build things"],
  ["ordinary sentences", "We build tools. You ship them. Everyone wins in the end."],
];

describe("items glued together when the breaks were lost", () => {
  for (const [name, text, items] of SPLITS) {
    it(name, () => {
      const got = gluedItems(text);
      expect(got).not.toBeNull();
      for (const t of items.slice(0, 2)) expect(got).toContain(t);
    });
  }
  for (const [name, text] of WHOLE) it(`keeps whole: ${name}`, () => expect(gluedItems(text)).toBeNull());

  it("a requirements section of glued items gives its items", () => {
    const r = parseJobPosting(["Lập trình viên Unity", "", "Yêu cầu ứng viên", "Có kinh nghiệm 1 năm lập trình gameThành thạo ngôn ngữ lập trình hiện đạiCó khả năng đọc hiểu tài liệu tiếng Anh"].join("\n"), { format: "text", now: "2026-12-07" });
    expect(r.requirements).toContain("Có kinh nghiệm 1 năm lập trình game");
    expect(r.requirements.length).toBe(3);
  });
});
