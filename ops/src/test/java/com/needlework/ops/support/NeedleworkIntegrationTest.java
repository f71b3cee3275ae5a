package com.needlework.ops.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a real embedded PostgreSQL of its own (a fresh data folder under
 * target/), seeded with the demo clinic, served on a random port. Test classes with this annotation
 * share one application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "needlework.embedded-postgres.port=0",
      "needlework.data-dir=target/it-postgres/${random.uuid}",
      "needlework.demo=true"
    })
@Import(SettableClockConfiguration.class)
public @interface NeedleworkIntegrationTest {}
