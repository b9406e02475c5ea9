package org.careflow.scheduling.claims;

import org.careflow.scheduling.availability.Rule;
import org.careflow.scheduling.availability.SlotUnavailableException;

/** The patient holds as many slots as one may at once (422, rule {@code hold-limit}). */
class HoldLimitException extends SlotUnavailableException {

	HoldLimitException(int limit) {
		super(Rule.HOLD_LIMIT,
				"You already hold " + limit + " slots, the most one may hold at once; book or let one go first.");
	}

}
