package siege.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The kind of a judged query, read from the note of its first judgment line ("synonym of car
 * bomb", "misspelling", "acronym + keyword" ...), so figures can be given per kind of query.
 */
public final class QueryCategory {
  /** The categories, in the order tables list them. */
  public static final List<String> ALL = List.of("keywords", "phrases", "stems", "synonyms", "acronyms and actors",
      "names and spellings", "misspellings", "other");

  private QueryCategory() {}

  public static String of(String note) {
    String n = note == null ? "" : note.toLowerCase(Locale.ROOT);
    if (n.contains("misspelling")) return "misspellings";
    if (n.startsWith("phrase")) return "phrases";
    if (n.startsWith("stem")) return "stems";
    if (n.contains("synonym") || n.contains("spelling variant")) return "synonyms";
    if (n.contains("acronym") || n.contains("actor") || n.contains("organisation")) return "acronyms and actors";
    if (n.contains("accent") || n.contains("spelling") || n.contains("place") || n.contains("name")) {
      return "names and spellings";
    }
    if (n.contains("keyword")) return "keywords";
    return "other";
  }

  /** The report's queries split by category (categories without queries left out), in {@link #ALL} order. */
  public static Map<String, EvalReport> split(EvalReport report) {
    Map<String, List<QueryOutcome>> by = new LinkedHashMap<>();
    for (String c : ALL) by.put(c, new ArrayList<>());
    for (QueryOutcome o : report.queries()) by.get(of(o.judged().note())).add(o);
    Map<String, EvalReport> out = new LinkedHashMap<>();
    by.forEach((c, list) -> {
      if (!list.isEmpty()) out.put(c, EvalReport.of(list));
    });
    return out;
  }
}
