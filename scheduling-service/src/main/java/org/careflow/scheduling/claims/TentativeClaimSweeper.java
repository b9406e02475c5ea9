package org.careflow.scheduling.claims;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Frees slots whose booking never completed (the appointment service failed between claim
 * and save), and patients' holds that expired. Deleting is idempotent, so every replica
 * may run it.
 */
@Component
class TentativeClaimSweeper {

	private static final Logger log = LoggerFactory.getLogger(TentativeClaimSweeper.class);

	private final SlotClaims claims;

	private final ClaimProperties properties;

	private final Clock clock;

	TentativeClaimSweeper(SlotClaims claims, ClaimProperties properties, Clock clock) {
		this.claims = claims;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${careflow.scheduling.claims.sweep-interval:1m}")
	void sweep() {
		try {
			long expired = this.claims
				.expireTentativeClaims(this.clock.instant().minus(this.properties.tentativeHold()));
			if (expired > 0) {
				log.info("Released {} tentative slot claims or holds that expired", expired);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Claim sweep failed, will retry: {}", ex.getMessage());
		}
	}

}
