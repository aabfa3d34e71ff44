package io.pgdeck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SpreadsheetSafeCsvTest {

    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of("=SUM(A1:A9),plain\n", "'=SUM(A1:A9),plain\n"),
                Arguments.of("a,+1,-2,@cmd\n", "a,'+1,'-2,'@cmd\n"),
                Arguments.of("\"=HYPERLINK(\"\"x\"\")\",\"ok, fine\"\n", "\"'=HYPERLINK(\"\"x\"\")\",\"ok, fine\"\n"),
                Arguments.of("\"a\nb\",=1\n=2,\n", "\"a\nb\",'=1\n'=2,\n"),
                Arguments.of("\"he said \"\"=no\"\"\",é=x\n", "\"he said \"\"=no\"\"\",é=x\n"),
                Arguments.of("\"\r=x\",\t1\n", "\"'\r=x\",'\t1\n"),
                Arguments.of(",,\n", ",,\n"));
    }

    @ParameterizedTest
    @MethodSource("files")
    void prefixesEveryFieldThatWouldStartAFormula(String csv, String safe) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SpreadsheetSafeCsv filter = new SpreadsheetSafeCsv(out)) {
            filter.write(csv.getBytes(StandardCharsets.UTF_8));
        }

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(safe);
    }
}
