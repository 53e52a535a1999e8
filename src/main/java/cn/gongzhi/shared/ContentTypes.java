package cn.gongzhi.shared;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/** What a request's Content-Type header says, read leniently: a header that does not parse says nothing. */
public final class ContentTypes {

    private ContentTypes() {}

    /** Whether the body is an HTML form ({@code application/x-www-form-urlencoded}, with or without a charset). */
    public static boolean formEncoded(String contentType) {
        try {
            return contentType != null
                    && MediaType.APPLICATION_FORM_URLENCODED.includes(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
