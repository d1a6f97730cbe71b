package io.github.talentrules.explain;

import io.github.talentrules.Language;
import java.util.Objects;

/**
 * Words a user reads, written in both languages at the place they are made, so that every message
 * of a run follows the language the user chose ({@code --lang}, {@code ?lang=}). An error, a cell, a
 * summary line: each carries a {@code Text} and is rendered with {@link #in(Language)} where it is
 * shown, never before.
 *
 * @param zh the words in Chinese
 * @param en the same in English
 */
public record Text(String zh, String en) {

    public Text {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    /** Words in both languages. */
    public static Text of(String zh, String en) {
        return new Text(zh, en);
    }

    /** Words that read the same in both languages: a number, a code, a name, a file's path. */
    public static Text same(String words) {
        return new Text(words, words);
    }

    /** The words in {@code language}. */
    public String in(Language language) {
        return language == Language.ZH ? zh : en;
    }

    /** These words followed by {@code more}, in each language. */
    public Text then(Text more) {
        return new Text(zh + more.zh, en + more.en);
    }

    /** The Chinese words: a {@code Text} printed without a language is read by the staff of a Chinese bureau first. */
    @Override
    public String toString() {
        return zh;
    }
}
