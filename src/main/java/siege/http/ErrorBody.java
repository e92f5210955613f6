package siege.http;

/** The body of every error answer: {@code {"error": "<code>", "message": "<what and what is expected>"}}. */
public record ErrorBody(String error, String message) {}
