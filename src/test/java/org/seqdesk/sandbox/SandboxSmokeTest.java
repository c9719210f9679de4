package org.seqdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class SandboxSmokeTest {
    @Test
    void renderOfTheSimpleCutFinishes() throws Exception {
        Sandbox s = SharedSandbox.get();
        SandboxHttp http = new SandboxHttp(s);
        HttpResponse<String> r =
                http.send(
                        "POST",
                        "/API/item/VX-4/sequence/render?tag=lowres",
                        "application/json",
                        null,
                        null);
        System.out.println(r.statusCode() + " " + r.body());
        String id = r.body().replaceAll(".*\"jobId\":\"(VX-\\d+)\".*", "$1");
        for (int i = 0; i < 600; i++) {
            r = http.get("/API/job/" + id, "application/json");
            if (r.body().contains("FINISHED") || r.body().contains("FAILED")) {
                break;
            }
            Thread.sleep(100);
        }
        System.out.println(r.statusCode() + " " + r.body());
        System.out.println(http.get("/API/item/VX-4?content=shape", "application/json").body());
        assertThat(r.body()).contains("\"status\":\"FINISHED\"");
    }
}
