package siege.eventfile;

import java.io.IOException;
import java.io.Writer;
import siege.model.EventRecord;

/**
 * Streams event records into an export format: {@link #begin}, any number of {@link #write}, then
 * {@link #end}. One instance per export (not thread-safe). The caller owns the {@link Writer}:
 * {@code end} flushes it but does not close it.
 */
public interface EventWriter {

  /** The format's name as the CLI and the API spell it: "csv" or "jsonl". */
  String format();

  /** The MIME type to send, with its charset. */
  String mediaType();

  /** File name extension without the dot ("csv", "jsonl"). */
  String extension();

  /** Starts the export (writes a header where the format has one). */
  void begin(Writer out) throws IOException;

  void write(EventRecord event) throws IOException;

  /** Finishes the export and flushes; the writer is not closed. */
  void end() throws IOException;
}
