package org.careflow.deploy;

import java.util.List;
import java.util.Map;

/** One rendered Kubernetes object, read by paths through its maps and lists. */
record K8sObject(Map<String, Object> body) {

	String apiVersion() {
		return (String) this.body.get("apiVersion");
	}

	String kind() {
		return (String) this.body.get("kind");
	}

	String name() {
		return string("metadata", "name");
	}

	/** The value at this path of map keys and list indexes ("0"), or null. */
	Object at(String... path) {
		return at(this.body, path);
	}

	String string(String... path) {
		Object value = at(path);
		return (value != null) ? value.toString() : null;
	}

	@SuppressWarnings("unchecked")
	Map<String, Object> map(String... path) {
		Object value = at(path);
		return (value instanceof Map<?, ?> map) ? (Map<String, Object>) map : Map.of();
	}

	@SuppressWarnings("unchecked")
	List<Map<String, Object>> list(String... path) {
		Object value = at(path);
		return (value instanceof List<?> list) ? (List<Map<String, Object>>) list : List.of();
	}

	/** The pod template's only container (every CareFlow Deployment runs one). */
	K8sObject container() {
		List<Map<String, Object>> containers = list("spec", "template", "spec", "containers");
		if (containers.size() != 1) {
			throw new AssertionError(name() + " runs " + containers.size() + " containers, expected 1");
		}
		return new K8sObject(containers.get(0));
	}

	static Object at(Object start, String... path) {
		Object value = start;
		for (String step : path) {
			if (value instanceof Map<?, ?> map) {
				value = map.get(step);
			}
			else if (value instanceof List<?> list && step.chars().allMatch(Character::isDigit)) {
				int index = Integer.parseInt(step);
				value = (index < list.size()) ? list.get(index) : null;
			}
			else {
				return null;
			}
		}
		return value;
	}

}
