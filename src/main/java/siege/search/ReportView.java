package siege.search;

import java.util.List;
import java.util.Map;

/** A whole report with its paragraphs and event records, for the report page and its API. */
public record ReportView(
    String id,
    String title,
    String sourceFile,
    Map<String, String> infobox,
    List<SearchHit> paragraphs,
    List<SearchHit> events) {}
