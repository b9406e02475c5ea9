package org.careflow.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole CareFlow suite on one machine without Docker: MongoDB, Kafka and SMTP in this
 * JVM, Keycloak and the six services as child processes. {@link #close()} (also run by a
 * JVM shutdown hook, so Ctrl-C and SIGTERM work) stops everything it started: services
 * first, then Keycloak, Kafka, SMTP and MongoDB.
 */
public final class LocalStack implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

	/** A training takes about as long as a start; ten times that is a hung one. */
	private static final Duration AOT_TRAINING_TIMEOUT = Duration.ofMinutes(10);

	private final LocalStackSettings settings;

	private final LocalStackPorts ports;

	private final Map<String, ServiceProcess> services = new LinkedHashMap<>();

	private final List<ServiceReplica> replicas = new ArrayList<>();

	private final ExecutorService keycloakStarter = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "keycloak-starter");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<String, AotCache> aotCaches = new LinkedHashMap<>();

	private final ExecutorService aotTrainer = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "aot-training");
		thread.setDaemon(true);
		return thread;
	});

	private volatile CompletableFuture<Void> aotTraining = CompletableFuture.completedFuture(null);

	private final Thread shutdownHook = new Thread(this::close, "careflow-local-stack-shutdown");

	private volatile boolean closed;

	private CompletableFuture<KeycloakServer> keycloakStart;

	private final Map<String, String> keycloakVariables = new LinkedHashMap<>();

	private final ServiceWatchdog watchdog = new ServiceWatchdog(Duration.ofSeconds(2));

	private Map<String, String> clientSecrets = Map.of();

	private EmbeddedMongo mongo;

	private EmbeddedKafka kafka;

	private EmbeddedSmtp smtp;

	private KeycloakServer keycloak;

	private LocalStack(LocalStackSettings settings) {
		this.settings = settings;
		this.ports = settings.ports().resolved();
	}

	/**
	 * Starts everything and returns once Keycloak serves the realm and every service
	 * reports ready; on failure stops what was started and throws with the end of the
	 * failing log.
	 */
	public static LocalStack start(LocalStackSettings settings) {
		LocalStack stack = new LocalStack(settings);
		Runtime.getRuntime().addShutdownHook(stack.shutdownHook);
		try {
			stack.startAll();
			return stack;
		}
		catch (RuntimeException ex) {
			stack.close();
			throw ex;
		}
	}

	private void startAll() {
		Map<String, Path> jars = serviceJars();
		Directories.create(this.settings.logsDir());
		LeftoverProcesses.stopThoseOf(this.ports.gateway());
		checkPortsAreFree();
		KeycloakSettings keycloakSettings = keycloakSettings();
		this.clientSecrets = clientSecrets(keycloakSettings);
		KeycloakSettings withSecrets = keycloakSettings.withEnvironment(keycloakEnvironment());
		this.keycloakStart = CompletableFuture.supplyAsync(() -> KeycloakServer.start(withSecrets),
				this.keycloakStarter);
		startInfrastructure();
		jars.forEach(this::launchService);
		awaitKeycloak();
		awaitServices(new ArrayList<>(this.services.values()), this.settings.startupTimeout());
		this.watchdog.watch(List.copyOf(this.services.values()));
		this.aotTraining = trainAotCaches();
	}

	private boolean usesAotCache() {
		return this.settings.aotCache() && AotCache.supportedByThisJdk();
	}

	/**
	 * After the suite is ready, so it never delays a start: one service at a time, at a
	 * low priority. A service uses its cache from its next start (a restart by the
	 * watchdog included).
	 */
	private CompletableFuture<Void> trainAotCaches() {
		if (this.settings.aotCache() && !AotCache.supportedByThisJdk()) {
			log.info("JDK {}: services start without an AOT cache (it needs JDK {} or newer)",
					Runtime.version().feature(), AotCache.FIRST_JDK);
		}
		List<ServiceProcess> untrained = this.services.values()
			.stream()
			.filter((service) -> this.aotCaches.containsKey(service.module()))
			.filter((service) -> this.aotCaches.get(service.module()).needsTraining())
			.toList();
		if (untrained.isEmpty()) {
			return CompletableFuture.completedFuture(null);
		}
		log.info(
				"Training an AOT cache for {} in the background (a few minutes, once per build): "
						+ "their next starts take about half as long",
				untrained.stream().map(ServiceProcess::module).toList());
		return CompletableFuture.runAsync(() -> untrained.forEach(this::trainAotCache), this.aotTrainer);
	}

	private void trainAotCache(ServiceProcess service) {
		if (this.closed || Thread.currentThread().isInterrupted()) {
			return;
		}
		AotCache cache = this.aotCaches.get(service.module());
		Path trainingLog = this.settings.logsDir().resolve(service.module() + "-aot-training.log");
		long started = System.nanoTime();
		try {
			if (cache.train(service.environment(), trainingLog, AOT_TRAINING_TIMEOUT)) {
				log.info("AOT cache of {} trained in {} s ({} MB): used from its next start", service.module(),
						Duration.ofNanos(System.nanoTime() - started).toSeconds(),
						cache.file().toFile().length() / (1024 * 1024));
			}
			else {
				log.warn("Training the AOT cache of {} failed; it keeps starting without one (see {})",
						service.module(), trainingLog);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			log.warn("Training the AOT cache of {} failed: {}", service.module(), ex.toString());
		}
	}

	/**
	 * Completes when the AOT caches this start found missing are trained (at once when
	 * none were): a measurement should not share the machine with the training.
	 */
	public CompletableFuture<Void> aotTraining() {
		return this.aotTraining;
	}

	/**
	 * The realm's client secrets, by client id: kept beside the data when the data is
	 * kept (Keycloak imported them once), new on every start otherwise. Without its
	 * secrets file, kept Keycloak data would hold secrets nobody knows: it starts afresh.
	 */
	private Map<String, String> clientSecrets(KeycloakSettings keycloak) {
		RealmFile realm = RealmFile.of(keycloak);
		Path file = this.settings.workDir().resolve("client-secrets.properties");
		Map<String, String> byVariable;
		if (this.settings.persistentData()) {
			if (!Files.isRegularFile(file)) {
				Directories.deleteRecursively(keycloak.dataDir());
			}
			byVariable = ClientSecrets.loadOrCreate(file, realm.secretVariables().values());
		}
		else {
			byVariable = ClientSecrets.generate(realm.secretVariables().values());
		}
		Map<String, String> byClient = new LinkedHashMap<>();
		realm.secretVariables().forEach((client, variable) -> byClient.put(client, byVariable.get(variable)));
		this.keycloakVariables.putAll(byVariable);
		return byClient;
	}

	/**
	 * What the realm file's placeholders resolve to: client secrets and our SMTP server.
	 */
	private Map<String, String> keycloakEnvironment() {
		Map<String, String> environment = new LinkedHashMap<>(this.keycloakVariables);
		environment.put("CAREFLOW_SMTP_HOST", "127.0.0.1");
		environment.put("CAREFLOW_SMTP_PORT", String.valueOf(this.ports.smtp()));
		return environment;
	}

	private void startInfrastructure() {
		Path work = this.settings.workDir();
		boolean persistent = this.settings.persistentData();
		long started = System.nanoTime();
		this.mongo = persistent ? EmbeddedMongo.persistent(this.ports.mongo(), work.resolve("mongodb/careflow.mv"))
				: EmbeddedMongo.inMemory(this.ports.mongo());
		abortIfClosed();
		if (!persistent) {
			Directories.deleteRecursively(work.resolve("kafka"));
		}
		this.kafka = EmbeddedKafka.start(this.ports.kafka(), this.ports.kafkaController(), work.resolve("kafka"));
		abortIfClosed();
		this.smtp = EmbeddedSmtp.start(this.ports.smtp(), this.ports.mailbox());
		abortIfClosed();
		log.info("MongoDB {}, Kafka {}, SMTP port {} (mailbox {}) up in {} ms", this.mongo.connectionString(),
				this.kafka.bootstrapServers(), this.smtp.smtpPort(), this.smtp.mailboxUrl(),
				Duration.ofNanos(System.nanoTime() - started).toMillis());
	}

	private KeycloakSettings keycloakSettings() {
		return KeycloakSettings.persistent(this.settings.workDir().resolve("keycloak-data"))
			.withPort(this.ports.keycloak())
			.withManagementPort(this.ports.keycloakManagement())
			.withFreshData(!this.settings.persistentData())
			.withLogFile(this.settings.logsDir().resolve("keycloak.log"))
			.withJvmOptions(marked(KeycloakSettings.DEFAULT_JVM_OPTIONS));
	}

	/** The options, plus the mark that lets a later start find this run's processes. */
	private List<String> marked(List<String> jvmOptions) {
		List<String> options = new ArrayList<>(jvmOptions);
		options.add(LeftoverProcesses.marker(this.ports.gateway()));
		return options;
	}

	private void awaitKeycloak() {
		try {
			this.keycloak = this.keycloakStart.get();
			log.info("Keycloak ready at {}", this.keycloak.baseUrl());
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime : new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while starting Keycloak", ex);
		}
	}

	/**
	 * Fails before starting anything when a jar is missing, with the command that builds
	 * it.
	 */
	private Map<String, Path> serviceJars() {
		Map<String, Path> jars = new LinkedHashMap<>();
		List<String> missing = new ArrayList<>();
		for (String module : this.settings.services()) {
			Path jar = this.settings.repoRoot().resolve(module).resolve("target").resolve(module + ".jar");
			jars.put(module, jar);
			if (!Files.isRegularFile(jar)) {
				missing.add(jar.toString());
			}
		}
		if (!missing.isEmpty()) {
			throw new IllegalStateException("Service jars are missing: " + missing
					+ ". Build them first: ./mvnw -DskipTests package (or run ./run.sh)");
		}
		return jars;
	}

	private void checkPortsAreFree() {
		Ports.requireFree(this.ports.mongo(), "MongoDB");
		Ports.requireFree(this.ports.kafka(), "Kafka");
		Ports.requireFree(this.ports.kafkaController(), "Kafka controller");
		Ports.requireFree(this.ports.smtp(), "SMTP");
		Ports.requireFree(this.ports.mailbox(), "mailbox viewer");
		for (String module : this.settings.services()) {
			Ports.requireFree(this.ports.servicePort(module), module);
			Ports.requireFree(this.ports.managementPort(module), module + " management");
		}
	}

	private synchronized void launchService(String module, Path jar) {
		abortIfClosed();
		List<String> jvmOptions = marked(this.settings.serviceJvmOptions());
		Supplier<List<String>> launch = () -> List.of("-jar", jar.toString());
		if (usesAotCache()) {
			AotCache cache = new AotCache(module, jar, jvmOptions, this.settings.aotCacheDir().resolve(module));
			this.aotCaches.put(module, cache);
			launch = cache::launchArguments;
		}
		ServiceProcess service = new ServiceProcess(module, launch, this.ports.servicePort(module),
				environmentOf(module), jvmOptions, this.settings.logsDir().resolve(module + ".log"));
		this.services.put(module, service);
		service.start();
		log.info("Started {} (pid {}) on port {}; log: {}", module, service.pid(), service.port(), service.logFile());
	}

	/**
	 * What a service of this stack (or a replica, before its own ports) is started with.
	 */
	private Map<String, String> environmentOf(String module) {
		return new ServiceEnvironment(this.ports, this.kafka.bootstrapServers(), this.mongo.connectionString(),
				this.smtp.smtpPort(), this.settings.demoData(), this.clientSecrets, this.settings.environment(),
				this.settings.workDir())
			.of(module);
	}

	/**
	 * Polls every service until all are ready; fails fast, with the end of its log, as
	 * soon as one exits.
	 */
	private void awaitServices(List<ServiceProcess> pending, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		List<ServiceProcess> waiting = new ArrayList<>(pending);
		while (!waiting.isEmpty()) {
			abortIfClosed();
			for (ServiceProcess service : List.copyOf(waiting)) {
				if (!service.isAlive()) {
					throw new IllegalStateException(service.module() + " " + service.exitDescription()
							+ " while starting\n" + LogTail.of(service.logFile(), 40));
				}
				if (service.isReady()) {
					waiting.remove(service);
					log.info("{} ready {} s after it was started", service.module(), service.uptime().toSeconds());
				}
			}
			if (!waiting.isEmpty() && System.nanoTime() > deadline) {
				StringBuilder message = new StringBuilder("Not ready within " + timeout + ":");
				waiting.forEach((service) -> message.append(' ').append(service.module()));
				waiting.forEach((service) -> message.append('\n').append(LogTail.of(service.logFile(), 20)));
				throw new IllegalStateException(message.toString());
			}
			sleep(500);
		}
	}

	/**
	 * The gateway, {@code http://localhost:<port>}: the only entry point external apps
	 * use.
	 */
	public String gatewayUrl() {
		return serviceUrl("gateway");
	}

	/**
	 * {@code http://localhost:<port>} of one service module, e.g.
	 * {@code "scheduling-service"}.
	 */
	public String serviceUrl(String module) {
		return "http://localhost:" + this.ports.servicePort(module);
	}

	public String keycloakUrl() {
		return this.keycloak.baseUrl();
	}

	/**
	 * The running Keycloak, e.g. to obtain tokens with
	 * {@link KeycloakServer#accessToken}.
	 */
	public KeycloakServer keycloak() {
		return this.keycloak;
	}

	public String mailboxUrl() {
		return this.smtp.mailboxUrl();
	}

	public EmbeddedSmtp smtp() {
		return this.smtp;
	}

	public String kafkaBootstrapServers() {
		return this.kafka.bootstrapServers();
	}

	/** Without a database name: {@code mongodb://127.0.0.1:<port>}. */
	public String mongoConnectionString() {
		return this.mongo.connectionString();
	}

	/** The ports in use (zeros in the settings replaced by the ports chosen). */
	public LocalStackPorts ports() {
		return this.ports;
	}

	public Path logsDir() {
		return this.settings.logsDir();
	}

	public Path workDir() {
		return this.settings.workDir();
	}

	/** The pid of each running service's JVM, by module. */
	public synchronized Map<String, Long> servicePids() {
		Map<String, Long> pids = new LinkedHashMap<>();
		this.services.forEach((module, service) -> service.handle().ifPresent((h) -> pids.put(module, h.pid())));
		return pids;
	}

	/**
	 * Stops one service (SIGTERM, then SIGKILL after 20 s), e.g. to see how others cope.
	 * A service stopped here stays stopped (the watchdog restarts only those that die).
	 */
	public void stopService(String module) {
		service(module).stop();
		log.info("Stopped {}", module);
	}

	/**
	 * Starts a service stopped by {@link #stopService} again and waits until it is ready.
	 */
	public void startService(String module) {
		ServiceProcess service = service(module);
		synchronized (this) {
			abortIfClosed();
			service.start();
		}
		awaitServices(List.of(service), this.settings.startupTimeout());
	}

	/**
	 * Starts one more JVM of a service on free ports — a second replica sharing the
	 * stack's databases, Kafka and Keycloak — with {@code environment} on top of the
	 * stack's (e.g. a fail point), and waits until it is ready. Unlike the stack's own
	 * services it is not restarted when it dies; it is stopped with the stack.
	 */
	public ServiceReplica startReplica(String module, Map<String, String> environment) {
		ServiceReplica replica;
		synchronized (this) {
			abortIfClosed();
			service(module);
			int number = this.replicas.size() + 1;
			int port = Ports.freePort();
			Map<String, String> replicaEnvironment = new LinkedHashMap<>(environmentOf(module));
			replicaEnvironment.put("SERVER_PORT", String.valueOf(port));
			replicaEnvironment.put("MANAGEMENT_PORT", String.valueOf(Ports.freePort()));
			replicaEnvironment.putAll(environment);
			Path jar = this.settings.repoRoot().resolve(module).resolve("target").resolve(module + ".jar");
			AotCache cache = this.aotCaches.get(module);
			Supplier<List<String>> launch = (cache != null) ? cache::launchArguments
					: () -> List.of("-jar", jar.toString());
			ServiceProcess process = new ServiceProcess(module, launch, port, replicaEnvironment,
					marked(this.settings.serviceJvmOptions()),
					this.settings.logsDir().resolve(module + "-replica-" + number + ".log"));
			replica = new ServiceReplica(process);
			this.replicas.add(replica);
			process.start();
			log.info("Started replica {} of {} (pid {}) on port {}; log: {}", number, module, process.pid(), port,
					process.logFile());
		}
		awaitServices(List.of(replica.process()), this.settings.startupTimeout());
		return replica;
	}

	private synchronized ServiceProcess service(String module) {
		ServiceProcess service = this.services.get(module);
		if (service == null) {
			throw new IllegalArgumentException(
					module + " is not part of this stack; it runs " + this.services.keySet());
		}
		return service;
	}

	@Override
	public void close() {
		synchronized (this) {
			if (this.closed) {
				return;
			}
			this.closed = true;
		}
		log.info("Stopping the CareFlow local stack");
		List<ProcessHandle> running = new ArrayList<>();
		synchronized (this) {
			this.services.values().forEach((service) -> service.handle().ifPresent(running::add));
			this.replicas.forEach((replica) -> replica.process().handle().ifPresent(running::add));
		}
		this.watchdog.close();
		// interrupts a training, which then stops its JVM
		this.aotTrainer.shutdownNow();
		quietly("services", () -> Processes.stopTrees(running, Duration.ofSeconds(20)));
		quietly("AOT training", this::awaitTrainingStopped);
		quietly("Keycloak", this::stopKeycloak);
		quietly("Kafka", () -> Optional.ofNullable(this.kafka).ifPresent(EmbeddedKafka::close));
		quietly("SMTP", () -> Optional.ofNullable(this.smtp).ifPresent(EmbeddedSmtp::close));
		quietly("MongoDB", () -> Optional.ofNullable(this.mongo).ifPresent(EmbeddedMongo::close));
		try {
			Runtime.getRuntime().removeShutdownHook(this.shutdownHook);
		}
		catch (IllegalStateException ex) {
			// already shutting down: this is the hook
		}
		log.info("CareFlow local stack stopped");
	}

	/**
	 * Also interrupts a start still in progress, which then stops the half-started
	 * Keycloak.
	 */
	private void stopKeycloak() {
		this.keycloakStarter.shutdownNow();
		if (this.keycloakStart != null) {
			try {
				this.keycloakStart.get(60, TimeUnit.SECONDS).close();
			}
			catch (ExecutionException ex) {
				// it never started, so there is nothing to stop
			}
			catch (TimeoutException ex) {
				log.warn("Keycloak did not finish starting in time to be stopped cleanly");
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private void abortIfClosed() {
		if (this.closed) {
			throw new IllegalStateException("The local stack was stopped while starting");
		}
	}

	/**
	 * The interrupted training stops its JVM on the trainer's own (daemon) thread:
	 * without waiting for it, the launcher could exit first and leave that JVM running.
	 */
	private void awaitTrainingStopped() {
		try {
			if (!this.aotTrainer.awaitTermination(15, TimeUnit.SECONDS)) {
				log.warn("An AOT training did not stop within 15 s");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void quietly(String what, Runnable action) {
		try {
			action.run();
		}
		catch (RuntimeException ex) {
			log.warn("Stopping {} failed: {}", what, ex.toString());
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for services", ex);
		}
	}

}
