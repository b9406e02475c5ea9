package org.careflow.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every setting a service needs in a cluster reaches it, under the name it reads; every
 * credential comes from a Secret the operator makes, never from the manifests.
 */
class SettingsAndSecretsTest {

	static final Iterable<String> services = CareFlowServices.ALL;

	/** Credentials each service refuses to start without (its README: no default). */
	private static final Map<String, List<String>> CREDENTIALS = Map.of("gateway", List.of(), "patient-service",
			List.of("MONGODB_URI", "KEYCLOAK_CLIENT_SECRET", "LINK_SIGNING_KEY"), "doctor-service",
			List.of("MONGODB_URI", "KEYCLOAK_CLIENT_SECRET"), "scheduling-service", List.of("MONGODB_URI"),
			"appointment-service", List.of("MONGODB_URI", "KEYCLOAK_CLIENT_SECRET", "LINK_SIGNING_KEY"),
			"notification-service", List.of("MONGODB_URI", "LINK_SIGNING_KEY"));

	private static final Pattern CREDENTIAL_NAME = Pattern
		.compile(".*(SECRET|PASSWORD|USERNAME|_KEY|_KEY_PREVIOUS|MONGODB_URI)");

	/** Read by the JVM itself, not by the application. */
	private static final Set<String> JVM_SETTINGS = Set.of("JAVA_TOOL_OPTIONS");

	@ParameterizedTest
	@FieldSource("services")
	void everySettingThatPointsAtLocalhostByDefaultIsSet(String service) {
		// in a pod, localhost is the pod itself: MongoDB, Kafka, Keycloak, the SMTP relay
		// and the
		// other services are elsewhere
		Set<String> set = settingsGiven(Manifests.base(), service);
		CareFlowServices.settings(service).forEach((name, fallback) -> {
			if (fallback.contains("localhost")) {
				assertThat(set).as("%s's %s (default %s)", service, name, fallback).contains(name);
			}
		});
	}

	@ParameterizedTest
	@FieldSource("services")
	void everySettingGivenIsOneTheServiceReads(String service) {
		Set<String> reads = CareFlowServices.settings(service).keySet();
		Set<String> shared = configMapKeys(Manifests.base(), "careflow-endpoints");
		for (String name : settingsGiven(Manifests.base(), service)) {
			if (!JVM_SETTINGS.contains(name) && !shared.contains(name)) {
				assertThat(reads).as("%s is given %s, which it does not read", service, name).contains(name);
			}
		}
	}

	@Test
	void everySharedEndpointIsReadBySomeService() {
		Set<String> readBySome = new HashSet<>();
		CareFlowServices.ALL.forEach((service) -> readBySome.addAll(CareFlowServices.settings(service).keySet()));

		assertThat(readBySome).containsAll(configMapKeys(Manifests.base(), "careflow-endpoints"));
	}

	@ParameterizedTest
	@FieldSource("services")
	void itsCredentialsComeFromSecrets(String service) {
		K8sObject container = Manifests.base().one("Deployment", service).container();
		Set<String> fromSecrets = new TreeSet<>();
		for (Map<String, Object> variable : container.list("env")) {
			String name = (String) variable.get("name");
			if (CREDENTIAL_NAME.matcher(name).matches()) {
				assertThat(variable).as("%s's %s", service, name).doesNotContainKey("value");
			}
			if (K8sObject.at(variable, "valueFrom", "secretKeyRef") != null) {
				fromSecrets.add(name);
			}
		}
		assertThat(fromSecrets).containsAll(CREDENTIALS.get(service));
	}

	@Test
	void theBaseWritesNoSecretAndNoCredentialIntoAConfigMap() {
		assertThat(Manifests.base().ofKind("Secret")).isEmpty();
		for (K8sObject configMap : Manifests.base().ofKind("ConfigMap")) {
			assertThat(configMap.map("data").keySet()).noneMatch((key) -> CREDENTIAL_NAME.matcher(key).matches());
			assertThat(configMap.map("data").values())
				.noneMatch((value) -> value.toString().matches(".*://[^/]*:[^/]*@.*"));
		}
	}

