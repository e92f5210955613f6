/**
 * The benchmark of issue 7: a deterministic synthetic corpus ({@link siege.bench.CorpusGenerator}:
 * reports in the corpus text format and ACLED-layout CSV, Zipf vocabulary, dated sentences,
 * actors with acronyms and aliases), the raw-Lucene baseline it is compared with
 * ({@link siege.bench.RawLuceneBaseline}, {@link siege.bench.RawLuceneSearcher}), a closed-loop
 * search load ({@link siege.bench.SearchLoad}) over a fixed {@link siege.bench.QueryMix}, the CPU
 * time of each query alone ({@link siege.bench.PerQueryCpu}), memory and
 * size probes ({@link siege.bench.ResourceMeter}), and {@link siege.bench.BenchRunner}, which runs
 * the phases and fills a {@link siege.bench.BenchReport} with our pipeline and raw Lucene side by
 * side.
 *
 * <p>Our pipeline comes in through {@link siege.bench.OursPipeline}: a {@link
 * siege.bench.CorpusIndexer} (corpus folder to index folder) and an opener of our {@link
 * siege.search.SearchService}; the query mix reaches the service as the {@link
 * siege.search.SearchRequest} the HTTP API would build ({@link siege.bench.SearchServiceTarget}).
 * Nothing here prints: {@code siege.cli.BenchCommand} prints the rendered report.
 */
package siege.bench;
