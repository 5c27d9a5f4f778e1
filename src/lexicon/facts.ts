/**
 * More words for the facts in the prose (work mode, contract), in the lexicon languages the base
 * lists in terms.ts do not cover yet (Dutch, Polish, Portuguese, Vietnamese) and in more English
 * wordings. Data only; src/fields/workplace.ts and src/fields/employment.ts add them to the base lists.
 */

/** Remote work, as whole phrases. */
export const MORE_REMOTE_WORDS = [
  // en: "duties are performed remotely", "work mostly from home"
  "from home", "performed remotely", "done remotely", "carried out remotely", "based remotely", "remotely based", "remote-based",
  "fully remotely", "100% remotely",
  // nl
  "thuiswerken", "volledig thuiswerken", "vanuit huis", "volledig remote", "100% thuis",
  // da / sv / nb (lexicon helper): a job done wholly away from the office
  "fuldt remote", "100% hjemmearbejde", "fjernarbejde", "helt på distans", "100% distans", "på distans", "fjernarbeid", "100% hjemmekontor", "helt hjemmekontor",
  // pl
  "zdalnie", "100% zdalnie", "praca zdalna", "pracy zdalnej", "pracę zdalną", "w pełni zdalnie", "całkowicie zdalnie",
  // pt (pt-BR "home office" is remote work)
  "100% home office", "trabalho remoto", "remota", "100% remota", "totalmente remoto", "teletrabalho",
  // vi
  "làm việc từ xa",
];

/** Hybrid work, as whole phrases. */
export const MORE_HYBRID_WORDS = [
  "hybrid role", "hybrid working", "hybrid model",
  // fr: "Télétravail : oui" in a facts list is a part of the week at home
  "télétravail : oui", "télétravail: oui", "télétravail partiel possible", "télétravail occasionnel",
  // nl
  "hybride werken", "deels thuiswerken", "gedeeltelijk thuiswerken",
  // da / sv / nb (lexicon helper): "mulighed for hjemmearbejde" is some days at home, not a remote job
  "hybridarbejde", "delvis hjemmearbejde", "mulighed for hjemmearbejde", "hjemmearbejdsdage", "hybridarbete", "delvis distansarbete",
  "möjlighet till distansarbete", "möjlighet att arbeta på distans", "mulighet for hjemmekontor", "delvis hjemmekontor", "hjemmekontordager",
  // pl
  "hybrydowo", "hybrydowy", "hybrydowym", "hybrydowa", "hybrydowej", "hybrydową", "model hybrydowy", "praca hybrydowa", "pracy hybrydowej",
  // pt
  "modelo híbrido", "regime híbrido", "formato híbrido",
  // vi
  "làm việc kết hợp",
];

/** Work at the employer's site, as whole phrases. */
export const MORE_ONSITE_WORDS = [
  // it: "Lavoro in presenza", not an interview "in presenza"
  "lavoro in presenza", "lavoro in sede", "attività in presenza", "in presenza in sede", "in presenza presso",
  // nl
  "op kantoor", "op locatie",
  // pl
  "stacjonarnie", "praca stacjonarna", "pracy stacjonarnej",
  // pt
  "100% presencial", "regime presencial", "trabalho presencial",
  // vi: "Làm việc tại văn phòng HN" (not "cafe tại văn phòng")
  "làm việc tại văn phòng",
];

/** Employment words that are a contract only as a badge or label value ("Efetivo", "Regular"), not inside a sentence. */
export const BADGE_ONLY_EMPLOYMENT: ReadonlySet<string> = new Set(["regular", "efetivo", "indefinido"]);

