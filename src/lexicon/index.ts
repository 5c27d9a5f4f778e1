import { cs } from "./cs.js";
import { sk } from "./sk.js";
import { fi } from "./fi.js";
import { ro } from "./ro.js";
import { tr } from "./tr.js";
import { hu } from "./hu.js";
import { da } from "./da.js";
import { de } from "./de.js";
import { en } from "./en.js";
import { es } from "./es.js";
import { fr } from "./fr.js";
import { it } from "./it.js";
import { ko } from "./ko.js";
import { nb } from "./nb.js";
import { nl } from "./nl.js";
import { pl } from "./pl.js";
import { pt } from "./pt.js";
import { sv } from "./sv.js";
import type { Lexicon } from "./types.js";
import { vi } from "./vi.js";

export type { ChromeKind, LabelField, Lexicon } from "./types.js";

/** Every language's words, English first. */
export const LEXICONS: readonly Lexicon[] = [en, fr, de, es, pt, it, nl, pl, vi, ko, da, sv, nb, cs, sk, fi, ro, tr, hu];

// languages: which languages have a lexicon (a posting in any other gets a warning)
/** The ISO 639-1 codes of the languages with a lexicon. */
export const LEXICON_LANGUAGES: ReadonlySet<string> = new Set(["en", "fr", "de", "es", "pt", "it", "nl", "pl", "vi", "ko", "da", "sv", "nb", "cs", "sk", "fi", "ro", "tr", "hu"]);
