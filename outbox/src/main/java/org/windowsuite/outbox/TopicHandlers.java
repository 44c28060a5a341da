package org.windowsuite.outbox;

import java.util.Map;
import java.util.function.Consumer;

/**
 * A messaging adapter's consumed topics, each with the method its messages go through, so that an operator can feed
 * a dead-letter topic back into exactly that consumer after a fix ({@link DeadLetterReplay}).
 */
public interface TopicHandlers {

    Map<String, Consumer<String>> byTopic();
}