/** Employment type phrases, each put after the last base phrase of its type (the base list is ordered most specific first). */
export const MORE_EMPLOYMENT: [string, "full-time" | "part-time" | "contract" | "temporary" | "internship" | "freelance" | "volunteer"][] = [
  // nl
  ["stagiair", "internship"], ["stagiaire", "internship"], ["afstudeerstage", "internship"], ["zzp", "freelance"], ["zzp'er", "freelance"],
  ["tijdelijk contract", "temporary"], ["tijdelijke baan", "temporary"], ["uitzendbasis", "temporary"], ["detachering", "contract"],
  ["deeltijd", "part-time"], ["vast dienstverband", "full-time"], ["vaste baan", "full-time"], ["vast contract", "full-time"], ["voltijd", "full-time"],
  // pl
  ["płatny staż", "internship"], ["oferta stażu", "internship"], ["praktyki studenckie", "internship"], ["praktykant", "internship"], ["stażysta", "internship"],
  ["umowa zlecenie", "contract"], ["umowa o dzieło", "contract"], ["kontrakt b2b", "contract"], ["umowa b2b", "contract"], ["na b2b", "contract"], ["współpraca b2b", "contract"], ["b2b contract", "contract"],
  ["umowa na zastępstwo", "temporary"], ["umowa na czas określony", "temporary"], ["niepełny etat", "part-time"], ["część etatu", "part-time"],
  ["pół etatu", "part-time"], ["pełny etat", "full-time"], ["pełen etat", "full-time"], ["pełnym etacie", "full-time"],
  ["umowa o pracę", "full-time"], ["umowa na czas nieokreślony", "full-time"],
  // pt
  ["estagiária", "internship"], ["jovem aprendiz", "internship"], ["pessoa jurídica", "contract"], ["temporária", "temporary"],
  ["meio expediente", "part-time"],
  // vi
  ["thực tập sinh", "internship"], ["thực tập", "internship"], ["cộng tác viên", "freelance"], ["hợp đồng thời vụ", "temporary"],
  ["bán thời gian", "part-time"], ["toàn thời gian", "full-time"],
  // contract words by family (permanent / fixed-term), as boards write them in a facts row or badge
  ["contrat à durée indéterminée", "full-time"], ["durée indéterminée", "full-time"], ["cdi temps plein", "full-time"],
  ["contrat à durée déterminée", "temporary"], ["durée déterminée", "temporary"],
  ["efetivo", "full-time"], ["contrato efetivo", "full-time"], ["prazo indeterminado", "full-time"], ["tempo indeterminado", "full-time"],
  ["prazo determinado", "temporary"], ["tempo determinado", "temporary"],
  ["unbefristeter", "full-time"], ["unbefristetes", "full-time"], ["unbefristeten", "full-time"], ["festanstellung in vollzeit", "full-time"],
  ["befristetes", "temporary"], ["befristeten", "temporary"],
  ["contrato fijo", "full-time"], ["contrato estable", "full-time"], ["contrato de duración determinada", "temporary"], ["duración determinada", "temporary"],
  ["onbepaalde tijd", "full-time"], ["bepaalde tijd", "temporary"],
  ["umowa o pracę na czas nieokreślony", "full-time"], ["umowa o pracę na czas określony", "temporary"],
  // da / sv / nb (lexicon helper)
  ["praktikplads", "internship"], ["praktikantstilling", "internship"], ["lärling", "internship"], ["lærling", "internship"], ["lærlingeplads", "internship"],
  ["freelance", "freelance"], ["frilans", "freelance"], ["frilanser", "freelance"],
  ["tidsbegrænset ansættelse", "temporary"], ["tidsbegrænset", "temporary"], ["vikariat", "temporary"], ["barselsvikariat", "temporary"],
  ["visstidsanställning", "temporary"], ["tidsbegränsad anställning", "temporary"], ["midlertidig stilling", "temporary"], ["midlertidig", "temporary"], ["sommerjobb", "temporary"], ["sommarjobb", "temporary"],
  ["deltid", "part-time"], ["deltidsstilling", "part-time"],
  ["fastansættelse", "full-time"], ["fast ansættelse", "full-time"], ["fuldtid", "full-time"], ["fuldtidsstilling", "full-time"],
  ["tillsvidareanställning", "full-time"], ["heltid", "full-time"], ["fast anställning", "full-time"], ["fast stilling", "full-time"], ["fast ansettelse", "full-time"], ["heltidsstilling", "full-time"],
  // en: "a full-time, salaried position"
  ["salaried position", "full-time"], ["salaried role", "full-time"],
  // tr: "Yarı Zamanlı", "Stajyer", "Dönemsel", "Proje Bazlı" (Kariyer.net's types); hu: "Részmunkaidő", "Határozott idejű", "Diákmunka"
  ["yarı zamanlı", "part-time"], ["yari zamanli", "part-time"], ["stajyer", "internship"], ["staj", "internship"], ["dönemsel", "temporary"], ["geçici", "temporary"],
  ["sezonluk", "temporary"], ["proje bazlı", "temporary"], ["sözleşmeli", "contract"], ["serbest çalışan", "freelance"], ["gönüllü", "volunteer"],
  ["részmunkaidő", "part-time"], ["részmunkaidős", "part-time"], ["határozott idejű", "temporary"], ["szezonális", "temporary"], ["diákmunka", "internship"],
  ["gyakornok", "internship"], ["gyakornoki", "internship"], ["megbízási szerződés", "contract"],
];

