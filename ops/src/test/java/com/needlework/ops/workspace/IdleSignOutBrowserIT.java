package com.needlework.ops.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.ops.support.Browser;
import com.needlework.ops.support.NeedleworkIntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** Staff are signed out after the idle time (shortened here) and told why. */
@NeedleworkIntegrationTest
@TestPropertySource(properties = "needlework.staff.idle-timeout=2s")
class IdleSignOutBrowserIT {

  @LocalServerPort int port;

  @Test
  void anIdleSessionEndsAndTheSignInPageSaysWhy() throws Exception {
    try (Browser browser = Browser.start()) {
      WebDriver driver = browser.driver();
      driver.get("http://localhost:" + port + "/login");
      driver.findElement(By.name("username")).sendKeys("frontdesk");
      driver.findElement(By.name("password")).sendKeys("demo");
      driver.findElement(By.cssSelector("#sign-in button")).click();
      new WebDriverWait(driver, Duration.ofSeconds(5))
          .until(ExpectedConditions.urlContains("/staff/day"));

      // the day view keeps asking for its grid every two seconds: that is not activity
      new WebDriverWait(driver, Duration.ofSeconds(10))
          .until(ExpectedConditions.urlContains("/login?expired"));
      assertThat(driver.findElement(By.id("expired")).getText()).contains("without activity");
    }
  }
}
