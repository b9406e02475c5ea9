package org.careflow.deploy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Locale;

import com.google.gson.Gson;
import com.google.gson.JsonElement;

/**
 * Kubernetes' own API schema for an object, as the Kubernetes Java client's models carry
 * it (generated from the OpenAPI document of Kubernetes 1.32): a field the API does not
 * know, a required field left out or a value of the wrong shape is refused, as the API
 * server's strict field validation would refuse it.
 */
final class KubernetesSchema {

	private static final String MODELS = "io.kubernetes.client.openapi.models.";

	private static final Gson GSON = new Gson();

	private KubernetesSchema() {
	}

	/** Throws {@link SchemaViolation} naming what the API would refuse. */
	static void validate(K8sObject object) {
		Method validate = validator(object.apiVersion(), object.kind());
		JsonElement json = GSON.toJsonTree(object.body());
		try {
			validate.invoke(null, json);
		}
		catch (InvocationTargetException ex) {
			throw new SchemaViolation(object.kind() + " " + object.name() + ": " + ex.getCause().getMessage());
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * {@code apps/v1} + {@code Deployment} → {@code V1Deployment.validateJsonElement}.
	 */
	private static Method validator(String apiVersion, String kind) {
		String version = apiVersion.substring(apiVersion.lastIndexOf('/') + 1);
		String model = MODELS + version.substring(0, 1).toUpperCase(Locale.ROOT) + version.substring(1) + kind;
		try {
			return Class.forName(model).getMethod("validateJsonElement", JsonElement.class);
		}
		catch (ReflectiveOperationException ex) {
			throw new SchemaViolation("no schema for " + apiVersion + " " + kind + " (" + model + ")");
		}
	}

	static final class SchemaViolation extends RuntimeException {

		SchemaViolation(String message) {
			super(message);
		}

	}

}
