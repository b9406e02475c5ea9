package org.careflow.deploy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Deployment, a Service, an autoscaler and a disruption budget per service, that agree.
 */
class EachServiceScalesOnItsOwnTest {

	static final Iterable<String> services = CareFlowServices.ALL;

	@ParameterizedTest
	@FieldSource("services")
	void hasItsDeploymentServiceAutoscalerAndBudgetSelectingItsPods(String service) {
		Manifests base = Manifests.base();
		K8sObject deployment = base.one("Deployment", service);
		Map<String, Object> podLabels = deployment.map("spec", "template", "metadata", "labels");

		assertThat(podLabels).containsEntry("app.kubernetes.io/name", service)
			.containsEntry("app.kubernetes.io/part-of", "careflow");
		assertThat(podLabels).containsAllEntriesOf(deployment.map("spec", "selector", "matchLabels"));
		assertThat(podLabels).containsAllEntriesOf(base.one("Service", service).map("spec", "selector"));
		assertThat(podLabels)
			.containsAllEntriesOf(base.one("PodDisruptionBudget", service).map("spec", "selector", "matchLabels"));
		assertThat(base.one("HorizontalPodAutoscaler", service).map("spec", "scaleTargetRef"))
			.containsEntry("kind", "Deployment")
			.containsEntry("name", service);
		assertThat(base.one("Service", service).list("spec", "ports"))
			.allSatisfy((port) -> assertThat(port).containsEntry("targetPort", "http"));
	}

	@ParameterizedTest
	@FieldSource("services")
	void leavesItsReplicaCountToItsAutoscaler(String service) {
		// a fixed count in the Deployment would undo the autoscaler's choice at every
		// apply
		assertThat(Manifests.base().one("Deployment", service).at("spec", "replicas")).isNull();
		K8sObject autoscaler = Manifests.base().one("HorizontalPodAutoscaler", service);
		assertThat(number(autoscaler, "spec", "minReplicas")).isBetween(1, number(autoscaler, "spec", "maxReplicas"));
		assertThat(autoscaler.list("spec", "metrics")).isNotEmpty();
	}

	@Test
	void theBusiestServiceMayRunFiveReplicasWhileDoctorsRunOne() {
		Manifests base = Manifests.base();

		assertThat(number(base.one("HorizontalPodAutoscaler", "appointment-service"), "spec", "maxReplicas"))
			.isGreaterThanOrEqualTo(5);
		assertThat(number(base.one("HorizontalPodAutoscaler", "doctor-service"), "spec", "minReplicas")).isEqualTo(1);
		// the parts users meet first survive losing a node
		assertThat(number(base.one("HorizontalPodAutoscaler", "gateway"), "spec", "minReplicas"))
			.isGreaterThanOrEqualTo(2);
		assertThat(number(base.one("HorizontalPodAutoscaler", "appointment-service"), "spec", "minReplicas"))
			.isGreaterThanOrEqualTo(2);
	}

	@Test
	void noDisruptionBudgetBlocksANodeDrainForGood() {
		for (Manifests manifests : new Manifests[] { Manifests.base(), Manifests.dev() }) {
			for (String service : CareFlowServices.ALL) {
				K8sObject budget = manifests.one("PodDisruptionBudget", service);
				int fewestReplicas = number(manifests.one("HorizontalPodAutoscaler", service), "spec", "minReplicas");
				if (budget.at("spec", "minAvailable") != null) {
					assertThat(number(budget, "spec", "minAvailable")).as("%s's budget", service)
						.isLessThan(fewestReplicas);
				}
				else {
					assertThat(number(budget, "spec", "maxUnavailable")).as("%s's budget", service).isPositive();
				}
			}
		}
	}

	private static int number(K8sObject object, String... path) {
		return ((Number) object.at(path)).intValue();
	}

}
