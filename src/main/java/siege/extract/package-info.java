/**
 * Extraction: report paragraphs to dated event records, one small class per rule family.
 *
 * <pre>
 * Report ──► SentenceSplitter ──► sentence ──┬─► DateResolver (DateGrammar, ConflictPeriod)  date + precision
 *                                            ├─► ReportActors (ActorDirectory ► ActorIndex)  canonical actors
 *                                            ├─► EventClassifier (siege/event-rules.txt)     type, sub-type, tags
 *                                            ├─► CasualtyExtractor (NumberWords)             killed, injured
 *                                            └─► PlaceExtractor                              place
 *                                         EventExtractor assembles one EventRecord per happening
 * </pre>
 *
 * <p>Use it in two passes: {@link siege.extract.ActorDirectory#learn} every report first (infobox
 * combatants and commanders, acronyms defined in text, organisations the text marks), then {@link
 * siege.extract.EventExtractor#extract} each report. The directory resolves names from the whole set
 * of facts, so the order of learning does not matter and an acronym defined in one report resolves
 * in all of them; {@link siege.extract.ActorDirectory#aliases} feeds query-time synonyms.
 *
 * <p>Data files (plain text, editable): {@code siege/actors.txt} (curated actors, states and
 * demonyms, force nouns, generic words, organisation nouns) and {@code siege/event-rules.txt}
 * (ordered type rules, tag rules, commentary rules, action verbs, default type).
 */
package siege.extract;
