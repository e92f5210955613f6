package siege.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import siege.eventfile.EventFiles;
import siege.eventfile.EventWriter;
import siege.index.IndexStatus;
import siege.search.ApiJson;
import siege.search.InvalidQueryException;
import siege.search.LuceneSearchService;
import siege.search.SearchHit;
import siege.search.SearchParameters;
import siege.search.SearchRequest;
import siege.search.SearchResult;

/**
 * {@code search [filters] [QUERY...]}: ranked hits and facet counts, or with {@code --json} the
 * same JSON as the HTTP API's {@code /api/search}, or with {@code --export csv|jsonl} every event
 * found, as {@code /api/export} streams them (to {@code --output FILE} or standard output). Parameters are validated exactly as the API
 * validates them ({@link SearchParameters}).
 */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Search the index. No QUERY matches everything the filters allow.")
final class SearchCommand implements Callable<Integer> {
  /** The CLI may list more hits at once than the HTTP API (a report's events: --size 1000). */
  static final int MAX_SIZE = 10_000;

  @Option(names = "--index", paramLabel = "DIR", defaultValue = "index", description = "index folder (default: ${DEFAULT-VALUE})")
  Path index;

  @Option(names = "--month", paramLabel = "YYYY-MM", description = "month filter (repeatable)")
  List<String> months = new ArrayList<>();

  @Option(names = "--actor", paramLabel = "NAME", description = "actor filter (repeatable)")
  List<String> actors = new ArrayList<>();

  @Option(names = "--event-type", paramLabel = "TYPE", description = "ACLED event type filter (repeatable)")
  List<String> eventTypes = new ArrayList<>();

  @Option(names = "--sub-event-type", paramLabel = "TYPE", description = "ACLED sub-event type filter (repeatable)")
  List<String> subEventTypes = new ArrayList<>();

  @Option(names = "--tag", paramLabel = "TAG", description = "siege tag filter, e.g. blockade (repeatable)")
  List<String> tags = new ArrayList<>();

  @Option(names = "--report", paramLabel = "ID", description = "report id filter: the file name without extension (repeatable)")
  List<String> reports = new ArrayList<>();

