package org.careflow.patient.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * The clinic's logo file as a {@code data:} URI for the template, read once at start. A
 * logo that cannot be used stops the start, naming the file: a prescription without the
 * letterhead the clinic asked for is not what it wants printed.
 */
final class ClinicLogo {

	static final int MAX_BYTES = 512 * 1024;

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G' };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private ClinicLogo() {
	}

	static Optional<String> read(String path) {
		if (path == null || path.isBlank()) {
			return Optional.empty();
		}
		Path file = Path.of(path.strip());
		String what = "The clinic's logo " + file + " (CLINIC_LOGO)";
		byte[] bytes;
		try {
			if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
				throw new IllegalStateException(
						what + " must be a readable file of at most " + MAX_BYTES / 1024 + " kB");
			}
			bytes = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException(what + " cannot be read: " + ex.getMessage(), ex);
		}
		String type = startsWith(bytes, PNG) ? "image/png" : startsWith(bytes, JPEG) ? "image/jpeg" : null;
		if (type == null) {
			throw new IllegalStateException(what + " must be a PNG or JPEG picture");
		}
		return Optional.of("data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes));
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

}
