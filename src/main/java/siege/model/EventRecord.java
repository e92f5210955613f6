package siege.model;

import java.util.List;
import java.util.Map;

/**
 * One dated happening, extracted from a report sentence or read from an event file (CSV/JSONL).
 *
 * @param id stable id: "{@code <report>#e<n>}" for report events (n counts from 1 within the
 *     report), "{@code <file-id>#<event_id_cnty or row>}" for event-file rows
 * @param reportId the report (or event file) id this record belongs to; the "report" facet
 * @param reportTitle the report's title (for event files: the file name)
 * @param sourceFile the corpus file it came from, e.g. "siege-of-timbuktu.txt"
 * @param section the report section ("" for lead paragraphs or event files)
 * @param paragraph position of the source paragraph in the report, -1 for event files
 * @param date resolved date with precision
 * @param actors canonical actor names, de-duplicated, in order of mention
 * @param eventType ACLED event_type, e.g. "Battles"; null when no type applies
 * @param subEventType ACLED sub_event_type, e.g. "Armed clash"; null when unknown
 * @param tags siege-specific tags: "blockade", "displacement", "aid disruption", "transport
 *     disruption", "casualty update" (lower case)
 * @param killed number killed stated by the text, null when not stated
 * @param injured number injured stated by the text, null when not stated
 * @param place the named place, e.g. "the military airport", null when none
 * @param text the whole sentence (or notes for event files), plain text
 * @param source where the record's facts come from (event files: the "source" column), may be null
 * @param extra further stored fields (e.g. unknown CSV columns, original ACLED types), sorted by
 *     key so that stored JSON and content hashes are the same in every run; never null
 */
public record EventRecord(
    String id,
    String reportId,
    String reportTitle,
    String sourceFile,
    String section,
    int paragraph,
    EventDate date,
    List<String> actors,
    String eventType,
    String subEventType,
    List<String> tags,
    Integer killed,
    Integer injured,
    String place,
    String text,
    String source,
    Map<String, String> extra) {

  public EventRecord {
    actors = List.copyOf(actors);
    tags = List.copyOf(tags);
    extra = extra == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(extra));
    if (date == null) date = EventDate.NONE;
  }
}
