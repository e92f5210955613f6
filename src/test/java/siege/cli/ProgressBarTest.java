package siege.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

  @Test
  void lineShowsFilesRateAndTimeLeft() {
    assertThat(ProgressBar.line(5, 10, 3000, 2.0))
        .isEqualTo("[###############---------------] 5/10 files  1,500 events/s  0:02 left");
    assertThat(ProgressBar.line(1, 4, 0, 30.0)).isEqualTo("[#######-----------------------] 1/4 files  0 events/s  1:30 left");
    assertThat(ProgressBar.line(4, 4, 10, 1.0)).startsWith("[" + "#".repeat(30) + "] 4/4 files");
  }

  @Test
  void redrawsInPlaceAndEndsWithANewLine() {
    StringWriter sw = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(sw));
    bar.update(1, 2, 10);
    bar.update(2, 2, 20);
    bar.finish();
    assertThat(sw.toString()).startsWith("\r[").contains("\r[" + "#".repeat(30) + "] 2/2 files").endsWith("\n");
  }
}
