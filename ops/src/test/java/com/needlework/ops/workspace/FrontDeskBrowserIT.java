package com.needlework.ops.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.patient.PatientId;
import com.needlework.ops.support.Bodies;
import com.needlework.ops.support.Browser;
import com.needlework.ops.support.NeedleworkIntegrationTest;
import com.needlework.ops.support.Scenarios;
import com.needlework.ops.support.SettableClock;
import com.needlework.ops.support.TestApi;
import java.time.Duration;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The front desk in Chromium: booking from the day, refusals, the visit panel's actions, a race.
 */
@NeedleworkIntegrationTest
class FrontDeskBrowserIT {

  private static final String MAYA = "Maya Chen, DPT";

  private static Browser browser;

  @LocalServerPort int port;
  @Autowired CommandGateway commands;
  @Autowired JdbcClient jdbc;
  @Autowired SettableClock clock;

  private Scenarios scenarios;
  private TestApi api;

  @BeforeAll
  static void startBrowser() throws Exception {
    browser = Browser.start();
  }

  @AfterAll
  static void stopBrowser() throws Exception {
    browser.close();
  }

  @BeforeEach
  void scenarios() {
    scenarios = new Scenarios(commands, jdbc);
    api = new TestApi(port);
  }

  @AfterEach
  void signOutAndPutTheClockBack() {
    clock.reset();
    browser.driver().manage().deleteAllCookies();
  }

