package org.careflow.patient.accesslog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.careflow.platform.audit.AuditEntry;
import org.careflow.platform.audit.AuditQuery;
import org.careflow.platform.audit.AuditTrail;
import org.careflow.platform.web.PageParams;

/**
 * The merged trail. Each source is asked for the newest entries up to the end of the
 * requested page, so a page costs at most {@link AuditQuery#MAX_LIMIT} entries per
 * source; deeper pages need a narrower period.
 */
class AccessLog {

	static final Duration DEFAULT_PERIOD = Duration.ofDays(30);

	private static final Comparator<AuditEntry> NEWEST_FIRST = Comparator.comparing(AuditEntry::at)
		.reversed()
		.thenComparing(AuditEntry::id);

	private final AuditTrail own;

	private final List<AuditSource> others;

	private final Clock clock;

	AccessLog(AuditTrail own, List<AuditSource> others, Clock clock) {
		this.own = own;
		this.others = List.copyOf(others);
		this.clock = clock;
	}

	/**
	 * @param patientId whose accesses, or null for everyone's
	 * @param from start of the period, or null for {@link #DEFAULT_PERIOD} before
	 * {@code to}
	 * @param to end of the period (exclusive), or null for now
	 * @return the page, and one more entry than it holds when a next page exists
	 * @throws InvalidAccessLogQueryException naming the parameter out of bounds
	 */
	AccessLogPage page(String patientId, Instant from, Instant to, PageParams paging) {
		Instant end = (to != null) ? to : this.clock.instant();
		Instant start = (from != null) ? from : end.minus(DEFAULT_PERIOD);
		long wanted = paging.offset() + paging.fetchSize();
		if (wanted > AuditQuery.MAX_LIMIT) {
			throw new InvalidAccessLogQueryException("page", "is too deep for this period: narrow from/to");
		}
		AuditQuery query;
		try {
			query = new AuditQuery(patientId, start, end, (int) wanted);
		}
		catch (IllegalArgumentException ex) {
			throw InvalidAccessLogQueryException.of(ex);
		}
		List<AuditEntry> merged = new ArrayList<>(this.own.find(query));
		List<String> unavailable = new ArrayList<>();
		for (AuditSource source : this.others) {
			try {
				merged.addAll(source.find(query));
			}
			catch (AuditSourceUnavailableException ex) {
				unavailable.add(source.name());
			}
		}
		List<AuditEntry> page = merged.stream()
			.sorted(NEWEST_FIRST)
			.skip(paging.offset())
			.limit(paging.fetchSize())
			.toList();
		return new AccessLogPage(page, paging.pageNumber(), paging.pageSize(), !unavailable.isEmpty(), unavailable);
	}

}
