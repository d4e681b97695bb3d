package jp.manabiba.db.embedded;

/** Another live process runs the embedded database of this data folder. */
public class DataFolderInUseException extends IllegalStateException {

    public DataFolderInUseException(String message) {
        super(message);
    }
}
