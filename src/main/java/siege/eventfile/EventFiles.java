package siege.eventfile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import siege.corpus.CorpusException;
import siege.extract.ActorDirectory;
import siege.model.EventRecord;

/**
 * Reads structured event files (ACLED-layout .csv, our own .jsonl) into event records, and makes
 * the writers that export them. See {@code package-info.java} for the column mapping.
 */
public final class EventFiles {
  private static final Logger LOG = LoggerFactory.getLogger(EventFiles.class);

  /** Export formats, as the CLI's {@code --export} and the API's {@code format=} spell them. */
  public static final List<String> FORMATS = List.of("csv", "jsonl");

  private EventFiles() {}

  /** Whether a corpus file is an event file this reader handles (.csv or .jsonl). */
  public static boolean handles(Path file) {
    Path name = file.getFileName();
    return name != null && handlesName(name.toString());
  }

  static boolean handlesName(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    return n.endsWith(".csv") || n.endsWith(".jsonl");
  }

  /** An event file's id: its file name without the extension ("timbuktu-acled-sample"). */
  public static String fileId(Path file) {
    String n = file.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }

  /**
   * Reads one event file. Bad rows are returned in {@code badRows} (as {@code file:line: what is
   * wrong}) and skipped; a file that cannot be read at all throws.
   *
   * @param actors resolves actor names to canonical ones; may be null (names are only cleaned)
   */
  public static Result read(Path file, ActorDirectory actors) throws CorpusException {
    List<EventRecord> events = new ArrayList<>();
    List<CorpusException> bad = forEachEvent(file, actors, events::add);
    return new Result(Collections.unmodifiableList(events), List.copyOf(bad));
  }

  /**
   * Streams one event file's good rows to {@code sink} without holding them, for large files. The
   * whole file is checked (UTF-8, not binary, not empty) before the first record is sent, so a
   * file that throws has sent nothing.
   *
   * @return the skipped rows, one exception per row ({@code file:line: what is wrong})
   */
  public static List<CorpusException> forEachEvent(Path file, ActorDirectory actors,
      Consumer<EventRecord> sink) throws CorpusException {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    ActorNames names = new ActorNames(actors);
    int[] count = {0};
    Consumer<EventRecord> counting = e -> {
      count[0]++;
      sink.accept(e);
    };
    List<CorpusException> bad;
    if (n.endsWith(".csv")) {
      bad = new AcledCsvReader(file, names).read(counting);
    } else if (n.endsWith(".jsonl")) {
      bad = new JsonLinesReader(file, names).read(counting);
    } else {
      throw new CorpusException(file.getFileName().toString(), 0,
          "not an event file: expected a .csv (ACLED layout) or .jsonl file");
    }
    LOG.debug("{}: {} events, {} bad rows", file.getFileName(), count[0], bad.size());
    return bad;
  }

  /**
   * A fresh writer for an export format ("csv" or "jsonl", any case).
   *
   * @throws IllegalArgumentException for another format, with a message naming the valid ones
   */
  public static EventWriter writer(String format) {
    String f = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
    return switch (f) {
      case "csv" -> new AcledCsvWriter();
      case "jsonl" -> new JsonLinesWriter();
      default -> throw new IllegalArgumentException(
          "unknown export format '" + format + "': expected one of " + String.join(", ", FORMATS));
    };
  }

  /** The good rows as event records, and one exception per skipped row. */
  public record Result(List<EventRecord> events, List<CorpusException> badRows) {}
}
