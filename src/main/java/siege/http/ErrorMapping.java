package siege.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import siege.search.InvalidQueryException;
import siege.search.NamedParameters;

/**
 * The one place where failures become answers, all shaped {@code {"error", "message"}}: our
 * {@link ApiException}s, the service's {@link InvalidQueryException} (400 with its code), Javalin's
 * own 404/405, and anything unexpected (logged with the request line, answered 500 with a generic
 * message and no stack trace).
 */
final class ErrorMapping {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);
  /** Seconds a client should wait after a 503. */
  static final String RETRY_AFTER_SECONDS = "1";

  private ErrorMapping() {}

  static void register(RoutesConfig routes) {
    routes.exception(ApiException.class, (e, ctx) -> answer(ctx, e.status(), e.code(), e.getMessage()));
    routes.exception(InvalidQueryException.class, (e, ctx) -> answer(ctx, 400,
        e.code() == null || e.code().isBlank() ? "bad_query" : e.code(),
        e.getMessage() == null ? "the query could not be understood" : e.getMessage()));
    routes.exception(HttpResponseException.class, (e, ctx) -> fromJavalin(ctx, e));
    routes.exception(Exception.class, (e, ctx) -> {
      LOG.error("unexpected failure answering {}", requestLine(ctx), e);
      answer(ctx, 500, "internal_error", "the server failed to answer this request; it has been logged");
    });
  }

  /**
   * For {@link Error}s (e.g. a StackOverflowError deep in a query), which Javalin hands to the
   * router's error handler rather than to exception mappers: logged, answered 500 in our shape.
   */
  static void answerError(jakarta.servlet.http.HttpServletResponse res, Error error) {
    LOG.error("unexpected error answering a request", error);
    try {
      res.setStatus(500);
      res.setContentType("application/json");
      res.getOutputStream().write(siege.search.ApiJson.mapper().writeValueAsBytes(new ErrorBody(
          "internal_error", "the server failed to answer this request; it has been logged")));
    } catch (java.io.IOException | IllegalStateException e) {
      LOG.debug("could not write the 500 answer", e);
    }
  }

  private static void fromJavalin(Context ctx, HttpResponseException e) {
    int status = e.getStatus();
    switch (status) {
      case 404 -> answer(ctx, 404, "not_found",
          "nothing at " + NamedParameters.clip(ctx.path()) + ": see /openapi.json for the API's paths");
      case 405 -> answer(ctx, 405, "method_not_allowed",
          ctx.method() + " is not accepted here: the API is read-only, use GET");
      default -> {
        if (status >= 500) LOG.warn("{} answering {}: {}", status, requestLine(ctx), e.getMessage());
        answer(ctx, status, status >= 500 ? "internal_error" : "bad_request",
            status >= 500 ? "the server failed to answer this request" : "the request was not understood");
      }
    }
  }

  static void answer(Context ctx, int status, String code, String message) {
    if (status == 503) ctx.header("Retry-After", RETRY_AFTER_SECONDS);
    ctx.status(status).json(new ErrorBody(code, message));
  }

  static String requestLine(Context ctx) {
    String qs = ctx.queryString();
    String line = ctx.method() + " " + ctx.path() + (qs == null ? "" : "?" + qs);
    return line.length() > 2000 ? line.substring(0, 2000) + "..." : line;
  }
}
