package siege.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads judged query files: UTF-8 text, one judgment a line, tab-separated:
 *
 * <pre>
 * query&lt;TAB&gt;document id&lt;TAB&gt;grade[&lt;TAB&gt;note]
 * </pre>
 *
 * Grade is 1 (somewhat relevant), 2 (relevant) or 3 (the answer). Lines of the same query are
 * merged (the query text is compared exactly); blank lines and lines starting with {@code #} are
 * ignored. Ids are {@code <report>#p<n>} for paragraphs, {@code <report>#e<n>} for events,
 * {@code <report>} for a whole report.
 */
public final class JudgedQueries {
  /** The judged set shipped in the jar. */
  public static final String RESOURCE = "siege/eval/queries.tsv";

  private static final Pattern ID = Pattern.compile("[^\\s#]+(#[pe]\\d+)?");

  private JudgedQueries() {}

  /** The judged set shipped with the project ({@value #RESOURCE}). */
  public static List<JudgedQuery> builtIn() throws JudgedQueryFileException {
    try (InputStream in = JudgedQueries.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) throw new JudgedQueryFileException(RESOURCE + ": missing from the classpath");
      return parse(RESOURCE, decode(RESOURCE, in.readAllBytes()));
    } catch (IOException e) {
      throw new JudgedQueryFileException(RESOURCE + ": cannot be read: " + e.getMessage());
    }
  }

  /** Reads a judged query file. */
  public static List<JudgedQuery> read(Path file) throws JudgedQueryFileException {
    String name = file.toString();
    if (!Files.isRegularFile(file)) throw new JudgedQueryFileException(name + ": no such file");
    try {
      return parse(name, decode(name, Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new JudgedQueryFileException(name + ": cannot be read: " + e.getMessage());
    }
  }

  /** Parses the text of a judged query file; {@code name} is used in messages. */
  public static List<JudgedQuery> parse(String name, String text) throws JudgedQueryFileException {
    Map<String, Builder> byQuery = new LinkedHashMap<>();
    String[] lines = text.split("\r?\n|\r", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int n = i + 1;
      if (line.isBlank() || line.strip().startsWith("#")) continue;
      String[] cols = line.split("\t", -1);
      if (cols.length < 3 || cols.length > 4) {
        throw new JudgedQueryFileException(name + ":" + n + ": expected 3 or 4 tab-separated columns "
            + "(query, id, grade[, note]), found " + cols.length);
      }
      String query = cols[0].strip();
      String id = cols[1].strip();
      String grade = cols[2].strip();
      if (query.isEmpty()) throw new JudgedQueryFileException(name + ":" + n + ": empty query");
      if (!ID.matcher(id).matches()) {
        throw new JudgedQueryFileException(name + ":" + n + ": bad document id '" + id
            + "': expected <report>, <report>#p<n> or <report>#e<n>");
      }
      if (!grade.matches("[123]")) {
        throw new JudgedQueryFileException(name + ":" + n + ": bad grade '" + grade + "': expected 1, 2 or 3");
      }
      Builder b = byQuery.computeIfAbsent(query, q -> new Builder(q, n));
      if (b.grades.putIfAbsent(id, Integer.parseInt(grade)) != null) {
        throw new JudgedQueryFileException(name + ":" + n + ": '" + id + "' is judged twice for '" + query + "'");
      }
      if (cols.length == 4 && !cols[3].isBlank() && b.note.isEmpty()) b.note = cols[3].strip();
    }
    if (byQuery.isEmpty()) throw new JudgedQueryFileException(name + ": no judged queries");
    List<JudgedQuery> out = new ArrayList<>();
    for (Builder b : byQuery.values()) out.add(new JudgedQuery(b.query, b.grades, b.note, b.line));
    return out;
  }

  private static String decode(String name, byte[] bytes) throws JudgedQueryFileException {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString().replace("\uFEFF", "");
    } catch (CharacterCodingException e) {
      throw new JudgedQueryFileException(name + ": not UTF-8 text");
    }
  }

  private static final class Builder {
    final String query;
    final int line;
    final Map<String, Integer> grades = new LinkedHashMap<>();
    String note = "";

    Builder(String query, int line) {
      this.query = query;
      this.line = line;
    }
  }

  /**
   * The judgments of {@code queries} that name documents of the given kinds (ids {@code R#pN} are
   * paragraphs, {@code R#eN} events, others reports); queries left without any are dropped. For a
   * service that searches only some kinds.
   */
  public static List<JudgedQuery> restrictedTo(List<JudgedQuery> queries, java.util.Set<siege.model.Kind> kinds) {
    List<JudgedQuery> out = new ArrayList<>();
    for (JudgedQuery q : queries) {
      java.util.Map<String, Integer> kept = new java.util.LinkedHashMap<>();
      q.grades().forEach((id, grade) -> {
        if (kinds.contains(kindOf(id))) kept.put(id, grade);
      });
      if (!kept.isEmpty()) out.add(new JudgedQuery(q.query(), kept, q.note(), q.line()));
    }
    return out;
  }

  /** The kind of document an id names. */
  public static siege.model.Kind kindOf(String id) {
    int hash = id.lastIndexOf('#');
    if (hash < 0 || hash + 1 >= id.length()) return siege.model.Kind.REPORT;
    char c = id.charAt(hash + 1);
    return c == 'e' ? siege.model.Kind.EVENT : c == 'p' ? siege.model.Kind.PARAGRAPH : siege.model.Kind.REPORT;
  }
}
