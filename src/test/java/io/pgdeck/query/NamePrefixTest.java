package io.pgdeck.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamePrefixTest {

    @ParameterizedTest
    @CsvSource({"ord, ore", "t6, t7", "a_, a`", "é, ê", "z, {"})
    void theUpperBoundIsThePrefixWithItsLastCharacterAdvanced(String prefix, String upper) {
        assertThat(NamePrefix.upperBound(prefix)).isEqualTo(upper);
    }

    @ParameterizedTest
    @CsvSource({"''"})
    void noPrefixHasNoBound(String prefix) {
        assertThat(NamePrefix.upperBound(prefix)).isNull();
    }

    @Test
    void advancesPastTheSurrogateRangeAndAcrossSupplementaryCharacters() {
        assertThat(NamePrefix.upperBound("a\ud7ff")).isEqualTo("a\ue000");
        assertThat(NamePrefix.upperBound("a😀")).isEqualTo("a😁");
    }
}
