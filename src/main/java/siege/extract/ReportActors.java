package siege.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import siege.model.Report;

/**
 * The actors of one report: its infobox sides and the actors named in each of its sentences.
 *
 * <p>A sentence names an actor by a known name or alias (longest match), by a state phrase
 * ("Malian army", "the Malian and Nigerien armies", "Niger's army", "the US embassy"), by a
 * country acting ("the United States authorised ..."), by an organisation the text marks as such
 * ("Sky Mali, the last commercial airline"), or by a generic word ("jihadists", "the group") that
 * stands for the report's non-state side when that side has exactly one combatant. A short form
 * of a combatant's name ("Islamic State" for "Islamic State in the Greater Sahara") means that
 * combatant.
 */
public final class ReportActors {
  /**
   * Nouns that "army"/"military" modify rather than name the force that acts: "the military
   * airport", "an army spokesman", "the army camp" say where or who spoke, not who fought.
   */
  private static final Pattern MODIFIED_NOUN = Pattern.compile("(?i)\\s+(?:airports?|airfields?|air\\s?bases?|bases?"
      + "|camps?|barracks|posts?|hospitals?|spokes(?:man|men|person|woman)|sources?|officials?|prisons?|courts?"
      + "|academ(?:y|ies)|schools?|headquarters|garrisons?|hangars?|depots?|zones?|vehicles?|uniforms?)\\b");
  private static final Pattern SIDE_KEY = Pattern.compile("(?i)(?:combatant|belligerent|side)s?\\s*(\\d*)");
  private final ActorIndex index;
  private final List<List<String>> sides = new ArrayList<>();
  private final Set<String> stateAligned = new LinkedHashSet<>();
  private final String genericTarget;
  private final Pattern generic;
  private final String stateTarget;
  private final Pattern stateGeneric;

  ReportActors(ActorIndex index, Report report) {
    this.index = index;
    Map<Integer, List<String>> bySide = new TreeMap<>();
    for (var e : report.infobox().entrySet()) {
      Matcher m = SIDE_KEY.matcher(e.getKey().strip());
      if (!m.matches()) continue;
      int side = m.group(1).isEmpty() ? 1 : Integer.parseInt(m.group(1));
      for (String name : ActorDirectory.splitNames(e.getValue())) {
        String c = index.resolve(name).orElse(name);
        List<String> list = bySide.computeIfAbsent(side, k -> new ArrayList<>());
        if (!list.contains(c)) list.add(c);
      }
    }
    sides.addAll(bySide.values());
    List<List<String>> nonState = new ArrayList<>();
    for (List<String> side : sides) {
      if (side.stream().anyMatch(index::isState)) stateAligned.addAll(side);
      else nonState.add(side);
    }
    genericTarget = nonState.size() == 1 && nonState.get(0).size() == 1 ? nonState.get(0).get(0) : null;
    generic = anyOf(index.genericWords);
    List<String> states = sides.stream().flatMap(List::stream).filter(index::isState).distinct().toList();
    stateTarget = states.size() == 1 ? states.get(0) : null;
    stateGeneric = anyOf(index.stateGenericWords);
  }

