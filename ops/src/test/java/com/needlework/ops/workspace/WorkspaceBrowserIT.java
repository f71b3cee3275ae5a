package com.needlework.ops.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.ops.support.BrowserTest;
import com.needlework.ops.support.NeedleworkIntegrationTest;
import com.needlework.ops.support.TestApi;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The staff workspace in Chromium: sign-in, the day calendar, what a role may not open. */
@NeedleworkIntegrationTest
class WorkspaceBrowserIT extends BrowserTest {

  private WebDriver signIn(String username, String password) {
    WebDriver driver = browser.driver();
    driver.get(url("/login"));
    driver.findElement(By.name("username")).sendKeys(username);
    driver.findElement(By.name("password")).sendKeys(password);
    driver.findElement(By.cssSelector("#sign-in button")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(
            ExpectedConditions.or(
                ExpectedConditions.urlContains("/staff"), ExpectedConditions.urlContains("error")));
    return driver;
  }

  private static LocalDate nextMonday() {
    return LocalDate.now(TestApi.CLINIC_ZONE).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
  }

  @Test
  void aWrongPasswordIsRefusedOnTheSignInPage() {
    WebDriver driver = signIn("frontdesk", "not-the-password");

    new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.urlContains("error"));
    assertThat(driver.findElement(By.id("sign-in-failed")).getText()).contains("do not match");
  }

  @Test
  void theFrontDeskSignsInAndSeesTheDemoClinicsDay() throws Exception {
    WebDriver driver = signIn("frontdesk", "demo");
    new WebDriverWait(driver, Duration.ofSeconds(5))
        .until(ExpectedConditions.urlContains("/staff/day"));
    Accessibility.check(driver, "today's day");

    driver.get(url("/staff/day?date=" + nextMonday()));

    assertThat(driver.findElements(By.tagName("h1"))).hasSize(1);
    assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Monday");
    String maya =
        driver.findElement(By.cssSelector("section[aria-label='Maya Chen, DPT']")).getText();
    assertThat(maya).contains("Ana Rivera").contains("Needling session").contains("Covered");
    assertThat(
            driver
                .findElement(By.cssSelector("section[aria-label='Priya Natarajan, DPT']"))
                .getText())
        .contains("Carla Mendes")
        .contains("Elena Rossi")
        .contains("Evaluation");
    browser.screenshot("workspace-day");
    Accessibility.check(driver, "the day calendar");
  }

  @Test
  void aBookingMadeElsewhereShowsOnAnOpenDayWithinTwoSeconds() {
    LocalDate day = TestApi.weekdayAhead(15);
    WebDriver driver = signIn("frontdesk", "demo");
    driver.get(url("/staff/day?date=" + day));
    assertThat(driver.getPageSource()).doesNotContain("Wendy Walkin");

    TestApi api = new TestApi(port);
    var slot = api.discoveryCallSlots(day).get(0);
    assertThat(
            api.post("/api/discovery-calls", TestApi.discoveryCall("Wendy Walkin", slot)).status())
        .isEqualTo(201);

    new WebDriverWait(driver, Duration.ofSeconds(4))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("grid"), "Wendy Walkin"));
  }

  @Test
  void theFrontDeskIsRefusedTheAdminPagesWithAPageThatSaysSo() {
    WebDriver driver = signIn("frontdesk", "demo");

    driver.get(url("/staff/admin"));

    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
  }

  @Test
  void aFormPostedWithoutItsCsrfTokenIsRefused() throws Exception {
    WebDriver driver = signIn("frontdesk", "demo");
    Cookie session = driver.manage().getCookieNamed("NEEDLEWORK_SESSION");
    assertThat(session.isHttpOnly()).isTrue();
    assertThat(session.getSameSite()).isEqualToIgnoringCase("Lax");

    HttpResponse<String> forged =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url("/logout")))
                    .header("Cookie", "NEEDLEWORK_SESSION=" + session.getValue())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(""))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(forged.statusCode()).isEqualTo(403);
    driver.get(url("/staff/day"));
    assertThat(driver.getCurrentUrl()).contains("/staff/day");
  }

  @Test
  void everyPageCarriesAContentSecurityPolicyWithoutInlineScript() throws Exception {
    HttpResponse<String> login =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url("/login"))).build(),
                HttpResponse.BodyHandlers.ofString());

    String policy = login.headers().firstValue("Content-Security-Policy").orElse("");
    assertThat(policy).contains("script-src 'self'").doesNotContain("unsafe-inline");
    assertThat(login.body()).doesNotContain("<script>").doesNotContain("style=\"");
  }

  @Test
  void signingOutEndsTheSession() {
    WebDriver driver = signIn("frontdesk", "demo");

    driver.findElement(By.cssSelector(".sign-out button")).click();

    assertThat(driver.findElement(By.id("signed-out")).getText()).contains("signed out");
    driver.get(url("/staff/day"));
    assertThat(driver.getCurrentUrl()).contains("/login");
  }
}
