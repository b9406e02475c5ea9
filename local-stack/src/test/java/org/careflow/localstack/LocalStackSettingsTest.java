package org.careflow.localstack;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LocalStackSettingsTest {

	private final Path repo = Path.of("/repo");

	@Test
	void runCommandUsesTheDocumentedPortsKeepsDataInTheRepositoryAndSeedsDemoData() {
		LocalStackSettings settings = LocalStackSettings.runCommand(this.repo);

		assertThat(settings.ports().gateway()).isEqualTo(8080);
		assertThat(settings.ports().servicePort("notification-service")).isEqualTo(8085);
		assertThat(settings.ports().keycloak()).isEqualTo(8180);
		assertThat(settings.ports().kafka()).isEqualTo(9092);
		assertThat(settings.ports().mongo()).isEqualTo(27017);
		assertThat(settings.ports().smtp()).isEqualTo(3025);
		assertThat(settings.workDir()).isEqualTo(Path.of("/repo/.careflow"));
		assertThat(settings.persistentData()).isTrue();
		assertThat(settings.demoData()).isTrue();
		assertThat(settings.services()).hasSize(6).contains("gateway");
		assertThat(settings.aotCache()).isTrue();
		assertThat(settings.aotCacheDir()).isEqualTo(Path.of("/repo/.careflow/aot"));
	}

	@Test
	void testStackShiftsEveryPortSoItRunsBesideADevelopersStack() {
		LocalStackSettings settings = LocalStackSettings.forTests(this.repo, Path.of("/tmp/st"));

		assertThat(settings.ports().gateway()).isEqualTo(18080);
		assertThat(settings.ports().keycloak()).isEqualTo(18180);
		assertThat(settings.ports().kafka()).isEqualTo(19092);
		assertThat(settings.ports().mongo()).isEqualTo(37017);
		assertThat(settings.persistentData()).isFalse();
		assertThat(settings.aotCache()).isFalse();
	}

	@Test
	void unknownServiceModuleIsRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LocalStackSettings.runCommand(this.repo).withServices(List.of("billing-service")))
			.withMessageContaining("billing-service");
	}

	@Test
	void commandLineOptionsChangePortsServicesAndData() {
		LocalStackSettings settings = LocalStackMain.parse(new String[] { "--repo=/repo", "--port-offset=100",
				"--infrastructure-only", "--no-demo-data", "--in-memory", "--no-aot-cache" });

		assertThat(settings.ports().gateway()).isEqualTo(8180);
		assertThat(settings.services()).isEmpty();
		assertThat(settings.demoData()).isFalse();
		assertThat(settings.persistentData()).isFalse();
		assertThat(settings.aotCache()).isFalse();
	}

}
