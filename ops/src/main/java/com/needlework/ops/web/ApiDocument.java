package com.needlework.ops.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's title and how to sign in; the operations come from the controllers. */
@Configuration(proxyBeanMethods = false)
class ApiDocument {

  @Bean
  OpenAPI needleworkApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Needlework API")
                .version("0.1")
                .description(
                    "Scheduling and insurance for dry-needling physical-therapy clinics. Errors are"
                        + " RFC 9457 problem+json. Availability and discovery-call booking are"
                        + " public; everything else needs a staff login (HTTP Basic)."))
        .components(
            new Components()
                .addSecuritySchemes(
                    "staff", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList("staff"));
  }
}
