package org.careflow.localstack;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The last lines of a log file, to explain a failed start without sending people hunting.
 */
final class LogTail {

	private static final int MAX_BYTES = 64 * 1024;

	private LogTail() {
	}

	static String of(Path file, int lines) {
		if (!Files.isRegularFile(file)) {
			return "(no log at " + file + ")";
		}
		try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
			long start = Math.max(0, raf.length() - MAX_BYTES);
			byte[] bytes = new byte[(int) (raf.length() - start)];
			raf.seek(start);
			raf.readFully(bytes);
			List<String> all = new String(bytes, StandardCharsets.UTF_8).lines().toList();
			List<String> tail = all.subList(Math.max(0, all.size() - lines), all.size());
			return "--- last lines of " + file + " ---\n" + String.join("\n", tail);
		}
		catch (IOException ex) {
			return "(cannot read " + file + ": " + ex.getMessage() + ")";
		}
	}

}
