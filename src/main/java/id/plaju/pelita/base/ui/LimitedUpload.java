package id.plaju.pelita.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.BiConsumer;

/**
 * An upload kept in memory, but never more than {@code maxBytes} of it: the body is read while it
 * streams and refused as soon as it passes the limit, whatever size the client announced or left
 * out, so a raw 30 MB request to the upload address costs at most {@code maxBytes + 1} bytes of
 * memory. The limit in the browser ({@code Upload.setMaxFileSize}) is only a courtesy.
 */
public final class LimitedUpload implements UploadHandler {

    private final int maxBytes;
    private final String refusal;
    private final BiConsumer<String, byte[]> received;

    /**
     * @param refusal  the message the upload shows for a file over the limit
     * @param received called in the UI's session with the file name and content of an accepted file
     */
    public LimitedUpload(int maxBytes, String refusal, BiConsumer<String, byte[]> received) {
        this.maxBytes = maxBytes;
        this.refusal = refusal;
        this.received = received;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + 64 * 1024L;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (event.getFileSize() > maxBytes) {
            event.reject(refusal);
            return;
        }
        byte[] content;
        try (InputStream in = event.getInputStream()) {
            content = in.readNBytes(maxBytes + 1);
        }
        if (content.length > maxBytes) {
            event.reject(refusal);
            return;
        }
        String name = event.getFileName();
        UI ui = event.getUI();
        ui.access(() -> received.accept(name, content));
    }
}
