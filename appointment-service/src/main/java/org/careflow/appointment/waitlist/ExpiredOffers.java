package org.careflow.appointment.waitlist;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every 30 s each replica passes on the offers nobody answered in time; a version-checked
 * write makes each lapse happen once.
 */
@Component
class ExpiredOffers {

	private static final Logger log = LoggerFactory.getLogger(ExpiredOffers.class);

	private final Waitlist waitlist;

	ExpiredOffers(Waitlist waitlist) {
		this.waitlist = waitlist;
	}

	@Scheduled(initialDelay = 30_000, fixedDelay = 30_000)
	void passOn() {
		try {
			this.waitlist.passOnExpiredOffers();
		}
		catch (DataAccessException storeUnavailable) {
			log.warn("Expired waitlist offers not passed on yet: {}", storeUnavailable.getMessage());
		}
	}

}
