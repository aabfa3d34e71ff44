package io.pgdeck.sql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Tells what kind of statement a piece of SQL is from its tokens, without a parser. Leading comments and whitespace
 * are skipped. It errs towards "not a plain select": a query that merely mentions a writing keyword is not one.
 */
public final class StatementClassifier {

    private static final Set<String> QUERY_WORDS = Set.of("select", "values", "table", "with");
    private static final Set<String> WRITE_WORDS = Set.of("insert", "update", "delete", "merge", "into");
    private static final Set<String> LOCK_STRENGTH_WORDS = Set.of("update", "share", "no", "key");
    private static final Set<String> DDL_VERBS = Set.of("create", "alter", "drop");
    private static final Set<String> CREATE_MODIFIERS = Set.of(
            "or",
            "replace",
            "temp",
            "temporary",
            "unlogged",
            "unique",
            "global",
            "local",
            "recursive",
            "trusted",
            "procedural",
            "default",
            "constraint");
    private static final List<List<String>> MULTI_WORD_OBJECTS = phrases(
            "materialized view",
            "foreign table",
            "foreign data wrapper",
            "event trigger",
            "text search configuration",
            "text search dictionary",
            "text search parser",
            "text search template",
            "operator class",
            "operator family",
            "access method",
            "user mapping",
            "default privileges");
    private static final List<List<String>> MULTI_WORD_COMMANDS = phrases(
            "start transaction",
            "prepare transaction",
            "commit prepared",
            "rollback prepared",
            "refresh materialized view",
            "import foreign schema",
            "security label",
            "reassign owned");
    private static final Set<String> TRANSACTION_CONTROL = Set.of(
            "BEGIN",
            "START TRANSACTION",
            "COMMIT",
            "END",
            "ROLLBACK",
            "ABORT",
            "SAVEPOINT",
            "RELEASE",
            "PREPARE TRANSACTION",
            "COMMIT PREPARED",
            "ROLLBACK PREPARED");

    private StatementClassifier() {}

    public static StatementClassification classify(String sql) {
        Objects.requireNonNull(sql, "sql");
        List<Token> code = SqlLexer.tokenize(sql).stream()
                .filter(token -> !token.isTrivia())
                .toList();
        String command = command(code);
        return new StatementClassification(command, isPlainSelect(code), TRANSACTION_CONTROL.contains(command));
    }

    /** The leading command keywords of a statement given without whitespace and comments. */
    static String command(List<Token> code) {
        List<String> words = leadingWords(code);
        if (words.isEmpty()) {
            return "";
        }
        String verb = words.get(0);
        if (DDL_VERBS.contains(verb)) {
            List<String> command = new ArrayList<>(List.of(verb));
            command.addAll(objectType(words, verb.equals("create")));
            return upperCase(command);
        }
        return upperCase(longestPhraseAt(words, 0, MULTI_WORD_COMMANDS).orElse(List.of(verb)));
    }

    private static boolean isPlainSelect(List<Token> code) {
        return QUERY_WORDS.contains(wordAt(code, skipOpenParens(code)))
                && code.stream().allMatch(Token::complete)
                && !continuesAfterSemicolon(code)
                && code.stream().noneMatch(token -> WRITE_WORDS.contains(token.word()))
                && !hasLockingClause(code);
    }

    /** Unquoted words from the start; a query may open with parentheses, as in "(SELECT 1) UNION (SELECT 2)". */
    private static List<String> leadingWords(List<Token> code) {
        int queryStart = skipOpenParens(code);
        int from = queryStart > 0 && QUERY_WORDS.contains(wordAt(code, queryStart)) ? queryStart : 0;
        List<String> words = new ArrayList<>();
        for (int i = from; !wordAt(code, i).isEmpty(); i++) {
            words.add(wordAt(code, i));
        }
        return words;
    }

    /** CREATE [OR REPLACE | TEMP | UNIQUE ...] TABLE reads as CREATE TABLE, as the server's command tag has it. */
    private static List<String> objectType(List<String> words, boolean skipModifiers) {
        int at = 1;
        while (skipModifiers && at < words.size() && CREATE_MODIFIERS.contains(words.get(at))) {
            at++;
        }
        List<String> single = at < words.size() ? List.of(words.get(at)) : List.of();
        return longestPhraseAt(words, at, MULTI_WORD_OBJECTS).orElse(single);
    }

    private static Optional<List<String>> longestPhraseAt(List<String> words, int at, List<List<String>> phrases) {
        List<String> rest = words.subList(Math.min(at, words.size()), words.size());
        return phrases.stream()
                .filter(phrase -> rest.size() >= phrase.size()
                        && rest.subList(0, phrase.size()).equals(phrase))
                .max(Comparator.comparingInt(List::size));
    }

    /** FOR UPDATE, FOR NO KEY UPDATE, FOR SHARE and FOR KEY SHARE lock the rows a query reads. */
    private static boolean hasLockingClause(List<Token> code) {
        for (int i = 0; i < code.size(); i++) {
            if (code.get(i).isWord("for") && LOCK_STRENGTH_WORDS.contains(wordAt(code, i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean continuesAfterSemicolon(List<Token> code) {
        for (int i = 0; i < code.size() - 1; i++) {
            if (code.get(i).isPunctuation(";")) {
                return true;
            }
        }
        return false;
    }

    private static int skipOpenParens(List<Token> code) {
        int i = 0;
        while (i < code.size() && code.get(i).isPunctuation("(")) {
            i++;
        }
        return i;
    }

    private static String wordAt(List<Token> code, int index) {
        return index < code.size() ? code.get(index).word() : "";
    }

    private static String upperCase(List<String> words) {
        return Ascii.toUpperCase(String.join(" ", words));
    }

    private static List<List<String>> phrases(String... phrases) {
        return Stream.of(phrases).map(phrase -> List.of(phrase.split(" "))).toList();
    }
}
