package siege.bench;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.SplittableRandom;
import siege.bench.SyntheticWorld.Actor;
import siege.bench.SyntheticWorld.Country;
import siege.bench.SyntheticWorld.Town;

/**
 * Writes one report in the corpus text format: title, infobox, lead paragraph(s), sections of
 * paragraphs whose sentences are dated the way a real report dates them ("On 26 August", "On 3 March
 * 2024", "Two days later", "The next day", "In December 2023", continuation sentences with no
 * date), plus background sentences that report no event.
 */
final class ReportWriter {
  /** Lowest date a generated siege starts on; sieges start within the following ten years. */
  static final LocalDate EPOCH = LocalDate.of(2014, 1, 1);

  private static final String[] SECTIONS = {
    "Siege", "Blockade and convoys", "Airlift", "Assaults on the town", "Humanitarian situation",
    "Negotiations", "Escalation", "Aftermath", "Fighting on the roads", "Shelling of the town"
  };
  private static final String[] SUBSECTIONS = {"Early fighting", "Counter-offensive", "Renewed attacks", "Truce"};
  private static final String[] SMALL = {"", "", "Two", "Three", "Four", "Five", "Six"};

  /** A written report. */
  record Written(String fileName, String title, String text, int events) {}

  private final SyntheticWorld world;
  private final EventWriter events;

  ReportWriter(SyntheticWorld world) {
    this.world = world;
    this.events = new EventWriter(world.vocabulary());
  }

  /** Report number {@code index} with exactly {@code eventCount} (at least 1) event sentences. */
  Written write(int index, int eventCount, SplittableRandom r) {
    Country country = world.pickCountry(r);
    Town city = country.towns().get(r.nextInt(country.towns().size()));
    Actor attacker = SyntheticWorld.pickGroup(country, r);
    Actor ally = r.nextInt(3) == 0 ? SyntheticWorld.pickGroup(country, r) : null;
    if (ally == attacker) ally = null;
    Scene scene = new Scene(country, city, attacker, ally, country.army(), country.militia());
    String title = switch (r.nextInt(10)) {
      case 0, 1 -> "Blockade of " + city.name();
      case 2 -> "Fuel blockade of " + city.name();
      case 3 -> "Battle of " + city.name();
      default -> "Siege of " + city.name();
    };
    LocalDate start = EPOCH.plusDays(r.nextInt(3650));
    Narrative dates = new Narrative(start);

    StringBuilder out = new StringBuilder(eventCount * 260 + 1024);
    out.append("= ").append(title).append(" =\n\n");
    out.append("Infobox\n");
    out.append("- Conflict: ").append(title).append('\n');
    out.append("- Place: ").append(city.name()).append(", ").append(city.admin1()).append(", ").append(country.name()).append('\n');
    out.append("- Partof: the ").append(country.adjective()).append(" conflict\n");
    out.append("- Date: ").append(start).append('\n');
    out.append("- Status: ").append(r.nextInt(3) == 0 ? "Ended" : "Ongoing").append('\n');
    out.append("- Combatant1: ").append(country.name()).append(", ").append(country.militia().name());
    if (r.nextInt(4) == 0) {
      out.append(", 20px ").append(country.mercenaries().name()).append(" (alleged by ")
          .append(attacker.acronym() != null ? attacker.acronym() : attacker.name()).append(')');
    }
    out.append('\n');
    out.append("- Combatant2: ").append(attacker.name());
    if (ally != null) out.append(", ").append(ally.name());
    out.append('\n');
    out.append("- Commander1: ").append(country.leader()).append('\n');
    out.append("- Commander2: ").append(country.commanders().get(r.nextInt(country.commanders().size())));
    if (r.nextBoolean()) out.append(", ").append(country.commanders().get(r.nextInt(country.commanders().size())));
    out.append("\n\n");

    // Lead: the blockade that started it, with the full date.
    int written = 1;
    out.append("The ").append(adjective(attacker.generic())).append(" organisation ").append(scene.mention(attacker, r))
        .append(" has imposed a blockade upon the town of ").append(city.name()).append(", ").append(country.name())
        .append(" since ").append(Narrative.dayMonthYear(start)).append('.');
    out.append(" Since the beginning of the siege, ").append(NumberWords.digits((1 + r.nextInt(60)) * 1000))
        .append(" people have fled the town and the surrounding areas.");
    int leadSentences = Math.min(eventCount - written, r.nextInt(3));
    for (int i = 0; i < leadSentences; i++) {
      out.append(' ');
      eventSentence(out, scene, dates, r);
      written++;
    }
    out.append("\n\n");

    while (written < eventCount) {
      out.append("==").append(SECTIONS[r.nextInt(SECTIONS.length)]).append("==\n");
      int paragraphs = 1 + r.nextInt(4);
      for (int p = 0; p < paragraphs && written < eventCount; p++) {
        if (r.nextInt(8) == 0) out.append("===").append(SUBSECTIONS[r.nextInt(SUBSECTIONS.length)]).append("===\n");
        int sentences = 3 + r.nextInt(6);
        boolean first = true;
        for (int s = 0; s < sentences && written < eventCount; s++) {
          if (!first) out.append(' ');
          first = false;
          int x = r.nextInt(100);
          if (x < 12) {
            events.background(out, scene, r);
          } else if (x < 30 && s > 0) {
            events.continuation(out, scene, r);
            written++;
          } else {
            eventSentence(out, scene, dates, r);
            written++;
          }
        }
        out.append("\n\n");
      }
    }
    String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    String fileName = String.format(Locale.ROOT, "%s-%06d.txt", slug, index);
    return new Written(fileName, title, out.toString(), written);
  }

