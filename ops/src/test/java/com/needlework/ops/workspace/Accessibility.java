package com.needlework.ops.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import org.openqa.selenium.WebDriver;

/** axe-core run in the page as it stands: no serious or critical violation. */
public final class Accessibility {

  private Accessibility() {}

  public static void check(WebDriver driver, String page) {
    Results results = new AxeBuilder().analyze(driver);
    List<String> violations =
        results.getViolations().stream()
            .filter(
                rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
            .map(Accessibility::describe)
            .toList();
    assertThat(violations).as("axe-core on " + page).isEmpty();
  }

  private static String describe(Rule rule) {
    return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes();
  }
}