  @Test
  void theFrontDeskBooksANeedlingSessionFromTheDayAndSeesItThere() throws Exception {
    PatientId patient = scenarios.evaluatedPatient("Nora Bookwell", 6);
    LocalDate day = TestApi.weekdayAhead(14);
    WebDriver driver = signIn(browser.driver());
    driver.get(url("/staff/day?date=" + day));

    clickStable(driver, By.cssSelector("section[aria-label='" + MAYA + "'] a.book"));
    wait(driver).until(ExpectedConditions.urlContains("/staff/desk/book"));
    assertThat(
            new Select(driver.findElement(By.id("practitionerId")))
                .getFirstSelectedOption()
                .getText())
        .isEqualTo(MAYA);
    driver.findElement(By.id("patientName")).sendKeys("Bookwell");
    clickStable(driver, By.cssSelector("#patient-choices input[value='" + patient + "']"));
    String time = chooseFirstFreeTime(driver);
    Accessibility.check(driver, "the booking form");
    browser.screenshot("desk-booking");

    driver.findElement(By.id("book")).click();

    wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
    assertThat(driver.findElement(By.id("done")).getText()).contains("Booked");
    assertThat(driver.findElement(By.id("visit-who")).getText()).contains("Nora Bookwell");
    assertThat(driver.findElement(By.id("visit-what")).getText()).isEqualTo("Needling session");
    assertThat(driver.findElement(By.id("visit-when")).getText()).contains(time.split(" – ")[0]);
    assertThat(driver.findElement(By.id("visit-status")).getText()).isEqualTo("Booked");
    assertThat(driver.findElement(By.id("open-patient")).getAttribute("href"))
        .endsWith("/staff/patients/" + patient);
    Accessibility.check(driver, "the visit panel");
    browser.screenshot("desk-visit");

    driver.findElement(By.id("back-to-day")).click();
    wait(driver)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("section[aria-label='" + MAYA + "']"), "Nora Bookwell"));
  }

  @Test
  void aPatientWithAnOpenContraindicationIsRefusedWithTheRulesSentence() throws Exception {
    WebDriver driver = signIn(browser.driver());
    driver.get(
        url(
            "/staff/desk/book?visitType=NEEDLING_SESSION&practitionerId="
                + scenarios.demoPractitioner("Maya")
                + "&date="
                + TestApi.weekdayAhead(14)));

    driver.findElement(By.id("patientName")).sendKeys("Okafor");
    clickStable(
        driver, By.xpath("//div[@id='patient-choices']//label[contains(., 'Ben Okafor')]/input"));

    wait(driver)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("slots-refusal"), "Open contraindication"));
    assertThat(driver.findElements(By.cssSelector("#slots input[name=start]"))).isEmpty();
    browser.screenshot("desk-refused");
  }

  @Test
  void whenBenefitsAreUsedUpTheFormOffersSelfPayAndBooksItSo() {
    PatientId patient = scenarios.evaluatedPatient("Olga Usedup", 6);
    coverWithNoVisitsLeft(patient);
    WebDriver driver = signIn(browser.driver());
    driver.get(bookingFor(patient, scenarios.demoPractitioner("Priya"), TestApi.weekdayAhead(3)));
    chooseFirstFreeTime(driver);

    driver.findElement(By.id("book")).click();

    wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("patientId-error")));
    assertThat(driver.findElement(By.id("patientId-error")).getText()).contains("All 1");
    assertThat(driver.findElement(By.id("book")).getText()).isEqualTo("Book as self-pay");
    driver.findElement(By.cssSelector("#self-pay input[name=selfPayAcknowledged]")).click();
    settled(driver);
    chooseFirstFreeTime(driver);
    driver.findElement(By.id("book")).click();
    wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
    assertThat(driver.findElement(By.id("visit-coverage")).getText()).contains("Self-pay");
  }

  @Test
  void theDeskChecksInMovesAndCancelsVisits() throws Exception {
    PatientId patient = scenarios.evaluatedPatient("Paul Arrives", 6);
    PractitionerId priya = scenarios.demoPractitioner("Priya");
    RoomId room = scenarios.demoRoom("Room 3");
    LocalDate day = TestApi.weekdayAhead(15);
    String today =
        visit(api.bookTreatment("/api/needling-sessions", patient, priya, room, at(day, 11, 0)));
    String later =
        visit(
            api.bookTreatment(
                "/api/needling-sessions", patient, priya, room, at(day.plusDays(7), 11, 0)));
    clock.setNow(at(day, 8, 0));
    WebDriver driver = signIn(browser.driver());

    driver.get(url("/staff/desk/visits/" + today));
    assertThat(driver.findElement(By.id("late-notice")).getText()).contains("late cancellation");
    driver.findElement(By.id("check-in")).click();
    wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
    assertThat(driver.findElement(By.id("done")).getText()).isEqualTo("Checked in.");
    assertThat(driver.findElement(By.id("visit-status")).getText()).isEqualTo("Checked in");
    clock.reset();

    driver.get(url("/staff/desk/visits/" + later));
    String before = driver.findElement(By.id("visit-when")).getText();
    WebElement newTime = driver.findElements(By.cssSelector("#move input[name=start]")).get(0);
    String chosen = newTime.findElement(By.xpath("..")).getText().split(" – ")[0];
    newTime.click();
    driver.findElement(By.id("reschedule")).click();
    wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
    assertThat(driver.findElement(By.id("done")).getText()).isEqualTo("Moved to the new time.");
    assertThat(driver.findElement(By.id("visit-when")).getText())
        .isNotEqualTo(before)
        .contains(chosen);

    assertThat(driver.findElements(By.id("late-notice"))).isEmpty();
    driver.findElement(By.id("reason")).sendKeys("Patient is travelling");
    driver.findElement(By.id("cancel-visit")).click();
    wait(driver)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("done"), "Cancelled"));
    assertThat(driver.findElement(By.id("done")).getText()).isEqualTo("Cancelled.");
    assertThat(driver.findElement(By.id("visit-status")).getText()).isEqualTo("Cancelled");
    assertThat(driver.findElements(By.id("cancel-visit"))).isEmpty();
  }

  @Test
  void twoDesksBookingTheSameTimeOneBooksTheOtherIsToldItWasJustTaken() throws Exception {
    PatientId first = scenarios.evaluatedPatient("Quinn Racer", 6);
    PatientId second = scenarios.evaluatedPatient("Rosa Racer", 6);
    PractitionerId maya = scenarios.demoPractitioner("Maya");
    LocalDate day = TestApi.weekdayAhead(16);
    try (Browser other = Browser.start()) {
      WebDriver one = signIn(browser.driver());
      WebDriver two = signIn(other.driver());
      one.get(bookingFor(first, maya, day));
      two.get(bookingFor(second, maya, day));
      chooseFirstFreeTime(one);
      chooseFirstFreeTime(two);
      WebElement slotOne = one.findElement(By.cssSelector("#slots input[name=start]:checked"));
      String time = slotOne.getAttribute("value");
      assertThat(
              two.findElement(By.cssSelector("#slots input[name=start]:checked"))
                  .getAttribute("value"))
          .isEqualTo(time);
      String room = slotOne.findElement(By.xpath("../small")).getText();
      new Select(one.findElement(By.id("roomId"))).selectByVisibleText(room);
      new Select(two.findElement(By.id("roomId"))).selectByVisibleText(room);

      one.findElement(By.id("book")).click();
      two.findElement(By.id("book")).click();

      wait(one).until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
      assertThat(one.findElement(By.id("done")).getText()).contains("Booked");
      wait(two).until(ExpectedConditions.presenceOfElementLocated(By.id("taken")));
      assertThat(two.findElement(By.id("taken")).getText()).contains("That time was just taken");
      assertThat(two.findElements(By.cssSelector("#slots input[name=start]")))
          .isNotEmpty()
          .noneMatch(slot -> slot.getAttribute("value").equals(time));
      other.screenshot("desk-just-taken");
    }
  }

  private void coverWithNoVisitsLeft(PatientId patient) {
    TestApi.Response payer =
        api.post(
            "/api/payers",
            Bodies.payer(
                "Desk Test Plan",
                "D" + System.nanoTime() % 100000,
                "needlingCovered",
                true,
                "unattendedEstimCode",
                "97014"),
            "admin");
    assertThat(payer.status()).as(payer.text()).isEqualTo(201);
    api.coverageAdded(
        patient,
        Bodies.coverageWithCosts(
            payer.json().get("payerId").asText(),
            "M-" + patient.toString().substring(0, 8),
            1,
            LocalDate.now(TestApi.CLINIC_ZONE).minusYears(1),
            new Bodies.CostSharing("25.00", 20, "500.00", "125.50"),
            1,
            "subscriberRelation",
            "SELF",
            "priority",
            "PRIMARY"));
  }

  private static String visit(TestApi.Response booked) {
    return TestApi.created(booked).json().get("visitId").asText();
  }

  private static java.time.Instant at(LocalDate day, int hour, int minute) {
    return day.atTime(hour, minute).atZone(TestApi.CLINIC_ZONE).toInstant();
  }

  private String bookingFor(PatientId patient, PractitionerId practitioner, LocalDate day) {
    return url(
        "/staff/desk/book?visitType=NEEDLING_SESSION&patientId="
            + patient
            + "&practitionerId="
            + practitioner
            + "&date="
            + day);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private WebDriver signIn(WebDriver driver) {
    driver.get(url("/login"));
    driver.findElement(By.name("username")).sendKeys(TestApi.FRONT_DESK);
    driver.findElement(By.name("password")).sendKeys("demo");
    driver.findElement(By.cssSelector("#sign-in button")).click();
    wait(driver).until(ExpectedConditions.urlContains("/staff/day"));
    return driver;
  }

  private static WebDriverWait wait(WebDriver driver) {
    return new WebDriverWait(driver, Duration.ofSeconds(10));
  }

  /** Clicks what the page may be swapping in (the day refreshes itself, htmx swaps fragments). */
  private static void clickStable(WebDriver driver, By target) {
    wait(driver)
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              d.findElement(target).click();
              return true;
            });
  }

  /** Waits until no htmx request of the page is under way. */
  private static void settled(WebDriver driver) {
    wait(driver).until(d -> d.findElements(By.cssSelector(".htmx-request")).isEmpty());
  }

  /** Chooses the first free time offered, once the free times have arrived: its label. */
  private static String chooseFirstFreeTime(WebDriver driver) {
    By first = By.cssSelector("#slots input[name=start]");
    return wait(driver)
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              WebElement slot = d.findElement(first);
              if (!slot.isSelected()) {
                slot.click();
              }
              return slot.isSelected() ? slot.findElement(By.xpath("..")).getText() : null;
            });
  }
}
