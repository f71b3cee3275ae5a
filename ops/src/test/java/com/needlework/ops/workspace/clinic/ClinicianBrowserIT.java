package com.needlework.ops.workspace.clinic;

import static com.needlework.ops.support.TestApi.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.patient.PatientId;
import com.needlework.ops.support.ApiTest;
import com.needlework.ops.support.Browser;
import com.needlework.ops.support.NeedleworkIntegrationTest;
import com.needlework.ops.support.TestApi;
import com.needlework.ops.workspace.Accessibility;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The clinician in Chromium: today's checked-in visits with Maya Chen (the demo's "clinician"),
 * completed from the form that shows the codes they will bill as it is filled in.
 */
@NeedleworkIntegrationTest
class ClinicianBrowserIT extends ApiTest {

  private static final LocalDate DAY = TestApi.weekdayAhead(45);

  private static Browser browser;
  private PractitionerId maya;
  private RoomId room;

  @BeforeAll
  static void startBrowser() throws Exception {
    browser = Browser.start();
  }

  @AfterAll
  static void stopBrowser() throws Exception {
    browser.close();
  }

  @BeforeEach
  void mayaAndARoom() {
    maya = scenarios.demoPractitioner("Maya");
    room = scenarios.room("Clinician browser room");
  }

  @AfterEach
  void signOut() {
    browser.driver().manage().deleteAllCookies();
  }

  private static Instant at(int hour) {
    return DAY.atTime(hour, 0).atZone(TestApi.CLINIC_ZONE).toInstant();
  }

  /** Books the visit, checks the patient in just before it, and lets it begin: its id. */
  private String checkedIn(String path, PatientId patient, Instant start) {
    String visit =
        TestApi.created(api.bookTreatment(path, patient, maya, room, start))
            .json()
            .get("visitId")
            .asText();
    clock.setNow(start.minus(Duration.ofMinutes(2)));
    ok(api.checkIn(visit));
    clock.setNow(start.plus(Duration.ofMinutes(5)));
    return visit;
  }

  private WebDriver signedInAsTheClinician() {
    WebDriver driver = browser.driver();
    driver.get(api.baseUrl() + "/login");
    driver.findElement(By.name("username")).sendKeys("clinician");
    driver.findElement(By.name("password")).sendKeys("demo");
    driver.findElement(By.cssSelector("#sign-in button")).click();
    waiting(driver).until(ExpectedConditions.urlContains("/staff/"));
    return driver;
  }

  private static WebDriverWait waiting(WebDriver driver) {
    return new WebDriverWait(driver, Duration.ofSeconds(10));
  }

  private static WebElement row(WebDriver driver, String visit) {
    return driver.findElement(By.cssSelector("#my-visits tr[data-visit='" + visit + "']"));
  }

  private static void type(WebElement input, String value) {
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
  }

  private static List<String> billedCodes(WebDriver driver) {
    return driver.findElements(By.cssSelector("#charge-lines tbody tr")).stream()
        .map(
            line ->
                line.getAttribute("data-code")
                    + "x"
                    + line.findElement(By.className("units")).getText())
        .toList();
  }

  private static void waitForCodes(WebDriver driver, String... codes) {
    waiting(driver)
        .until(
            d -> {
              try {
                return billedCodes(d).equals(List.of(codes));
              } catch (org.openqa.selenium.StaleElementReferenceException swapped) {
                return false;
              }
            });
  }

  /** Waits for my day to say the visit is completed, or fails with what the page said. */
  private static void completed(WebDriver driver) {
    waiting(driver)
        .until(
            ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.id("completed")),
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error"))));
    assertThat(driver.findElements(By.id("completed")))
        .as(driver.findElement(By.tagName("main")).getText())
        .isNotEmpty();
  }

