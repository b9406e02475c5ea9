package org.careflow.platform.links;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ActionLinkTest {

	@Test
	void anAddressIsBoundTheSameWhateverItsCaseOrSurroundingSpaces() {
		assertThat(ActionLink.boundToAddress(" Jane.Doe@Example.org "))
			.isEqualTo(ActionLink.boundToAddress("jane.doe@example.org"));
	}

	@Test
	void anotherAddressIsBoundDifferentlyAndTheBindingDoesNotCarryTheAddress() {
		String jane = ActionLink.boundToAddress("jane.doe@example.org");
		assertThat(ActionLink.boundToAddress("jane.roe@example.org")).isNotEqualTo(jane);
		assertThat(jane).hasSize(32).matches("[0-9a-f]+").doesNotContain("jane");
	}

}
