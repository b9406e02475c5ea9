package org.careflow.testinfra;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Starts a service that is expected to refuse to start (a secret missing, a broken
 * template), on the tests' in-memory database, random ports and a Kafka address nobody
 * answers: a refusal comes before anything remote is contacted.
 */
public final class RefusedStart {

	private RefusedStart() {
	}

	/**
	 * @param start starts the service with these arguments, e.g.
	 * {@code args -> new SpringApplicationBuilder(App.class).run(args)}
	 * @param database the in-memory database it may use
	 * @param arguments what this start is about, e.g.
	 * {@code --careflow.links.signing-key=}
	 * @return the messages of the failure and each of its causes, one per line
	 * @throws AssertionError if the service started
	 */
	public static String messages(Function<String[], ? extends AutoCloseable> start, String database,
			String... arguments) {
		List<String> args = new ArrayList<>(List.of(arguments));
		args.addAll(List.of("--server.port=0", "--management.server.port=0",
				"--spring.mongodb.uri=" + TestInfrastructure.mongo().uri(database),
				"--spring.kafka.bootstrap-servers=127.0.0.1:9"));
		AutoCloseable started;
		try {
			started = start.apply(args.toArray(String[]::new));
		}
		catch (RuntimeException failure) {
			return messagesOf(failure);
		}
		try {
			started.close();
		}
		catch (Exception ignored) {
			// the assertion below is what matters
		}
		throw new AssertionError("The service started with " + List.of(arguments));
	}

	private static String messagesOf(Throwable failure) {
		StringBuilder messages = new StringBuilder();
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			messages.append(cause.getMessage()).append('\n');
		}
		return messages.toString();
	}

}
