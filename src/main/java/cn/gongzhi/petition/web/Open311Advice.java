package cn.gongzhi.petition.web;

import cn.gongzhi.shared.IdempotencyKeyReused;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.ErrorBodies;
import cn.gongzhi.shared.RecordNotFoundException;
import cn.gongzhi.shared.WireFormat;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Open311's error format for everything the Open311 controllers throw, in the format of the address's extension
 * ({@link WireFormat}, written by {@link ErrorBodies}): {@code [{"code", "description"}]} or
 * {@code <errors><error><code/><description/>}.
 */
@RestControllerAdvice(assignableTypes = {Open311Controller.class, Open311DiscoveryController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311Advice {

    @ExceptionHandler(Open311Error.class)
    ResponseEntity<byte[]> open311(Open311Error e, HttpServletRequest request) {
        return error(request, e.status(), e.getMessage());
    }

    @ExceptionHandler(InvalidFieldException.class)
    ResponseEntity<byte[]> invalid(InvalidFieldException e, HttpServletRequest request) {
        String field = switch (e.field()) {
            case "category" -> "service_code";
            case "communityCode" -> "attribute[community]";
            case "gridCode" -> "attribute[grid]";
            case "location" -> "address_string";
            case "petitionerPhone" -> "phone";
            case "petitionerName" -> "first_name";
            case "latitude" -> "lat";
            case "longitude" -> "long";
            default -> e.field();
        };
        return error(request, HttpStatus.BAD_REQUEST, field + "：" + e.getMessage());
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ResponseEntity<byte[]> notFound(RecordNotFoundException e, HttpServletRequest request) {
        return error(request, HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(IdempotencyKeyReused.class)
    ResponseEntity<byte[]> keyReused(IdempotencyKeyReused e, HttpServletRequest request) {
        return error(request, HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<byte[]> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return error(request, HttpStatus.METHOD_NOT_ALLOWED, "不支持的请求方法：" + e.getMethod());
    }

    static ResponseEntity<byte[]> error(HttpServletRequest request, HttpStatus status, String description) {
        WireFormat format = WireFormat.of(request);
        return ResponseEntity.status(status).contentType(MediaType.parseMediaType(format.contentType()))
                .body(ErrorBodies.body(format, status.value(), status.getReasonPhrase(), description)
                        .getBytes(StandardCharsets.UTF_8));
    }
}
