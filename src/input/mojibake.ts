import { MOJIBAKE_RUN_RE } from "../patterns.js";
import { cp1252Char } from "./cp1252.js";

// The byte each Windows-1252 character stands for, so "â€™" can be turned back into E2 80 99.
const CP1252_BYTE = new Map<string, number>();
for (let b = 0x80; b <= 0xff; b++) CP1252_BYTE.set(cp1252Char(b), b);
const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** Repairs UTF-8 text that was decoded as Windows-1252 ("weâ€™re" → "we’re", "CafÃ©" → "Café"). */
export function repairMojibake(text: string): string {
  return text.replace(new RegExp(MOJIBAKE_RUN_RE.source, MOJIBAKE_RUN_RE.flags), (run) => {
    const bytes = new Uint8Array(run.length);
    for (let i = 0; i < run.length; i++) {
      const b = CP1252_BYTE.get(run[i]);
      if (b === undefined) return run;
      bytes[i] = b;
    }
    try {
      return UTF8.decode(bytes);
    } catch {
      return run;
    }
  });
}
