package siege.eventfile;

import java.nio.file.Path;
import java.util.List;
import siege.corpus.CorpusException;
import siege.extract.ActorDirectory;
import siege.model.EventRecord;

/**
 * Reads structured event files (ACLED-layout .csv, our own .jsonl) into event records. STUB until
 * the event-file work fills it in; the signature is the contract the indexer codes against.
 */
public final class EventFiles {
  private EventFiles() {}

  /** Whether a corpus file is an event file this reader handles (.csv or .jsonl). */
  public static boolean handles(Path file) {
    String n = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    return n.endsWith(".csv") || n.endsWith(".jsonl");
  }

  /**
   * Reads one event file. Bad rows are returned in {@code badRows} (as {@code file:line: what is
   * wrong}) and skipped; a file that cannot be read at all throws.
   */
  public static Result read(Path file, ActorDirectory actors) throws CorpusException {
    return new Result(List.of(), List.of());
  }

  /** The good rows as event records, and one exception per skipped row. */
  public record Result(List<EventRecord> events, List<CorpusException> badRows) {}
}
