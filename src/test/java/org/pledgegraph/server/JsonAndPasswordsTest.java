package org.pledgegraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.model.InputException;

/** The server's small pure parts without a server: its JSON writer and the update password file. */
class JsonAndPasswordsTest {
    @TempDir
    Path tmp;

    @Test
    void jsonWritesNestedValuesAndNeverClosesAScriptElement() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "云杉路\n\"x\"");
        m.put("n", 3);
        m.put("ok", true);
        m.put("list", List.of(1, "</script>"));
        m.put("none", null);
        assertEquals("{\"name\":\"云杉路\\n\\\"x\\\"\",\"n\":3,\"ok\":true,\"list\":[1,\"\\u003c/script>\"],\"none\":null}",
                Json.write(m));
    }

    @Test
    void passwordFileNamesItsUsersAndSkipsComments() throws IOException {
        Path pw = Files.writeString(tmp.resolve("pw"), "# curators\ncurator: correct-horse-battery\n\nsecond:long-enough-pw\n");
        assertEquals(List.of("curator", "second"), PasswordFile.read(pw).users());
    }

    @Test
    void aShortPasswordIsRefusedWithItsLine() throws IOException {
        Path pw = Files.writeString(tmp.resolve("pw"), "# curators\ncurator: short\n");
        InputException e = assertThrows(InputException.class, () -> PasswordFile.read(pw));
        assertTrue(e.getMessage().contains(":2"), e.getMessage());
        Path empty = Files.writeString(tmp.resolve("empty"), "# nobody\n");
        assertThrows(InputException.class, () -> PasswordFile.read(empty));
    }
}
