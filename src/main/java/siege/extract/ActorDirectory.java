package siege.extract;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import siege.model.Report;

/**
 * Canonical actor names and their aliases, learnt from a curated file, report infoboxes and
 * acronyms defined in report text. STUB: the extraction work fills this in; signatures are the
 * contract other packages code against.
 */
public final class ActorDirectory {

  /** A directory preloaded with the curated aliases shipped in the jar. */
  public static ActorDirectory withCuratedAliases() {
    return new ActorDirectory();
  }

  /** Learns actor names and aliases from a report (infobox combatants, commanders, acronyms). */
  public void learn(Report report) {}

  /** The canonical name for a mention, if it is a known actor or alias. */
  public Optional<String> resolve(String mention) {
    return Optional.empty();
  }

  /** The canonical name for a mention, or the cleaned mention itself when it is unknown. */
  public String canonical(String mention) {
    return resolve(mention).orElse(mention.strip());
  }

  /** canonical name -> every alias spelling known for it (including the canonical name). */
  public Map<String, Set<String>> aliases() {
    return Map.of();
  }
}
