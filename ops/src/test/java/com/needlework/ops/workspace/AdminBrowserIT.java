package com.needlework.ops.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.ops.support.BrowserTest;
import com.needlework.ops.support.NeedleworkIntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The admin's pages in Chromium: rooms, staff logins, the fee schedule; refused to the desk. */
@NeedleworkIntegrationTest
class AdminBrowserIT extends BrowserTest {

  private WebDriver signIn(String username, String password) {
    WebDriver driver = browser.driver();
    driver.get(url("/login"));
    driver.findElement(By.name("username")).sendKeys(username);
    driver.findElement(By.name("password")).sendKeys(password);
    driver.findElement(By.cssSelector("#sign-in button")).click();
    waitFor(driver).until(ExpectedConditions.urlContains("/staff/day"));
    return driver;
  }

  private static WebDriverWait waitFor(WebDriver driver) {
    return new WebDriverWait(driver, Duration.ofSeconds(10));
  }

  private static void submit(WebDriver driver, String formId) {
    WebElement form = driver.findElement(By.id(formId));
    form.findElement(By.cssSelector("button[type=submit]")).click();
    waitFor(driver).until(ExpectedConditions.stalenessOf(form));
  }

  @Test
  void theAdminAddsARoomAndSeesItListed() {
    WebDriver driver = signIn("admin", "demo");
    driver.get(url("/staff/admin"));
    assertThat(driver.findElements(By.tagName("h1"))).hasSize(1);
    Accessibility.check(driver, "the admin index");

    driver.findElement(By.linkText("Rooms")).click();
    waitFor(driver).until(ExpectedConditions.urlContains("/staff/admin/rooms"));
    Accessibility.check(driver, "the rooms page");
    driver.findElement(By.cssSelector("#add-room input[name=name]")).sendKeys("Garden room");
    submit(driver, "add-room");

    assertThat(driver.findElement(By.id("rooms")).getText()).contains("Garden room");
  }

  @Test
  void aLoginTheAdminCreatesCanSignIn() {
    WebDriver driver = signIn("admin", "demo");
    driver.get(url("/staff/admin/staff"));
    driver.findElement(By.name("username")).sendKeys("sam.desk");
    driver.findElement(By.name("displayName")).sendKeys("Sam Desk");
    driver.findElement(By.cssSelector("input[name=roles][value=FRONT_DESK]")).click();
    driver.findElement(By.name("password")).sendKeys("sam-secret");
    submit(driver, "create-login");
    assertThat(driver.findElement(By.id("logins")).getText())
        .contains("sam.desk Sam Desk FRONT_DESK");

    driver.manage().deleteAllCookies();
    signIn("sam.desk", "sam-secret");

    assertThat(driver.findElement(By.cssSelector(".who")).getText()).isEqualTo("sam.desk");
  }

  @Test
  void theAdminSetsAFeeAndABadPriceIsRefusedAtItsField() {
    WebDriver driver = signIn("admin", "demo");
    driver.get(url("/staff/admin/fees"));
    driver.findElement(By.name("code")).sendKeys("97112");
    driver.findElement(By.name("description")).sendKeys("Neuromuscular re-education");
    driver.findElement(By.name("price")).sendKeys("lots");
    driver.findElement(By.name("effectiveFrom")).sendKeys("01022027");
    submit(driver, "set-fee");

    assertThat(driver.findElement(By.id("fee-price-error")).getText())
        .isEqualTo("'lots' is not an amount such as 30.00");
    assertThat(driver.findElement(By.name("code")).getAttribute("value")).isEqualTo("97112");

    driver.findElement(By.name("price")).clear();
    driver.findElement(By.name("price")).sendKeys("52.50");
    submit(driver, "set-fee");

    assertThat(driver.findElement(By.id("fees")).getText())
        .contains("97112 Neuromuscular re-education $52.50 2027-01-02");
    assertThat(driver.findElements(By.className("field-error"))).isEmpty();
  }

  @Test
  void theFrontDeskIsRefusedTheAdminPages() {
    WebDriver driver = signIn("frontdesk", "demo");

    driver.get(url("/staff/admin"));

    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
    driver.get(url("/staff/admin/rooms"));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
  }
}
