/**
 * Searching the index: the {@link siege.search.SearchService} contract and its Lucene
 * implementation {@link siege.search.LuceneSearchService}.
 *
 * <p>Per index snapshot ({@code IndexSnapshot}, built when the SearcherManager opens a reader):
 * the sorted-set facet reader state, keyword values and actor aliases (case-insensitive filters),
 * the query analyser, the highlighters and, on first use, the suggester. Per request: validation
 * ({@code RequestValidator}), the user query ({@code UserQueries}, {@code SiegeQueryParser}), the
 * filters and drill-down ({@code RequestQuery}), DrillSideways counts under a deadline ({@code
 * SearchDeadline}), snippets for the returned page only ({@code Snippets}) and hit mapping
 * ({@code HitMapper}). {@link siege.search.SearchParameters} turns named string parameters (HTTP,
 * CLI) into a request with the same validation everywhere.
 */
package siege.search;
