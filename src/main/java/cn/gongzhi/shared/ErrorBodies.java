package cn.gongzhi.shared;

/**
 * The error bodies written by hand where no message converter runs (servlet filters, the security entry points,
 * Tomcat's error report), in the format of the API a path belongs to: RFC 9457 problem details for ours, Open311's
 * {@code [{"code", "description"}]}. The texts passed in are our own constants, never user input.
 */
public final class ErrorBodies {

    private ErrorBodies() {}

    public static boolean isOpen311(String path) {
        return path != null && path.startsWith("/open311/");
    }

    public static boolean isEngineRest(String path) {
        return path != null && path.startsWith("/engine-rest/");
    }

    public static String problem(int status, String title, String detail) {
        return "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail
                + "\"}";
    }

    public static String open311(int status, String description) {
        return "[{\"code\":" + status + ",\"description\":\"" + description + "\"}]";
    }
}