/** Durations written in words, in minutes; longer phrases first ("an hour and a half" before "an hour"). */
export const DURATION_PHRASES: [string, number][] = [
  ["an hour and a half", 90], ["one and a half hours", 90], ["one hour and a half", 90], ["a quarter of an hour", 15], ["quarter of an hour", 15],
  ["half an hour", 30], ["half-hour", 30], ["half hour", 30], ["an hour", 60], ["one hour", 60], ["two hours", 120],
  ["une heure et demie", 90], ["une demi-heure", 30], ["demi-heure", 30], ["une heure", 60],
  ["anderthalb stunden", 90], ["eine halbe stunde", 30], ["halbe stunde", 30], ["eine stunde", 60],
  ["una hora y media", 90], ["media hora", 30], ["una hora", 60], ["uma hora e meia", 90], ["meia hora", 30], ["uma hora", 60],
  ["mezz'ora", 30], ["mezz’ora", 30], ["un'ora", 60], ["un’ora", 60], ["pół godziny", 30], ["godzinę", 60],
  ["anderhalf uur", 90], ["een half uur", 30], ["half uur", 30], ["een uur", 60], ["nửa tiếng", 30], ["một tiếng", 60],
  // interview steps (wip-steps): a day on site is a working day of 8 hours, half a day 4
  ["half a day", 240], ["half-day", 240], ["half day", 240], ["a full day", 480], ["full day", 480], ["full-day", 480], ["one day", 480], ["1 day", 480], ["1-day", 480],
  ["ein halber tag", 240], ["halber tag", 240], ["halbtägig", 240], ["ein ganzer tag", 480], ["ganzer tag", 480], ["ganztägig", 480], ["eintägig", 480], ["1 tag", 480], ["ein tag", 480],
  ["une demi-journée", 240], ["demi-journée", 240], ["une journée", 480], ["1 journée", 480], ["1 jour", 480],
  ["medio día", 240], ["media jornada", 240], ["un día", 480], ["1 día", 480], ["una jornada", 480], ["meio período", 240], ["um dia", 480], ["1 dia", 480],
  ["mezza giornata", 240], ["una giornata", 480], ["un giorno", 480], ["1 giorno", 480], ["een halve dag", 240], ["halve dag", 240], ["een hele dag", 480], ["een dag", 480], ["1 dag", 480],
  ["pół dnia", 240], ["jeden dzień", 480], ["cały dzień", 480], ["1 dzień", 480],
];

/**
 * Icon-font ligature words that boards print before a header fact ("location_on Leeds, UK",
 * "schedule Full-time", "signal_cellular_alt Senior"): Material Icons / Symbols names. Stripped
 * from a short line's start when a fact in capitals or digits follows (src/input/repair.ts).
 */
export const ICON_LIGATURE_WORDS = [
  "location_on", "location_city", "place", "pin_drop", "map", "near_me", "schedule", "access_time", "query_builder", "today", "event",
  "calendar_today", "calendar_month", "date_range", "work", "work_outline", "work_history", "business_center", "business", "apartment",
  "corporate_fare", "domain", "payments", "paid", "attach_money", "euro", "euro_symbol", "currency_pound", "currency_rupee",
  "monetization_on", "signal_cellular_alt", "trending_up", "school", "public", "language", "home", "home_work", "person", "people",
  "group", "groups", "badge", "timer", "hourglass_empty", "hourglass_top", "laptop", "laptop_mac", "computer", "star", "verified",
  "category", "label", "sell", "local_offer", "account_balance_wallet", "savings", "history", "update", "travel_explore", "flight",
];

/** Pictographs boards print before a header fact ("📍 Oslo, Norway", "💰 €60k", "⏰ Full-time"), stripped like the ligature words. */
export const ICON_GLYPHS = [
  "📍", "📌", "🏢", "🏠", "🏡", "💼", "💰", "💵", "💶", "💷", "💸", "⏰", "🕒", "🕘", "⌚", "⏱", "📅", "📆", "🗓", "🌍", "🌎", "🌏", "🌐",
  "💻", "🧭", "🏷", "🎓", "👤", "👥", "📈", "🚀", "⭐", "🔖", "✈",
];
