package com.needlework.ops.web;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Reads requests as they are written and refuses what it would otherwise have to guess. The JSON
 * features that have a property are in {@code spring.jackson.*} (duplicate keys, text after the
 * body, fractions for whole numbers, numbers for enums); here are those that need code: no number
 * or boolean is taken as text and no text as a boolean or number (decimal amounts such as "30.00"
 * excepted), no null inside a list, and dates and times only as ISO-8601 text with a four-digit
 * year, in bodies and in query parameters alike. Only the web's mapper is strict: Axon's, which
 * reads the stored events, stays as it was.
 */
@Configuration(proxyBeanMethods = false)
class StrictRequests implements WebMvcConfigurer {

  @Bean
  Jackson2ObjectMapperBuilderCustomizer strictJson() {
    return builder ->
        builder.postConfigurer(
            mapper -> {
              mapper
                  .coercionConfigFor(LogicalType.Textual)
                  .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                  .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                  .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
              mapper
                  .coercionConfigFor(BigDecimal.class)
                  .setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
              mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
              mapper.registerModule(new TimesAsText());
            });
  }

  @Override
  public void addFormatters(FormatterRegistry registry) {
    registry.addFormatterForFieldType(LocalDate.class, new FourDigitYearDates());
  }

  /** Query parameters such as {@code date=2026-12-07}; the default also takes +999999999-12-31. */
  static final class FourDigitYearDates implements Formatter<LocalDate> {

    @Override
    public LocalDate parse(String text, Locale locale) {
      LocalDate date = LocalDate.parse(text);
      if (!TimesAsText.hasFourDigitYear(date.getYear())) {
        throw new DateTimeParseException("Not a four-digit year", text, 0);
      }
      return date;
    }

    @Override
    public String print(LocalDate date, Locale locale) {
      return date.toString();
    }
  }
}
