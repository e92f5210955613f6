package siege.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The fixed cast of a generated corpus, derived from the seed alone (not the scale): a vocabulary,
 * countries with provinces and towns, state forces, militias, armed groups with acronyms and
 * aliases, mercenaries, commanders and airlines. Countries and actors are ranked: the generator
 * picks them with Zipf weights, so the first ones are the most frequent (and the query mix uses
 * them so its filters hit).
 */
public final class SyntheticWorld {
  /** ACLED-style numeric actor types. */
  static final int STATE = 1;
  static final int REBEL = 2;
  static final int MILITIA = 3;
  static final int CIVILIANS = 7;
  static final int OTHER = 8;

  /**
   * An actor as reports and event files name it.
   *
   * @param name the full canonical name ("Front for the Liberation of Kavora")
   * @param acronym its acronym defined in the text, or null
   * @param aliases other ways the text refers to it ("the Soravian army")
   * @param generic the common noun reports use for its members ("jihadists", "soldiers")
   * @param inter ACLED actor type code
   */
  public record Actor(String name, String acronym, List<String> aliases, String generic, int inter) {
    /** "Full Name (ACR)" as ACLED-layout files and first mentions write it. */
    public String nameWithAcronym() {
      return acronym == null ? name : name + " (" + acronym + ")";
    }
  }

  public record Town(String name, String admin1, String admin2, double latitude, double longitude) {}

  public record Country(
      String name,
      String adjective,
      String iso3,
      int isoNumeric,
      String region,
      List<Town> towns,
      Actor army,
      Actor militia,
      List<Actor> groups,
      Actor mercenaries,
      String airline,
      String leader,
      List<String> commanders) {}

  private static final String[] REGIONS = {
    "Western Africa", "Middle Africa", "Eastern Africa", "Northern Africa", "Middle East", "South Asia"
  };
  private static final String[] GENERICS = {"jihadists", "insurgents", "militants", "rebels", "fighters"};
  private static final Set<String> SMALL_WORDS = Set.of("for", "the", "of", "and", "in", "al", "wal");

  private final Vocabulary vocabulary;
  private final List<Country> countries;
  private final ZipfSampler countryPicker;
  private final Set<String> acronyms = new HashSet<>();

  private SyntheticWorld(SplittableRandom r, int countryCount) {
    this.vocabulary = Vocabulary.generate(r.split(), Vocabulary.DEFAULT_SIZE, Vocabulary.DEFAULT_EXPONENT);
    Set<String> names = new HashSet<>();
    for (int i = 0; i < vocabulary.size(); i++) names.add(vocabulary.word(i));
    List<Country> list = new ArrayList<>();
    for (int i = 0; i < countryCount; i++) list.add(country(r, names, i));
    this.countries = List.copyOf(list);
    this.countryPicker = new ZipfSampler(countries.size(), 1.0);
  }

  /** The world of a seed: the same seed always gives the same world. */
  public static SyntheticWorld of(long seed) {
    return new SyntheticWorld(new SplittableRandom(seed), 8);
  }

  public Vocabulary vocabulary() {
    return vocabulary;
  }

  public List<Country> countries() {
    return countries;
  }

  /** A country, most often the first ones (Zipf). */
  Country pickCountry(SplittableRandom r) {
    return countries.get(countryPicker.sample(r));
  }

  /** An armed group of {@code country}, most often its first ones (Zipf). */
  static Actor pickGroup(Country country, SplittableRandom r) {
    List<Actor> groups = country.groups();
    double u = r.nextDouble();
    int i = (int) Math.floor(groups.size() * u * u); // skewed towards the first groups
    return groups.get(Math.min(i, groups.size() - 1));
  }

  private Country country(SplittableRandom r, Set<String> names, int index) {
    String name = Names.name(r, names) + (r.nextBoolean() ? "ia" : "a");
    String adjective = name + "n";
    String iso3 = name.substring(0, 3).toUpperCase(Locale.ROOT);
    List<Town> towns = new ArrayList<>();
    int provinces = 4 + r.nextInt(4);
    double baseLat = -10 + r.nextDouble() * 40;
    double baseLon = -15 + r.nextDouble() * 80;
    for (int p = 0; p < provinces; p++) {
      String admin1 = Names.name(r, names);
      for (int t = 0; t < 6; t++) {
        String town = Names.name(r, names);
        String admin2 = t < 3 ? admin1 : Names.name(r, names);
        towns.add(new Town(town, admin1, admin2,
            round4(baseLat + r.nextDouble() * 6), round4(baseLon + r.nextDouble() * 6)));
      }
    }
    Actor army = new Actor("Armed Forces of " + name, acronym("FA" + name.charAt(0)),
        List.of("the " + adjective + " army", "the " + adjective + " military", adjective + " soldiers"),
        "soldiers", STATE);
    String militiaName = "Volunteers for the Defense of " + name;
    Actor militia = new Actor(militiaName, acronym(initials(militiaName)),
        List.of(adjective + " volunteers", "pro-government militiamen"), "militiamen", MILITIA);
    List<Actor> groups = new ArrayList<>();
    int groupCount = 5 + r.nextInt(4);
    for (int g = 0; g < groupCount; g++) groups.add(group(r, names, towns, name));
    String merc = Names.name(r, names) + " Group";
    Actor mercenaries = new Actor(merc, null, List.of(merc.split(" ")[0] + " mercenaries"), "mercenaries", OTHER);
    String airline = Names.name(r, names) + (r.nextBoolean() ? " Air" : " Airways");
    List<String> commanders = new ArrayList<>();
    for (int k = 0; k < 12; k++) commanders.add(Names.name(r, names) + " " + Names.name(r, names));
    return new Country(name, adjective, iso3, 100 + index * 37, REGIONS[index % REGIONS.length],
        List.copyOf(towns), army, militia, List.copyOf(groups), mercenaries, airline,
        Names.name(r, names) + " " + Names.name(r, names), List.copyOf(commanders));
  }

  private Actor group(SplittableRandom r, Set<String> names, List<Town> towns, String country) {
    String region = towns.get(r.nextInt(towns.size())).admin1();
    String a = Names.name(r, names);
    String b = Names.name(r, names);
    String name = switch (r.nextInt(7)) {
      case 0 -> "Front for the Liberation of " + region;
      case 1 -> "Movement for Unity and Jihad in " + region;
      case 2 -> "Islamic State in the " + region + " Province";
      case 3 -> region + " Liberation Army";
      case 4 -> "Jama'at " + a + " al-" + b;
      case 5 -> "Ansar " + a;
      default -> "Coordination of Movements of " + region;
    };
    String generic = GENERICS[r.nextInt(GENERICS.length)];
    String acronym = acronym(initials(name));
    List<String> aliases = List.of(name.startsWith("Ansar ") ? "Ansar" : region + " " + generic,
        "the " + generic + " of " + (acronym == null ? name : acronym));
    return new Actor(name, acronym, aliases, generic, REBEL);
  }

  private static String initials(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : name.split("[ \\-']+")) {
      if (w.isEmpty() || SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) continue;
      sb.append(Character.toUpperCase(w.charAt(0)));
    }
    return sb.toString();
  }

  /** A unique acronym: the initials, with a suffix letter when already used. */
  private String acronym(String initials) {
    String a = initials.length() < 2 ? initials + "X" : initials;
    char suffix = 'A';
    String candidate = a;
    while (!acronyms.add(candidate)) candidate = a + suffix++;
    return candidate;
  }

  private static double round4(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }
}
