package dev.oms.sqlserver;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A JDBC connection that runs nothing: it keeps the SQL of every statement prepared on it and answers each query with
 * no rows and each update with one row changed. It lets Hibernate write the SQL it would send without a server.
 */
final class StatementRecorder {

    private static final Set<String> PREPARING = Set.of("prepareStatement", "prepareCall", "nativeSQL");

    private final List<String> statements = new ArrayList<>();

    Connection connection() {
        return proxy(Connection.class);
    }

    /** What was prepared since the last call, in order. */
    synchronized List<String> drain() {
        var drained = List.copyOf(statements);
        statements.clear();
        return drained;
    }

    private <T> T proxy(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, new Answers()));
    }

    private final class Answers implements InvocationHandler {

        @Override
        public Object invoke(Object self, Method method, Object[] args) {
            var name = method.getName();
            var returned = method.getReturnType();
            if (PREPARING.contains(name) && args != null && args[0] instanceof String sql) {
                synchronized (StatementRecorder.this) {
                    statements.add(sql);
                }
            }
            return switch (name) {
                case "equals" -> self == args[0];
                case "hashCode" -> System.identityHashCode(self);
                case "toString" -> "recording " + method.getDeclaringClass().getSimpleName();
                case "isWrapperFor" -> false;
                case "getUpdateCount" -> -1;
                case "executeUpdate" -> 1; // an insert or update of one row must see one row changed
                case "executeLargeUpdate" -> 1L;
                case "isValid" -> true;
                case "getAutoCommit" -> true;
                default -> answer(returned);
            };
        }

        private Object answer(Class<?> returned) {
            if (returned == boolean.class) {
                return false; // ResultSet.next(), Statement.execute(): nothing found, no result set
            } else if (returned == int.class) {
                return 0;
            } else if (returned == long.class) {
                return 0L;
            } else if (returned == short.class) {
                return (short) 0;
            } else if (returned == int[].class) {
                return new int[0];
            } else if (returned == long[].class) {
                return new long[0];
            } else if (returned.isInterface() && returned.getName().startsWith("java.sql.")) {
                return proxy(returned);
            }
            return null;
        }
    }
}
