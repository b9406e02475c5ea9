package org.careflow.patient.crypto;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The keys as compose or an orchestrator passes them: environment variables only. */
class CryptoPropertiesBindingTest {

	@Test
	void dataKeysGivenAsEnvironmentVariablesAreReadWithLowerCaseIds() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
							Map.of("CAREFLOW_CRYPTO_KEYS_COMPOSE1", TestKeys.NEW, "CAREFLOW_CRYPTO_CURRENTKEY",
									"compose1", "CAREFLOW_CRYPTO_INDEXKEY", TestKeys.INDEX)));

		CryptoProperties properties = new Binder(ConfigurationPropertySources.get(environment))
			.bind("careflow.crypto", CryptoProperties.class)
			.get();

		assertThat(properties.keys()).containsOnlyKeys("compose1");
		assertThat(properties.resealOnStart()).isTrue();
		assertThat(KeysFile.keyring(properties).currentKeyId()).isEqualTo("compose1");
	}

}
