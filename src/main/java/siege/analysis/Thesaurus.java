package siege.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The conflict-domain thesaurus: synonym rules in Solr's format (one rule a line; {@code a, b, c}
 * makes the words equivalent, {@code a, b => c, d} rewrites a or b into c or d; {@code #}
 * comments), kept as user-editable text files, plus rules generated from actor aliases.
 *
 * <p>The rules are only text here; {@link #synonymMap} analyses them with the chain that runs
 * before the SynonymGraphFilter, so multi-word entries, accents and inflections match the way the
 * query's own words are analysed.
 */
public final class Thesaurus {
  private static final Logger LOG = LoggerFactory.getLogger(Thesaurus.class);

  /** The files shipped in the jar, under {@value #RESOURCE_DIR}. */
  public static final List<String> BUILT_IN_FILES = List.of("events.txt", "places.txt", "organisations.txt");

  public static final String RESOURCE_DIR = "siege/synonyms/";

  /** file name -> its text, in load order. */
  private final Map<String, String> files;

  /** The file names in load order. */
  private final List<String> order;

  private Thesaurus(LinkedHashMap<String, String> files) {
    this.files = Map.copyOf(files);
    this.order = List.copyOf(files.keySet());
  }

  /** The thesaurus shipped in the jar ({@code src/main/resources/siege/synonyms/}). */
  public static Thesaurus builtIn() {
    LinkedHashMap<String, String> files = new LinkedHashMap<>();
    for (String name : BUILT_IN_FILES) {
      try (InputStream in = Thesaurus.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + name)) {
        if (in == null) throw new ThesaurusException(RESOURCE_DIR + name + ": missing from the classpath");
        files.put(name, decode(name, in.readAllBytes()));
      } catch (IOException e) {
        throw new ThesaurusException(RESOURCE_DIR + name + ": cannot be read: " + e.getMessage(), e);
      }
    }
    return new Thesaurus(files);
  }

  /** Every {@code *.txt} file of a folder, in name order (e.g. an edited copy of the built-in files). */
  public static Thesaurus fromDirectory(Path dir) {
    if (!Files.isDirectory(dir)) throw new ThesaurusException(dir + ": not a folder of synonym files");
    LinkedHashMap<String, String> files = new LinkedHashMap<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path p : list.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
        files.put(p.toString(), decode(p.toString(), Files.readAllBytes(p)));
      }
    } catch (IOException e) {
      throw new ThesaurusException(dir + ": cannot be read: " + e.getMessage(), e);
    }
    return new Thesaurus(files);
  }

  /** A thesaurus from rule text, for tests and callers holding rules in memory. */
  public static Thesaurus of(String name, String rules) {
    LinkedHashMap<String, String> files = new LinkedHashMap<>();
    files.put(name, rules);
    return new Thesaurus(files);
  }

  /** The file names, in load order. */
  public List<String> fileNames() {
    return order;
  }

  /**
   * Builds the synonym map: every rule of the files plus, for each actor, its canonical name and
   * aliases made equivalent. Spellings are analysed with {@code ruleAnalyzer}, which must be the
   * query chain without its SynonymGraphFilter. An alias spelling shared by two actors is
   * ambiguous and left out.
   *
   * @throws ThesaurusException naming the file and line of a bad rule
   */
  public SynonymMap synonymMap(Analyzer ruleAnalyzer, Map<String, Set<String>> actorAliases) {
    SolrSynonymParser parser = new SolrSynonymParser(true, true, ruleAnalyzer);
    for (String name : order) parseFile(parser, name, files.get(name));
    addActorAliases(parser, actorAliases == null ? Map.of() : actorAliases, placeSpellings(parser));
    try {
      return parser.build();
    } catch (IOException e) {
      throw new ThesaurusException("synonym map cannot be built: " + e.getMessage(), e);
    }
  }

  /**
   * The equivalence groups of the files ({@code a, b, c} lines; one-way rules, comments and
   * blank lines left out), each as its entries in written order, unescaped.
   */
  public List<List<String>> equivalenceGroups() {
    List<List<String>> groups = new ArrayList<>();
    for (String name : order) {
      for (String line : files.get(name).split("\r?\n|\r")) {
        String rule = line.strip();
        if (rule.isEmpty() || rule.startsWith("#") || rule.contains("=>")) continue;
        List<String> entries = new ArrayList<>();
        for (String entry : rule.split("(?<!\\\\),")) {
          String e = entry.replaceAll("\\\\(.)", "$1").strip();
          if (!e.isEmpty()) entries.add(e);
        }
        if (entries.size() > 1) groups.add(List.copyOf(entries));
      }
    }
    return List.copyOf(groups);
  }

  /**
   * SHA-256 over the equivalence groups, in order: the index records it, since the concept terms
   * of its text field come from them. One-way rules, comments and file names do not change it
   * (they apply at query time).
   */
  public String fingerprint() {
    try {
      java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
      for (List<String> group : equivalenceGroups()) {
        for (String entry : group) {
          sha.update(entry.getBytes(StandardCharsets.UTF_8));
          sha.update((byte) 0);
        }
        sha.update((byte) 1);
      }
      return java.util.HexFormat.of().formatHex(sha.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static void parseFile(SolrSynonymParser parser, String name, String text) {
    String[] lines = text.split("\r?\n|\r", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      try {
        // one line at a time so an error names its line
        parser.parse(new StringReader(line));
      } catch (ParseException | IOException | RuntimeException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        throw new ThesaurusException(name + ":" + (i + 1) + ": bad synonym rule '" + line + "': "
            + cause.getMessage() + " (expected 'a, b, c' or 'a, b => c, d')", e);
      }
    }
  }

  /**
   * The analysed spellings listed in the place files (names starting with "places"): an actor
   * whose canonical name is a place (a state's forces are named after the country) is not what a
   * query for one of its aliases means, so aliases do not expand to it.
   */
  private Set<String> placeSpellings(SolrSynonymParser parser) {
    Set<String> places = new java.util.HashSet<>();
    for (String name : order) {
      String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
      if (!base.startsWith("places")) continue;
      for (String line : files.get(name).split("\r?\n|\r")) {
        if (line.isBlank() || line.strip().startsWith("#")) continue;
        for (String entry : line.split(",|=>")) {
          if (entry.isBlank()) continue;
          try {
            places.add(parser.analyze(entry.strip(), new CharsRefBuilder()).toString());
          } catch (IOException | RuntimeException e) {
            // already reported by parseFile
          }
        }
      }
    }
    return places;
  }

  private static void addActorAliases(
      SolrSynonymParser parser, Map<String, Set<String>> actorAliases, Set<String> places) {
    // analysed spelling -> the actors using it, to drop ambiguous spellings
    Map<String, Set<String>> owners = new HashMap<>();
    Map<String, List<CharsRef>> spellingsByActor = new LinkedHashMap<>();
    Set<String> placeActors = new java.util.HashSet<>();
    for (var e : actorAliases.entrySet()) {
      Set<String> raw = new LinkedHashSet<>();
      raw.add(e.getKey());
      if (e.getValue() != null) raw.addAll(e.getValue());
      List<CharsRef> analysed = new ArrayList<>();
      Set<String> seen = new LinkedHashSet<>();
      for (String spelling : raw) {
        if (spelling == null || spelling.isBlank()) continue;
        try {
          CharsRef ref = parser.analyze(spelling.strip(), new CharsRefBuilder());
          if (seen.add(ref.toString())) analysed.add(ref);
        } catch (IOException | RuntimeException ex) {
          LOG.debug("actor alias '{}' of '{}' skipped: {}", spelling, e.getKey(), ex.getMessage());
        }
      }
      spellingsByActor.put(e.getKey(), analysed);
      if (!analysed.isEmpty() && places.contains(analysed.get(0).toString())) placeActors.add(e.getKey());
      for (String s : seen) owners.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(e.getKey());
    }
    for (var e : spellingsByActor.entrySet()) {
      List<CharsRef> own = e.getValue().stream()
          .filter(ref -> {
            Set<String> who = owners.get(ref.toString());
            if (who.size() > 1) LOG.debug("alias '{}' is shared by {}: not expanded", ref, who);
            return who.size() == 1;
          })
          .toList();
      // the canonical name (first spelling) of a place-named actor expands one way only
      CharsRef canonical = e.getValue().isEmpty() ? null : e.getValue().get(0);
      boolean oneWay = placeActors.contains(e.getKey());
      for (CharsRef a : own) {
        for (CharsRef b : own) {
          if (a.equals(b) || (oneWay && b.equals(canonical))) continue;
          parser.add(a, b, true);
        }
      }
    }
  }

  private static String decode(String name, byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString()
          .replace("\uFEFF", "");
    } catch (CharacterCodingException e) {
      throw new ThesaurusException(name + ": not UTF-8 text", e);
    }
  }
}
