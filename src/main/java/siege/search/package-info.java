/**
 * Searching the index: the {@link siege.search.SearchService} contract and its Lucene
 * implementation {@link siege.search.LuceneSearchService}.
 *
 * <p>Per index snapshot ({@code IndexSnapshot}, built when the SearcherManager opens a reader):
 * the sorted-set facet reader state, keyword values and actor aliases (case-insensitive filters),
 * the query analyser, the query builders ({@code UserQueries} with a parser per thread, {@code
 * TextQueries}, {@code DateWords}, {@code ActorWords}, {@code TermPresence}), the highlighters and,
 * on first use, the suggester. Per request: validation ({@code RequestValidator}), the user query
 * ({@code SiegeQueryParser}: words cut at the synonym graph's articulation points by {@code
 * QueryGraph}, see docs/relevance.md), the filters and drill-down ({@code RequestQuery}),
 * multi-select facet counts ({@code MultiSelectFacets}: DrillSideways' counts without scoring), the
 * counts of unfiltered requests cached per snapshot ({@code UnfilteredCounts}), snippets for the returned page
 * only ({@code Snippets}, from the text part of the query: {@code HighlightQuery}), "did you mean"
 * when a query finds fewer than 3 hits, and hit mapping ({@code HitMapper}). {@link siege.search.SearchParameters} turns named string parameters (HTTP,
 * CLI) into a request with the same validation everywhere.
 */
package siege.search;
