package com.needlework.ops.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Replaces the application's clock with one the tests can move. */
@TestConfiguration(proxyBeanMethods = false)
public class SettableClockConfiguration {

  @Bean
  @Primary
  SettableClock settableClock() {
    return new SettableClock();
  }
}