  @Option(names = "--kind", paramLabel = "KIND", description = "event, paragraph or report (repeatable; default event and paragraph)")
  List<String> kinds = new ArrayList<>();

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "earliest date (inclusive)")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "latest date (inclusive)")
  String to;

  @Option(names = "--sort", paramLabel = "ORDER", description = "relevance, date or -date (default relevance)")
  String sort;

  @Option(names = "--page", paramLabel = "N", description = "page, from 1 (default 1)")
  String page;

  @Option(names = "--size", paramLabel = "N", description = "hits per page, 1 to 10000 (default 10)")
  String size;

  @Option(names = "--json", description = "print the JSON answer of /api/search")
  boolean json;

  @Option(names = "--export", paramLabel = "FORMAT",
      description = "write every event found (not a page) as csv (ACLED layout) or jsonl, as GET /api/export does")
  String export;

  @Option(names = "--output", paramLabel = "FILE", description = "with --export: the file to write (default: standard output)")
  Path output;

  @Parameters(paramLabel = "QUERY", arity = "0..*",
      description = "words, \"phrases\", AND/OR/NOT, -word, prefix*, actor:/event_type:/report:/month:/kind: fields")
  List<String> query = new ArrayList<>();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    IndexStatus status = IndexStatus.read(index);
    if (!status.exists()) {
      throw new CliException(Main.PARTIAL, "no index in " + index + ": run `siege-search index` first");
    }
    if (!status.currentSchema()) {
      throw new CliException(Main.PARTIAL, "the index in " + index + " was built by another version: run `siege-search index` again");
    }
    EventWriter writer = export == null ? null : exportWriter();
    try (LuceneSearchService service = LuceneSearchService.open(index)) {
      SearchRequest request = SearchParameters.parse(parameters(), MAX_SIZE, SearchParameters.MAX_QUERY_LENGTH);
      if (writer != null) {
        if (!request.kinds().contains(siege.model.Kind.EVENT)) {
          throw new CliException(Main.USAGE, "--export writes event records: --kind must include event (or be left out)");
        }
        long n = export(service, request, writer, out);
        if (output != null) out.println("exported " + n + " event" + (n == 1 ? "" : "s") + " to " + output);
        return Main.OK;
      }
      SearchResult result = service.search(request, MAX_SIZE);
      if (json) out.println(toJson(result));
      else print(out, result);
      return Main.OK;
    } catch (InvalidQueryException e) {
      throw new CliException(Main.USAGE, e.getMessage() + " [" + e.code() + "]");
    }
  }

  private EventWriter exportWriter() {
    if (json) throw new CliException(Main.USAGE, "--export and --json do not go together: choose one");
    if (page != null || size != null) {
      throw new CliException(Main.USAGE, "--export writes every event found: --page and --size do not apply");
    }
    try {
      return EventFiles.writer(export);
    } catch (IllegalArgumentException e) {
      throw new CliException(Main.USAGE, "--export: " + e.getMessage());
    }
  }

  /**
   * Streams every event of {@code request} to {@code --output} or {@code stdout}. A refused query
   * leaves no output file behind.
   */
  private long export(LuceneSearchService service, SearchRequest request, EventWriter writer, PrintWriter stdout)
      throws IOException, InvalidQueryException {
    boolean created = output != null && !Files.exists(output);
    long[] count = {0};
    try (Writer target = output == null ? new NonClosing(stdout)
        : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      writer.begin(target);
      service.forEachEvent(request, e -> {
        try {
          writer.write(e);
          count[0]++;
        } catch (IOException x) {
          throw new UncheckedIOException(x);
        }
      });
      writer.end();
    } catch (InvalidQueryException | RuntimeException e) {
      if (created) Files.deleteIfExists(output);
      throw e;
    } catch (IOException e) {
      throw new CliException(Main.PARTIAL, "could not write " + (output == null ? "the export" : output) + ": " + e.getMessage());
    }
    return count[0];
  }

  /** Standard output for an export: flushed, never closed. */
  private static final class NonClosing extends java.io.FilterWriter {
    NonClosing(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  private Map<String, List<String>> parameters() {
    Map<String, List<String>> p = new LinkedHashMap<>();
    if (!query.isEmpty()) p.put("q", List.of(String.join(" ", query)));
    p.put("kind", kinds);
    p.put("month", months);
    p.put("actor", actors);
    p.put("event_type", eventTypes);
    p.put("sub_event_type", subEventTypes);
    p.put("tag", tags);
    p.put("report", reports);
    if (from != null) p.put("from", List.of(from));
    if (to != null) p.put("to", List.of(to));
    if (sort != null) p.put("sort", List.of(sort));
    if (page != null) p.put("page", List.of(page));
    if (size != null) p.put("size", List.of(size));
    return p;
  }

  private static String toJson(SearchResult result) {
    try {
      return ApiJson.mapper().writeValueAsString(result);
    } catch (JsonProcessingException e) {
      throw new CliException(Main.PARTIAL, "could not write the answer as JSON: " + e.getOriginalMessage());
    }
  }

  private static void print(PrintWriter out, SearchResult r) {
    long pages = Math.max(1, (r.total() + r.size() - 1) / r.size());
    out.printf("%d hit%s%s, page %d of %d (%d ms)%n", r.total(), r.total() == 1 ? "" : "s",
        r.query().isEmpty() ? "" : " for " + r.query(), r.page(), pages, r.tookMs());
    int rank = (r.page() - 1) * r.size();
    for (SearchHit h : r.hits()) {
      out.println();
      String type = h.eventType() == null ? "" : "  " + h.eventType()
          + (h.subEventType() == null ? "" : " / " + h.subEventType());
      out.printf("%3d. %-10s  %s  %s%s%n", ++rank, h.date() == null ? "-" : h.date(), h.kind(), h.id(), type);
      if (!h.actors().isEmpty()) out.println("     actors: " + String.join(", ", h.actors()));
      if (!h.tags().isEmpty()) out.println("     tags: " + String.join(", ", h.tags()));
      out.println("     " + ("event".equals(h.kind()) ? h.text() : plain(h.snippet())));
    }
    out.println();
    out.println("facets:");
    r.facets().forEach((dim, values) -> {
      if (!values.isEmpty()) {
        out.println("  " + dim + ": " + values.stream().limit(12)
            .map(v -> v.value() + " (" + v.count() + ")").collect(Collectors.joining(", "))
            + (values.size() > 12 ? ", …" : ""));
      }
    });
  }

  /** A snippet for the terminal: marks as *word*, entities decoded. */
  static String plain(String snippet) {
    if (snippet == null) return "";
    return snippet.replace("<mark>", "*").replace("</mark>", "*")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'")
        .replace("&#x2F;", "/").replace("&amp;", "&");
  }

}
