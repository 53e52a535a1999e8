package cn.gongzhi.shared;

import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Requests limited per client address before anything reads them: which ones, the allowance, and what the client is
 * told it does too often ({@code action}, e.g. 「查询」). A module declares one as a bean; a filter applies the first that
 * matches a request and answers 429 with Retry-After once the client's allowance is used up.
 */
public record RateLimitedRequests(String action, RequestMatcher requests, ClientRateLimiter limiter) {}
