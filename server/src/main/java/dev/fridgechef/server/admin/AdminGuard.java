package dev.fridgechef.server.admin;

import dev.fridgechef.server.auth.Caller;
import dev.fridgechef.server.http.ApiException;
import org.jdbi.v3.core.Jdbi;

/**
 * Only admins pass. The role is read from the users table on every request, not from the access
 * token, so a demotion takes effect at once. Who is admin: the first account registered on a new
 * server (see Accounts), and whoever an admin promotes.
 */
public final class AdminGuard {
    private final Jdbi jdbi;

    public AdminGuard(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void require(Caller caller) {
        boolean admin = jdbi.withHandle(h -> h.createQuery("SELECT role = 'admin' FROM users WHERE id = :id")
                .bind("id", caller.userId()).mapTo(Boolean.class).findOne().orElse(false));
        if (!admin) throw new ApiException(403, "forbidden", "Only an admin may do this");
    }
}
