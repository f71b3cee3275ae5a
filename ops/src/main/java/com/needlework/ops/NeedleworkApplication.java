package com.needlework.ops;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication(scanBasePackages = "com.needlework")
@ConfigurationPropertiesScan
public class NeedleworkApplication {

  public static void main(String[] args) {
    SpringApplication.run(NeedleworkApplication.class, args);
  }
}
