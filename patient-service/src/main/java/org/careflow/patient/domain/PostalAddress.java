package org.careflow.patient.domain;

import java.util.Locale;
import java.util.Set;

/**
 * A postal address; every part optional. {@code country} is an ISO 3166-1 alpha-2 code,
 * kept in upper case.
 */
public record PostalAddress(String line1, String line2, String city, String postalCode, String country) {

	public static final int MAX_LINE = 200;

	public static final int MAX_CITY = 100;

	public static final int MAX_POSTAL_CODE = 20;

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	/**
	 * The address as given, checked part by part (problems named {@code field.part}).
	 * @return null when every part is absent: no address
	 */
	public static PostalAddress of(String field, String line1, String line2, String city, String postalCode,
			String country, Violations violations) {
		PostalAddress address = new PostalAddress(violations.text(field + ".line1", line1, MAX_LINE),
				violations.text(field + ".line2", line2, MAX_LINE), violations.text(field + ".city", city, MAX_CITY),
				violations.text(field + ".postalCode", postalCode, MAX_POSTAL_CODE),
				country(field + ".country", country, violations));
		return address.hasNoParts() ? null : address;
	}

	private static String country(String field, String value, Violations violations) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String code = value.strip().toUpperCase(Locale.ROOT);
		if (!COUNTRIES.contains(code)) {
			violations.add(field, "must be an ISO 3166-1 alpha-2 country code such as FR");
			return null;
		}
		return code;
	}

	public boolean hasNoParts() {
		return this.line1 == null && this.line2 == null && this.city == null && this.postalCode == null
				&& this.country == null;
	}

}
