package siege.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import siege.schema.Fields;

/**
 * Query words that name a date: a month name ("September", "sept") also matches the events dated
 * in that month of any year, a year ("2023") the events dated in that year, although the sentence
 * need not say it ("Shelling was reported at the airport on the day of the announcement" is dated
 * 11 September). Built once per index snapshot from the months and years the index holds.
 */
final class DateWords {
  /** The score of a date match: about that of one matching word in a sentence. */
  static final float DATE_SCORE = 1.0f;
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
  private static final Map<String, String> MONTHS = Map.ofEntries(
      Map.entry("january", "01"), Map.entry("jan", "01"), Map.entry("february", "02"), Map.entry("feb", "02"),
      Map.entry("march", "03"), Map.entry("april", "04"), Map.entry("apr", "04"), Map.entry("may", "05"),
      Map.entry("june", "06"), Map.entry("jun", "06"), Map.entry("july", "07"), Map.entry("jul", "07"),
      Map.entry("august", "08"), Map.entry("aug", "08"), Map.entry("september", "09"), Map.entry("sept", "09"),
      Map.entry("sep", "09"), Map.entry("october", "10"), Map.entry("oct", "10"), Map.entry("november", "11"),
      Map.entry("nov", "11"), Map.entry("december", "12"), Map.entry("dec", "12"));

  private final KeywordValues values;

  DateWords(KeywordValues values) {
    this.values = values;
  }

  /** The date query of an analysed query word, or null when it names no month or year in the index. */
  Query of(BytesRef term) {
    String word = term.utf8ToString().toLowerCase(Locale.ROOT);
    if (YEAR.matcher(word).matches()) {
      if (!values.contains(Fields.YEAR, word)) return null;
      return score(new TermQuery(new Term(Fields.YEAR, word)));
    }
    String month = MONTHS.get(word);
    if (month == null) return null;
    List<BytesRef> months = new ArrayList<>();
    for (String m : values.all(Fields.MONTH)) if (m.endsWith("-" + month)) months.add(new BytesRef(m));
    return months.isEmpty() ? null : score(new TermInSetQuery(Fields.MONTH, months));
  }

  private static Query score(Query filter) {
    return new BoostQuery(new ConstantScoreQuery(filter), DATE_SCORE);
  }
}
