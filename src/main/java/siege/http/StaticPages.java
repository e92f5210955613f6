package siege.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Named pages of the front-end read from a classpath folder: {@code /} is index.html,
 * {@code /reports/{id}} is report.html (the page reads the id from its URL), {@code /embed} is
 * embed.html. Other files of the folder are served by Javalin's static file handler.
 */
final class StaticPages {
  private final String folder;
  private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

  /** @param folder classpath folder, e.g. "/public" */
  StaticPages(String folder) {
    this.folder = folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
  }

  /**
   * True when the folder exists on the classpath (Javalin's static handler needs the folder's own
   * entry, which Maven-built jars have).
   */
  boolean available() {
    return StaticPages.class.getResource(folder) != null || StaticPages.class.getResource(folder + "/") != null;
  }

  /** A handler answering the page {@code file} of the folder as HTML, 404 if it is missing. */
  io.javalin.http.Handler page(String file) {
    return ctx -> serve(ctx, file);
  }

  private void serve(Context ctx, String file) {
    byte[] body = cache.computeIfAbsent(file, this::read);
    if (body.length == 0) throw ApiException.notFound("the page " + file + " is not installed on this server");
    ctx.contentType("text/html; charset=utf-8").result(body);
  }

  private byte[] read(String file) {
    try (InputStream in = StaticPages.class.getResourceAsStream(folder + "/" + file)) {
      return in == null ? new byte[0] : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + folder + "/" + file, e);
    }
  }
}
