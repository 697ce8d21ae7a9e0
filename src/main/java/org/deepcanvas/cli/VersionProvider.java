package org.deepcanvas.cli;

import org.deepcanvas.AppVersion;
import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"DeepCanvas " + AppVersion.get()};
    }
}
