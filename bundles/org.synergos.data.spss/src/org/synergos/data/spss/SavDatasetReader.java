package org.synergos.data.spss;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.synergos.data.ColumnMetadata;
import org.synergos.data.DataFormatException;
import org.synergos.data.Dataset;
import org.synergos.data.NumericText;
import org.synergos.data.spss.internal.SavInput;

/**
 * Reads an SPSS system file (.sav: uncompressed or bytecode-compressed; .zsav: zlib-compressed) into a
 * {@link Dataset}, following the format as the PSPP manual documents it ("System File Format"). The file is
 * streamed: the dictionary first, then one case at a time (memory holds the data set and one case).
 *
 * <p>Numbers become cells as {@link NumericText} writes them, system-missing becomes a missing cell, strings
 * (very long strings included) are decoded in the file's encoding (record 7 subtype 20, else the code page
 * of subtype 3, else windows-1252) with trailing blanks removed. SavVariable labels, value labels, user-missing
 * values and ranges, long variable names, print formats and measurement levels become each column's
 * {@link ColumnMetadata}; cells holding a user-missing value are missing, their raw value kept.
 *
 * <p>Every problem names the file and the offset, record, case or variable concerned; declared lengths
 * and counts are checked against the bytes left in the file before anything is allocated.
 */
public final class SavDatasetReader {

    private final List<String> missingCodes;

    public SavDatasetReader() {
        this(List.of());
    }

    /** Also treats these codes as missing in every column (the command line's --missing). */
    public SavDatasetReader(List<String> missingCodes) {
        this.missingCodes = List.copyOf(missingCodes);
    }

    /** Reads the variables and all cases. */
    public Dataset read(Path file) throws DataFormatException {
        return parse(file, true);
    }

    /** Reads only the variable names (the dictionary). */
    public List<String> readHeader(Path file) throws DataFormatException {
        return parse(file, false).columnNames();
    }

    private Dataset parse(Path file, boolean withCases) throws DataFormatException {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new DataFormatException(file, "file not found", e);
        } catch (IOException e) {
            throw new DataFormatException(file, "cannot be read: " + e.getMessage(), e);
        }
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
            SavInput in = new SavInput(file, raw, size);
            SavDictionary dictionary = new SavDictionary(in);
            dictionary.readHeader();
            dictionary.readRecords();
            List<SavVariable> variables = dictionary.variables();
            Dataset.Builder builder = Dataset.builder(file.getFileName().toString()).source(file);
            List<String> names = new ArrayList<>();
            for (SavVariable variable : variables) {
                names.add(variable.name);
            }
            builder.columns(names);
            for (SavVariable variable : variables) {
                builder.metadata(variable.name, variable.metadata(missingCodes));
            }
            if (withCases) {
                new SavCases(dictionary, raw, in).read(builder);
            }
            return builder.build();
        } catch (IOException e) {
            throw new DataFormatException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** One type-2 record: a variable, a segment of a very long string, or a continuation of a string. */
    /** Strict decoding; an incomplete character at the very end (cut by a fixed width) is dropped. */
    static final class Text {
        private Text() {
        }

        static String decode(Charset charset, byte[] bytes, int length) throws CharacterCodingException {
            CharacterCodingException first = null;
            for (int cut = 0; cut <= 3 && cut <= length; cut++) {
                try {
                    CharBuffer chars = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes, 0, length - cut));
                    return chars.toString();
                } catch (CharacterCodingException e) {
                    if (first == null) {
                        first = e;
                    }
                }
            }
            throw first;
        }
    }

    static String stripBlanks(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(0, end);
    }

    static String printable(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (byte b : bytes) {
            int ch = b & 0xff;
            text.append(ch >= 0x20 && ch < 0x7f ? String.valueOf((char) ch) : String.format("\\x%02X", ch));
        }
        return text.toString();
    }
}
