package org.synergos.model.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the file on disk must be like for {@link ModelStore#save(org.synergos.model.Framework, Path, SaveCondition)}
 * to replace it. Checked immediately before the atomic rename, so a change made while the model was edited is
 * refused with a {@link SaveConflictException} instead of being silently overwritten.
 */
public sealed interface SaveCondition {

    /** Replace whatever is there (the user chose to overwrite). */
    static SaveCondition any() {
        return Any.INSTANCE;
    }

    /** The file must still have the bytes the model was loaded from (or last saved as). */
    static SaveCondition unchangedSince(ContentHash loaded) {
        return new Unchanged(loaded);
    }

    /** The file must not exist yet ("save as" never replaces another file). */
    static SaveCondition newFile() {
        return New.INSTANCE;
    }

    /** Throws when {@code current} (the file's hash now, empty if there is none) breaks the condition. */
    void check(Path file, Optional<ContentHash> current) throws SaveConflictException;

    /** Reads the file's hash now and checks it. */
    default void check(Path file) throws IOException {
        check(file, ContentHash.ofFile(file));
    }

    /** Unconditional. */
    enum Any implements SaveCondition {
        INSTANCE;

        @Override
        public void check(Path file, Optional<ContentHash> current) {
            // anything may be replaced
        }
    }

    /** The file must not exist. */
    enum New implements SaveCondition {
        INSTANCE;

        @Override
        public void check(Path file, Optional<ContentHash> current) throws SaveConflictException {
            if (current.isPresent()) {
                throw new SaveConflictException(file, SaveConflictException.Reason.EXISTS);
            }
        }
    }

    /** The file must be byte-identical to what was loaded. */
    record Unchanged(ContentHash loaded) implements SaveCondition {

        public Unchanged {
            if (loaded == null) {
                throw new IllegalArgumentException("the hash of the loaded file is needed");
            }
        }

        @Override
        public void check(Path file, Optional<ContentHash> current) throws SaveConflictException {
            if (current.isEmpty()) {
                throw new SaveConflictException(file, SaveConflictException.Reason.DELETED);
            }
            if (!current.get().equals(loaded)) {
                throw new SaveConflictException(file, SaveConflictException.Reason.CHANGED);
            }
        }
    }
}
