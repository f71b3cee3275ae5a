package com.needlework.ops.database;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns {@code DATABASE_URL} ({@code postgres://user:password@host:port/database} or a JDBC URL)
 * into {@code spring.datasource.*}, unless those are set explicitly.
 */
public class DatabaseUrlEnvironmentPostProcessor implements EnvironmentPostProcessor {

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    String databaseUrl = environment.getProperty("DATABASE_URL");
    if (databaseUrl == null
        || databaseUrl.isBlank()
        || environment.containsProperty("spring.datasource.url")) {
      return;
    }
    environment
        .getPropertySources()
        .addLast(new MapPropertySource("DATABASE_URL", parse(databaseUrl)));
  }

  static Map<String, Object> parse(String databaseUrl) {
    Map<String, Object> properties = new HashMap<>();
    if (databaseUrl.startsWith("jdbc:")) {
      properties.put("spring.datasource.url", databaseUrl);
      return properties;
    }
    URI uri = URI.create(databaseUrl);
    if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme())) {
      throw new IllegalStateException(
          "DATABASE_URL must start with postgres://, postgresql:// or jdbc:postgresql://");
    }
    int port = uri.getPort() > 0 ? uri.getPort() : 5432;
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    properties.put(
        "spring.datasource.url",
        "jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getRawPath() + query);
    if (uri.getRawUserInfo() != null) {
      String[] credentials = uri.getRawUserInfo().split(":", 2);
      properties.put("spring.datasource.username", decode(credentials[0]));
      if (credentials.length == 2) {
        properties.put("spring.datasource.password", decode(credentials[1]));
      }
    }
    return properties;
  }

  private static String decode(String value) {
    return URLDecoder.decode(value, StandardCharsets.UTF_8);
  }
}
