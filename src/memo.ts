// perf: pure functions of one line of text that many detectors ask about again and again (a line's
// phrase key, whether it names a heading or a chrome line, its words): each answer is worked out once
// per parse. The tables are emptied as each parse starts (`forgetTexts`), so no text outlives the
// parse that read it, and answers never depend on an earlier parse.

// Most texts, and most characters of text, one table keeps (a direct caller outside a parse stays bounded).
const MAX_TEXTS = 5000;
const MAX_TEXT_CHARS = 4000;

// memory: a table is dropped and a new one made, never cleared. V8 gives a cleared (or grown) Map its
// new store in the old generation once the Map has been there, and a dead old store still holds the
// young answers it pointed to through every minor GC until the next full one: all of them got
// promoted, and the heap grew with the number of parses until a full GC (--lines peak memory).
const TABLES: { table: Map<string, unknown> | null }[] = [];

// An answer that is `undefined`, as kept (perf: a text not yet asked about costs one look-up, not two).
const NO_VALUE: unique symbol = Symbol("no value");

/** `fn` with its answers kept per text for the current parse; `fn` must be pure and its answers never changed by callers. */
export function perText<T>(fn: (text: string) => T): (text: string) => T {
  const slot: { table: Map<string, T | typeof NO_VALUE> | null } = { table: null };
  TABLES.push(slot);
  return (text) => {
    const table = (slot.table ??= new Map<string, T | typeof NO_VALUE>());
    const known = table.get(text);
    if (known !== undefined) return (known === NO_VALUE ? undefined : known) as T;
    const value = fn(text);
    if (text.length <= MAX_TEXT_CHARS) {
      if (table.size >= MAX_TEXTS) slot.table = new Map<string, T | typeof NO_VALUE>();
      slot.table!.set(text, value === undefined ? NO_VALUE : value);
    }
    return value;
  };
}

/** Forgets every kept answer: called as each parse starts. */
export function forgetTexts(): void {
  for (const t of TABLES) t.table = null;
}
