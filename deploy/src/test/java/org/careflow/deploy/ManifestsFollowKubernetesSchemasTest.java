package org.careflow.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What {@code kubectl apply} would send, checked against Kubernetes' API schemas without
 * a cluster: every object of the base and of the dev overlay.
 */
class ManifestsFollowKubernetesSchemasTest {

	static Stream<K8sObject> everyRenderedObject() {
		return Stream.concat(Manifests.base().all().stream(), Manifests.dev().all().stream());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyRenderedObject")
	void isValidForTheKubernetesApi(K8sObject object) {
		assertThatNoException().isThrownBy(() -> KubernetesSchema.validate(object));
	}

	@Test
	void theBaseHoldsWhatEachServiceNeeds() {
		List<String> kinds = Manifests.base().all().stream().map(K8sObject::kind).distinct().sorted().toList();
		assertThat(kinds).containsExactly("ConfigMap", "Deployment", "HorizontalPodAutoscaler", "Ingress",
				"NetworkPolicy", "PodDisruptionBudget", "Service");
	}

	@Test
	void aFieldTheApiDoesNotKnowIsRefused() {
		K8sObject gateway = Manifests.base().one("Deployment", "gateway");
		Map<String, Object> body = copy(gateway.body());
		containerOf(body).put("memoryLimit", "640Mi");

		assertThatThrownBy(() -> KubernetesSchema.validate(new K8sObject(body))).hasMessageContaining("memoryLimit");
	}

	@Test
	void aRequiredFieldLeftOutIsRefused() {
		K8sObject gateway = Manifests.base().one("Deployment", "gateway");
		Map<String, Object> body = copy(gateway.body());
		containerOf(body).remove("name");

		assertThatThrownBy(() -> KubernetesSchema.validate(new K8sObject(body))).hasMessageContaining("name");
	}

	@Test
	void aKindWithoutASchemaIsRefused() {
		K8sObject made = new K8sObject(
				Map.of("apiVersion", "careflow.org/v1", "kind", "Clinic", "metadata", Map.of("name", "x")));

		assertThatThrownBy(() -> KubernetesSchema.validate(made)).hasMessageContaining("no schema");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> containerOf(Map<String, Object> deployment) {
		return (Map<String, Object>) K8sObject.at(deployment, "spec", "template", "spec", "containers", "0");
	}

	/**
	 * A deep copy, so a test's change never reaches the rendered objects other tests
	 * read.
	 */
	@SuppressWarnings("unchecked")
	private static <T> T copy(T value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>();
			map.forEach((key, item) -> copy.put((String) key, copy(item)));
			return (T) copy;
		}
		if (value instanceof List<?> list) {
			List<Object> copy = new ArrayList<>();
			list.forEach((item) -> copy.add(copy(item)));
			return (T) copy;
		}
		return value;
	}

}
