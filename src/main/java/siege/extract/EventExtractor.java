package siege.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import siege.model.EventRecord;
import siege.model.Paragraph;
import siege.model.Report;

/**
 * Turns a report's paragraphs into event records: one per sentence that reports a happening.
 *
 * <p>Sentences are read in order with {@link DateResolver} keeping the date context. A sentence is a
 * happening when the {@link EventClassifier} gives it a type or a tag, when it states casualties,
 * or when it has its own date and a verb of action; commentary ("Analysts saw the campaign as
 * ...", the classifier's not-events rules) is not. Actors come from {@link ReportActors}, numbers from {@link CasualtyExtractor}, the place
 * from {@link PlaceExtractor}. Learn every report into the {@link ActorDirectory} before
 * extracting, so acronyms defined in one report resolve in the others.
 */
public final class EventExtractor {
  private static final Logger LOG = LoggerFactory.getLogger(EventExtractor.class);

  private final ActorDirectory actors;
  private final EventClassifier classifier;

  public EventExtractor(ActorDirectory actors) {
    this(actors, EventClassifier.standard());
  }

  public EventExtractor(ActorDirectory actors, EventClassifier classifier) {
    this.actors = actors;
    this.classifier = classifier;
  }

  public List<EventRecord> extract(Report report) {
    ReportActors who = actors.forReport(report);
    DateResolver dates = new DateResolver(ConflictPeriod.of(report).start());
    List<EventRecord> out = new ArrayList<>();
    for (Paragraph p : report.paragraphs()) {
      dates.startParagraph();
      for (String sentence : SentenceSplitter.split(p.text())) {
        DateResolver.Resolution date = dates.resolve(sentence);
        List<String> named = who.find(sentence);
        EventClassifier.ActorRole role = named.isEmpty() ? EventClassifier.ActorRole.UNKNOWN
            : who.isStateAligned(named.get(0)) ? EventClassifier.ActorRole.STATE : EventClassifier.ActorRole.NON_STATE;
        EventClassifier.Classification c = classifier.classify(sentence, role);
        CasualtyExtractor.Casualties k = CasualtyExtractor.extract(sentence);
        boolean stated = k.killed() != null || k.injured() != null;
        boolean datedAction = date.stated() && date.date().isKnown() && classifier.hasActionVerb(sentence);
        if (c.isEmpty() && !stated && !datedAction) continue;
        if (!stated && classifier.isCommentary(sentence)) continue;
        String type = c.eventType();
        String sub = c.subEventType();
        if (type == null && (!c.tags().isEmpty() || datedAction) && classifier.fallback() != null) {
          type = classifier.fallback().getKey();
          sub = classifier.fallback().getValue();
        }
        String place = PlaceExtractor.extract(sentence,
            name -> actors.resolve(name).filter(a -> !actors.isState(a)).isPresent());
        out.add(new EventRecord(
            report.id() + "#e" + (out.size() + 1),
            report.id(),
            report.title(),
            report.sourceFile(),
            p.section(),
            p.position(),
            date.date(),
            named,
            type,
            sub,
            c.tags(),
            k.killed(),
            k.injured(),
            place,
            sentence,
            null,
            Map.of()));
      }
    }
    LOG.debug("{}: {} events from {} paragraphs", report.id(), out.size(), report.paragraphs().size());
    return out;
  }
}
