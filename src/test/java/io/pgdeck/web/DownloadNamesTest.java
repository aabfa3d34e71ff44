package io.pgdeck.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DownloadNamesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Monthly report | Monthly report",
                "../../etc/passwd | etc passwd",
                "Q1: sales/returns | Q1 sales returns",
                "Grüße 売上 | Grüße 売上",
                "'   ' | result",
                "... | result",
            })
    void namesADownloadAfterWhatItHoldsAndNeverAsAPath(String name, String file) {
        assertThat(DownloadNames.of(name, "result")).isEqualTo(file);
    }
}
