package org.careflow.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The objects one kustomization renders to, as {@code kubectl kustomize} prints them:
 * what an operator's {@code kubectl apply -k} would send to the cluster.
 */
final class Manifests {

	static final Path K8S = Path.of("k8s");

	static final Path BASE = K8S.resolve("base");

	static final Path DEV = K8S.resolve("overlays/dev");

	private static final Map<Path, Manifests> RENDERED = new ConcurrentHashMap<>();

	private final List<K8sObject> objects;

	private Manifests(List<K8sObject> objects) {
		this.objects = objects;
	}

	static Manifests base() {
		return RENDERED.computeIfAbsent(BASE, Manifests::render);
	}

	static Manifests dev() {
		return RENDERED.computeIfAbsent(DEV, Manifests::render);
	}

	List<K8sObject> all() {
		return this.objects;
	}

	List<K8sObject> ofKind(String kind) {
		return this.objects.stream().filter((object) -> object.kind().equals(kind)).toList();
	}

	K8sObject one(String kind, String name) {
		return this.objects.stream()
			.filter((object) -> object.kind().equals(kind) && object.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + kind + " named " + name));
	}

	/**
	 * The ConfigMap kustomize generated under this name (its real name carries a hash).
	 */
	K8sObject configMap(String generatedName) {
		return this.objects.stream()
			.filter((object) -> object.kind().equals("ConfigMap") && object.name().startsWith(generatedName + "-"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no ConfigMap generated as " + generatedName));
	}

	private static Manifests render(Path kustomization) {
		// the dev overlay takes the realm file from keycloak/, outside its own folder
		List<String> command = List.of("kubectl", "kustomize", "--load-restrictor", "LoadRestrictionsNone",
				kustomization.toString());
		try {
			Process kubectl = new ProcessBuilder(command).redirectErrorStream(false).start();
			String yaml = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			String errors = new String(kubectl.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!kubectl.waitFor(60, TimeUnit.SECONDS) || kubectl.exitValue() != 0) {
				throw new AssertionError(String.join(" ", command) + " failed: " + errors);
			}
			return new Manifests(parse(yaml));
		}
		catch (IOException ex) {
			throw new AssertionError("kubectl is needed to render the manifests (it carries kustomize): " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static List<K8sObject> parse(String yaml) {
		List<K8sObject> objects = new ArrayList<>();
		for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(yaml)) {
			if (document != null) {
				objects.add(new K8sObject((Map<String, Object>) document));
			}
		}
		return List.copyOf(objects);
	}

}
