package org.careflow.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.FileAppender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The run command's entry point ({@code ./run.sh} runs this jar): starts the whole suite
 * with data kept in {@code <repo>/.careflow}, prints where everything is, and runs until
 * Ctrl-C.
 */
public final class LocalStackMain {

	private static final String USAGE = """
			Usage: java -jar local-stack/target/local-stack-exec.jar [options]
			  --repo=DIR             repository root (default: found from the current directory)
			  --work-dir=DIR         data and logs (default: <repo>/.careflow)
			  --port-offset=N        add N to every default port
			  --infrastructure-only  Kafka, MongoDB, SMTP and Keycloak, no services
			  --no-demo-data         do not seed the demo doctors, hours and patient
			  --in-memory            keep no data between runs
			  --no-aot-cache         start the services without a JDK AOT cache, train none
			""";

	private LocalStackMain() {
	}

	public static void main(String[] args) throws InterruptedException {
		LocalStackSettings settings;
		try {
			settings = parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.print(USAGE);
			System.exit(2);
			return;
		}
		configureLogging(settings.workDir().resolve("logs"));
		Logger log = LoggerFactory.getLogger(LocalStackMain.class);
		long started = System.nanoTime();
		LocalStack stack;
		try {
			stack = LocalStack.start(settings);
		}
		catch (RuntimeException ex) {
			log.error("CareFlow did not start: {}", ex.getMessage());
			System.exit(1);
			return;
		}
		System.out.println(banner(stack, settings, Duration.ofNanos(System.nanoTime() - started)));
		// the shutdown hook registered by LocalStack stops everything on Ctrl-C or
		// SIGTERM
		new CountDownLatch(1).await();
	}

	static LocalStackSettings parse(String[] args) {
		Path repo = null;
		Path workDir = null;
		Integer portOffset = null;
		boolean infrastructureOnly = false;
		boolean demoData = true;
		boolean inMemory = false;
		boolean aotCache = true;
		for (String arg : args) {
			String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
			switch (arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg) {
				case "--repo" -> repo = Path.of(value);
				case "--work-dir" -> workDir = Path.of(value);
				case "--port-offset" -> portOffset = Integer.valueOf(value);
				case "--infrastructure-only" -> infrastructureOnly = true;
				case "--no-demo-data" -> demoData = false;
				case "--in-memory" -> inMemory = true;
				case "--no-aot-cache" -> aotCache = false;
				default -> throw new IllegalArgumentException("Unknown option: " + arg);
			}
		}
		LocalStackSettings settings = LocalStackSettings.runCommand((repo != null) ? repo : findRepository());
		if (workDir != null) {
			settings = settings.withWorkDir(workDir);
		}
		if (portOffset != null) {
			settings = settings.withPortOffset(portOffset);
		}
		if (infrastructureOnly) {
			settings = settings.infrastructureOnly();
		}
		return settings.withDemoData(demoData).withPersistentData(!inMemory).withAotCache(aotCache);
	}

	/**
	 * The nearest directory, from the current one upwards, that holds the local-stack
	 * module.
	 */
	private static Path findRepository() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve("local-stack/pom.xml"))) {
				return dir;
			}
		}
		throw new IllegalArgumentException("Run this from the CareFlow repository, or pass --repo=DIR");
	}

	private static String banner(LocalStack stack, LocalStackSettings settings, Duration took) {
		StringBuilder services = new StringBuilder();
		for (String module : settings.services()) {
			services.append(String.format("   %-22s %s%n", module, stack.serviceUrl(module)));
		}
		String line = "=".repeat(78);
		return """

				%s
				  CareFlow is ready (started in %d s)

				  Portal and API         %s   (the web portal at /)
				  Keycloak               %s   admin console: %s/admin  (admin / admin)
				  Mailbox viewer         %s   (every email the platform sends)
				%s
				  Demo accounts, realm careflow, password "careflow-demo":
				    admin@careflow.local        admin
				    doctor@careflow.local       doctor   Gregory House, Internal Medicine
				    doctor2@careflow.local      doctor   Meredith Grey, General Surgery
				    nurse@careflow.local        nurse
				    pharmacist@careflow.local   pharmacist
				    patient@careflow.local      patient  Jane Doe

				  Logs                   %s
				  Data                   %s
				  Stop with Ctrl-C.
				%s
				""".formatted(line, took.toSeconds(), stack.gatewayUrl(), stack.keycloakUrl(), stack.keycloakUrl(),
				stack.mailboxUrl(), services.isEmpty() ? "" : "\n  Services\n" + services, stack.logsDir(),
				settings.persistentData() ? stack.workDir() + "   (delete it to start from scratch)" : "in memory",
				line);
	}

	/**
	 * Progress on the console, everything (Kafka included) in logs/local-stack.log. Done
	 * in code because a logback.xml in this jar would take over the logging of every
	 * module using it.
	 */
	private static void configureLogging(Path logsDir) {
		Directories.create(logsDir);
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		context.reset();
		FileAppender<ILoggingEvent> file = new FileAppender<>();
		file.setContext(context);
		file.setFile(logsDir.resolve("local-stack.log").toString());
		file.setAppend(false);
		file.setEncoder(encoder(context, "%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n"));
		file.start();
		ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
		console.setContext(context);
		console.setEncoder(encoder(context, "%d{HH:mm:ss} %msg%n"));
		console.start();
		ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		root.setLevel(Level.INFO);
		root.addAppender(file);
		context.getLogger("org.careflow").addAppender(console);
	}

	private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
		PatternLayoutEncoder encoder = new PatternLayoutEncoder();
		encoder.setContext(context);
		encoder.setPattern(pattern);
		encoder.start();
		return encoder;
	}

}
