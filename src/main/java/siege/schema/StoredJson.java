package siege.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Stored string maps (infobox, extra fields, actor aliases) as JSON, keeping their order. */
public final class StoredJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final TypeReference<LinkedHashMap<String, String>> STRING_MAP = new TypeReference<>() {};
  private static final TypeReference<LinkedHashMap<String, Set<String>>> ALIAS_MAP =
      new TypeReference<>() {};

  private StoredJson() {}

  public static String encode(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode stored JSON", e);
    }
  }

  public static Map<String, String> decodeMap(String json) {
    if (json == null || json.isEmpty()) return Map.of();
    try {
      return MAPPER.readValue(json, STRING_MAP);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON is corrupt: " + e.getOriginalMessage(), e);
    }
  }

  public static Map<String, Set<String>> decodeAliases(String json) {
    if (json == null || json.isEmpty()) return Map.of();
    try {
      return MAPPER.readValue(json, ALIAS_MAP);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON is corrupt: " + e.getOriginalMessage(), e);
    }
  }
}
