package siege.eventfile;

import java.util.HashMap;
import java.util.Map;

/** The event ids read so far from one file, each with its line, so that a second use is refused. */
final class SeenIds {
  private final Map<String, Integer> firstLines = new HashMap<>();
  private final String idName;
  private final String unit;

  /**
   * @param idName how the file names its id field, for messages ({@code id}, {@code event_id_cnty})
   * @param unit what holds one event in the file, for messages ({@code line}, {@code row})
   */
  SeenIds(String idName, String unit) {
    this.idName = idName;
    this.unit = unit;
  }

  /** Records {@code key} as read on {@code line}; a key already read is a bad row naming {@code shown}. */
  void add(String key, String shown, int line) throws BadRow {
    Integer firstLine = firstLines.putIfAbsent(key, line);
    if (firstLine != null) {
      throw new BadRow("duplicate " + idName + " '" + shown + "': already used on line " + firstLine
          + ", expected one " + unit + " per event");
    }
  }
}
