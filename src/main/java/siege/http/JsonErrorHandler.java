package siege.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import siege.search.ApiJson;

/**
 * Jetty's own error answers (a URI it cannot accept, a request line or headers over the size
 * limit) in the API's shape {@code {"error", "message"}} instead of an HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {

  @Override
  protected void generateResponse(Request request, Response response, int code, String message,
      Throwable cause, Callback callback) throws IOException {
    ErrorBody body = switch (code) {
      case 400 -> new ErrorBody("bad_request",
          "the request could not be read: check the URL (no '..' segments, valid percent-encoding)");
      case 404 -> new ErrorBody("not_found", "nothing at this path: see /openapi.json for the API's paths");
      case 414 -> new ErrorBody("uri_too_long",
          "the URL is too long: keep the request line and headers under the server's limit (8 KB by default)");
      case 431 -> new ErrorBody("headers_too_large",
          "the request headers are too large: keep them under the server's limit (8 KB by default)");
      default -> code >= 500
          ? new ErrorBody("internal_error", "the server failed to answer this request")
          : new ErrorBody("bad_request", "the request was refused (HTTP " + code + ")");
    };
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response.getHeaders().put("Referrer-Policy", "strict-origin-when-cross-origin");
    response.write(true, ByteBuffer.wrap(ApiJson.mapper().writeValueAsBytes(body)), callback);
  }
}
