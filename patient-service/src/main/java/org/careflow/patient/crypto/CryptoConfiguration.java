package org.careflow.patient.crypto;

import org.careflow.patient.domain.Patient;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/**
 * The keys (refusing to start without them), the cipher, the blind index, and the index
 * that keeps one profile per email now that the email itself is sealed.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CryptoProperties.class)
class CryptoConfiguration {

	@Bean
	Keyring keyring(CryptoProperties properties) {
		return KeysFile.keyring(properties);
	}

	@Bean
	FieldCipher fieldCipher(Keyring keyring) {
		return new FieldCipher(keyring);
	}

	@Bean
	BlindIndex blindIndex(Keyring keyring) {
		return new BlindIndex(keyring);
	}

	/**
	 * One profile per email, enforced by the store even if two registrations race: on the
	 * email's blind index term (sparse: profiles stored before encryption get theirs when
	 * resealed). Created before the web server accepts requests.
	 */
	@Bean
	InitializingBean sealedPatientIndexes(MongoTemplate mongo) {
		return () -> mongo.indexOps(Patient.class)
			.createIndex(
					new Index(PatientSealing.EMAIL_TERM, Direction.ASC).unique().sparse().named("unique_email_term"));
	}

}