	@Test
	void everySecretTheBaseNeedsIsDocumentedWithItsKeys() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		for (String secretAndKey : secretsReferenced(Manifests.base(), true)) {
			String[] parts = secretAndKey.split("/");
			assertThat(readme).as("deploy/README.md names the Secret %s", parts[0]).contains("`" + parts[0] + "`");
			if (parts.length > 1) {
				assertThat(readme).as("deploy/README.md names %s's key %s", parts[0], parts[1])
					.contains("`" + parts[1] + "`");
			}
		}
	}

	@Test
	void theDevOverlayMakesEverySecretItsPodsNeed() {
		Manifests dev = Manifests.dev();
		for (String secretAndKey : secretsReferenced(dev, false)) {
			String[] parts = secretAndKey.split("/");
			K8sObject secret = dev.ofKind("Secret")
				.stream()
				.filter((object) -> object.name().equals(parts[0]))
				.findFirst()
				.orElseThrow(() -> new AssertionError("the dev overlay makes no Secret " + parts[0]));
			if (parts.length > 1) {
				assertThat(secret.map("data")).as(secretAndKey).containsKey(parts[1]);
			}
		}
	}

	@Test
	void theDevOverlaysPatientDataKeysAreUsable() {
		K8sObject secret = Manifests.dev()
			.ofKind("Secret")
			.stream()
			.filter((object) -> object.name().startsWith("careflow-patient-data-keys-"))
			.findFirst()
			.orElseThrow();
		String file = new String(Base64.getMimeDecoder().decode(secret.string("data", "keys.properties")));

		assertThat(file).contains("current-key=dev-1");
		for (String line : file.lines()
			.filter((line) -> line.startsWith("key.") || line.startsWith("index-key="))
			.toList()) {
			byte[] key = Base64.getDecoder().decode(line.substring(line.indexOf('=') + 1));
			assertThat(key).as(line.substring(0, line.indexOf('='))).hasSizeGreaterThanOrEqualTo(32);
		}
	}

	/**
	 * Names of the env variables and of the ConfigMap keys the service's container is
	 * given.
	 */
	private static Set<String> settingsGiven(Manifests manifests, String service) {
		K8sObject container = manifests.one("Deployment", service).container();
		Set<String> names = new TreeSet<>();
		container.list("env").forEach((variable) -> names.add((String) variable.get("name")));
		for (Map<String, Object> source : container.list("envFrom")) {
			String configMap = (String) K8sObject.at(source, "configMapRef", "name");
			manifests.ofKind("ConfigMap")
				.stream()
				.filter((object) -> object.name().equals(configMap))
				.forEach((object) -> names.addAll(object.map("data").keySet()));
		}
		return names;
	}

	private static Set<String> configMapKeys(Manifests manifests, String generatedName) {
		return manifests.configMap(generatedName).map("data").keySet();
	}

	/**
	 * "secret/key" (or just "secret" for a whole mounted Secret) for every Secret the
	 * pods and the Ingress use; the optional ones too when asked.
	 */
	private static Set<String> secretsReferenced(Manifests manifests, boolean withOptional) {
		Set<String> referenced = new TreeSet<>();
		for (K8sObject deployment : manifests.ofKind("Deployment")) {
			for (Map<String, Object> variable : deployment.container().list("env")) {
				Object reference = K8sObject.at(variable, "valueFrom", "secretKeyRef");
				if (reference instanceof Map<?, ?> ref && (withOptional || !Boolean.TRUE.equals(ref.get("optional")))) {
					referenced.add(ref.get("name") + "/" + ref.get("key"));
				}
			}
			for (Map<String, Object> volume : deployment.list("spec", "template", "spec", "volumes")) {
				Object secretName = K8sObject.at(volume, "secret", "secretName");
				if (secretName != null) {
					referenced.add(secretName.toString());
				}
			}
		}
		if (withOptional) {
			for (K8sObject ingress : manifests.ofKind("Ingress")) {
				ingress.list("spec", "tls").forEach((tls) -> referenced.add((String) tls.get("secretName")));
			}
		}
		return referenced;
	}

}
