// The flag text-to-mdast.ts sets on a heading it judged from a bare line (read by tree/blocks.ts).
// Declared here because mdast-util-to-hast (JSON-LD output) adds optional keys to mdast's Data,
// after which an undeclared key is an error.
export {};
declare module "mdast" {
  interface HeadingData {
    bare?: boolean;
  }
}
