// Scraped pages nest a few hundred levels deep now and then (a broken template, an unclosed
// `<div>` in a loop), and a hostile page can nest thousands. The tree libraries and our own walks
// recurse once per level, so a deep enough page overflows the stack. Below MAX_DEPTH nothing
// changes; at it, a node's whole subtree is flattened into its leaves, in order: the text is all
// kept, only structure that deep is dropped. The walk itself is iterative.

/** Deeper than any posting written by a person; shallow enough for every recursive walk after it. */
export const MAX_DEPTH = 40;

interface Node {
  type: string;
  tagName?: string;
  children?: Node[];
}

/** How one kind of tree is capped: which nodes may take flattened children, and what counts as a leaf. */
export interface Capping {
  /** a node that may hold the flattened leaves as its children */
  holds(node: Node): boolean;
  /** a node kept whole when flattening (not descended into) */
  leaf(node: Node): boolean;
  /** put between two leaves that came from different parents, or null */
  separator(): Node | null;
}

/** Caps the nesting of a unist tree at `max` levels, in place; returns the tree. */
export function capDepth<T extends Node>(tree: T, capping: Capping, max = MAX_DEPTH): T {
  const stack: [Node, number][] = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!node.children) continue;
    if (depth >= max && capping.holds(node)) {
      node.children = flatten(node.children, capping);
      continue;
    }
    for (const child of node.children) stack.push([child, depth + 1]);
  }
  return tree;
}

function flatten(children: Node[], capping: Capping): Node[] {
  const out: Node[] = [];
  // iterative pre-order walk; each frame is a list of siblings and the index of the next one
  const frames: { nodes: Node[]; i: number }[] = [{ nodes: children, i: 0 }];
  let lastFrame = -1;
  while (frames.length > 0) {
    const frame = frames[frames.length - 1];
    if (frame.i >= frame.nodes.length) {
      frames.pop();
      continue;
    }
    const node = frame.nodes[frame.i++];
    if (!node.children || node.children.length === 0 || capping.leaf(node)) {
      if (!node.children || capping.leaf(node)) {
        if (out.length > 0 && lastFrame !== frames.length) {
          const sep = capping.separator();
          if (sep) out.push(sep);
        }
        out.push(node);
        lastFrame = frames.length;
      }
      continue;
    }
    frames.push({ nodes: node.children, i: 0 });
  }
  return out;
}

/** HTML (hast): any element takes the text of its deep subtree, a line break between parts. */
export const HAST_CAPPING: Capping = {
  holds: (n) => n.type === "element" || n.type === "root",
  leaf: (n) => n.type === "text",
  separator: () => ({ type: "element", tagName: "br", properties: {}, children: [] }) as Node,
};

const FLOW_LEAVES = new Set(["paragraph", "heading", "code", "html", "table", "thematicBreak", "definition", "text"]);

/** Markdown (mdast): list items and quotes take the paragraphs, headings and code of their deep subtree. */
export const MDAST_CAPPING: Capping = {
  holds: (n) => n.type === "listItem" || n.type === "blockquote" || n.type === "footnoteDefinition",
  leaf: (n) => FLOW_LEAVES.has(n.type),
  separator: () => null,
};
