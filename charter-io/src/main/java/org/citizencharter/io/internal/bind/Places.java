package org.citizencharter.io.internal.bind;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Deque;
import org.citizencharter.core.InvalidInputException;

/**
 * Finds the value an error of a bound document is placed at, for the parser's own location that a host's
 * exception carries. Only on the way to an error, so by looking at the shapes' public fields. Stateless.
 */
public final class Places {

    private Places() {
    }

    /**
     * The parser's location of the value at the line and column of an error.
     *
     * @param root the document as bound
     * @param error the error
     * @return the location, or null if no value stands there
     */
    public static Object whereIs(Located root, InvalidInputException error) {
        if (root == null || error.line().isEmpty() || error.column().isEmpty()) {
            return null;
        }
        long line = error.line().getAsLong();
        long column = error.column().getAsLong();
        Deque<Object> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Object value = todo.pop();
            if (value instanceof Items<?> items) {
                todo.push(items.place());
                items.forEach(item -> {
                    if (item != null) {
                        todo.push(item);
                    }
                });
            } else if (value instanceof Located located) {
                boolean told = located.column() >= 0;
                if (located.line() == line && told && Math.max(1, located.column()) == column) {
                    return located.parserLocation();
                }
                if (located instanceof Shape) {
                    members(located, todo);
                }
            }
        }
        return null;
    }

    private static void members(Object shape, Deque<Object> todo) {
        for (Field field : shape.getClass().getFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            try {
                Object member = field.get(shape);
                if (member != null) {
                    todo.push(member);
                }
            } catch (IllegalAccessException notPublic) {
                throw new IllegalStateException(notPublic);
            }
        }
    }
}
