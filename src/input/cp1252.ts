// Windows-1252's characters for bytes 0x80–0x9F (the rest of its upper half is Latin-1). Node's
// TextDecoder("windows-1252") decodes these bytes as C1 controls, so the table is spelled out here.
const HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

/** The character Windows-1252 shows for one byte. */
export function cp1252Char(byte: number): string {
  if (byte >= 0x80 && byte <= 0x9f) return HIGH[byte - 0x80];
  return String.fromCharCode(byte);
}

/** Decodes bytes as Windows-1252. */
export function decodeCp1252(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i++) out += cp1252Char(bytes[i]);
  return out;
}
