package org.careflow.patient.accesslog;

import java.util.List;

import org.careflow.platform.audit.AuditEntry;

/**
 * One page of a patient's (or everyone's) access log, newest first.
 *
 * @param partial true when a source could not be asked: the page may lack its entries
 * @param unavailable the services whose entries are missing
 */
record AccessLogPage(List<AuditEntry> entries, int page, int size, boolean partial, List<String> unavailable) {
}
