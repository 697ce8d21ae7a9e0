package org.deepcanvas.ui.training;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Carries the fields a user changed from one settings record onto another of the same type. */
final class RecordChanges {
    private RecordChanges() {}

    /** The components that differ, for a person: "learning rate 0.001 → 0.01, loss L2 → L1". */
    static <R extends Record> String describe(R before, R after) {
        List<String> changes = new ArrayList<>();
        try {
            for (RecordComponent component : before.getClass().getRecordComponents()) {
                Object was = component.getAccessor().invoke(before);
                Object now = component.getAccessor().invoke(after);
                if (!Objects.equals(was, now)) {
                    changes.add(words(component.getName()) + " " + was + " → " + now);
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + before.getClass().getSimpleName(), e);
        }
        return String.join(", ", changes);
    }

    /** "learningRate" as "learning rate". */
    private static String words(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    /**
     * {@code base} with every component that differs between {@code before} and
     * {@code after} taken from {@code after}; empty when that combination is not a valid
     * record (its constructor refuses it).
     */
    static <R extends Record> Optional<R> carry(R base, R before, R after) {
        @SuppressWarnings("unchecked")
        Class<R> type = (Class<R>) base.getClass();
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                Object was = components[i].getAccessor().invoke(before);
                Object now = components[i].getAccessor().invoke(after);
                values[i] = Objects.equals(was, now) ? components[i].getAccessor().invoke(base) : now;
            }
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            return Optional.of(type.getDeclaredConstructor(types).newInstance(values));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException) {
                return Optional.empty();
            }
            throw new IllegalStateException("cannot combine " + type.getSimpleName() + " records", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot combine " + type.getSimpleName() + " records", e);
        }
    }
}
