package siege.http;

import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import siege.eventfile.EventWriter;
import siege.model.EventRecord;

/**
 * Streams event records through an {@link EventWriter} into the response, without holding them.
 * The answer's headers are written with the first record (or at {@link #finish()} for an empty
 * export), so a search the service refuses before sending anything is still answered with a
 * clean JSON error.
 */
final class ExportStream {
  private final Context ctx;
  private final EventWriter writer;
  private final String fileName;
  private Writer out;
  private long count;

  ExportStream(Context ctx, EventWriter writer, String fileName) {
    this.ctx = ctx;
    this.writer = writer;
    this.fileName = fileName;
  }

  /**
   * @throws ClientGone when the client stopped reading
   */
  void write(EventRecord event) {
    try {
      begin();
      writer.write(event);
      count++;
    } catch (IOException e) {
      throw new ClientGone(e);
    }
  }

  /** Ends the export (after the last record); returns the number of records written. */
  long finish() {
    try {
      begin();
      writer.end();
      out.flush();
      return count;
    } catch (IOException e) {
      throw new ClientGone(e);
    }
  }

  private void begin() throws IOException {
    if (out != null) return;
    ctx.status(200);
    ctx.contentType(writer.mediaType());
    ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8), 16 * 1024);
    writer.begin(out);
  }

  /** Writing to the client failed: it hung up or stopped reading. Nothing more can be answered. */
  static final class ClientGone extends UncheckedIOException {
    ClientGone(IOException cause) {
      super("the client stopped reading the export", cause);
    }
  }
}
