package org.careflow.doctor.domain;

import java.util.List;

/**
 * What a doctor says about themself: a short bio, a contact phone and the languages they
 * speak (BCP 47 tags). Kept valid by {@link DoctorPatch}; the bio and languages are
 * public, the phone is shown to the doctor and admins only.
 */
public record DoctorProfile(String bio, String phone, List<String> languages) {

	public static final DoctorProfile EMPTY = new DoctorProfile(null, null, List.of());

	public DoctorProfile {
		languages = (languages != null) ? List.copyOf(languages) : List.of();
	}

}
