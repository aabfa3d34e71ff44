package io.pgdeck.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.deployment.DeploymentSettings;
import io.pgdeck.deployment.Environment;
import io.pgdeck.deployment.ImpactLevel;
import io.pgdeck.deployment.Tenancy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Which notice a deployment shows before login: the DoD banner at IL4 and IL5 by default, any text at any level. */
class ConsentNoticeTest {

    private static ConsentNotice at(ImpactLevel level, String configured) {
        return new ConsentNotice(
                new ConsentProperties(configured), new DeploymentSettings(Environment.STAGING, Tenancy.SINGLE, level));
    }

    @ParameterizedTest
    @EnumSource(
            value = ImpactLevel.class,
            names = {"IL4", "IL5"})
    void theStandardDodNoticeIsShownByDefaultAtIl4AndIl5(ImpactLevel level) {
        assertThat(at(level, null).text())
                .hasValueSatisfying(text -> assertThat(text)
                        .startsWith("You are accessing a U.S. Government (USG) Information System (IS)")
                        .contains("consent to the following conditions"));
    }

    @Test
    void il2HasNoNoticeUnlessOneIsConfigured() {
        assertThat(at(ImpactLevel.IL2, null).text()).isEmpty();
        assertThat(at(ImpactLevel.IL2, "  Authorised use only.\n"))
                .extracting(ConsentNotice::text)
                .isEqualTo(java.util.Optional.of("Authorised use only."));
    }

    @ParameterizedTest
    @EnumSource(ImpactLevel.class)
    void theTextIsConfigurableAtEveryLevelAndEmptyMeansNone(ImpactLevel level) {
        assertThat(at(level, "Agency notice v3"))
                .extracting(ConsentNotice::text)
                .isEqualTo(java.util.Optional.of("Agency notice v3"));
        assertThat(at(level, "").text()).isEmpty();
    }
}
