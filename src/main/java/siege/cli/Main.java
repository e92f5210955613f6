package siege.cli;

/** Entry point of {@code target/siege-search.jar}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.out.println("siege-search: not wired yet");
  }
}
