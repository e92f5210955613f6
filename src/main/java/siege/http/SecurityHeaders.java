package siege.http;

import io.javalin.http.Context;

/**
 * Headers set on every answer. API answers (JSON) may be read from any site and framed by none;
 * HTML pages get a content security policy that allows only our own scripts, styles and API;
 * {@code /embed} alone may be framed by other sites; {@code /widget.js} and other static assets
 * may be loaded cross-origin.
 */
final class SecurityHeaders {
  static final String PAGE_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; "
      + "base-uri 'self'; form-action 'self'; frame-ancestors ";
  static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

  private SecurityHeaders() {}

  static void add(Context ctx) {
    String path = ctx.path();
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
    if (isApi(path)) {
      ctx.header("Content-Security-Policy", API_CSP);
      ctx.header("X-Frame-Options", "DENY");
      ctx.header("Cross-Origin-Resource-Policy", "cross-origin");
    } else if (isEmbed(path)) {
      ctx.header("Content-Security-Policy", PAGE_CSP + "*");
      ctx.header("Cross-Origin-Resource-Policy", "cross-origin");
    } else {
      ctx.header("Content-Security-Policy", PAGE_CSP + "'self'");
      ctx.header("X-Frame-Options", "SAMEORIGIN");
      ctx.header("Cross-Origin-Resource-Policy", isPage(path) ? "same-origin" : "cross-origin");
    }
  }

  static boolean isApi(String path) {
    return path.startsWith("/api/") || path.equals("/api") || path.equals("/health")
        || path.equals("/openapi.json");
  }

  private static boolean isEmbed(String path) {
    return path.equals("/embed") || path.equals("/embed/") || path.equals("/embed.html");
  }

  private static boolean isPage(String path) {
    return path.equals("/") || path.endsWith(".html") || path.startsWith("/reports/");
  }
}
