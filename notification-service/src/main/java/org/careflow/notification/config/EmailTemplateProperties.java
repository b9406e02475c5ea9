package org.careflow.notification.config;

import java.nio.file.Path;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where a clinic keeps its own email templates ({@code careflow.notification.*}).
 *
 * @param templates {@code EMAIL_TEMPLATES_DIR}: a directory whose files replace the
 * built-in templates of the same name; empty for the built-in ones only
 */
@ConfigurationProperties("careflow.notification")
record EmailTemplateProperties(@DefaultValue("") String templates) {

	Optional<Path> overrides() {
		return (this.templates == null || this.templates.isBlank()) ? Optional.empty()
				: Optional.of(Path.of(this.templates.strip()));
	}

}