  /** Any of {@code words} as whole words, case-insensitive, longest first. */
  private static Pattern anyOf(List<String> words) {
    String alternatives = words.stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
        .reduce((a, b) -> a + "|" + b).orElse("(?!)");
    return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);
  }

  /** The infobox sides (Combatant1, Combatant2, ...) as canonical names. */
  public List<List<String>> sides() {
    return sides;
  }

  /** The single non-state combatant that generic words stand for, or null when ambiguous. */
  public String genericTarget() {
    return genericTarget;
  }

  /** The single state among the combatants that "the army" or "soldiers" stand for, or null. */
  public String stateTarget() {
    return stateTarget;
  }

  /** True for a state, or an actor fighting on a state's side in this report. */
  public boolean isStateAligned(String canonical) {
    return index.isState(canonical) || stateAligned.contains(canonical);
  }

  /** Canonical actors named in a sentence, de-duplicated, in order of first mention. */
  public List<String> find(String sentence) {
    List<ActorIndex.Match> found = new ArrayList<>(index.findKnown(sentence));
    Matcher m = index.stateForces.matcher(sentence);
    while (m.find()) {
      int pos = m.start(1);
      for (String part : m.group(1).split("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+")) {
        int at = sentence.indexOf(part, pos);
        index.state(part).ifPresent(c -> add(found, new ActorIndex.Match(c, at, at + part.length())));
        pos = at + part.length();
      }
    }
    m = index.countryActs.matcher(sentence);
    while (m.find()) {
      int s = m.start(1);
      int e = m.end(1);
      if (s > 0 && Character.isUpperCase(previousWordInitial(sentence, s))) continue; // "Sky Mali said"
      index.state(m.group(1)).ifPresent(c -> add(found, new ActorIndex.Match(c, s, e)));
    }
    for (OrganisationNames.Found f : index.organisations.find(sentence)) {
      String c = index.resolve(f.name()).orElse(f.name());
      add(found, new ActorIndex.Match(c, f.start(), f.end()));
    }
    if (genericTarget != null) {
      m = generic.matcher(sentence);
      while (m.find()) {
        if (directlyAfterActor(found, sentence, m.start())) continue; // "JNIM militants"
        add(found, new ActorIndex.Match(genericTarget, m.start(), m.end()));
      }
    }
    if (stateTarget != null) {
      m = stateGeneric.matcher(sentence);
      while (m.find()) {
        if (directlyAfterActor(found, sentence, m.start())) continue; // "Wagner soldiers"
        // "Chadian soldiers", "Wagner Group soldiers": another force named by a word we do not know
        if (!startsWithThe(m.group()) && namedByACapitalisedWord(sentence, m.start())) continue;
        if (MODIFIED_NOUN.matcher(sentence).region(m.end(), sentence.length()).lookingAt()) continue; // "the military airport"
        add(found, new ActorIndex.Match(stateTarget, m.start(), m.end()));
      }
    }
    found.sort(Comparator.comparingInt(ActorIndex.Match::start));
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (ActorIndex.Match x : found) out.add(combatantFor(x.canonical()));
    return List.copyOf(out);
  }

  /** "Islamic State" in a report fighting "Islamic State in the Greater Sahara" means the latter. */
  private String combatantFor(String canonical) {
    String k = Names.key(canonical);
    if (k.indexOf(' ') < 0) return canonical;
    for (List<String> side : sides) {
      for (String c : side) {
        String ck = Names.key(c);
        if (!ck.equals(k) && ck.startsWith(k + " ")) return c;
      }
    }
    return canonical;
  }

  private static void add(List<ActorIndex.Match> found, ActorIndex.Match x) {
    for (ActorIndex.Match y : found) {
      if (x.start() < y.end() && y.start() < x.end()) return;
    }
    found.add(x);
  }

  private static boolean directlyAfterActor(List<ActorIndex.Match> found, String s, int start) {
    for (ActorIndex.Match y : found) {
      if (y.end() <= start && s.substring(y.end(), start).matches("(?:['’]s)?\\s*")) return true;
    }
    return false;
  }

  /** Words that may begin a sentence before "soldiers" without naming whose they are. */
  private static final Set<String> DETERMINERS = Set.of("the", "some", "many", "several", "all", "most", "both",
      "few", "other", "these", "those", "his", "her", "their", "its", "our", "dozens", "hundreds", "scores");

  /**
   * A capitalised word right before {@code pos} that names another force ("Chadian soldiers"); a
   * number or determiner beginning the sentence ("Twelve soldiers", "Some soldiers") does not.
   */
  private static boolean namedByACapitalisedWord(String s, int pos) {
    String word = previousWord(s, pos);
    if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) return false;
    boolean beginsSentence = s.substring(0, s.lastIndexOf(word, pos)).isBlank();
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    return !(beginsSentence && (DETERMINERS.contains(lower) || NumberWords.parse(lower) != null));
  }


  private static boolean startsWithThe(String words) {
    return words.regionMatches(true, 0, "the ", 0, 4);
  }

  private static char previousWordInitial(String s, int pos) {
    String word = previousWord(s, pos);
    return word.isEmpty() ? ' ' : word.charAt(0);
  }

  /** The word (letters only) right before {@code pos}, across spaces; empty when there is none. */
  private static String previousWord(String s, int pos) {
    int end = pos;
    while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) end--;
    int start = end;
    while (start > 0 && Character.isLetter(s.charAt(start - 1))) start--;
    return s.substring(start, end);
  }

}
