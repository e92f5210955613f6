package siege.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import siege.model.Paragraph;
import siege.model.Report;

/**
 * Canonical actor names and their aliases, learnt from a curated file ({@code siege/actors.txt}),
 * report infoboxes ({@code Combatant1/2/...}, {@code Commander1/2/...}), acronyms defined in report
 * text ("Human Rights Watch (HRW)") and organisations the text marks as such ("Sky Mali, the last
 * commercial airline ...").
 *
 * <p>Learning only collects facts; names are resolved from the whole set of facts, so the result
 * does not depend on the order reports were learnt in, and an acronym defined in one report
 * resolves in every other. Learn every report first, then extract. Thread-safe.
 */
public final class ActorDirectory {
  private static final Pattern INFOBOX_ACTOR_KEY =
      Pattern.compile("(?i)(combatant|commander|belligerent|side|party)s?\\s*\\d*");

  private final ActorFile curated;
  private final OrganisationNames organisationFinder;
  /** What one report taught; re-learning a report replaces its facts. */
  private record ReportFacts(List<String> infoboxNames, Set<AcronymDefinitions.Definition> acronyms,
      Set<String> organisations) {}

  private final Map<String, ReportFacts> learnt = new TreeMap<>();
  private ActorIndex index;

  ActorDirectory(ActorFile curated) {
    this.curated = curated;
    this.organisationFinder = new OrganisationNames(curated.organisationNouns());
  }

  /** A directory preloaded with the curated aliases shipped in the jar. */
  public static ActorDirectory withCuratedAliases() {
    return new ActorDirectory(ActorFile.curated());
  }

  /** A directory with curated aliases read from text in the {@code actors.txt} format. */
  public static ActorDirectory fromCuratedText(String name, String text) {
    return new ActorDirectory(ActorFile.parse(name, text));
  }

  /**
   * Learns actor names and aliases from a report (infobox combatants, commanders, acronyms,
   * organisations). Learning a report with the same id again replaces what it taught before.
   */
  public void learn(Report report) {
    Set<AcronymDefinitions.Definition> acronyms = new HashSet<>();
    Set<String> organisations = new HashSet<>();
    for (Paragraph p : report.paragraphs()) {
      acronyms.addAll(AcronymDefinitions.find(p.text()));
      for (String sentence : SentenceSplitter.split(p.text())) {
        for (OrganisationNames.Found f : organisationFinder.find(sentence)) organisations.add(f.name());
      }
    }
    ReportFacts facts = new ReportFacts(List.copyOf(new java.util.LinkedHashSet<>(infoboxActors(report))),
        acronyms, organisations);
    synchronized (this) {
      if (!facts.equals(learnt.put(report.id(), facts))) index = null;
    }
  }

  /** Forgets what a report taught (e.g. when it is removed from the corpus). */
  public synchronized void forget(String reportId) {
    if (learnt.remove(reportId) != null) index = null;
  }

  /** The actor names of a report's infobox (combatants, then commanders), cleaned, in order. */
  public static List<String> infoboxActors(Report report) {
    List<String> out = new ArrayList<>();
    for (var e : report.infobox().entrySet()) {
      if (!INFOBOX_ACTOR_KEY.matcher(e.getKey().strip()).matches()) continue;
      out.addAll(splitNames(e.getValue()));
    }
    return out;
  }

  /** "Mali, Wagner Group (alleged by JNIM)" -> ["Mali", "Wagner Group"]. */
  static List<String> splitNames(String value) {
    List<String> out = new ArrayList<>();
    if (value == null) return out;
    StringBuilder part = new StringBuilder();
    int depth = 0;
    for (char c : value.toCharArray()) {
      if (c == '(') depth++;
      if (c == ')') depth = Math.max(0, depth - 1);
      if ((c == ',' || c == ';') && depth == 0) {
        addName(out, part.toString());
        part.setLength(0);
      } else {
        part.append(c);
      }
    }
    addName(out, part.toString());
    return out;
  }

  private static void addName(List<String> out, String raw) {
    String name = Names.stripParentheses(raw).replaceAll("^[\\s\\-–*•]+|[\\s.]+$", "");
    if (!name.isBlank() && !Names.key(name).isEmpty()) out.add(name);
  }

  /** The canonical name for a mention, if it is a known actor or alias. */
  public Optional<String> resolve(String mention) {
    return index().resolve(mention);
  }

  /** The canonical name for a mention, or the cleaned mention itself when it is unknown. */
  public String canonical(String mention) {
    return resolve(mention).orElse(mention.strip());
  }

  /** canonical name -> every alias spelling known for it (including the canonical name). */
  public Map<String, Set<String>> aliases() {
    return index().aliases();
  }

  /** True when the canonical name is a state (a country or its forces). */
  public boolean isState(String canonical) {
    return index().isState(canonical);
  }

  /** The actors of one report: sides, generic words, and mention finding in its sentences. */
  public ReportActors forReport(Report report) {
    return new ReportActors(index(), report);
  }

  synchronized ActorIndex index() {
    if (index == null) {
      Map<String, Integer> infoboxNames = new TreeMap<>();
      Set<AcronymDefinitions.Definition> acronyms = new HashSet<>();
      Set<String> organisations = new HashSet<>();
      for (ReportFacts f : learnt.values()) {
        f.infoboxNames().forEach(n -> infoboxNames.merge(n, 1, Integer::sum));
        acronyms.addAll(f.acronyms());
        organisations.addAll(f.organisations());
      }
      index = new ActorIndex(new ActorIndex.Facts(curated, infoboxNames, acronyms, organisations));
    }
    return index;
  }
}