  /** "jihadists" -> "jihadist", "fighters" -> "armed". */
  private static String adjective(String generic) {
    return generic.equals("fighters") ? "armed" : generic.substring(0, generic.length() - 1);
  }

  private void eventSentence(StringBuilder out, Scene scene, Narrative dates, SplittableRandom r) {
    String prefix = dates.next(r);
    StringBuilder body = new StringBuilder(200);
    events.body(body, scene, EventKind.pick(r), r);
    out.append(prefix.isEmpty() ? NumberWords.capitalise(body.toString()) : prefix + body).append('.');
  }

  /** The narrative's date cursor and the phrases that move it forward. */
  static final class Narrative {
    private LocalDate current;
    private int yearMentioned;
    private boolean monthOnly;

    Narrative(LocalDate start) {
      this.current = start;
      this.yearMentioned = start.getYear();
    }

    /** A date phrase for the next event ("On 26 August, ", "The next day, ", ...), advancing the date. */
    String next(SplittableRandom r) {
      int x = r.nextInt(100);
      if (!monthOnly && x < 6) return r.nextBoolean() ? "Later that day, " : "On the same day, ";
      if (!monthOnly && x < 16) {
        current = current.plusDays(1);
        return r.nextBoolean() ? "The next day, " : "On the following day, ";
      }
      if (!monthOnly && x < 28) {
        int gap = 2 + r.nextInt(5);
        current = current.plusDays(gap);
        return r.nextBoolean() ? SMALL[gap] + " days later, " : SMALL[gap] + " days later, on " + dayMonth(current) + ", ";
      }
      if (!monthOnly && x < 33) {
        boolean week = r.nextBoolean();
        current = current.plusDays(week ? 7 : 14);
        return week ? "A week later, " : "Two weeks later, ";
      }
      if (x < 90) {
        current = current.plusDays(3 + r.nextInt(40));
        monthOnly = false;
        boolean withYear = current.getYear() != yearMentioned || r.nextInt(6) == 0;
        yearMentioned = current.getYear();
        String date = withYear ? dayMonthYear(current) : dayMonth(current);
        return r.nextInt(8) == 0 ? "On the evening of " + date + ", " : "On " + date + ", ";
      }
      current = current.plusDays(30 + r.nextInt(150));
      monthOnly = true;
      boolean withYear = current.getYear() != yearMentioned || r.nextInt(2) == 0;
      yearMentioned = current.getYear();
      String month = month(current) + (withYear ? " " + current.getYear() : "");
      int day = current.getDayOfMonth();
      if (day <= 10 && r.nextBoolean()) return "In early " + month + ", ";
      if (day >= 20 && r.nextBoolean()) return "In late " + month + ", ";
      return r.nextBoolean() ? "In " + month + ", " : "During " + month + ", ";
    }

    LocalDate current() {
      return current;
    }

    static String dayMonth(LocalDate d) {
      return d.getDayOfMonth() + " " + month(d);
    }

    static String dayMonthYear(LocalDate d) {
      return dayMonth(d) + " " + d.getYear();
    }

    private static final String[] MONTHS = new String[12];

    static {
      for (int m = 0; m < 12; m++) MONTHS[m] = java.time.Month.of(m + 1).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    static String month(LocalDate d) {
      return MONTHS[d.getMonthValue() - 1];
    }
  }
}
