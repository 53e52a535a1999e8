package cn.gongzhi.shared;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * A request body to the engine REST APIs that is not the JSON the API expects: 400 with what the parser found, in
 * Camunda's error shape (Jersey picks the mapper of the closest exception type, so each Jackson type is mapped here).
 * Registered by {@link EngineRestErrors}.
 */
final class MalformedJson {

    private MalformedJson() {
    }

    @Priority(1)
    public static class MalformedJsonMapper implements ExceptionMapper<JsonProcessingException> {

        @Override
        public Response toResponse(JsonProcessingException exception) {
            return malformed(exception);
        }
    }

    @Priority(1)
    public static class UnreadableJsonMapper implements ExceptionMapper<JsonParseException> {

        @Override
        public Response toResponse(JsonParseException exception) {
            return malformed(exception);
        }
    }

    @Priority(1)
    public static class MismatchedJsonMapper implements ExceptionMapper<JsonMappingException> {

        @Override
        public Response toResponse(JsonMappingException exception) {
            return malformed(exception);
        }
    }

    private static Response malformed(JsonProcessingException exception) {
        String found = exception.getOriginalMessage();
        return EngineRestErrors.answer(Response.Status.BAD_REQUEST, "InvalidRequestException",
                "请求内容不是有效的 JSON，或字段类型不对" + (found == null || found.isBlank() ? "" : "：" + found));
    }
}
