package jp.manabiba.i18n;

import java.util.List;

/**
 * Input a service refuses, with the field it concerns and a translation key for the message, so that a form
 * can show the message next to the field. Services check everything themselves; a form's own checks only
 * answer sooner.
 */
public class InvalidInput extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final List<Object> arguments;

    public InvalidInput(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey, null, false, false);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
