package com.needlework.ops.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalGenericConverter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Path variables and query parameters arrive as the kernel's own types: every kernel type that
 * parses itself from text ({@code PractitionerId.parse}, {@code VisitType.parse}, …) is converted
 * with that method, so its refusal is the answer; an empty parameter means none given.
 */
@Configuration(proxyBeanMethods = false)
class TypedValueConversions implements WebMvcConfigurer {

  private static final String KERNEL = "com.needlework.api.";

  @Override
  public void addFormatters(FormatterRegistry registry) {
    registry.addConverter(new ParsedFromText());
  }

  /** Text to a kernel type through its public static {@code parse(String)}. */
  static final class ParsedFromText implements ConditionalGenericConverter {

    private final Map<Class<?>, Optional<Method>> parsers = new ConcurrentHashMap<>();

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
      return null;
    }

    @Override
    public boolean matches(TypeDescriptor source, TypeDescriptor target) {
      return source.getType() == String.class && parser(target.getType()).isPresent();
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
      String text = (String) source;
      if (text == null || text.isBlank()) {
        return null;
      }
      try {
        return parser(targetType.getType()).orElseThrow().invoke(null, text);
      } catch (InvocationTargetException refused) {
        if (refused.getCause() instanceof RuntimeException cause) {
          throw cause;
        }
        throw new IllegalStateException(refused.getCause());
      } catch (IllegalAccessException notPublic) {
        throw new IllegalStateException(notPublic);
      }
    }

    private Optional<Method> parser(Class<?> type) {
      return parsers.computeIfAbsent(type, ParsedFromText::findParser);
    }

    private static Optional<Method> findParser(Class<?> type) {
      if (!type.getName().startsWith(KERNEL)) {
        return Optional.empty();
      }
      try {
        Method parse = type.getMethod("parse", String.class);
        boolean usable =
            Modifier.isStatic(parse.getModifiers()) && type.isAssignableFrom(parse.getReturnType());
        return usable ? Optional.of(parse) : Optional.empty();
      } catch (NoSuchMethodException noParser) {
        return Optional.empty();
      }
    }
  }
}
