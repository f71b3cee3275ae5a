package com.needlework.ops.axon;

import com.needlework.command.consistency.Reactions;
import com.needlework.query.consistency.ReadModels;
import com.needlework.query.consistency.ReadModels.ReadModel;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Fills {@code axon.eventhandling.processors.*} from the two sides' lists of processing groups, so
 * a group is named in one place ({@link ReadModels#ALL}, {@link Reactions#ALL}): every read model
 * and every reaction is a pooled streaming processor with a dead-letter queue. The settings have
 * the lowest precedence, so a configuration file or the command line can still change one. The
 * command side's transactional projections are subscribing and registered by the command side. Each
 * reads the events through {@link PromptEventSource}, which calls it as soon as new events commit.
 */
public class ProcessorSettings implements EnvironmentPostProcessor {

  private static final String PREFIX = "axon.eventhandling.processors.";
  private static final int READ_MODEL_BATCH = 100;
  private static final int REACTION_BATCH = 10;

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    environment
        .getPropertySources()
        .addLast(new MapPropertySource("needlework-processors", settings()));
  }

  static Map<String, Object> settings() {
    Map<String, Object> settings = new LinkedHashMap<>();
    for (ReadModel readModel : ReadModels.ALL) {
      pooled(settings, readModel.name(), readModel.segments(), READ_MODEL_BATCH);
    }
    for (String reaction : Reactions.ALL) {
      pooled(settings, reaction, 1, REACTION_BATCH);
    }
    return settings;
  }

  private static void pooled(Map<String, Object> settings, String group, int segments, int batch) {
    String key = PREFIX + group + ".";
    settings.put(key + "mode", "pooled");
    settings.put(key + "source", PromptEventSource.BEAN);
    settings.put(key + "thread-count", segments);
    settings.put(key + "initial-segment-count", segments);
    settings.put(key + "batch-size", batch);
    settings.put(key + "dlq.enabled", true);
    settings.put(key + "dlq.cache.enabled", true);
  }
}
