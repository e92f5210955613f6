package siege.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Locale;
import siege.search.NamedParameters;

/**
 * Cross-origin access to the read-only API: GET/HEAD from the configured origins (or any, for
 * "*"), never with credentials. A request from another origin is still answered, but without
 * {@code Access-Control-Allow-Origin}, so a browser keeps the answer from the page; a preflight
 * from another origin gets 403.
 *
 * <p>Hand-written rather than Javalin's CorsPlugin because that plugin echoes any requested
 * method in a preflight and answers 400 to a disallowed origin while still running the handler.
 */
final class CorsPolicy {
  static final String ALLOWED_METHODS = "GET, HEAD, OPTIONS";
  static final String ALLOWED_HEADERS = "Accept, Accept-Language, Content-Language, Content-Type";
  static final String MAX_AGE_SECONDS = "600";

  private final boolean anyOrigin;
  private final List<String> origins;

  CorsPolicy(List<String> origins) {
    this.anyOrigin = origins.contains("*");
    this.origins = origins.stream().map(o -> o.toLowerCase(Locale.ROOT)).toList();
  }

  boolean allows(String origin) {
    return origin != null && (anyOrigin || origins.contains(origin.toLowerCase(Locale.ROOT)));
  }

  /** Before every request: adds the CORS headers when the request's origin is allowed. */
  void addHeaders(Context ctx) {
    String origin = ctx.header("Origin");
    if (!anyOrigin) ctx.header("Vary", "Origin");
    if (origin == null || !allows(origin)) return;
    ctx.header("Access-Control-Allow-Origin", anyOrigin ? "*" : origin);
    ctx.header("Access-Control-Expose-Headers", "Retry-After");
    if (isPreflight(ctx)) {
      ctx.header("Access-Control-Allow-Methods", ALLOWED_METHODS);
      ctx.header("Access-Control-Allow-Headers", ALLOWED_HEADERS);
      ctx.header("Access-Control-Max-Age", MAX_AGE_SECONDS);
    }
  }

  /** The OPTIONS handler: 204 for a plain OPTIONS or an allowed preflight, 403 otherwise. */
  void answerOptions(Context ctx) {
    ctx.header("Allow", ALLOWED_METHODS);
    if (isPreflight(ctx)) {
      if (!allows(ctx.header("Origin"))) {
        throw new ApiException(403, "origin_not_allowed", "origin '" + NamedParameters.clip(ctx.header("Origin"))
            + "' may not call this API from a browser: the server allows " + String.join(", ", origins));
      }
      String method = ctx.header("Access-Control-Request-Method").strip().toUpperCase(Locale.ROOT);
      if (!method.equals("GET") && !method.equals("HEAD")) {
        throw new ApiException(405, "method_not_allowed",
            "cross-origin " + NamedParameters.clip(method) + " is not accepted: the API is read-only, use GET");
      }
    }
    ctx.status(204);
  }

  private static boolean isPreflight(Context ctx) {
    return ctx.method() == HandlerType.OPTIONS
        && ctx.header("Origin") != null
        && ctx.header("Access-Control-Request-Method") != null;
  }
}
