package org.careflow.deploy;

import java.util.List;
import java.util.Map;

/**
 * Who may open a connection to a pod's port under a set of NetworkPolicies, as Kubernetes
 * decides it: a pod no policy selects takes anything; a selected pod takes only what one
 * of its policies' ingress rules lets in.
 */
final class NetworkPolicies {

	/**
	 * Where a connection comes from: its namespace's labels, its pod's labels, and
	 * whether it is the target's namespace.
	 */
	record Peer(Map<String, Object> namespaceLabels, Map<String, Object> podLabels, boolean sameNamespace) {
	}

	private final List<K8sObject> policies;

	NetworkPolicies(List<K8sObject> policies) {
		this.policies = policies;
	}

	boolean allows(Peer from, Map<String, Object> podLabels, String portName) {
		List<K8sObject> selecting = this.policies.stream()
			.filter((policy) -> policy.list("spec", "policyTypes").toString().contains("Ingress")
					|| policy.at("spec", "policyTypes") == null)
			.filter((policy) -> Selectors.matches(policy.map("spec", "podSelector"), podLabels))
			.toList();
		if (selecting.isEmpty()) {
			return true;
		}
		return selecting.stream()
			.flatMap((policy) -> policy.list("spec", "ingress").stream())
			.anyMatch((rule) -> coversPort(rule, portName) && admits(rule, from));
	}

	private static boolean coversPort(Map<String, Object> rule, String portName) {
		Object ports = rule.get("ports");
		if (!(ports instanceof List<?> list) || list.isEmpty()) {
			return true;
		}
		return list.stream().anyMatch((port) -> portName.equals(K8sObject.at(port, "port")));
	}

	private static boolean admits(Map<String, Object> rule, Peer from) {
		Object sources = rule.get("from");
		if (!(sources instanceof List<?> list) || list.isEmpty()) {
			return true;
		}
		return list.stream().anyMatch((source) -> admitsFrom(source, from));
	}

	@SuppressWarnings("unchecked")
	private static boolean admitsFrom(Object source, Peer from) {
		Object podSelector = K8sObject.at(source, "podSelector");
		Object namespaceSelector = K8sObject.at(source, "namespaceSelector");
		if (podSelector == null && namespaceSelector == null) {
			// an ipBlock: the cluster's own pods are not meant by these policies' address
			// ranges
			return false;
		}
		boolean namespaceMatches = (namespaceSelector != null)
				? Selectors.matches((Map<String, Object>) namespaceSelector, from.namespaceLabels())
				: from.sameNamespace();
		boolean podMatches = podSelector == null
				|| Selectors.matches((Map<String, Object>) podSelector, from.podLabels());
		return namespaceMatches && podMatches;
	}

	/**
	 * Label selectors: matchLabels and matchExpressions; an empty selector selects
	 * everything.
	 */
	static final class Selectors {

		private Selectors() {
		}

		@SuppressWarnings("unchecked")
		static boolean matches(Map<String, Object> selector, Map<String, Object> labels) {
			Map<String, Object> matchLabels = (Map<String, Object>) selector.getOrDefault("matchLabels", Map.of());
			boolean labelsMatch = matchLabels.entrySet()
				.stream()
				.allMatch((entry) -> entry.getValue().equals(labels.get(entry.getKey())));
			List<Map<String, Object>> expressions = (List<Map<String, Object>>) selector
				.getOrDefault("matchExpressions", List.of());
			return labelsMatch && expressions.stream().allMatch((expression) -> satisfies(expression, labels));
		}

		private static boolean satisfies(Map<String, Object> expression, Map<String, Object> labels) {
			Object value = labels.get(expression.get("key"));
			List<?> values = (List<?>) expression.getOrDefault("values", List.of());
			return switch ((String) expression.get("operator")) {
				case "In" -> value != null && values.contains(value);
				case "NotIn" -> value == null || !values.contains(value);
				case "Exists" -> value != null;
				case "DoesNotExist" -> value == null;
				default -> throw new IllegalArgumentException("operator " + expression.get("operator"));
			};
		}

	}

}
