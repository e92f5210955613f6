package siege.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A query as a user would type it and the documents judged relevant to it.
 *
 * @param query the query text
 * @param grades document id -> grade (1 somewhat relevant, 2 relevant, 3 the answer), in file order
 * @param note free text from the file (what the query tests), may be empty
 * @param line the line of the query's first judgment, for messages
 */
public record JudgedQuery(String query, Map<String, Integer> grades, String note, int line) {
  public JudgedQuery {
    grades = Collections.unmodifiableMap(new LinkedHashMap<>(grades));
    note = note == null ? "" : note;
  }

  /** The highest grade given to any document of this query. */
  public int bestGrade() {
    return grades.values().stream().mapToInt(Integer::intValue).max().orElse(0);
  }
}
