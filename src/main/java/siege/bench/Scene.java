package siege.bench;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import siege.bench.SyntheticWorld.Actor;
import siege.bench.SyntheticWorld.Country;
import siege.bench.SyntheticWorld.Town;

/**
 * Where and between whom a run of events happens (one report, or one event-file row), and which
 * actors the text has already introduced: the first mention of an actor writes its full name with
 * the acronym in parentheses (which defines the acronym), later ones use the acronym or an alias.
 */
final class Scene {
  final Country country;
  final Town city;
  final Actor attacker;
  final Actor ally;
  final Actor defender;
  final Actor militia;
  private final Set<Actor> introduced = new HashSet<>();

  Scene(Country country, Town city, Actor attacker, Actor ally, Actor defender, Actor militia) {
    this.country = country;
    this.city = city;
    this.attacker = attacker;
    this.ally = ally;
    this.defender = defender;
    this.militia = militia;
  }

  /** A town of the country other than the besieged one. */
  Town otherTown(SplittableRandom r) {
    Town t = country.towns().get(r.nextInt(country.towns().size()));
    return t.equals(city) ? country.towns().get((country.towns().indexOf(t) + 1) % country.towns().size()) : t;
  }

  boolean introduced(Actor a) {
    return introduced.contains(a);
  }

  /** How the text names {@code a} here. */
  String mention(Actor a, SplittableRandom r) {
    if (introduced.add(a)) return a.nameWithAcronym();
    int x = r.nextInt(10);
    if (a.acronym() != null && x < 5) return a.acronym();
    if (x < 7) return a.aliases().get(r.nextInt(a.aliases().size()));
    if (x < 8) return "the " + a.generic();
    return a.name();
  }
}
