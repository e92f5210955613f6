package siege.search;

import java.util.List;

/**
 * One hit as the API returns it (JSON names are the snake_case of these fields). Fields that do
 * not apply to a kind are null (lists empty).
 *
 * @param snippet HTML-escaped text where only {@code <mark>} is markup; null when not asked for
 */
public record SearchHit(
    String id,
    String kind,
    String report,
    String reportTitle,
    String section,
    String date,
    String datePrecision,
    String month,
    List<String> actors,
    String eventType,
    String subEventType,
    List<String> tags,
    Integer killed,
    Integer injured,
    String place,
    String sourceFile,
    String text,
    String snippet,
    Float score) {}
