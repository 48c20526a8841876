package org.synergos.data.spss.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** The character encoding of a system file: record 7 subtype 20's name, else subtype 3's code page. */
public final class SavCharsets {

    private SavCharsets() {
    }

    /** The charset of an encoding name as SPSS writes it ("UTF-8", "windows-1252", "GBK", "CP936", ...). */
    public static Optional<Charset> byName(String name) {
        String key = name.trim().toUpperCase(Locale.ROOT);
        switch (key) {
            case "CP936", "WINDOWS-936", "MS936":
                return forName("GBK");
            case "CP54936", "WINDOWS-54936":
                return forName("GB18030");
            case "CP65001", "WINDOWS-65001":
                return Optional.of(StandardCharsets.UTF_8);
            default:
                break;
        }
        Optional<Charset> direct = forName(name.trim());
        if (direct.isPresent()) {
            return direct;
        }
        if (key.startsWith("CP") && key.substring(2).chars().allMatch(Character::isDigit) && key.length() > 2) {
            return byCodePage(Integer.parseInt(key.substring(2)));
        }
        return Optional.empty();
    }

    /** The charset of a Windows code page number as record 7 subtype 3 gives it. */
    public static Optional<Charset> byCodePage(int codePage) {
        switch (codePage) {
            case 65001:
                return Optional.of(StandardCharsets.UTF_8);
            case 936:
                return forName("GBK");
            case 54936:
                return forName("GB18030");
            case 950:
                return forName("Big5");
            case 932:
                return forName("Shift_JIS");
            case 949:
                return forName("x-windows-949");
            case 2, 20127:
                return Optional.of(StandardCharsets.US_ASCII);
            case 3:
                return forName("windows-1252");
            case 28591:
                return Optional.of(StandardCharsets.ISO_8859_1);
            default:
                break;
        }
        Optional<Charset> windows = forName("windows-" + codePage);
        return windows.isPresent() ? windows : forName("x-windows-" + codePage).or(() -> forName("cp" + codePage));
    }

    private static Optional<Charset> forName(String name) {
        try {
            return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
