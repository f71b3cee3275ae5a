package com.needlework.ops.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A test in Chromium against the running application: one browser per class, signed out after each.
 */
public abstract class BrowserTest {

  protected static Browser browser;

  @LocalServerPort protected int port;

  @BeforeAll
  static void startBrowser() throws Exception {
    browser = Browser.start();
  }

  @AfterAll
  static void stopBrowser() throws Exception {
    browser.close();
  }

  @AfterEach
  void signOut() {
    browser.driver().manage().deleteAllCookies();
  }

  protected String url(String path) {
    return "http://localhost:" + port + path;
  }
}
