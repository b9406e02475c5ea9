package org.careflow.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.careflow.localstack.mongo.BsonH2Backend;

/**
 * A MongoDB wire-protocol server (mongo-java-server) on 127.0.0.1. In memory for tests;
 * backed by an H2 file for the local stack so that data survives restarts (and even
 * {@code kill -9}), with documents and keys stored as BSON ({@link BsonH2Backend}). It
 * has no transactions, change streams or partial indexes, and CareFlow uses none of them.
 */
public final class EmbeddedMongo implements AutoCloseable {

	private final MongoServer server;

	private final int port;

	private EmbeddedMongo(MongoBackend backend, int port) {
		this.server = new MongoServer(backend);
		this.server.bind("127.0.0.1", port);
		this.port = this.server.getLocalAddress().getPort();
	}

	/**
	 * An empty server whose data vanishes on {@link #close()}; port 0 picks a free port.
	 */
	public static EmbeddedMongo inMemory(int port) {
		return new EmbeddedMongo(new MemoryBackend(), port);
	}

	/** A server that keeps its databases in the given H2 file (created if absent). */
	public static EmbeddedMongo persistent(int port, Path h2File) {
		try {
			Path parent = h2File.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new EmbeddedMongo(BsonH2Backend.open(h2File.toAbsolutePath()), port);
	}

	public int port() {
		return this.port;
	}

	/**
	 * {@code mongodb://127.0.0.1:<port>}; append {@code /<database>} for a service's URI.
	 */
	public String connectionString() {
		return "mongodb://127.0.0.1:" + this.port;
	}

	@Override
	public void close() {
		// closes the backend too, which commits and closes the H2 file
		this.server.shutdownNow();
	}

}
