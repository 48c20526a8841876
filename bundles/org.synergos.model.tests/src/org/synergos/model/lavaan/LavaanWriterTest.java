package org.synergos.model.lavaan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.synergos.model.Construct;
import org.synergos.model.ConstructMode;
import org.synergos.model.Framework;
import org.synergos.model.helpers.Elements;
import org.synergos.model.testsupport.ExampleModels;

class LavaanWriterTest {

    @Test
    void writesTheExampleStudyInTutorialLayout() {
        assertEquals("""
                # measurement model
                  NQPF =~ NQPF1 + NQPF2 + NQPF3 + NQPF4 + NQPF5 + NQPF6 + NQPF7 + NQPF8 + NQPF9
                  DT =~ DT1 + DT2 + DT3 + DT4 + DT5
                  CIP =~ CIP1 + CIP2 + CIP3 + CIP4

                # regressions
                  CIP ~ NQPF + b*DT
                  DT ~ a*NQPF

                # defined parameters
                  indirect := a*b
                """, LavaanWriter.write(ExampleModels.smeStudy()));
    }

    @Test
    void numbersAreWrittenPlainly() {
        assertEquals("1", LavaanWriter.number(1.0));
        assertEquals("0.5", LavaanWriter.number(0.5));
        assertEquals("-0.000001", LavaanWriter.number(-1e-6));
        assertEquals("0", LavaanWriter.number(-0.0));
    }

    @Test
    void refusesWhatLavaanCannotExpress() {
        Framework empty = Elements.framework("f");
        Elements.construct(empty, "LONELY", ConstructMode.REFLECTIVE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LavaanWriter.write(empty));
        assertTrue(e.getMessage().contains("construct 'LONELY' has no indicators"), e.getMessage());

        Framework badName = Elements.framework("f");
        Construct c = Elements.construct(badName, "new quality", ConstructMode.REFLECTIVE);
        Elements.indicator(c, "x1");
        e = assertThrows(IllegalArgumentException.class, () -> LavaanWriter.write(badName));
        assertTrue(e.getMessage().contains("'new quality' is not a valid lavaan variable name"), e.getMessage());
    }
}
