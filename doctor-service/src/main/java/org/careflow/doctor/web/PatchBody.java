package org.careflow.doctor.web;

import java.util.Map;

import org.careflow.doctor.domain.FieldViolation;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of a profile change, read as a map of its fields rather than bound to a
 * record: a record would drop unknown fields and could not tell a field sent as null
 * (clear it) from one left out (keep it). The domain's {@code DoctorPatch} then uses or
 * refuses every field. The body's size is bounded by the platform's request limit.
 */
final class PatchBody {

	/** A field named twice would otherwise be read as its last value, silently. */
	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private PatchBody() {
	}

	/**
	 * @throws InvalidBodyException if the body is not one JSON object with each field
	 * named once
	 */
	static Map<String, Object> fields(byte[] body) {
		try {
			if (body != null && body.length > 0) {
				Map<String, Object> fields = JSON.readValue(body, new TypeReference<Map<String, Object>>() {
				});
				if (fields != null) {
					return fields;
				}
			}
		}
		catch (JacksonException ex) {
			// reported below
		}
		throw new InvalidBodyException();
	}

	/** A body that is no JSON object. */
	static final class InvalidBodyException extends RuntimeException {

		InvalidBodyException() {
			super("The body must be one JSON object, each field named once.");
		}

		FieldViolation violation() {
			return new FieldViolation("body", "must be one JSON object, each field named once");
		}

	}

}
