package cn.gongzhi.petition.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** 429 with Retry-After when a client files too often (the JSON channels; Open311 answers in its own format). */
@RestControllerAdvice(assignableTypes = {PublicPetitionController.class, PetitionController.class})
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class IntakeLimitAdvice {

    @ExceptionHandler(SubmissionRateLimiter.LimitExceeded.class)
    ResponseEntity<ProblemDetail> tooMany(SubmissionRateLimiter.LimitExceeded e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
        problem.setTitle("提交过于频繁");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds())).body(problem);
    }
}
