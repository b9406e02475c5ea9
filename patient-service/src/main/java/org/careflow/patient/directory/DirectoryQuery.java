package org.careflow.patient.directory;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.careflow.patient.crypto.NamePrefixes;
import org.careflow.patient.domain.InvalidProfileException;
import org.careflow.patient.domain.NameKey;
import org.careflow.patient.domain.Patient;
import org.careflow.patient.domain.Violations;

/**
 * What the directory is asked for: a name prefix (as a {@link NameKey}), a birth date, a
 * department, or several of these (all must match). At least one: the directory never
 * lists everyone.
 */
record DirectoryQuery(String namePrefix, LocalDate birthDate, String departmentId) {

	static final int MIN_NAME = 2;

	static final int MAX_NAME = 100;

	private static final Pattern PERSON_NAME = Pattern.compile("^[\\p{L}\\p{M}\\p{N}\\p{Zs}'\u2019.,()-]+$");

	/**
	 * @throws InvalidProfileException naming each bad parameter, or all three when none
	 * is given
	 */
	static DirectoryQuery of(String name, LocalDate birthDate, String departmentId) {
		Violations violations = new Violations();
		String prefix = null;
		if (name != null && !name.isBlank()) {
			String stripped = name.strip();
			if (stripped.length() < MIN_NAME || stripped.length() > MAX_NAME) {
				violations.add("name", "must be " + MIN_NAME + " to " + MAX_NAME + " characters");
			}
			else if (!PERSON_NAME.matcher(stripped).matches()) {
				violations.add("name", "may contain only letters, digits, spaces and ' - . , ( )");
			}
			else {
				prefix = NameKey.of(stripped);
			}
		}
		String department = violations.id("departmentId", departmentId);
		if (violations.isEmpty() && prefix == null && birthDate == null && department == null) {
			String message = "is required unless another of name, birthDate, departmentId is given";
			violations.add("name", message);
			violations.add("birthDate", message);
			violations.add("departmentId", message);
		}
		violations.throwIfAny();
		return new DirectoryQuery(prefix, birthDate, department);
	}

	/**
	 * Whether an opened profile matches: the index found it by a term, which stands for
	 * at most {@value NamePrefixes#MAX} characters of the name; this checks the whole.
	 */
	boolean matches(Patient patient) {
		boolean name = this.namePrefix == null || NamePrefixes.matches(patient.firstName(), this.namePrefix)
				|| NamePrefixes.matches(patient.lastName(), this.namePrefix);
		boolean born = this.birthDate == null || this.birthDate.equals(patient.birthDate());
		boolean department = this.departmentId == null || this.departmentId.equals(patient.departmentId());
		return name && born && department;
	}

}
