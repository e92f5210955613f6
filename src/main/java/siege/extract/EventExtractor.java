package siege.extract;

import java.util.List;
import siege.model.EventRecord;
import siege.model.Report;

/**
 * Turns a report's paragraphs into event records: one per sentence that reports a happening.
 * STUB: the extraction work fills this in.
 */
public final class EventExtractor {
  private final ActorDirectory actors;

  public EventExtractor(ActorDirectory actors) {
    this.actors = actors;
  }

  public List<EventRecord> extract(Report report) {
    return List.of();
  }
}
