package org.seqdesk.api;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import org.seqdesk.api.doc.Documents;
import org.seqdesk.api.doc.MalformedDocumentException;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Reads documents in whichever form the server answered (by {@code Content-Type}, sniffing when it
 * is missing) and writes request documents in the client's chosen form.
 */
final class DocumentConverterFactory extends Converter.Factory {
    private final DocumentFormat format;

    DocumentConverterFactory(DocumentFormat format) {
        this.format = format;
    }

    @Override
    public Converter<ResponseBody, ?> responseBodyConverter(
            Type type, Annotation[] annotations, Retrofit retrofit) {
        if (!(type instanceof Class<?> cls) || !isDocument(cls)) {
            return null;
        }
        return body -> read(body, cls);
    }

    @Override
    public Converter<?, RequestBody> requestBodyConverter(
            Type type,
            Annotation[] parameterAnnotations,
            Annotation[] methodAnnotations,
            Retrofit retrofit) {
        if (!(type instanceof Class<?> cls) || !isDocument(cls)) {
            return null;
        }
        return value -> {
            String text =
                    format == DocumentFormat.XML
                            ? Documents.writeXml(value)
                            : Documents.writeJson(value);
            return RequestBody.create(text, format.contentType());
        };
    }

    private static boolean isDocument(Class<?> cls) {
        return cls.getPackageName().equals("org.seqdesk.api.doc");
    }

    static <T> T read(ResponseBody body, Class<T> type) throws IOException {
        try (body) {
            MediaType contentType = body.contentType();
            String subtype = contentType == null ? "" : contentType.subtype();
            int first = firstVisibleByte(body);
            if (subtype.contains("html") || (first == '<' && looksLikeHtml(body))) {
                throw new MalformedDocumentException(
                        "an HTML page came where a " + type.getSimpleName() + " was expected",
                        null);
            }
            boolean xml;
            if (subtype.contains("xml")) {
                xml = true;
            } else if (subtype.contains("json")) {
                xml = false;
            } else {
                xml = first == '<';
            }
            InputStream in = body.byteStream();
            return xml ? Documents.readXml(in, type) : Documents.json().readValue(in, type);
        }
    }

    private static boolean looksLikeHtml(ResponseBody body) throws IOException {
        okio.BufferedSource source = body.source();
        source.request(512);
        String start =
                source.getBuffer()
                        .snapshot((int) Math.min(512, source.getBuffer().size()))
                        .utf8()
                        .toLowerCase(java.util.Locale.ROOT);
        return start.contains("<html") || start.contains("<!doctype html");
    }

    private static int firstVisibleByte(ResponseBody body) throws IOException {
        okio.BufferedSource source = body.source();
        for (long i = 0; source.request(i + 1); i++) {
            byte b = source.getBuffer().getByte(i);
            if (!Character.isWhitespace(b)
                    && (b & 0xff) != 0xef
                    && (b & 0xff) != 0xbb
                    && (b & 0xff) != 0xbf) {
                return b;
            }
        }
        return -1;
    }
}
