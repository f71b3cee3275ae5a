package com.needlework.ops.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.needlework.ops.support.Browser;
import com.needlework.ops.support.NeedleworkIntegrationTest;
import com.needlework.ops.support.TestApi;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A prospect books a discovery call on the public page, in a real browser. */
@NeedleworkIntegrationTest
class BookPageBrowserIT {

  private static Browser browser;

  @LocalServerPort int port;

  @BeforeAll
  static void startBrowser() throws Exception {
    browser = Browser.start();
  }

  @AfterAll
  static void stopBrowser() throws Exception {
    browser.close();
  }

  private WebDriver open(String path) {
    WebDriver driver = browser.driver();
    driver.get("http://localhost:" + port + path);
    return driver;
  }

  private static void fillIn(WebDriver driver, String name) {
    driver.findElement(By.name("name")).sendKeys(name);
    driver.findElement(By.name("phone")).sendKeys("(415) 555-0142");
    driver.findElement(By.name("email")).sendKeys("gus@example.com");
    driver.findElement(By.name("reason")).sendKeys("Tight lower back after long drives");
  }

  @Test
  void aProspectBooksACallThatTheFrontDeskThenSees() throws Exception {
    LocalDate weekStart = TestApi.weekdayAhead(28);
    WebDriver driver = open("/book?week=" + weekStart);
    WebElement firstTime = driver.findElements(By.cssSelector("input[name=slot]")).get(0);
    OffsetDateTime chosen = OffsetDateTime.parse(firstTime.getAttribute("value"));
    firstTime.click();
    fillIn(driver, "Gus Hale");
    browser.screenshot("book-filled-in");

    driver.findElement(By.id("book")).click();

    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmation")));
    browser.screenshot("book-confirmed");
    assertThat(driver.findElement(By.id("when")).getText()).contains(chosen.getDayOfMonth() + "");
    String visitId = driver.findElement(By.id("visit-id")).getText();
    TestApi api = new TestApi(port);
    JsonNode visit =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(
                () ->
                    api
                        .get("/api/schedule?date=" + chosen.toLocalDate(), TestApi.FRONT_DESK)
                        .json()
                        .findValues("visits")
                        .stream()
                        .flatMap(visits -> iterate(visits).stream())
                        .filter(v -> v.get("visitId").asText().equals(visitId))
                        .findFirst()
                        .orElse(null),
                v -> v != null && !v.get("attendee").get("name").isNull());
    assertThat(visit.get("attendee").get("name").asText()).isEqualTo("Gus Hale");
    assertThat(OffsetDateTime.parse(visit.get("start").asText()).toInstant())
        .isEqualTo(chosen.toInstant());
  }

  @Test
  void forgettingToPickATimeExplainsItAndKeepsWhatWasTyped() throws Exception {
    WebDriver driver = open("/book?week=" + TestApi.weekdayAhead(28));
    fillIn(driver, "Ida Moss");

    driver.findElement(By.id("book")).click();

    WebElement error =
        new WebDriverWait(driver, Duration.ofSeconds(10))
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
    browser.screenshot("book-without-time");
    assertThat(error.getText()).isEqualTo("Please pick a time for the call");
    assertThat(driver.findElement(By.name("name")).getAttribute("value")).isEqualTo("Ida Moss");
  }

  @Test
  void theLaterLinkShowsTheNextWeek() {
    LocalDate weekStart = TestApi.weekdayAhead(28);
    WebDriver driver = open("/book?week=" + weekStart);

    driver.findElement(By.id("later-week")).click();

    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.urlContains("week=" + weekStart.plusDays(7)));
    OffsetDateTime firstOffered =
        OffsetDateTime.parse(
            driver.findElements(By.cssSelector("input[name=slot]")).get(0).getAttribute("value"));
    assertThat(firstOffered.toLocalDate()).isAfterOrEqualTo(weekStart.plusDays(7));
  }

  private static List<JsonNode> iterate(JsonNode array) {
    List<JsonNode> nodes = new ArrayList<>();
    array.forEach(nodes::add);
    return nodes;
  }
}
