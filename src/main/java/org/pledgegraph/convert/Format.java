package org.pledgegraph.convert;

/** The input formats ingest reads, with the media type recorded for each source file. */
public enum Format {
    TEXT("text/plain"),
    HTML("text/html"),
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    DOC("application/msword");

    private final String mediaType;

    Format(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
