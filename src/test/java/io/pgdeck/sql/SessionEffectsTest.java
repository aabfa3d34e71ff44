package io.pgdeck.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SessionEffectsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "set standard_conforming_strings = off | standard_conforming_strings",
                "SET SESSION Standard_Conforming_Strings TO off | standard_conforming_strings",
                "set local client_encoding = 'SJIS' | client_encoding",
                "SET NAMES 'BIG5' | names",
                "reset backslash_quote | backslash_quote",
                "RESET ALL | all",
                "select set_config('standard_conforming_strings', 'off', false) | standard_conforming_strings",
                "select 1 where set_config('CLIENT_ENCODING', 'GBK', true) is null | client_encoding",
                "select set_config(lower('X'), 'off', false) | set_config",
            })
    void namesTheLexingSettingAStatementChanges(String sql, String setting) {
        assertThat(SessionEffects.lexingSetting(sql)).contains(setting);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "set search_path = app",
                "select 'set standard_conforming_strings = off'",
                "select set_config('search_path', 'app', false)",
                "show standard_conforming_strings",
                "select current_setting('standard_conforming_strings')",
            })
    void leavesOtherStatementsAlone(String sql) {
        assertThat(SessionEffects.lexingSetting(sql)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "SELECT pg_advisory_lock(1) | pg_advisory_lock",
                "select PG_TRY_ADVISORY_LOCK_SHARED(1) | pg_try_advisory_lock_shared",
                "DO $$ BEGIN PERFORM pg_terminate_backend(1); END $$ | pg_terminate_backend",
                "select pg_cancel_backend(1) | pg_cancel_backend",
            })
    void findsCallsWhoseEffectOutlivesARollback(String sql, String call) {
        assertThat(SessionEffects.lastingCall(sql)).contains(call);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SELECT pg_advisory_xact_lock(1)", "select pg_backend_pid()"})
    void transactionScopedLocksAndHarmlessCallsAreNotLasting(String sql) {
        assertThat(SessionEffects.lastingCall(sql)).isEmpty();
    }
}
