package siege.http;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import siege.search.ApiJson;
import siege.search.SearchService;

/** Builds the Javalin application: routes, static files, headers, limits and error mapping. */
final class HttpApp {
  private static final Logger LOG = LoggerFactory.getLogger(HttpApp.class);
  static final String OPENAPI_RESOURCE = "/siege/openapi.json";
  static final String DEFAULT_STATIC_FOLDER = "/public";
  /** The JSON endpoints (all GET), in the order of docs/api.md and openapi.json. */
  static final java.util.List<String> API_PATHS = java.util.List.of("/api/search", "/api/export", "/api/suggest",
      "/api/events/{id}", "/api/reports/{id}", "/api/facets", "/health", "/openapi.json");

  private HttpApp() {}

  /**
   * @param staticFolder classpath folder of the front-end files ("/public"); skipped with a
   *     warning when absent
   */
  static Javalin create(SearchService service, ServerConfig config, SearchGate gate, CachedAnswers answers,
      String staticFolder) {
    ApiHandlers api = new ApiHandlers(service, gate, answers, config.maxQueryLength());
    CorsPolicy cors = new CorsPolicy(config.corsOrigins());
    StaticPages pages = new StaticPages(staticFolder);
    byte[] openApi = resource(OPENAPI_RESOURCE);

    return Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.startup.showOldJavalinVersionWarning = false;
      cfg.jsonMapper(new JavalinJackson(ApiJson.mapper(), false));
      cfg.http.prefer405over404 = true;
      cfg.router.javaLangErrorHandler(ErrorMapping::answerError);
      cfg.http.maxRequestSize = 16 * 1024; // bodies are never read: GET only
      cfg.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
      cfg.jetty.modifyHttpConfiguration(http -> {
        http.setRequestHeaderSize(config.maxRequestHeaderBytes());
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
      });
      if (pages.available()) {
        cfg.staticFiles.add(s -> {
          s.hostedPath = "/";
          s.directory = staticFolder;
          s.location = Location.CLASSPATH;
        });
      } else {
        LOG.warn("no front-end files at classpath:{}: serving the API only", staticFolder);
      }

      var r = cfg.routes;
      r.before(ctx -> {
        SecurityHeaders.add(ctx);
        cors.addHeaders(ctx);
      });
      r.get("/api/search", api::search);
      r.get("/api/export", api::export);
      r.get("/api/suggest", api::suggest);
      r.get("/api/events/{id}", api::event);
      r.get("/api/reports/{id}", api::report);
      r.get("/api/facets", api::facets);
      r.get("/health", api::health);
      r.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
      r.get("/", pages.page("index.html"));
      r.get("/reports/{id}", pages.page("report.html"));
      r.get("/embed", pages.page("embed.html"));
      for (String path : API_PATHS) r.options(path, cors::answerOptions);
      ErrorMapping.register(r);
    });
  }

  private static byte[] resource(String path) {
    try (InputStream in = HttpApp.class.getResourceAsStream(path)) {
      if (in == null) throw new IllegalStateException("resource " + path + " is missing from the jar");
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
