package siege.http;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The file name offered for an export: {@code siege-search-<query-or-all>-<date>.<ext>}, where the
 * query is reduced to lower-case ASCII letters and digits joined by dashes (accents dropped, at
 * most {@link #MAX_QUERY_PART} characters), so the name is safe in a header and on any file
 * system.
 */
final class ExportFileName {
  static final int MAX_QUERY_PART = 40;

  private ExportFileName() {}

  static String of(String query, LocalDate date, String extension) {
    return "siege-search-" + slug(query) + "-" + date + "." + extension;
  }

  static String slug(String query) {
    String ascii = Normalizer.normalize(query == null ? "" : query, Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
    if (ascii.length() > MAX_QUERY_PART) {
      ascii = ascii.substring(0, MAX_QUERY_PART).replaceAll("-+$", "");
    }
    return ascii.isEmpty() ? "all" : ascii;
  }
}
