package org.careflow.localstack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real Apache Kafka broker in KRaft mode (combined broker and controller, one node)
 * running inside this JVM on 127.0.0.1, with topic auto-creation and replication factor 1
 * everywhere. With a log directory it keeps its topics and consumer offsets across
 * restarts; without one it uses a temporary directory deleted on {@link #close()}.
 */
public final class EmbeddedKafka implements AutoCloseable {

	private final KafkaRaftServer server;

	private final int port;

	private final Path logDir;

	private final boolean temporary;

	private EmbeddedKafka(KafkaRaftServer server, int port, Path logDir, boolean temporary) {
		this.server = server;
		this.port = port;
		this.logDir = logDir;
		this.temporary = temporary;
	}

	/** A broker with a throw-away log directory; port 0 picks a free port. */
	public static EmbeddedKafka start(int port) {
		try {
			return start(port, 0, Files.createTempDirectory("careflow-kafka-"), true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A broker keeping its data in {@code logDir}; port 0 picks a free port. */
	public static EmbeddedKafka start(int port, int controllerPort, Path logDir) {
		return start(port, controllerPort, logDir, false);
	}

	private static EmbeddedKafka start(int port, int controllerPort, Path logDir, boolean temporary) {
		int brokerPort = Ports.orFree(port);
		int quorumPort = Ports.orFree(controllerPort);
		try {
			Files.createDirectories(logDir);
			Properties properties = brokerProperties(brokerPort, quorumPort, logDir);
			format(properties, logDir);
			KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
			server.startup();
			return new EmbeddedKafka(server, brokerPort, logDir, temporary);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Properties brokerProperties(int port, int controllerPort, Path logDir) {
		Properties p = new Properties();
		p.setProperty("process.roles", "broker,controller");
		p.setProperty("node.id", "1");
		p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
		p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
		p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
		p.setProperty("controller.listener.names", "CONTROLLER");
		p.setProperty("inter.broker.listener.name", "PLAINTEXT");
		p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
		p.setProperty("log.dirs", logDir.toAbsolutePath().toString());
		p.setProperty("auto.create.topics.enable", "true");
		// three, so a consumer may read a busy topic with three threads
		// (notification-service
		// sends emails that way); events of one aggregate share a key, so their order
		// holds
		p.setProperty("num.partitions", "3");
		p.setProperty("default.replication.factor", "1");
		p.setProperty("offsets.topic.replication.factor", "1");
		// one partition instead of 50: consumer groups become ready much sooner on a cold
		// broker
		p.setProperty("offsets.topic.num.partitions", "1");
		p.setProperty("transaction.state.log.replication.factor", "1");
		p.setProperty("transaction.state.log.min.isr", "1");
		p.setProperty("share.coordinator.state.topic.replication.factor", "1");
		p.setProperty("share.coordinator.state.topic.min.isr", "1");
		p.setProperty("group.initial.rebalance.delay.ms", "0");
		return p;
	}

	/** Writes meta.properties unless the directory was formatted by an earlier run. */
	private static void format(Properties properties, Path logDir) throws IOException {
		if (Files.isRegularFile(logDir.resolve("meta.properties"))) {
			return;
		}
		Path config = Files.createTempFile("careflow-kafka-", ".properties");
		try {
			try (OutputStream out = Files.newOutputStream(config)) {
				properties.store(out, "written by CareFlow's EmbeddedKafka to format its log directory");
			}
			ByteArrayOutputStream output = new ByteArrayOutputStream();
			String[] args = { "format", "--cluster-id", Uuid.randomUuid().toString(), "--config", config.toString() };
			if (StorageTool.execute(args, new PrintStream(output, true, StandardCharsets.UTF_8)) != 0) {
				throw new IllegalStateException("Formatting the Kafka log directory " + logDir + " failed: "
						+ output.toString(StandardCharsets.UTF_8));
			}
		}
		finally {
			Files.deleteIfExists(config);
		}
	}

	public int port() {
		return this.port;
	}

	/** {@code 127.0.0.1:<port>}, for {@code spring.kafka.bootstrap-servers}. */
	public String bootstrapServers() {
		return "127.0.0.1:" + this.port;
	}

	@Override
	public void close() {
		this.server.shutdown();
		this.server.awaitShutdown();
		if (this.temporary) {
			try {
				Directories.deleteRecursively(this.logDir);
			}
			catch (UncheckedIOException ex) {
				// a leftover temporary directory is harmless
			}
		}
	}

}
