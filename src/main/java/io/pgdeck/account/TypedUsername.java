package io.pgdeck.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The user name a refused login typed, kept for the login page that follows so the person only types the password
 * again. Kept in the (pre-login) session, read once.
 */
final class TypedUsername {

    private static final String ATTRIBUTE = TypedUsername.class.getName();
    private static final int LONGEST = 128;

    private TypedUsername() {}

    static void keep(HttpServletRequest request) {
        String typed = request.getParameter("username");
        if (typed != null && !typed.isBlank()) {
            request.getSession().setAttribute(ATTRIBUTE, typed.substring(0, Math.min(typed.length(), LONGEST)));
        }
    }

    /** The name kept by the last refused login, once; empty when there is none. */
    static String take(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof String typed)) {
            return "";
        }
        session.removeAttribute(ATTRIBUTE);
        return typed;
    }
}
