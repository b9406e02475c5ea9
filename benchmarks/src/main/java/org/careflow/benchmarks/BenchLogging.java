package org.careflow.benchmarks;

import java.nio.file.Path;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.FileAppender;
import org.slf4j.LoggerFactory;

/**
 * The launcher's log (Kafka, MongoDB, SMTP, the stack's own lines) goes to
 * {@code logs/local-stack.log} in the work dir, as with {@code ./run.sh}; the console
 * keeps the bench's progress and only the stack's warnings (a service that died and was
 * restarted, say), which a reader of the figures must see.
 */
final class BenchLogging {

	private BenchLogging() {
	}

	static void configure(Path logsDir) {
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		context.reset();
		FileAppender<ILoggingEvent> file = new FileAppender<>();
		file.setContext(context);
		file.setFile(logsDir.resolve("local-stack.log").toString());
		file.setAppend(false);
		file.setEncoder(encoder(context, "%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n"));
		file.start();
		ThresholdFilter warnings = new ThresholdFilter();
		warnings.setLevel(Level.WARN.toString());
		warnings.start();
		ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
		console.setContext(context);
		console.setEncoder(encoder(context, "    %d{HH:mm:ss} %-5level %msg%n"));
		console.addFilter(warnings);
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
