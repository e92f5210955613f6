/**
 * Building the index: record -> document builders ({@link siege.index.ReportDocumentBuilder},
 * {@link siege.index.ParagraphDocumentBuilder}, {@link siege.index.EventDocumentBuilder}), the
 * atomic rebuild ({@link siege.index.IndexBuilder}), the corpus walk ({@link
 * siege.index.CorpusIndexer}) and what an index folder holds ({@link siege.index.IndexStatus}).
 */
package siege.index;
