package siege.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The resolved, immutable view of everything an {@link ActorDirectory} has learnt: which spellings
 * name the same actor (a union of curated aliases, acronym definitions and state demonym phrases),
 * the canonical name of each actor, and a word trie to find known names in sentences.
 */
final class ActorIndex {
  /** Everything learnt so far, as sets, so the result does not depend on learning order. */
  record Facts(
      ActorFile curated,
      Map<String, Integer> infoboxNames,
      Set<AcronymDefinitions.Definition> acronyms,
      Set<String> organisations) {}

  /** Force nouns that make natural aliases of a state ("Malian army", "Mali's troops"). */
  private static final List<String> ALIAS_FORCE_NOUNS =
      List.of("army", "military", "troops", "soldiers", "forces", "armed forces", "security forces");

  private final Map<String, String> canonicalByKey = new HashMap<>();
  private final Map<String, Set<String>> aliases = new TreeMap<>();
  private final Set<String> stateNames = new HashSet<>();
  private final Set<String> countryKeys = new HashSet<>();
  private final Map<String, String> countryBySpelling = new HashMap<>();
  private final TrieNode trie = new TrieNode();
  final Pattern stateForces;
  final Pattern countryActs;
  final List<String> genericWords;
  /** Words for "the state's forces" of a report ("the army", "soldiers"), from {@code [state-generic]}. */
  final List<String> stateGenericWords;
  final OrganisationNames organisations;
  private static final Pattern PARENTHESIS = Pattern.compile("\\(([^()]+)\\)");
  private static final Pattern ACLED_FORCES = Pattern.compile(
      "(?i)^(?:military|police|armed|security|defen[cs]e|special|naval|air)\\s+forces\\s+of\\s+(.+?)\\s*(?:\\(.*)?$");

