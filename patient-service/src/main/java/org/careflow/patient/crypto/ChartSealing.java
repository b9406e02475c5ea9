package org.careflow.patient.crypto;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.careflow.patient.chart.ChartArea;
import org.careflow.patient.chart.EntrySealing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Seals and opens, in place, what was written about a patient in a chart entry: the
 * fields its {@link ChartArea} names (free text, and every part of a code), each with the
 * entry's id and the field's path as associated data. A sealed entry is marked with the
 * key it was sealed with ({@value PatientSealing#SEALED_WITH}).
 * <p>
 * Entries without the mark were stored before encryption: their values are read as they
 * are, whatever they look like (a note may begin with {@code v1.}), and resealed by
 * {@link ChartResealing}. In a marked entry a plain value where a sealed one belongs is
 * refused like an altered one.
 */
@Component
public class ChartSealing implements EntrySealing {

	public static final String SEALED_WITH = PatientSealing.SEALED_WITH;

	private static final Logger log = LoggerFactory.getLogger(ChartSealing.class);

	private final FieldCipher cipher;

	public ChartSealing(FieldCipher cipher) {
		this.cipher = cipher;
	}

	@Override
	public void seal(ChartArea area, String id, Document stored) {
		if (area.sealedFields().isEmpty()) {
			return;
		}
		for (String path : area.sealedFields()) {
			Document holder = holderOf(stored, path);
			String name = leafOf(path);
			if (holder != null && holder.get(name) != null) {
				holder.put(name, this.cipher.seal(holder.get(name).toString(), id, path));
			}
		}
		stored.put(SEALED_WITH, this.cipher.currentKeyId());
	}

	/**
	 * @throws UnreadableRecordException if a sealed field fails its integrity check
	 * (logged with the entry's id, never with data)
	 */
	@Override
	public void open(ChartArea area, Document stored) {
		if (area.sealedFields().isEmpty() || !stored.containsKey(SEALED_WITH)) {
			return;
		}
		String id = String.valueOf(stored.get("_id"));
		try {
			for (String path : area.sealedFields()) {
				Document holder = holderOf(stored, path);
				String name = leafOf(path);
				if (holder != null && holder.get(name) != null) {
					holder.put(name, opened(holder.get(name), id, path));
				}
			}
		}
		catch (IntegrityException ex) {
			log.error("Integrity check failed for {} {}: {}", area.resourceType(), id, ex.getMessage());
			throw new UnreadableRecordException(id, ex);
		}
	}

	/**
	 * The top-level fields that hold the area's sealed values: what a resealing rewrites.
	 */
	static List<String> sealedRoots(ChartArea area) {
		Set<String> roots = new LinkedHashSet<>();
		area.sealedFields().forEach((path) -> roots.add(path.split("\\.", 2)[0]));
		return List.copyOf(roots);
	}

	private String opened(Object value, String id, String path) {
		if (!FieldCipher.isSealed(value)) {
			throw new IntegrityException(path + " is plain where a sealed value belongs");
		}
		return this.cipher.open((String) value, id, path);
	}

	/**
	 * The document holding the path's last part, or null if a part on the way is absent.
	 */
	private static Document holderOf(Document stored, String path) {
		Document holder = stored;
		String[] parts = path.split("\\.");
		for (int i = 0; i < parts.length - 1; i++) {
			if (!(holder.get(parts[i]) instanceof Document next)) {
				return null;
			}
			holder = next;
		}
		return holder;
	}

	private static String leafOf(String path) {
		return path.substring(path.lastIndexOf('.') + 1);
	}

}
