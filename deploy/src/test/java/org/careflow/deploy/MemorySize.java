package org.careflow.deploy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sizes as Kubernetes quantities ({@code 640Mi}) and JVM options ({@code -Xmx256m}) write
 * them, in bytes.
 */
final class MemorySize {

	private static final Pattern QUANTITY = Pattern.compile("(\\d+)(Ki|Mi|Gi|k|M|G)?");

	private static final Pattern JVM_SIZE = Pattern.compile("(\\d+)([kKmMgG])?");

	private MemorySize() {
	}

	static long ofQuantity(String quantity) {
		Matcher matcher = QUANTITY.matcher(quantity);
		if (!matcher.matches()) {
			throw new IllegalArgumentException("not a memory quantity: " + quantity);
		}
		long number = Long.parseLong(matcher.group(1));
		String unit = (matcher.group(2) != null) ? matcher.group(2) : "";
		return number * switch (unit) {
			case "Ki" -> 1L << 10;
			case "Mi" -> 1L << 20;
			case "Gi" -> 1L << 30;
			case "k" -> 1_000L;
			case "M" -> 1_000_000L;
			case "G" -> 1_000_000_000L;
			default -> 1L;
		};
	}

	/**
	 * The size a JVM option such as {@code -Xmx256m} or
	 * {@code -XX:ReservedCodeCacheSize=96m} gives.
	 */
	static long ofJvmOption(String options, String prefix) {
		for (String option : options.trim().split("\\s+")) {
			if (option.startsWith(prefix)) {
				Matcher matcher = JVM_SIZE.matcher(option.substring(prefix.length()));
				if (!matcher.matches()) {
					throw new IllegalArgumentException("not a size: " + option);
				}
				long number = Long.parseLong(matcher.group(1));
				String unit = (matcher.group(2) != null) ? matcher.group(2).toLowerCase() : "";
				return number * switch (unit) {
					case "k" -> 1L << 10;
					case "m" -> 1L << 20;
					case "g" -> 1L << 30;
					default -> 1L;
				};
			}
		}
		throw new IllegalArgumentException("no " + prefix + " in " + options);
	}

}
