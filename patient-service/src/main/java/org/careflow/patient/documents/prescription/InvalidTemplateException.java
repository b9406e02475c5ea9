package org.careflow.patient.documents.prescription;

/**
 * A prescription template that cannot be used: unreadable, not a template, or not
 * rendering to a PDF. Raised while the service starts, so it refuses to start and says
 * which file.
 */
public class InvalidTemplateException extends IllegalStateException {

	public InvalidTemplateException(String message) {
		super(message);
	}

	public InvalidTemplateException(String message, Throwable cause) {
		super(message, cause);
	}

}
