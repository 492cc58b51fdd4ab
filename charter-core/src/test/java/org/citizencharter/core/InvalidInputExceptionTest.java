package org.citizencharter.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvalidInputExceptionTest {

    @Test
    void saysWhereAndWhat() {
        InvalidInputException e = InvalidInputException.of("The number cannot be read", "২_২২০০")
                .withSource("plan.tsv").withLine(5).withColumnName("লক্ষ্যমাত্রা");
        assertThat(e.getMessage()).isEqualTo("plan.tsv, line 5, column \"লক্ষ্যমাত্রা\": The number cannot be read (২_২২০০).");
        assertThat(e.line()).hasValue(5);
        assertThat(e.columnName()).contains("লক্ষ্যমাত্রা");
        assertThat(e.source()).contains("plan.tsv");
        assertThat(e.text()).contains("২_২২০০");
    }

    @Test
    void namesJsonPointersAndHints() {
        InvalidInputException e = InvalidInputException.of("A weight must not be negative", "-3")
                .withPointer("/areas/0/weight").withLine(3).withColumn(17).withHint("Write 3");
        assertThat(e.getMessage())
                .isEqualTo("line 3, column 17, at /areas/0/weight: A weight must not be negative (-3). Maybe write 3.");
        assertThat(InvalidInputException.of("Empty").withPointer("").getMessage()).isEqualTo("at the root: Empty.");
    }

    @Test
    void showsControlCharactersAndCutsLongText() {
        assertThat(InvalidInputException.of("Bad", "a\tb\u0001\uFEFF").getMessage()).isEqualTo("Bad (a\\tb\\u0001\\uFEFF).");
        assertThat(InvalidInputException.of("Bad", "x".repeat(500)).getMessage()).contains("… (500 characters)");
    }

    @Test
    void addsContext() {
        assertThat(InvalidInputException.of("The number cannot be read", "x").withContext("In the annual target")
                .getMessage()).isEqualTo("In the annual target: the number cannot be read (x).");
    }
}
