package org.careflow.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Lua scripts wrk runs, written from this jar's {@code wrk/} resources into a work
 * directory: each is the shared part ({@code common.lua}: status counts, the report line)
 * followed by its own requests.
 */
final class WrkScripts {

	private final Path get;

	private final Path book;

	private WrkScripts(Path get, Path book) {
		this.get = get;
		this.book = book;
	}

	static WrkScripts writeTo(Path dir) {
		String common = resource("common.lua");
		return new WrkScripts(write(dir.resolve("get.lua"), common + resource("get.lua")),
				write(dir.resolve("book.lua"), common + resource("book.lua")));
	}

	/** GETs cycled from a file of {@code <path> <token index>} lines. */
	Path get() {
		return this.get;
	}

	/** Bookings, one slot file line each: {@code <doctorId> <start> <token index>}. */
	Path book() {
		return this.book;
	}

	private static Path write(Path file, String text) {
		try {
			return Files.writeString(file, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String resource(String name) {
		try (InputStream in = WrkScripts.class.getResourceAsStream("/wrk/" + name)) {
			if (in == null) {
				throw new IllegalStateException("wrk/" + name + " is missing from the jar");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
