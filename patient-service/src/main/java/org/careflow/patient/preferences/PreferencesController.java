package org.careflow.patient.preferences;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET/PUT /api/patients/me/notification-preferences}: a patient reads and sets
 * which optional emails they receive. Only their own: there is no path naming another
 * patient.
 */
@RestController
@RequestMapping("/api/patients/me/notification-preferences")
@PreAuthorize("hasRole('patient')")
class PreferencesController {

	private final PreferenceStore store;

	PreferencesController(PreferenceStore store) {
		this.store = store;
	}

	@GetMapping
	NotificationPreferences mine(Authentication authentication) {
		return this.store.of(authentication.getName());
	}

	/**
	 * Both choices, every time: a missing one is a 400 naming it, never a silent default.
	 */
	@PutMapping
	NotificationPreferences change(@Valid @RequestBody NotificationPreferences preferences,
			Authentication authentication) {
		this.store.change(authentication.getName(), preferences);
		return preferences;
	}

}
