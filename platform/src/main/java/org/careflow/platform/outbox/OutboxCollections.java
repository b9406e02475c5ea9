package org.careflow.platform.outbox;

import java.util.List;

/**
 * The MongoDB collections whose documents carry a {@code pendingEvents} list for the
 * relay.
 */
public record OutboxCollections(List<String> names) {

	public static OutboxCollections of(String... names) {
		return new OutboxCollections(List.of(names));
	}

}
