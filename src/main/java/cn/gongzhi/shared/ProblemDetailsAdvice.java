package cn.gongzhi.shared;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every error of our own APIs into RFC 9457 problem details with a message a person can act on. Field errors
 * are listed under {@code errors} as {@code {field, message}} so that a form can show each one next to its field.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    record FieldProblem(String field, String message) {}

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldProblem(e.getField(), message(e)))
                .toList();
        ex.getBindingResult().getGlobalErrors()
                .forEach(e -> log.debug("Global validation error: {}", e.getDefaultMessage()));
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return ResponseEntity.badRequest().body(invalid(List.of(new FieldProblem(field, "取值格式不正确"))));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "请求体不是有效的 JSON，或缺少请求体。");
        problem.setTitle("请求体无法解析");
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * An address with nothing behind it: a person in the browser reads the Chinese 404 page (static/error/404.html),
     * an API client the problem details.
     */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (open311(request) != null) {
            return handleExceptionInternal(ex, null, headers, status, request);
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(new MediaType(MediaType.TEXT_HTML,
                    StandardCharsets.UTF_8)).body(ErrorPages.page(404));
        }
        return super.handleNoResourceFoundException(ex, headers, status, request);
    }

    /**
     * On Open311's addresses every refusal of Spring MVC (404 for an address with nothing behind it or an unknown
     * extension, 405, 406, 415, a missing parameter) is answered in GeoReport's error shape, in the format of the
     * address's extension ({@link WireFormat}, written by {@link ErrorBodies}); the headers (such as {@code Allow}) stay.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        String path = open311(request);
        if (path == null) {
            return super.handleExceptionInternal(ex, body, headers, statusCode, request);
        }
        HttpHeaders answer = new HttpHeaders();
        if (headers != null) {
            answer.addAll(headers);
        }
        WireFormat format = WireFormat.of(path);
        answer.setContentType(MediaType.parseMediaType(format.contentType()));
        return new ResponseEntity<>(ErrorBodies.body(format, statusCode.value(), "请求无效",
                open311Description(ex, statusCode)).getBytes(StandardCharsets.UTF_8), answer, statusCode);
    }

    private static String open311Description(Exception ex, HttpStatusCode status) {
        if (ex instanceof NoResourceFoundException e) {
            return "地址不存在：/" + e.getResourcePath() + "（Open311 的地址以 .xml 或 .json 结尾，见 /open311/discovery.xml）";
        }
        if (ex instanceof org.springframework.web.HttpRequestMethodNotSupportedException e) {
            return "不支持的请求方法：" + e.getMethod();
        }
        if (ex instanceof org.springframework.web.HttpMediaTypeNotAcceptableException) {
            return "无法以所要求的格式答复，请用 .xml 或 .json 地址";
        }
        if (ex instanceof org.springframework.web.HttpMediaTypeNotSupportedException e) {
            return "不支持的请求体格式：" + e.getContentType() + "，请以 application/x-www-form-urlencoded 提交";
        }
        if (ex instanceof org.springframework.web.bind.MissingServletRequestParameterException e) {
            return "缺少必填参数 " + e.getParameterName();
        }
        return status.value() >= 500 ? "服务器内部错误，请稍后再试" : "请求无效（HTTP " + status.value() + "）";
    }

    /** The path of an Open311 request, else null. */
    private static String open311(WebRequest request) {
        if (request instanceof org.springframework.web.context.request.ServletWebRequest servlet
                && ErrorBodies.isOpen311(servlet.getRequest().getRequestURI())) {
            return servlet.getRequest().getRequestURI();
        }
        return null;
    }

    @ExceptionHandler(InvalidFieldException.class)
    ResponseEntity<Object> invalidField(InvalidFieldException ex) {
        return ResponseEntity.badRequest().body(invalid(List.of(new FieldProblem(ex.field(), ex.getMessage()))));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException ex) {
        List<FieldProblem> errors = ex.getConstraintViolations().stream()
                .map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ResponseEntity<Object> forbidden(org.springframework.security.access.AccessDeniedException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
        problem.setTitle("无权访问");
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }

    @ExceptionHandler(IdempotencyKeyReused.class)
    ResponseEntity<Object> keyReused(IdempotencyKeyReused ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, ex.getMessage());
        problem.setTitle("幂等键已用于其他内容");
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(problem);
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ResponseEntity<Object> notFound(RecordNotFoundException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
        problem.setTitle("记录不存在");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    @ExceptionHandler({DataIntegrityViolationException.class, OptimisticLockingFailureException.class})
    ResponseEntity<?> conflict(RuntimeException ex, HttpServletRequest request) {
        SQLException sql = DatabaseErrors.sqlError(ex);
        if (sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
            // a data exception (a value too long for its column, out of range): a check that is missing, not a conflict
            return databaseError(request, sql, ex);
        }
        // the driver's message can quote the values of the row: only the kind of refusal is logged
        log.info("Write refused by the database: {} (SQL state {})", ex.getClass().getSimpleName(),
                sql == null ? null : sql.getSQLState());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "该记录与已有记录冲突（编码重复，或仍被其他记录引用），未作任何修改。");
        problem.setTitle("记录冲突");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    /**
     * The database went away in the middle of a request: 503 in the format of the API (see {@link DatabaseUnavailable},
     * which answers the failures that escape Spring MVC). Answered here as well because Spring MVC would take a
     * rollback that fails with "No operations allowed after connection closed." for a client that went away and
     * answer an empty 200. Any other database error is answered 500 without its statement or values
     * ({@link DatabaseErrors}); anything else is left to the rest of the application.
     */
    @ExceptionHandler({org.springframework.transaction.TransactionException.class,
            org.springframework.dao.DataAccessException.class, jakarta.persistence.PersistenceException.class,
            org.camunda.bpm.engine.ProcessEngineException.class})
    ResponseEntity<?> databaseUnavailable(Exception ex, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        if (DatabaseUnavailable.answered(request, response, ex)) {
            return null;
        }
        SQLException sql = DatabaseErrors.sqlError(ex);
        if (sql == null) {
            throw ex;
        }
        return databaseError(request, sql, ex);
    }

    /** 500 in the format of the API, without the statement or its values; the log names the error's kind. */
    private static ResponseEntity<String> databaseError(HttpServletRequest request, SQLException sql, Exception ex) {
        DatabaseErrors.logged(request.getMethod() + " " + request.getRequestURI(), sql, ex);
        WireFormat format = WireFormat.of(request);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .contentType(MediaType.parseMediaType(format.contentType()))
                .body(ErrorBodies.body(format, 500, "服务器内部错误", DatabaseErrors.DETAIL));
    }

    private static ProblemDetail invalid(List<FieldProblem> errors) {
        String detail = errors.stream().map(e -> e.field() + "：" + e.message()).collect(Collectors.joining("；"));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("请求数据无效");
        problem.setProperties(Map.of("errors", errors));
        return problem;
    }

    /** A value that could not even be converted (text for a number) has only Spring's English message: say it here. */
    private static String message(FieldError error) {
        if (error.isBindingFailure()) {
            return "取值格式不正确";
        }
        return error.getDefaultMessage() != null ? error.getDefaultMessage() : "取值无效";
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
