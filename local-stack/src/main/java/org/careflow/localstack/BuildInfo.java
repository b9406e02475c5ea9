package org.careflow.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

/** Facts the Maven build filtered into {@code build.properties}. */
final class BuildInfo {

	private static final Properties PROPERTIES = load();

	private BuildInfo() {
	}

	static String keycloakVersion() {
		return value("keycloak.version").orElse("26.7.3");
	}

	/**
	 * The local Maven repository of the build that produced this jar (it holds Keycloak).
	 */
	static Optional<String> mavenLocalRepository() {
		return value("maven.local-repository");
	}

	private static Optional<String> value(String key) {
		String value = PROPERTIES.getProperty(key);
		// an unfiltered placeholder means the file was not processed by Maven (e.g. an
		// IDE build)
		return Optional.ofNullable(value).filter((v) -> !v.isBlank() && !v.startsWith("@"));
	}

	private static Properties load() {
		Properties properties = new Properties();
		try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
			if (in != null) {
				properties.load(in);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}
