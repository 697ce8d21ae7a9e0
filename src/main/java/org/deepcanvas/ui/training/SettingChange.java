package org.deepcanvas.ui.training;

/** A live change of settings during a run, marked on the loss chart at the step it took effect. */
record SettingChange(long step, String description) {}
