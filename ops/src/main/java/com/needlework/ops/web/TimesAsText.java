package com.needlework.ops.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.needlework.api.common.Refusal;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * Dates and times in request bodies only as ISO-8601 text with a four-digit year: not as epoch
 * numbers or arrays, which the standard deserializers also accept, and not with the expanded years
 * ISO-8601 allows (such as +999999999), whose arithmetic overflows and which PostgreSQL cannot
 * store.
 */
final class TimesAsText extends SimpleModule {

  private static final int FIRST_YEAR = 1;
  private static final int LAST_YEAR = 9999;

  TimesAsText() {
    super("TimesAsText");
    setDeserializerModifier(
        new BeanDeserializerModifier() {
          @Override
          public JsonDeserializer<?> modifyDeserializer(
              DeserializationConfig config, BeanDescription type, JsonDeserializer<?> standard) {
            Class<?> time = type.getBeanClass();
            return time.getPackageName().equals("java.time")
                    && TemporalAccessor.class.isAssignableFrom(time)
                ? new TextOnly(standard)
                : standard;
          }
        });
  }

  static boolean hasFourDigitYear(int year) {
    return year >= FIRST_YEAR && year <= LAST_YEAR;
  }

  private static final class TextOnly extends DelegatingDeserializer {

    TextOnly(JsonDeserializer<?> standard) {
      super(standard);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> standard) {
      return new TextOnly(standard);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
        return context.handleUnexpectedToken(handledType(), parser);
      }
      Object value = super.deserialize(parser, context);
      TemporalAccessor time =
          value instanceof Instant instant
              ? instant.atOffset(ZoneOffset.UTC)
              : (TemporalAccessor) value;
      if (time.isSupported(ChronoField.YEAR) && !hasFourDigitYear(time.get(ChronoField.YEAR))) {
        throw Refusal.invalid(
            "The year must have four digits (0001 to 9999), not " + time.get(ChronoField.YEAR));
      }
      return value;
    }
  }
}
