/**
 * The index layout shared by indexing and search.
 *
 * <p>Every document has a keyword {@code id} (also sorted doc values), {@code kind} (report,
 * paragraph, event), {@code report} and {@code source_file}. Keyword fields (StringField, stored)
 * are exact values: actor (multi), event_type, sub_event_type, tag (multi), month (YYYY-MM), year.
 * Analysed fields: {@code text} (positions, no offsets: the UnifiedHighlighter
 * re-analyses the stored text; stored on paragraphs and events, not on report documents, whose text
 * search rebuilds from their paragraphs), {@code text_exact} (same text, unstemmed, not stored), {@code title}, {@code section}, {@code place}.
 * {@code date} is the epoch day ({@link siege.schema.DateCodec}) as LongPoint + NumericDocValues +
 * stored. Facets are sorted-set doc-values facets configured by {@link siege.schema.FacetSchema}.
 *
 * <p>Only event documents carry actor, type, tag, month and date facets; paragraphs and reports
 * carry report and source_file. A report's documents are written in the order report,
 * then each paragraph followed by its events. Stored fields use {@link siege.schema.IndexCodec}.
 */
package siege.schema;
