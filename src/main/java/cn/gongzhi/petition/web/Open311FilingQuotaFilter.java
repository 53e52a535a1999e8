package cn.gongzhi.petition.web;

import cn.gongzhi.petition.web.Open311Clients.Client;
import cn.gongzhi.shared.ClientRateLimiter;
import cn.gongzhi.shared.ErrorBodies;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The allowance of an Open311 filing (docs/open311.md, "Keys and quotas"). A filing with the key of an enabled client
 * is counted against that client's own quota, not against its address: an aggregator files for many residents from
 * one server. Only accepted filings count: one refused (400, 404, 422…) is given back. Past the quota: 429 with
 * Retry-After in Open311's error format. A filing without a valid key shares the public page's allowance per address
 * ({@code gongzhi.intake.submissions-per-period}) and is then refused 403 by the controller. Runs after the body size
 * is checked, since the key comes in the form.
 */
class Open311FilingQuotaFilter extends OncePerRequestFilter {

    private static final RequestMatcher FILINGS = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/open311/v2/requests.*");

    private final Open311Clients clients;
    private final ClientRateLimiter publicLimit;
    private final String publicAction;

    Open311FilingQuotaFilter(Open311Clients clients, ClientRateLimiter publicLimit, String publicAction) {
        this.clients = clients;
        this.publicLimit = publicLimit;
        this.publicAction = publicAction;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !FILINGS.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Client> client = clients.resolve(request.getParameter("api_key"));
        if (client.isEmpty()) {
            long wait = publicLimit.tryAcquire(request.getRemoteAddr());
            if (wait > 0) {
                tooMany(request, response, wait, publicAction + "过于频繁，请 " + wait + " 秒后再试");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        long wait = clients.tryAcquire(client.get());
        if (wait > 0) {
            tooMany(request, response, wait, "提交诉求过于频繁：该 API 密钥的额度已用完，请 " + wait + " 秒后再试"
                    + " (the API key's quota of filings is used up; retry after " + wait + " s)");
            return;
        }
        boolean accepted = false;
        // the client's last use is written when the filing's success status is set, before the answer goes out: a
        // client that reads the answer finds the record already as it will stay
        Runnable used = () -> clients.used(client.get());
        try {
            chain.doFilter(request, new HttpServletResponseWrapper(response) {
                private boolean touched;

                @Override
                public void setStatus(int status) {
                    if (status < HttpStatus.BAD_REQUEST.value() && !touched) {
                        touched = true;
                        used.run();
                    }
                    super.setStatus(status);
                }
            });
            accepted = response.getStatus() < HttpStatus.BAD_REQUEST.value();
        } finally {
            if (!accepted) {
                clients.refund(client.get());
            }
        }
    }

    private static void tooMany(HttpServletRequest request, HttpServletResponse response, long wait,
            String description) throws IOException {
        ErrorBodies.refuse(request, response, HttpStatus.TOO_MANY_REQUESTS.value(), "请求过于频繁", description, wait);
    }
}
