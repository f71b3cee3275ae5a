package com.needlework.ops.workspace.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.ops.support.BrowserTest;
import com.needlework.ops.support.NeedleworkIntegrationTest;
import com.needlework.ops.workspace.Accessibility;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Billing in Chromium on the demo clinic: Ana Rivera's account, a payment against her open invoice,
 * her statement; the front desk may take payments but not open refunds.
 */
@NeedleworkIntegrationTest
class BillingBrowserIT extends BrowserTest {

  private WebDriver signIn(String username) {
    WebDriver driver = browser.driver();
    driver.get(url("/login"));
    driver.findElement(By.name("username")).sendKeys(username);
    driver.findElement(By.name("password")).sendKeys("demo");
    driver.findElement(By.cssSelector("#sign-in button")).click();
    waiting(driver).until(ExpectedConditions.urlContains("/staff/"));
    return driver;
  }

  private static WebDriverWait waiting(WebDriver driver) {
    return new WebDriverWait(driver, Duration.ofSeconds(10));
  }

  /** Opens Ana Rivera's account from the list of accounts. */
  private WebDriver anasAccount(String username) {
    WebDriver driver = signIn(username);
    driver.get(url("/staff/billing"));
    driver.findElement(By.linkText("Ana Rivera")).click();
    waiting(driver).until(ExpectedConditions.urlContains("/staff/billing/patients/"));
    return driver;
  }

  private static BigDecimal balance(WebDriver driver) {
    return new BigDecimal(driver.findElement(By.id("balance")).getText());
  }

  private static WebElement firstOpenInvoice(WebDriver driver) {
    return driver.findElements(By.cssSelector("#invoices tbody tr")).stream()
        .filter(row -> row.findElement(By.className("status")).getText().equals("Open"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("Ana has no open invoice"));
  }

  @Test
  void billingTakesAPaymentAndSeesTheBalanceAndTheInvoiceChange() throws Exception {
    WebDriver driver = anasAccount("billing");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Ana Rivera: account");
    Accessibility.check(driver, "a patient's account");
    BigDecimal before = balance(driver);
    String invoice = firstOpenInvoice(driver).getAttribute("data-invoice");

    driver.findElement(By.id("amount")).sendKeys("1.00");
    new Select(driver.findElement(By.id("method"))).selectByValue("CASH");
    new Select(driver.findElement(By.id("invoiceNumber"))).selectByValue(invoice);
    driver.findElement(By.cssSelector("#payment button[type=submit]")).click();

    waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
    assertThat(driver.findElement(By.id("done")).getText()).isEqualTo("The payment is recorded.");
    assertThat(balance(driver)).isEqualByComparingTo(before.subtract(BigDecimal.ONE));
    assertThat(
            driver
                .findElement(By.cssSelector("#invoices tr[data-invoice='" + invoice + "'] .status"))
                .getText())
        .isEqualTo("Partly paid");
    assertThat(driver.findElement(By.id("ledger")).getText()).contains("CASH");
  }

  @Test
  void aRefusedPaymentShowsTheSentenceNextToTheAmount() {
    WebDriver driver = anasAccount("billing");
    BigDecimal before = balance(driver);

    driver.findElement(By.id("amount")).sendKeys("ten dollars");
    driver.findElement(By.cssSelector("#payment button[type=submit]")).click();

    waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("payment-error")));
    assertThat(driver.findElement(By.id("payment-error")).getText())
        .isEqualTo("'ten dollars' is not an amount such as 30.00");
    assertThat(balance(driver)).isEqualByComparingTo(before);
  }

  @Test
  void theStatementDownloadsAsAPdfThroughThePageLink() throws Exception {
    WebDriver driver = anasAccount("billing");
    String link = driver.findElement(By.id("statement")).getAttribute("href");
    String session = driver.manage().getCookieNamed("NEEDLEWORK_SESSION").getValue();

    HttpResponse<byte[]> pdf =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(link))
                    .header("Cookie", "NEEDLEWORK_SESSION=" + session)
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());

    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
  }

  @Test
  void theFrontDeskIsRefusedTheRefundForm() {
    WebDriver driver = anasAccount("frontdesk");
    assertThat(driver.findElements(By.id("bookkeeping"))).isEmpty();
    String account = driver.getCurrentUrl().replaceAll("^.*/patients/", "");

    driver.get(url("/staff/billing/bookkeeping/patients/" + account));

    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
    assertThat(driver.findElements(By.id("refund"))).isEmpty();
  }

  @Test
  void theAccountsFilterByCreditAndTheDayCloseAndUnbilledShowTheirTables() {
    WebDriver driver = signIn("billing");
    driver.get(url("/staff/billing?show=credit&sort=balance"));
    assertThat(driver.findElement(By.id("accounts")).getText())
        .contains("Dev Patel")
        .doesNotContain("Ana Rivera");
    Accessibility.check(driver, "the accounts");

    driver.findElement(By.linkText("Day close")).click();
    waiting(driver).until(ExpectedConditions.urlContains("/day-close"));
    assertThat(driver.findElements(By.tagName("h1"))).hasSize(1);
    assertThat(driver.findElement(By.id("methods")).getText()).contains("Total");
    Accessibility.check(driver, "the day close");

    driver.get(url("/staff/billing/unbilled"));
    assertThat(driver.findElement(By.id("unbilled")).getText()).contains("Ana Rivera");
    Accessibility.check(driver, "the unbilled charges");
  }
}
