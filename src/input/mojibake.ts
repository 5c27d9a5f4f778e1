import { MOJIBAKE_RUN_RE } from "../patterns.js";
import { cp1252Char } from "./cp1252.js";
import { applyEdits, type Edit, type Rewritten } from "./rewrite.js";

// The byte each Windows-1252 character stands for, so "â€™" can be turned back into E2 80 99.
const CP1252_BYTE = new Map<string, number>();
for (let b = 0x80; b <= 0xff; b++) CP1252_BYTE.set(cp1252Char(b), b);
const UTF8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Repairs UTF-8 text that was decoded as Windows-1252 ("weâ€™re" → "we’re", "CafÃ©" → "Café") or as
 * ISO-8859-1 ("weâ\u0080\u0099re" → "we’re", "Â\u00A0" → a no-break space),
 * keeping the way back to the text before the repair.
 */
export function mojibakeEdits(text: string): Rewritten {
  const edits: Edit[] = [];
  const re = new RegExp(MOJIBAKE_RUN_RE.source, MOJIBAKE_RUN_RE.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const fixed = decodeRun(m[0]);
    if (fixed !== null) edits.push({ start: m.index, end: m.index + m[0].length, insert: fixed });
  }
  return applyEdits(text, edits);
}

function decodeRun(run: string): string | null {
  const bytes = new Uint8Array(run.length);
  for (let i = 0; i < run.length; i++) {
    // ISO-8859-1 shows bytes 0x80–0x9F as the C1 controls U+0080–U+009F ("weâ\u0080\u0099re")
    const c = run.charCodeAt(i);
    const b = CP1252_BYTE.get(run[i]) ?? (c >= 0x80 && c <= 0x9f ? c : undefined);
    if (b === undefined) return null;
    bytes[i] = b;
  }
  try {
    return UTF8.decode(bytes);
  } catch {
    return null;
  }
}
