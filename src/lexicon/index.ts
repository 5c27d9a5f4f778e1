import { de } from "./de.js";
import { en } from "./en.js";
import { es } from "./es.js";
import { fr } from "./fr.js";
import { it } from "./it.js";
import { pt } from "./pt.js";
import type { Lexicon } from "./types.js";

export type { ChromeKind, LabelField, Lexicon } from "./types.js";

/** Every language's words, English first. */
export const LEXICONS: readonly Lexicon[] = [en, fr, de, es, pt, it];
