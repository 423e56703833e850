package id.plaju.pelita.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LimitedUploadTest {

    private static final int LIMIT = 5 * 1024 * 1024;

    /** A body of {@code size} bytes that counts how much of it was read. */
    private static final class Body extends InputStream {
        final long size;
        long read;

        Body(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return read < size ? (int) (read++ & 0) : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - read);
            read += n;
            return n;
        }
    }

    /** An upload request as Vaadin hands it over; {@code announced} is -1 for a raw body without a length. */
    private static final class Request extends UploadEvent {
        final Body body;
        final long announced;
        String rejected;

        Request(long size, long announced) {
            super(null, null, null, "pegawai.csv", announced, "text/csv", null, null);
            this.body = new Body(size);
            this.announced = announced;
        }

        @Override
        public InputStream getInputStream() {
            return body;
        }

        @Override
        public long getFileSize() {
            return announced;
        }

        @Override
        public UI getUI() {
            return new UI() {
                @Override
                public java.util.concurrent.Future<Void> access(com.vaadin.flow.server.Command command) {
                    command.execute();
                    return null;
                }
            };
        }

        @Override
        public void reject(String message) {
            rejected = message;
        }
    }

    private final List<byte[]> accepted = new ArrayList<>();
    private final LimitedUpload upload = new LimitedUpload(LIMIT, "Berkas terlalu besar", (name, data) -> accepted.add(data));

    @Test
    void aRawThirtyMegabyteBodyIsRefusedAfterReadingOneByteOverTheLimit() throws IOException {
        Request request = new Request(30L * 1024 * 1024, -1);
        upload.handleUploadRequest(request);

        assertThat(request.rejected).isEqualTo("Berkas terlalu besar");
        assertThat(request.body.read).isEqualTo(LIMIT + 1L);
        assertThat(accepted).isEmpty();
    }

    @Test
    void anAnnouncedOversizeIsRefusedWithoutReadingAnything() throws IOException {
        Request request = new Request(30L * 1024 * 1024, 30L * 1024 * 1024);
        upload.handleUploadRequest(request);

        assertThat(request.rejected).isNotNull();
        assertThat(request.body.read).isZero();
    }

    @Test
    void aFileWithinTheLimitIsHandedOverWhole() throws IOException {
        Request request = new Request(LIMIT, LIMIT);
        upload.handleUploadRequest(request);

        assertThat(request.rejected).isNull();
        assertThat(accepted).singleElement().satisfies(data -> assertThat(data).hasSize(LIMIT));
        assertThat(upload.getFileSizeMax()).isEqualTo(LIMIT);
    }
}
