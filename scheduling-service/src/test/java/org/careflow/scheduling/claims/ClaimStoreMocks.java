package org.careflow.scheduling.claims;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.bean.override.mockito.MockReset;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The claim stores as mocks, reset after each test, so that a web slice runs the real
 * {@link SlotClaims} (and its domain checks) without MongoDB. Public only for slices in
 * other packages.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(HoldProperties.class)
public class ClaimStoreMocks {

	/**
	 * Fails if anything was written to the claim store of {@code context}: a claim made,
	 * confirmed or freed, or an appointment marked cancelled.
	 */
	public static void assertNothingWritten(ApplicationContext context) {
		ClaimStore store = context.getBean(ClaimStore.class);
		verify(store, never()).insert(any());
		verify(store, never()).insertHold(any(), any());
		verify(store, never()).convertHold(any(), any(), any(), any());
		verify(store, never()).deleteHold(any(), any());
		verify(store, never()).confirm(any(), any());
		verify(store, never()).release(any(), any());
		verify(context.getBean(ProcessedEvents.class), never()).recordCancelled(any(), any());
	}

	@Bean
	ClaimStore claimStore() {
		return mock(ClaimStore.class, MockReset.withSettings(MockReset.AFTER));
	}

	@Bean
	ProcessedEvents processedEvents() {
		return mock(ProcessedEvents.class, MockReset.withSettings(MockReset.AFTER));
	}

}
