package org.careflow.platform.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Writes audit entries in batches on its own thread. A read of a patient's data writes an
 * entry, and one insert per read was a fifth of a read's cost; batched, the request does
 * not wait for the database and a busy second writes a few bulk inserts instead of
 * hundreds. Nothing is dropped: a full queue makes the request wait (back-pressure), a
 * failed batch is retried until the database takes it, and stopping the service writes
 * what is queued. What a process killed outright (kill -9) had queued — at most the
 * entries of the last few milliseconds — is lost.
 */
class AuditWriter implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(AuditWriter.class);

	static final int CAPACITY = 10_000;

	static final int BATCH = 500;

	private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);

	private final BlockingQueue<AuditDocument> queue = new ArrayBlockingQueue<>(CAPACITY);

	private final MongoTemplate mongo;

	private volatile boolean running;

	private Thread writer;

	AuditWriter(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Queues an entry, waiting while the queue is full. */
	void write(AuditDocument entry) {
		try {
			this.queue.put(entry);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while recording an audit entry", ex);
		}
	}

	@Override
	public synchronized void start() {
		this.running = true;
		this.writer = Thread.ofPlatform().name("audit-writer").daemon().start(this::drain);
	}

	/** Writes what is queued, then stops. */
	@Override
	public synchronized void stop() {
		this.running = false;
		try {
			this.writer.join(Duration.ofSeconds(30));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (!this.queue.isEmpty()) {
			log.error("{} audit entries could not be written before the service stopped", this.queue.size());
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Stopped after the web server (which stops taking requests) and before MongoDB. */
	@Override
	public int getPhase() {
		return Integer.MIN_VALUE + 1000;
	}

	private void drain() {
		List<AuditDocument> batch = new ArrayList<>(BATCH);
		while (this.running || !this.queue.isEmpty()) {
			try {
				AuditDocument first = this.queue.poll(100, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				this.queue.drainTo(batch, BATCH - 1);
				writeUntilTaken(batch);
				batch.clear();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private void writeUntilTaken(List<AuditDocument> batch) throws InterruptedException {
		while (true) {
			try {
				this.mongo.bulkOps(BulkMode.UNORDERED, AuditDocument.class).insert(batch).execute();
				return;
			}
			catch (BulkOperationException ex) {
				if (onlyDuplicates(ex)) {
					// a retry of a batch the database had partly taken
					return;
				}
				pause(ex);
			}
			catch (DataAccessException ex) {
				pause(ex);
			}
		}
	}

	private static boolean onlyDuplicates(BulkOperationException ex) {
		return ex.getErrors().stream().allMatch(error -> error.getCode() == 11000);
	}

	private void pause(RuntimeException ex) throws InterruptedException {
		log.warn("Audit entries not written yet, retrying: {}", ex.getMessage());
		Thread.sleep(RETRY_PAUSE);
	}

}
