package jp.manabiba.training;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** A module to choose in a form or to name in a list, in the reader's language where one was written. */
public record ModuleChoice(long id, ModuleKind kind, String title, @Nullable String titleEn) {

    static ModuleChoice of(TrainingModule module) {
        return new ModuleChoice(module.id(), module.kind(), module.title(), module.title(Locale.ENGLISH));
    }

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) && titleEn != null ? titleEn : title;
    }
}