  ActorIndex(Facts facts) {
    ActorFile file = facts.curated();
    UnionFind groups = new UnionFind();
    Map<String, Set<String>> spellings = new HashMap<>();
    Set<String> generatedKeys = new HashSet<>();
    Set<String> acronymKeys = new HashSet<>();
    Map<String, Set<String>> nonAcronymSpelling = new HashMap<>();

    java.util.function.Function<String, String> add = name -> {
      String k = Names.key(name);
      if (k.isEmpty()) return null;
      groups.add(k);
      spellings.computeIfAbsent(k, x -> new TreeSet<>()).add(name.strip());
      return k;
    };

    // states: the country, its demonym phrases ("Malian army") and "Mali's army"
    for (var e : file.states().entrySet()) {
      String country = e.getKey();
      String ck = add.apply(country);
      countryKeys.add(ck);
      countryBySpelling.put(country, country);
      for (String dem : e.getValue()) countryBySpelling.put(dem, country);
      List<String> names = new ArrayList<>(e.getValue());
      names.add(country);
      for (String n : names) {
        for (String noun : file.forceNouns()) {
          String k = add.apply(n + " " + noun);
          groups.union(ck, k);
          if (!ALIAS_FORCE_NOUNS.contains(noun)) generatedKeys.add(k);
        }
      }
    }
    // curated actors
    Map<String, String> curatedCanonical = new HashMap<>();
    for (var e : file.actors().entrySet()) {
      String ck = add.apply(e.getKey());
      curatedCanonical.put(ck, e.getKey());
      for (String alias : e.getValue()) groups.union(ck, add.apply(alias));
    }
    for (String name : facts.infoboxNames().keySet()) add.apply(name);
    for (AcronymDefinitions.Definition d : facts.acronyms()) {
      groups.union(add.apply(d.acronym()), add.apply(d.longForm()));
    }
    // an organisation found by its head noun that is only the start of a longer known name
    // ("Imghad Tuareg Self-Defense Group" of "... Group and Allies") is not an actor of its own
    Set<String> longer = new HashSet<>(spellings.keySet());
    for (String name : facts.infoboxNames().keySet()) longer.add(Names.key(name));
    for (String org : facts.organisations()) {
      String k = Names.key(org);
      if (longer.stream().noneMatch(other -> other.startsWith(k + " "))) add.apply(org);
    }

    // canonical name of every group
    Map<String, List<String>> members = new HashMap<>();
    for (String k : spellings.keySet()) members.computeIfAbsent(groups.find(k), x -> new ArrayList<>()).add(k);
    Map<String, String> infoboxByKey = new HashMap<>();
    for (String name : facts.infoboxNames().keySet()) infoboxByKey.putIfAbsent(Names.key(name), name);
    Set<String> longForms = facts.acronyms().stream().map(d -> Names.key(d.longForm())).collect(Collectors.toSet());
    for (List<String> group : members.values()) {
      String canonical = chooseCanonical(group, facts.infoboxNames(), infoboxByKey, curatedCanonical,
          spellings, longForms, file);
      boolean isState = group.stream().anyMatch(countryKeys::contains);
      if (isState) stateNames.add(canonical);
      boolean learnt = group.stream().anyMatch(k -> infoboxByKey.containsKey(k) || curatedCanonical.containsKey(k)
          || longForms.contains(k));
      Set<String> all = aliases.computeIfAbsent(canonical, x -> new TreeSet<>());
      all.add(canonical);
      for (String k : group) {
        canonicalByKey.put(k, canonical);
        boolean generated = generatedKeys.contains(k) || (isState && !learnt && !countryKeys.contains(k));
        if (!generated) all.addAll(spellings.get(k));
      }
    }

    // trie of every key except bare country names (they need context, see ReportActors)
    for (var e : spellings.entrySet()) {
      String k = e.getKey();
      if (countryKeys.contains(k)) continue;
      boolean acronymOnly = e.getValue().stream().allMatch(ActorIndex::isAcronymSpelling);
      boolean needsCapital = k.indexOf(' ') < 0;
      trie.insert(k.split(" "), canonicalByKey.get(k), acronymOnly, needsCapital);
    }
    for (var e : spellings.entrySet()) {
      if (e.getValue().stream().allMatch(ActorIndex::isAcronymSpelling)) acronymKeys.add(e.getKey());
    }

    List<String> stateSpellings = new ArrayList<>(countryBySpelling.keySet());
    stateSpellings.sort(Comparator.comparingInt(String::length).reversed());
    String alt = stateSpellings.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    List<String> nouns = new ArrayList<>(file.forceNouns());
    nouns.sort(Comparator.comparingInt(String::length).reversed());
    String nounAlt = nouns.stream().map(n -> Pattern.quote(n).replace(" ", "\\E\\s+\\Q"))
        .collect(Collectors.joining("|"));
    stateForces = Pattern.compile("(?=\\p{Lu})(?<![\\p{L}\\p{N}])((?:" + alt + ")(?:(?:\\s*,\\s*|\\s+and\\s+|\\s*,\\s+and\\s+)(?:"
        + alt + "))*)(?:['’]s)?\\s+(?:" + nounAlt + ")(?![\\p{L}\\p{N}])");
    countryActs = Pattern.compile("(?=\\p{Lu})(?<![\\p{L}\\p{N}])(" + alt + ")\\s+(?:has\\s+|had\\s+|have\\s+)?(?:\\p{Ll}+ed|said|says|sent|"
        + "struck|hit|took|made|began|fought|won|lost|led|met|told|gave|held|withdrew|launched|deployed|"
        + "announced|denied|agreed|signed|closed|responded)(?![\\p{L}\\p{N}])");
    genericWords = List.copyOf(file.genericWords());
    stateGenericWords = List.copyOf(file.stateGenericWords());
    organisations = new OrganisationNames(file.organisationNouns());
  }

