package org.careflow.deploy;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each service's pod: probed where the service answers, confined, and given the memory it
 * uses.
 */
class PodsAreProbedHardenedAndSizedTest {

	static final Iterable<String> services = CareFlowServices.ALL;

	/**
	 * Metaspace, thread stacks, direct buffers and the JVM itself, beyond heap and code
	 * cache.
	 */
	private static final long NON_HEAP_ALLOWANCE = 192L << 20;

	@ParameterizedTest
	@FieldSource("services")
	void listensOnThePortsTheServiceOpensByDefault(String service) {
		Map<String, String> settings = CareFlowServices.settings(service);
		K8sObject container = Manifests.base().one("Deployment", service).container();

		assertThat(port(container, "http")).isEqualTo(Integer.parseInt(settings.get("SERVER_PORT")));
		assertThat(port(container, "management")).isEqualTo(Integer.parseInt(settings.get("MANAGEMENT_PORT")));
	}

	@ParameterizedTest
	@FieldSource("services")
	void isProbedOnItsManagementPort(String service) {
		K8sObject container = Manifests.base().one("Deployment", service).container();

		assertThat(container.map("startupProbe", "httpGet")).containsEntry("path", "/actuator/health/liveness")
			.containsEntry("port", "management");
		assertThat(container.map("livenessProbe", "httpGet")).containsEntry("path", "/actuator/health/liveness")
			.containsEntry("port", "management");
		assertThat(container.map("readinessProbe", "httpGet")).containsEntry("path", "/actuator/health/readiness")
			.containsEntry("port", "management");
	}

	@ParameterizedTest
	@FieldSource("services")
	void runsConfinedAsAnOrdinaryUser(String service) {
		K8sObject deployment = Manifests.base().one("Deployment", service);
		K8sObject container = deployment.container();

		assertThat(deployment.at("spec", "template", "spec", "securityContext", "runAsNonRoot")).isEqualTo(true);
		assertThat(deployment.at("spec", "template", "spec", "automountServiceAccountToken")).isEqualTo(false);
		assertThat(deployment.at("spec", "template", "spec", "enableServiceLinks")).isEqualTo(false);
		assertThat(container.map("securityContext")).containsEntry("allowPrivilegeEscalation", false)
			.containsEntry("readOnlyRootFilesystem", true);
		assertThat(container.at("securityContext", "capabilities", "drop")).asList().containsExactly("ALL");
		assertThat(container.list("volumeMounts"))
			.anySatisfy((mount) -> assertThat(mount).containsEntry("mountPath", "/tmp"));
	}

	@ParameterizedTest
	@FieldSource("services")
	void hasRoomForItsHeapCodeCacheAndTheRest(String service) {
		K8sObject container = Manifests.base().one("Deployment", service).container();
		long request = MemorySize.ofQuantity(container.string("resources", "requests", "memory"));
		long limit = MemorySize.ofQuantity(container.string("resources", "limits", "memory"));
		String jvm = Manifests.base().configMap("careflow-jvm").string("data", "JAVA_TOOL_OPTIONS");
		long heapAndCodeCache = MemorySize.ofJvmOption(jvm, "-Xmx")
				+ MemorySize.ofJvmOption(jvm, "-XX:ReservedCodeCacheSize=");

		assertThat(container.string("resources", "requests", "cpu")).isNotBlank();
		assertThat(request).isLessThanOrEqualTo(limit);
		// over the limit the kernel kills the JVM: leave it room beyond what -Xmx bounds
		assertThat(limit).isGreaterThanOrEqualTo(heapAndCodeCache + NON_HEAP_ALLOWANCE);
		assertThat(container.list("envFrom"))
			.anySatisfy((source) -> assertThat(K8sObject.at(source, "configMapRef", "name")).asString()
				.startsWith("careflow-jvm-"));
	}

	private static int port(K8sObject container, String name) {
		return container.list("ports")
			.stream()
			.filter((port) -> name.equals(port.get("name")))
			.map((port) -> ((Number) port.get("containerPort")).intValue())
			.findFirst()
			.orElseThrow(() -> new AssertionError("no port named " + name));
	}

}