  @Test
  void theClinicianCompletesANeedlingSessionWatchingItsCodesChangeWithTheMinutes() {
    PatientId patient = scenarios.evaluatedPatient("Nadia Needling", 6);
    String visit = checkedIn("/api/needling-sessions", patient, at(10));
    WebDriver driver = signedInAsTheClinician();

    driver.get(api.baseUrl() + "/staff/clinic");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("My day");
    assertThat(row(driver, visit).getText()).contains("Nadia Needling").contains("Checked in");
    row(driver, visit).findElement(By.className("complete")).click();
    waiting(driver).until(ExpectedConditions.urlContains("/complete"));

    assertThat(driver.findElement(By.id("charges-refused")).getText())
        .contains("Say how many muscles were needled");
    driver.findElement(By.cssSelector("input[name=muscles][value=ONE_OR_TWO]")).click();
    waitForCodes(driver, "20560x1");
    type(driver.findElement(By.id("exerciseMinutes")), "7");
    waitForCodes(driver, "20560x1");
    type(driver.findElement(By.id("exerciseMinutes")), "23");
    waitForCodes(driver, "20560x1", "97110x2");
    assertThat(driver.findElement(By.id("charges-total")).getText()).contains("Total");
    Accessibility.check(driver, "the needling completion form");

    driver.findElement(By.cssSelector("#completion button[type=submit]")).click();

    completed(driver);
    assertThat(row(driver, visit).findElement(By.className("status")).getText()).isEqualTo("Done");
    assertThat(row(driver, visit).findElements(By.className("complete"))).isEmpty();
  }

  @Test
  void theClinicianCompletesAnEvaluationWithDiagnosesFoundBySearch() {
    PatientId patient = scenarios.patient("Elias Evaluation");
    String visit = checkedIn("/api/evaluations", patient, at(13));
    WebDriver driver = signedInAsTheClinician();
    driver.get(api.baseUrl() + "/staff/clinic/visits/" + visit + "/complete");

    driver.findElement(By.cssSelector("input[name=complexity][value=MODERATE]")).click();
    for (String question :
        List.of(
            "pregnancy",
            "bleedingDisorderOrAnticoagulants",
            "compromisedImmunity",
            "skinInfectionAtSite",
            "metalAllergy",
            "uncontrolledDiabetes")) {
      driver.findElement(By.cssSelector("input[name=" + question + "][value=false]")).click();
    }
    driver.findElement(By.id("diagnosisSearch")).sendKeys("sciatica");
    waiting(driver)
        .until(
            ExpectedConditions.not(
                ExpectedConditions.textToBePresentInElementLocated(
                    By.id("diagnosis-choices"), "M54.50")));
    assertThat(driver.findElement(By.id("diagnosis-choices")).getText())
        .contains("M54.41")
        .contains("M54.42");
    driver.findElement(By.cssSelector("input[name=diagnoses][value='M54.41']")).click();
    driver.findElement(By.id("otherDiagnosis")).sendKeys("XYZ");
    type(driver.findElement(By.id("sessionsAllowed")), "8");
    type(driver.findElement(By.id("sessionsPerWeek")), "2");
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
            driver.findElement(By.id("certifiedUntil")),
            DAY.plusDays(60).toString());

    driver.findElement(By.cssSelector("#completion button[type=submit]")).click();

    waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("diagnoses-error")));
    assertThat(driver.findElement(By.id("diagnoses-error")).getText())
        .isEqualTo("'XYZ' is not an ICD-10-CM code such as M54.50");
    assertThat(
            driver
                .findElement(By.cssSelector("input[name=diagnoses][value='M54.41']"))
                .isSelected())
        .isTrue();
    driver.findElement(By.cssSelector("input[name=diagnoses][value='XYZ']")).click();
    waitForCodes(driver, "97162x1");
    Accessibility.check(driver, "the evaluation completion form");

    driver.findElement(By.cssSelector("#completion button[type=submit]")).click();

    completed(driver);
    assertThat(row(driver, visit).findElement(By.className("status")).getText()).isEqualTo("Done");
    assertThat(ok(api.get("/api/visits/" + visit + "/charges", "billing")).json().toString())
        .contains("97162");
  }
}
