package org.careflow.patient.accesslog;

import java.util.List;

import org.careflow.platform.audit.AuditEntry;
import org.careflow.platform.audit.AuditQuery;

/** One place audit entries come from. */
interface AuditSource {

	/** The service's name, shown when it could not be asked. */
	String name();

	/**
	 * @throws AuditSourceUnavailableException if the entries cannot be had now
	 */
	List<AuditEntry> find(AuditQuery query);

}
