package dev.augenhoehe.system;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Whether a workspace's data may have changed on this node, so a page can keep what it built from that data until it
 * does. Counted at the database connection, where no write can slip past: a connection that ran anything but a
 * query counts one write when it is given back, after its commit, for the workspace of the signed-in request; outside
 * one (a client's link, a background reaction, a scheduled job) it counts for every workspace. A count taken before
 * reading and unchanged afterwards means nothing was committed on this node in between. Another node's writes are
 * not seen here: what is kept this way must also expire after a short time.
 */
@Component
public final class WorkspaceWrites implements BeanPostProcessor {

    /** Two counts compared together: a write in this workspace, and a write whose workspace is not known. */
    public record Revision(long anyWorkspace, long workspace) {
    }

    private final AtomicLong anyWorkspace = new AtomicLong();
    private final ConcurrentHashMap<Long, AtomicLong> byWorkspace = new ConcurrentHashMap<>();

    /** Take it before reading the data; if it is still equal later, nothing in the workspace changed on this node. */
    public Revision revision(long workspaceId) {
        AtomicLong own = byWorkspace.get(workspaceId);
        return new Revision(anyWorkspace.get(), own == null ? 0 : own.get());
    }

    void wrote() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof WorkspaceMember member) {
            byWorkspace.computeIfAbsent(member.workspaceId(), id -> new AtomicLong()).incrementAndGet();
        } else {
            anyWorkspace.incrementAndGet();
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !(bean instanceof Counting) ? new Counting(dataSource, this)
                : bean;
    }

    /** The application's data source, handing out connections that report their writes. */
    static final class Counting extends DelegatingDataSource {

        private final WorkspaceWrites writes;

        Counting(DataSource target, WorkspaceWrites writes) {
            super(target);
            this.writes = writes;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counted(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counted(super.getConnection(username, password));
        }

        private Connection counted(Connection connection) {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, new Handler(connection, writes));
        }
    }

    private static final class Handler implements InvocationHandler {

        private final Connection target;
        private final WorkspaceWrites writes;
        private boolean wrote;

        Handler(Connection target, WorkspaceWrites writes) {
            this.target = target;
            this.writes = writes;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "prepareStatement", "prepareCall" -> wrote |= changesData((String) args[0]);
                case "equals" -> {
                    return proxy == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                case "unwrap", "isWrapperFor" -> {
                    if (((Class<?>) args[0]).isInstance(proxy)) {
                        return method.getName().equals("unwrap") ? proxy : true;
                    }
                }
                default -> {
                }
            }
            Object result = call(target, method, args);
            if (result instanceof Statement statement && !(result instanceof PreparedStatement)) {
                // a plain statement gets its text only when it runs
                return Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] {Statement.class},
                        (self, run, runArgs) -> {
                            if (runArgs != null && runArgs.length > 0 && runArgs[0] instanceof String sql
                                    && (run.getName().startsWith("execute") || run.getName().equals("addBatch"))
                                    && !run.getName().equals("executeQuery")) {
                                wrote |= changesData(sql);
                            }
                            return call(statement, run, runArgs);
                        });
            }
            // after the commit (or the close that follows it), never before: a reader that saw the count unchanged
            // must not have read data older than it
            if (wrote && (method.getName().equals("commit") || method.getName().equals("close"))) {
                wrote = false;
                writes.wrote();
            }
            return result;
        }

        private static Object call(Object target, Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        /**
         * Anything but a query, and but the sign-in's own rows: Spring Session moves a session's access time about
         * once a minute, after the request's security context is gone, and would count for every workspace.
         */
        private static boolean changesData(String sql) {
            String text = sql.stripLeading();
            return !text.regionMatches(true, 0, "select", 0, 6)
                    && !text.toLowerCase(java.util.Locale.ROOT).contains("spring_session");
        }
    }
}
