/**
 * Files people feed the CLI by mistake, known by their first bytes. A small PDF saved from a job
 * board is mostly ASCII (`%PDF-1.7`, `<< /Type /Page >>`, one compressed stream), so the parser's
 * "looks binary" test lets it through and it would come out as a record of PDF syntax.
 */
const SIGNATURES: readonly { magic: readonly number[]; what: string }[] = [
  { magic: bytes("%PDF-"), what: "a PDF document; extract its text first (e.g. pdftotext)" },
  { magic: [0x89, ...bytes("PNG\r\n\x1a\n")], what: "a PNG image" },
  { magic: [0xff, 0xd8, 0xff], what: "a JPEG image" },
  { magic: bytes("GIF87a"), what: "a GIF image" },
  { magic: bytes("GIF89a"), what: "a GIF image" },
  { magic: bytes("PK\x03\x04"), what: "a ZIP archive (a .docx or .odt is one); extract its text first" },
  { magic: [0x1f, 0x8b], what: "gzip-compressed data" },
  { magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: "an old Office document (.doc, .xls); extract its text first" },
];

function bytes(s: string): number[] {
  return [...s].map((c) => c.charCodeAt(0));
}

/** What a known binary format the bytes start with is ("a PDF document; …"), or null. */
export function binaryFormatOf(data: Uint8Array): string | null {
  for (const { magic, what } of SIGNATURES) {
    if (data.length >= magic.length && magic.every((b, i) => data[i] === b)) return what;
  }
  return null;
}
