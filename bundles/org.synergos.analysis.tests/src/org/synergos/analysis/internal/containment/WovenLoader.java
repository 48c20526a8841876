package org.synergos.analysis.internal.containment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Defines a test class from its woven bytes, as the weaving hook would for a plugin bundle. */
final class WovenLoader extends ClassLoader {

    WovenLoader() {
        super(WovenLoader.class.getClassLoader());
    }

    static byte[] bytesOf(Class<?> type) {
        try (InputStream in = type.getResourceAsStream(type.getName().substring(type.getName().lastIndexOf('.') + 1) + ".class")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Class<?> woven(Class<?> type) {
        byte[] woven = GuardedBytecode.of(bytesOf(type)).orElseThrow();
        return defineClass(type.getName(), woven, 0, woven.length);
    }
}
