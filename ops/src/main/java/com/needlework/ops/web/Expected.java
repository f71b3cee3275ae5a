package com.needlework.ops.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Says, for a person, what kind of value a field or parameter takes. */
final class Expected {

  private static final Set<Class<?>> WHOLE_NUMBERS =
      Set.of(Integer.class, int.class, Long.class, long.class, Short.class, short.class);

  private Expected() {}

  static String describe(Class<?> type) {
    if (type == null) {
      return "a value of another kind";
    }
    if (type == OffsetDateTime.class) {
      return "an ISO-8601 date-time with offset, such as 2026-12-01T09:00:00-08:00";
    }
    if (type == LocalDate.class) {
      return "a date such as 2026-12-01";
    }
    if (type == LocalTime.class) {
      return "a time of day such as 08:00";
    }
    if (type == UUID.class || type.getSimpleName().endsWith("Id")) {
      return "an id (a UUID such as 3f2b6c1e-8d4a-4c8e-9a51-2b7f0d6e4a10)";
    }
    if (type.isEnum()) {
      return "one of "
          + Arrays.stream(type.getEnumConstants())
              .map(Object::toString)
              .collect(Collectors.joining(", "));
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (WHOLE_NUMBERS.contains(type)) {
      return "a whole number";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "a number";
    }
    return "a " + type.getSimpleName();
  }
}
