package org.seqdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxSmokeTest {
    @TempDir Path dir;

    @Test
    void minimalSandboxServesItems() {
        try (Sandbox s =
                Sandbox.start(
                        SandboxConfig.defaults(dir).withDemo(SandboxConfig.DemoMode.MINIMAL))) {
            SandboxHttp http = new SandboxHttp(s);
            HttpResponse<String> r =
                    http.get(
                            "/API/item?content=metadata,shape,thumbnail&number=2",
                            "application/json");
            System.out.println(r.statusCode() + " " + r.body());
            r = http.get("/API/item;first=2;number=10", null);
            System.out.println(r.statusCode() + " " + r.body());
            r = http.get("/API/item/VX-4/sequence/vidispine", null);
            System.out.println(r.statusCode() + " " + r.body());
            r = http.get("/API/item/VX-4/sequence/finalcut", null);
            System.out.println(r.statusCode() + " " + r.body());
            r = http.get("/API/item/VX-99", "text/plain");
            System.out.println(r.statusCode() + " " + r.body());
            r = http.get("/API/item/VX-99", "application/json");
            System.out.println(r.statusCode() + " " + r.body());
            r = http.get("/API/nothing/../../etc", "application/json");
            System.out.println(r.statusCode() + " " + r.body());
            assertThat(r.statusCode()).isEqualTo(404);
        }
    }
}