  private static String chooseCanonical(List<String> group, Map<String, Integer> infoboxCounts,
      Map<String, String> infoboxByKey, Map<String, String> curatedCanonical, Map<String, Set<String>> spellings,
      Set<String> longForms, ActorFile file) {
    // 1. a report's own infobox name: most reports first, full names before acronyms, then alphabetical
    Optional<String> infobox = infoboxCounts.entrySet().stream()
        .filter(e -> group.contains(Names.key(e.getKey())))
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
            .thenComparing(e -> isAcronymSpelling(e.getKey()))
            .thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .findFirst();
    if (infobox.isPresent()) return infobox.get();
    // 2. the country of a state actor
    for (String country : new TreeSet<>(file.states().keySet())) {
      if (group.contains(Names.key(country))) return country;
    }
    // 3. the curated canonical name
    Optional<String> curated = group.stream().filter(curatedCanonical::containsKey).sorted()
        .map(curatedCanonical::get).findFirst();
    if (curated.isPresent()) return curated.get();
    // 4. the long form of an acronym defined in text (longest spelling first)
    Optional<String> longForm = group.stream().filter(longForms::contains)
        .flatMap(k -> spellings.get(k).stream())
        .min(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    if (longForm.isPresent()) return longForm.get();
    return group.stream().flatMap(k -> spellings.get(k).stream())
        .min(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .orElseThrow();
  }

  static boolean isAcronymSpelling(String s) {
    if (s.contains(" ")) return false;
    int upper = 0;
    for (int i = 0; i < s.length(); i++) if (Character.isUpperCase(s.charAt(i))) upper++;
    return upper >= 2;
  }

  /** canonical -> spellings (read-only view). */
  Map<String, Set<String>> aliases() {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    aliases.forEach((k, v) -> out.put(k, java.util.Collections.unmodifiableSet(v)));
    return java.util.Collections.unmodifiableMap(out);
  }

  boolean isState(String canonical) {
    return stateNames.contains(canonical);
  }

  /** The canonical name of a state spelled as a country or demonym ("Malian" -> "Mali"). */
  Optional<String> state(String spelling) {
    String country = countryBySpelling.get(spelling.strip());
    if (country == null) {
      for (var e : countryBySpelling.entrySet()) {
        if (Names.key(e.getKey()).equals(Names.key(spelling))) country = e.getValue();
      }
    }
    return country == null ? Optional.empty() : Optional.ofNullable(canonicalByKey.get(Names.key(country)));
  }

  /** Resolution of a whole mention, trying ACLED and parenthesised spellings too. */
  Optional<String> resolve(String mention) {
    if (mention == null || mention.isBlank()) return Optional.empty();
    String direct = canonicalByKey.get(Names.key(mention));
    if (direct != null) return Optional.of(direct);
    String stripped = Names.stripParentheses(mention);
    direct = canonicalByKey.get(Names.key(stripped));
    if (direct != null) return Optional.of(direct);
    Matcher paren = PARENTHESIS.matcher(mention);
    while (paren.find()) {
      String inner = canonicalByKey.get(Names.key(paren.group(1)));
      if (inner != null && isAcronymSpelling(paren.group(1).strip())) return Optional.of(inner);
    }
    Matcher acled = ACLED_FORCES.matcher(mention.strip());
    if (acled.matches()) {
      Optional<String> s = resolve(acled.group(1));
      if (s.isPresent()) return s;
    }
    int colon = stripped.indexOf(':');
    if (colon > 0) {
      Optional<String> left = resolve(stripped.substring(0, colon));
      if (left.isPresent()) return left;
      Optional<String> right = resolve(stripped.substring(colon + 1));
      if (right.isPresent()) return right;
    }
    Matcher forces = stateForces.matcher(stripped);
    if (forces.matches()) return state(forces.group(1).split("\\s*,\\s*|\\s+and\\s+")[0]);
    return Optional.empty();
  }

  /** A known name found in a sentence. */
  record Match(String canonical, int start, int end) {}

  /** Longest known names in a sentence, left to right, not overlapping. */
  List<Match> findKnown(String sentence) {
    List<Names.Token> tokens = Names.tokens(sentence);
    List<Match> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      TrieNode node = trie;
      int bestEnd = -1;
      String best = null;
      for (int j = i; j < tokens.size(); j++) {
        node = node.children.get(tokens.get(j).key());
        if (node == null) break;
        if (node.canonical != null) {
          boolean single = j == i;
          Names.Token t = tokens.get(i);
          boolean ok = !single || ((!node.acronymOnly || t.looksLikeAcronym()) && (!node.needsCapital || t.capitalised()));
          if (ok) {
            bestEnd = j;
            best = node.canonical;
          }
        }
      }
      if (best != null) {
        out.add(new Match(best, tokens.get(i).start(), tokens.get(bestEnd).end()));
        i = bestEnd + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  private static final class TrieNode {
    final Map<String, TrieNode> children = new HashMap<>();
    String canonical;
    boolean acronymOnly;
    boolean needsCapital;

    void insert(String[] words, String canonical, boolean acronymOnly, boolean needsCapital) {
      TrieNode n = this;
      for (String w : words) n = n.children.computeIfAbsent(w, x -> new TrieNode());
      n.canonical = canonical;
      n.acronymOnly = acronymOnly;
      n.needsCapital = needsCapital;
    }
  }

  private static final class UnionFind {
    private final Map<String, String> parent = new HashMap<>();

    void add(String k) {
      parent.putIfAbsent(k, k);
    }

    String find(String k) {
      String p = parent.get(k);
      if (p == null) return k;
      if (p.equals(k)) return k;
      String root = find(p);
      parent.put(k, root);
      return root;
    }

    void union(String a, String b) {
      if (a == null || b == null) return;
      add(a);
      add(b);
      String ra = find(a);
      String rb = find(b);
      if (ra.equals(rb)) return;
      // deterministic root: the smaller key, so the result never depends on insertion order
      if (ra.compareTo(rb) < 0) parent.put(rb, ra);
      else parent.put(ra, rb);
    }
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
