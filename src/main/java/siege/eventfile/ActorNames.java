package siege.eventfile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import siege.extract.ActorDirectory;

/**
 * Turns the actor cells of an event file into canonical names: several names in one cell are
 * separated by ";", each goes through the {@link ActorDirectory}, and a trailing parenthesised
 * acronym or remark the directory leaves is dropped ("Jama'at Nasr al-Islam wal Muslimin (JNIM)",
 * "Wagner Group (alleged by JNIM)"). Qualifiers that are part of the name stay: "Civilians (Mali)",
 * "Military Forces of Mali (2021-)", "Militia (Pro-Government)".
 */
final class ActorNames {
  /**
   * An acronym: one word starting with a capital with two capitals in a row ("(JNIM)",
   * "(IS-Sahel)"), or a remark starting in lower case ("(alleged by JNIM)").
   */
  private static final Pattern TRAILING_NOTE = Pattern.compile(
      "^(.*\\S)\\s*\\((?:(?=[^()\\s]*\\p{Lu}{2})\\p{Lu}[^()\\s]*|\\p{Ll}[^()]*)\\)\\s*$");
  private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0]+");

  private final ActorDirectory directory;

  ActorNames(ActorDirectory directory) {
    this.directory = directory;
  }

  /** Canonical names from the given cells, in order, de-duplicated, blanks skipped. */
  List<String> resolve(List<String> cells) {
    Set<String> names = new LinkedHashSet<>();
    for (String cell : cells) {
      if (cell == null) continue;
      for (String part : cell.split(";")) {
        String name = canonical(part);
        if (!name.isEmpty()) names.add(name);
      }
    }
    return new ArrayList<>(names);
  }

  /** One actor name in canonical form ("" for a blank one). */
  String canonical(String raw) {
    String name = SPACE.matcher(raw).replaceAll(" ").strip();
    if (name.isEmpty()) return name;
    String resolved = lookUp(name);
    Matcher m = TRAILING_NOTE.matcher(resolved);
    return m.matches() ? lookUp(m.group(1)) : resolved;
  }

  private String lookUp(String name) {
    return directory == null ? name : directory.canonical(name).strip();
  }
}
