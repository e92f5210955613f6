/**
 * Building the index: record -> document builders ({@link siege.index.ReportDocumentBuilder},
 * {@link siege.index.ParagraphDocumentBuilder}, {@link siege.index.EventDocumentBuilder}), the
 * one-commit writer ({@link siege.index.IndexBuilder}: rebuild in CREATE mode or update in APPEND
 * mode, rolled back on failure), the corpus walk ({@link siege.index.CorpusIndexer}: rebuild, or
 * update only the files whose content hash or indexed records changed, by the
 * {@link siege.index.CorpusManifest} kept in the commit data), what an index folder holds
 * ({@link siege.index.IndexStatus}), whether it is intact ({@link siege.index.IndexHealth}: codec
 * checksums) and what a server does with it at start ({@link siege.index.IndexStartup}).
 *
 * <p>Every document carries its corpus file's name ({@code source_file}): an update deletes a
 * changed or removed file's documents by that term and adds the new ones in the same commit.
 */
package siege.index;
