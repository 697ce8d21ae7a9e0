package org.deepcanvas.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import org.junit.jupiter.api.Test;

class TorchHugePagesTest {
    @Test
    void setsTheVariableLibtorchReadsInThisProcess() {
        assumeTrue(Platform.isLinux(), "the variable is only set on Linux");
        assumeTrue(System.getenv(TorchHugePages.VARIABLE) == null, "the user's own value is kept");

        TorchHugePages.enableBeforeEngineLoads();

        Pointer value = (Pointer) NativeLibrary.getInstance(Platform.C_LIBRARY_NAME).getFunction("getenv")
                .invoke(Pointer.class, new Object[] {TorchHugePages.VARIABLE});
        assertEquals("1", value.getString(0));
    }
}
