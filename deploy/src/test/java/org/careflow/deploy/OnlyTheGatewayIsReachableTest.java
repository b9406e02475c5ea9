package org.careflow.deploy;

import java.util.Map;

import org.careflow.deploy.NetworkPolicies.Peer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network the base's policies leave: the gateway's API port for everyone, the
 * services' API ports (with their /internal/** calls) for CareFlow's own pods, management
 * ports for monitoring.
 */
class OnlyTheGatewayIsReachableTest {

	static final Iterable<String> services = CareFlowServices.BEHIND_THE_GATEWAY;

	private static final Peer OUTSIDE = new Peer(Map.of("kubernetes.io/metadata.name", "ingress-nginx"), Map.of(),
			false);

	private static final Peer STRANGER_IN_THE_NAMESPACE = new Peer(Map.of(), Map.of("app", "debug-shell"), true);

	private static final Peer MONITORING = new Peer(Map.of("kubernetes.io/metadata.name", "monitoring"),
			Map.of("app", "prometheus"), false);

	private final NetworkPolicies policies = new NetworkPolicies(Manifests.base().ofKind("NetworkPolicy"));

	@Test
	void anyoneReachesTheGatewaysApiButNotItsManagementPort() {
		Map<String, Object> gateway = podLabels("gateway");

		assertThat(this.policies.allows(OUTSIDE, gateway, "http")).isTrue();
		assertThat(this.policies.allows(STRANGER_IN_THE_NAMESPACE, gateway, "http")).isTrue();
		assertThat(this.policies.allows(OUTSIDE, gateway, "management")).isFalse();
		assertThat(this.policies.allows(MONITORING, gateway, "management")).isTrue();
	}

	@ParameterizedTest
	@FieldSource("services")
	void aServiceIsReachedOnlyFromCareFlowsOwnPods(String service) {
		Map<String, Object> target = podLabels(service);

		assertThat(this.policies.allows(OUTSIDE, target, "http")).isFalse();
		assertThat(this.policies.allows(STRANGER_IN_THE_NAMESPACE, target, "http")).isFalse();
		assertThat(this.policies.allows(MONITORING, target, "http")).isFalse();
		for (String caller : CareFlowServices.ALL) {
			Peer careflow = new Peer(Map.of(), podLabels(caller), true);
			assertThat(this.policies.allows(careflow, target, "http")).as("%s → %s", caller, service).isTrue();
			assertThat(this.policies.allows(careflow, target, "management")).isFalse();
		}
		assertThat(this.policies.allows(MONITORING, target, "management")).isTrue();
	}

	@Test
	void onlyTheGatewayIsPublishedOutsideTheCluster() {
		Manifests base = Manifests.base();

		assertThat(base.ofKind("Ingress")).singleElement()
			.satisfies((ingress) -> assertThat(ingress.list("spec", "rules"))
				.allSatisfy((rule) -> assertThat(K8sObject.at(rule, "http", "paths", "0", "backend", "service", "name"))
					.isEqualTo("gateway")));
		assertThat(base.ofKind("Service")).allSatisfy((service) -> assertThat(service.at("spec", "type")).isNull());
	}

	@Test
	void withoutTheDefaultDenyEverythingWouldBeOpen() {
		// the policies are read as Kubernetes reads them: a pod no policy selects takes
		// anything
		NetworkPolicies none = new NetworkPolicies(java.util.List.of());

		assertThat(none.allows(OUTSIDE, podLabels("patient-service"), "http")).isTrue();
	}

	private static Map<String, Object> podLabels(String service) {
		return Manifests.base().one("Deployment", service).map("spec", "template", "metadata", "labels");
	}

}
