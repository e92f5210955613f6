package siege.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The equivalence groups of a {@link Thesaurus} ({@code a, b, c} lines; one-way rules are not
 * groups) as concept terms: every group gets one term, {@value #PREFIX} followed by its first
 * entry as analysed ({@code #shell} for "shelling, shelled, mortar fire, ..."), which the
 * tokenizer can never produce from text. The index analyser of the text field adds the concept
 * term wherever it reads a member of the group ({@link ConceptFilter}), so a query for any member
 * matches the group with one term instead of every member.
 *
 * <p>Members are analysed with the chain the concept filter follows (the stemmed text chain), so
 * "mortars" in a report meets the entry "mortar". Immutable and thread-safe.
 */
public final class Concepts {
  /** Starts every concept term; StandardTokenizer never keeps a '#'. */
  public static final String PREFIX = "#";

  /** A member of a group as analysed terms, and the concept terms of the groups it is in. */
  record Member(List<String> terms, List<String> concepts) {}

  private final Map<String, List<Member>> byFirstTerm;
  private final Map<List<String>, List<String>> conceptsOfMember;
  private final Map<String, Set<List<String>>> membersOfConcept;
  private final int longest;

  private Concepts(Map<String, Set<List<String>>> membersOfConcept) {
    Map<List<String>, List<String>> concepts = new LinkedHashMap<>();
    membersOfConcept.forEach((concept, members) -> {
      for (List<String> m : members) concepts.computeIfAbsent(m, k -> new ArrayList<>()).add(concept);
    });
    Map<String, List<Member>> first = new HashMap<>();
    int max = 0;
    for (var e : concepts.entrySet()) {
      Member m = new Member(e.getKey(), List.copyOf(e.getValue()));
      first.computeIfAbsent(m.terms().get(0), k -> new ArrayList<>()).add(m);
      max = Math.max(max, m.terms().size());
    }
    first.replaceAll((k, v) -> List.copyOf(v));
    Map<List<String>, List<String>> frozen = new HashMap<>();
    concepts.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    Map<String, Set<List<String>>> members = new LinkedHashMap<>();
    membersOfConcept.forEach((k, v) -> members.put(k, Set.copyOf(v)));
    this.byFirstTerm = Map.copyOf(first);
    this.conceptsOfMember = Map.copyOf(frozen);
    this.membersOfConcept = java.util.Collections.unmodifiableMap(members);
    this.longest = max;
  }

  /**
   * The concepts of the equivalence groups of {@code thesaurus}, members analysed with {@code
   * memberAnalyzer} (the chain the {@link ConceptFilter} runs after). A group whose entries all
   * analyse to the same terms has no synonyms and gets no concept; two groups with the same first
   * entry get {@code #x} and {@code #x.2}.
   */
  public static Concepts of(Thesaurus thesaurus, Analyzer memberAnalyzer) {
    Map<String, Set<List<String>>> groups = new LinkedHashMap<>();
    for (List<String> group : thesaurus.equivalenceGroups()) {
      Set<List<String>> members = new LinkedHashSet<>();
      for (String entry : group) {
        List<String> terms = analyse(memberAnalyzer, entry);
        if (!terms.isEmpty()) members.add(terms);
      }
      if (members.size() < 2) continue;
      String id = PREFIX + String.join("_", members.iterator().next());
      String unique = id;
      for (int n = 2; groups.containsKey(unique); n++) unique = id + "." + n;
      groups.put(unique, members);
    }
    return new Concepts(groups);
  }

  /** The members (analysed terms) that start with {@code term}. */
  List<Member> startingWith(String term) {
    return byFirstTerm.getOrDefault(term, List.of());
  }

  /** The most terms a member has. */
  int longestMember() {
    return longest;
  }

  /** The concept terms of the groups whose member is exactly {@code terms}; empty when none. */
  public List<String> conceptsOf(List<String> terms) {
    return conceptsOfMember.getOrDefault(terms, List.of());
  }

  /** The members (analysed terms) of a concept; empty for an unknown concept. */
  public Set<List<String>> membersOf(String concept) {
    return membersOfConcept.getOrDefault(concept, Set.of());
  }

  /** Every concept term, in thesaurus order. */
  public Set<String> all() {
    return membersOfConcept.keySet();
  }

  private static List<String> analyse(Analyzer analyzer, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(term.toString());
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analysing a String does no I/O
    }
    return List.copyOf(out);
  }
}
