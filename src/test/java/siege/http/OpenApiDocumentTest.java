package siege.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import siege.search.ApiJson;

/** openapi.json parses, lists every route and parameter the server accepts, and docs/api.md covers them. */
class OpenApiDocumentTest {
  static JsonNode doc;

  @BeforeAll
  static void read() throws Exception {
    try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream(HttpApp.OPENAPI_RESOURCE)) {
      doc = ApiJson.mapper().readTree(in);
    }
  }

  @Test
  void isAnOpenApi3DocumentListingEveryRoute() {
    assertThat(doc.get("openapi").asText()).startsWith("3.0.");
    assertThat(doc.get("info").get("title").asText()).isNotBlank();
    List<String> paths = new ArrayList<>();
    doc.get("paths").fieldNames().forEachRemaining(paths::add);
    assertThat(paths).containsExactlyElementsOf(HttpApp.API_PATHS);
    for (String p : paths) {
      JsonNode get = doc.get("paths").get(p).get("get");
      assertThat(get).as(p).isNotNull();
      assertThat(get.get("responses").has("200")).as(p).isTrue();
    }
  }

  @Test
  void searchParametersMatchWhatTheServerAccepts() {
    assertThat(parameterNames("/api/search")).isEqualTo(ApiHandlers.SEARCH_PARAMETERS);
    assertThat(parameterNames("/api/export")).isEqualTo(ApiHandlers.EXPORT_PARAMETERS);
    assertThat(parameterNames("/api/suggest")).isEqualTo(ApiHandlers.SUGGEST_PARAMETERS);
    assertThat(parameterNames("/api/events/{id}")).containsExactly("id");
    assertThat(parameterNames("/api/facets")).isEmpty();
  }

  @Test
  void everyReferenceResolves() {
    List<String> refs = new ArrayList<>();
    collectRefs(doc, refs);
    assertThat(refs).isNotEmpty();
    for (String ref : refs) {
      assertThat(ref).startsWith("#/");
      JsonNode target = doc.at(ref.substring(1));
      assertThat(target.isMissingNode()).as(ref).isFalse();
    }
  }

  @Test
  void hitSchemaNamesEveryFieldOfTheAnswer() {
    Set<String> documented = new HashSet<>();
    doc.at("/components/schemas/SearchHit/properties").fieldNames().forEachRemaining(documented::add);
    Set<String> answered = new HashSet<>();
    for (var c : siege.search.SearchHit.class.getRecordComponents()) {
      answered.add(c.getName().replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT));
    }
    assertThat(documented).isEqualTo(answered);
  }

  @Test
  void apiDocsMentionEveryRouteParameterAndErrorCode() throws Exception {
    String md = Files.readString(Path.of("docs/api.md"));
    for (String p : HttpApp.API_PATHS) assertThat(md).contains("`GET " + p);
    for (String name : ApiHandlers.EXPORT_PARAMETERS) assertThat(md).contains("`" + name + "`");
    for (String name : ApiHandlers.SEARCH_PARAMETERS) assertThat(md).contains("`" + name + "`");
    for (String code : List.of("unknown_parameter", "repeated_parameter", "too_many_values", "parameter_too_long",
        "query_too_long", "bad_encoding", "bad_character", "bad_page", "bad_size", "bad_month", "bad_date",
        "bad_date_range", "bad_sort", "bad_kind", "bad_event_type", "bad_sub_event_type", "bad_tag",
        "bad_query", "bad_format", "not_found", "method_not_allowed", "origin_not_allowed", "uri_too_long",
        "headers_too_large", "busy", "timeout", "internal_error")) {
      assertThat(md).as(code).contains("`" + code + "`");
    }
  }

  private static Set<String> parameterNames(String path) {
    Set<String> names = new HashSet<>();
    JsonNode params = doc.get("paths").get(path).get("get").get("parameters");
    if (params == null) return names;
    for (JsonNode p : params) {
      JsonNode resolved = p.has("$ref") ? doc.at(p.get("$ref").asText().substring(1)) : p;
      names.add(resolved.get("name").asText());
    }
    return names;
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> {
        if (e.getKey().equals("$ref")) refs.add(e.getValue().asText());
        else collectRefs(e.getValue(), refs);
      });
    } else if (node.isArray()) {
      node.forEach(n -> collectRefs(n, refs));
    }
  }
}
