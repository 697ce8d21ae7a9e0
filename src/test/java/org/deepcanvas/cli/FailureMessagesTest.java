package org.deepcanvas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class FailureMessagesTest {
    @Test
    void theJdksBarePathsGetTheirReason() {
        assertThat(FailureMessages.describe(new NoSuchFileException("/data/cat.png")))
                .isEqualTo("/data/cat.png: no such file or folder");
        assertThat(FailureMessages.describe(new AccessDeniedException("/data/out.png")))
                .isEqualTo("/data/out.png: no permission");
    }

    @Test
    void aFailureOnTheComputeThreadIsUnwrappedToItsOwnMessage() {
        Exception wrapped = new ExecutionException(new IllegalStateException(new IllegalArgumentException("no frames")));

        assertThat(FailureMessages.describe(wrapped)).isEqualTo("no frames");
    }

    @Test
    void aDefectSaysSoAndNeverPrintsABareNull() {
        assertThat(FailureMessages.describe(new NullPointerException()))
                .isEqualTo("internal error (NullPointerException); run again with --verbose for details");
        assertThat(FailureMessages.describe(new ArrayIndexOutOfBoundsException(-1)))
                .startsWith("internal error (ArrayIndexOutOfBoundsException: Array index out of range: -1)");
    }

    @Test
    void onlyTheFirstLineOfALongEngineMessageIsKept() {
        assertThat(FailureMessages.describe(new IllegalStateException("shape mismatch\n  at native frame 1\n  at 2")))
                .isEqualTo("shape mismatch");
    }
}
