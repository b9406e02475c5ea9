package org.careflow.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The modules that run as their own Deployment, and the settings each reads from its
 * environment.
 */
final class CareFlowServices {

	static final List<String> ALL = List.of("gateway", "patient-service", "doctor-service", "scheduling-service",
			"appointment-service", "notification-service");

	static final List<String> BEHIND_THE_GATEWAY = ALL.subList(1, ALL.size());

	/** {@code ${NAME}} or {@code ${NAME:default}} in a module's application.yml. */
	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}$]*))?");

	private CareFlowServices() {
	}

	/**
	 * The environment variables the module's application.yml reads, each with its default
	 * as written there ("" when it has none).
	 */
	static Map<String, String> settings(String module) {
		Path file = Path.of("..", module, "src", "main", "resources", "application.yml");
		try {
			Map<String, String> settings = new LinkedHashMap<>();
			Matcher placeholder = PLACEHOLDER.matcher(Files.readString(file));
			while (placeholder.find()) {
				settings.putIfAbsent(placeholder.group(1), (placeholder.group(2) != null) ? placeholder.group(2) : "");
			}
			return settings;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
